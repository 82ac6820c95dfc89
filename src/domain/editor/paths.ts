/**
 * Where a schema message belongs in the editor: the JSON path of a problem ("$.interventions[1].measure.
 * levels[0].upper.value") becomes the id of the field that edits it and the section of the form it is in.
 */
import type { JsonPath } from './draft.ts';

/** "$.a[1].b" → ['a', 1, 'b']; "$" → []. */
export function parseJsonPath(text: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const match of text.replace(/^\$/, '').matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[1] !== undefined) parts.push(match[1]);
    else parts.push(Number(match[2]));
  }
  return parts;
}

/** The HTML id of the field (or group) that edits `path`. */
export function fieldId(path: JsonPath): string {
  return path.length === 0 ? 'felt' : `felt-${path.join('-')}`;
}

/** The ids to try, from the field itself up to the group it sits in, for a link from the error summary. */
export function fieldIdCandidates(path: JsonPath): string[] {
  const ids: string[] = [];
  for (let n = path.length; n >= 0; n -= 1) ids.push(fieldId(path.slice(0, n)));
  return ids;
}

export type SectionId = string;

/** The section of the form a path is edited in: details, sources, legal basis, dimensions, one per intervention … */
export function sectionOf(path: JsonPath): SectionId {
  const [head, index] = path;
  switch (head) {
    case 'sources':
      return 'kilder';
    case 'legalBasis':
      return 'lovgrundlag';
    case 'dimensions':
      return 'dimensioner';
    case 'interventions':
      return typeof index === 'number' ? `indsats-${index}` : 'indsatser';
    case 'deadlines':
      return 'frister';
    case 'rules':
      return 'regler';
    default:
      return 'detaljer';
  }
}

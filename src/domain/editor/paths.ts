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

const WORDS: Record<string, string> = {
  sources: 'kilder',
  legalBasis: 'lovgrundlag',
  dimensions: 'dimensioner',
  deadlines: 'frister',
  rules: 'regler',
  levels: 'niveauer',
  values: 'værdier',
  relatedStandards: 'andre standarder',
  legalLimits: 'lovens grænser',
  id: 'id',
  municipality: 'kommune',
  standard: 'standarden',
  key: 'nøgle',
  number: 'nummer',
  title: 'titel',
  status: 'status',
  approved: 'vedtagelse',
  by: 'vedtaget af',
  date: 'dato',
  effective: 'gyldighed',
  from: 'fra',
  to: 'til',
  note: 'note',
  conventions: 'omregning',
  weeksPerYear: 'uger pr. år',
  monthsPerYear: 'måneder pr. år',
  publisher: 'udgiver',
  reference: 'adresse',
  kind: 'art',
  law: 'lov',
  paragraph: 'paragraf',
  stk: 'stk.',
  nr: 'nr.',
  jf: 'jf.',
  citation: 'kilde',
  reason: 'begrundelse',
  source: 'dokument',
  section: 'afsnit',
  quote: 'citat',
  summary: 'resumé',
  name: 'navn',
  purpose: 'formål',
  purposes: 'formål fra ordlisten',
  coverOptions: 'hvad en bevilling kan dække',
  measure: 'omfang',
  unit: 'enhed',
  period: 'periode',
  dimension: 'dimension',
  text: 'ordlyd',
  lower: 'nedre grænse',
  upper: 'øvre grænse',
  value: 'tal',
  inclusive: 'medregnes',
  stated: 'står i kilden',
  label: 'betegnelse',
  description: 'beskrivelse',
  fromAge: 'fra alder',
  toAge: 'til alder',
  amount: 'antal',
  repeats: 'gentages',
  setBy: 'fastsat af',
  interventions: 'indsatser',
  reduces: 'ydelse',
  individualAssessment: 'individuel vurdering',
  options: 'hyppigheder',
  optionsCitation: 'hyppighedernes kilde',
  duration: 'varighed',
  grantUnit: 'bevillingens enhed',
  grantPeriod: 'bevillingens periode',
};

const ITEM: Record<string, string> = {
  sources: 'Kilde',
  legalBasis: 'Lovgrundlag',
  dimensions: 'Dimension',
  values: 'værdi',
  levels: 'Niveau',
  deadlines: 'Frist',
  rules: 'Regel',
  relatedStandards: 'Anden standard',
  legalLimits: 'Lovens grænse',
  options: 'Hyppighed',
};

/**
 * Where a path points, in the words of the form's labels: "Niveau 3, øvre grænse, tal". The intervention is
 * left out (its section names it); an index follows the list it counts in.
 */
export function describePath(path: JsonPath): string {
  const parts: string[] = [];
  const rest = path[0] === 'interventions' && typeof path[1] === 'number' ? path.slice(2) : path;
  rest.forEach((part, i) => {
    if (typeof part === 'number') return;
    const next = rest[i + 1];
    if (typeof next === 'number') {
      const item = path[0] === 'interventions' && part === 'legalBasis' ? 'Bestemmelse' : ITEM[part];
      parts.push(`${item ?? WORDS[part] ?? part} ${next + 1}`);
    } else if (part !== 'measure') parts.push(WORDS[part] ?? part);
  });
  return parts.join(', ');
}

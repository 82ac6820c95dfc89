/**
 * How a draft comes to be — blank, a new version of a standard, a copy of any version, an imported file — and
 * the rule that keeps comparisons honest: a draft never shares a version id with a shipped version or with
 * another draft. A wanted id that is taken is renamed, and the result says so; an id the council types that is
 * taken is refused with a message at the field. Pure.
 */

import { idFromLabel } from '../format/ids.ts';
import { lintVersion } from '../format/lint.ts';
import '../format/messages-da.ts';
import {
  FORMAT_VERSION,
  parseStandardText,
  type SchemaProblem,
  type StandardVersion,
  type StandardVersionInput,
} from '../format/schema.ts';
import type { Draft } from './draft.ts';

/** The ids already in use: shipped versions, and the other drafts of this browser (with their local keys). */
export interface TakenIds {
  shipped: readonly string[];
  drafts: readonly Pick<Draft, 'key' | 'json'>[];
}

export function versionIdOf(json: unknown): string | null {
  const id = (json as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : null;
}

/**
 * Why `id` cannot be the version id of draft `ownKey`, or null when it can. Shipped ids come first: a draft
 * with a shipped version's id would be compared with itself.
 */
export function versionIdConflict(id: string, ownKey: string | null, taken: TakenIds): string | null {
  if (taken.shipped.includes(id)) {
    return `id'et »${id}« bruges af en udgivet version; et udkast skal have sit eget id, ellers sammenlignes filen med sig selv`;
  }
  const other = taken.drafts.find((d) => d.key !== ownKey && versionIdOf(d.json) === id);
  if (other) return `id'et »${id}« bruges allerede af et andet udkast i denne browser`;
  return null;
}

/** `wanted` when free, else `wanted-2`, `wanted-3` …: never an id that is taken. */
export function freeVersionId(wanted: string, ownKey: string | null, taken: TakenIds): string {
  const stem = wanted || 'udkast';
  if (versionIdConflict(stem, ownKey, taken) === null) return stem;
  for (let n = 2; ; n += 1) {
    const candidate = `${stem}-${n}`;
    if (versionIdConflict(candidate, ownKey, taken) === null) return candidate;
  }
}

export interface Started {
  draft: Draft;
  /** What the council should be told (an id that was taken and changed). */
  messages: string[];
}

function withFreeId(
  json: StandardVersionInput,
  wanted: string,
  key: string,
  taken: TakenIds,
): { json: StandardVersionInput; messages: string[] } {
  const id = freeVersionId(wanted, key, taken);
  const messages =
    id === wanted ? [] : [`Id'et »${wanted}« var allerede i brug, så udkastet har fået id'et »${id}«.`];
  return { json: { ...json, id }, messages };
}

const ASSUMED_WEEKS =
  'Standarden angiver ikke, hvor mange uger et år regnes til. 52 uger er en antagelse, som kan ændres.';
const ASSUMED_MONTHS = 'Standarden angiver ikke omregning mellem måned og år; et år regnes som 12 måneder.';

export interface BlankStart {
  municipality: string;
  title: string;
  /** The standard's number where the municipality numbers its standards; null when it does not. */
  number: number | null;
  today: string;
}

/**
 * A blank standard: the municipality and title the council typed, status draft, effective from today. The
 * conventions are stated as assumptions (labelled so, editable); sources, legal basis and interventions are
 * empty, so the schema lists what is missing until the council has filled it in.
 */
export function startBlank(start: BlankStart, key: string, now: string, taken: TakenIds): Started {
  const standardKey =
    idFromLabel(`${start.municipality.replace(/\s+kommune$/i, '')} ${start.title}`) || 'standard';
  const json: StandardVersionInput = {
    formatVersion: FORMAT_VERSION,
    id: '',
    municipality: start.municipality.trim(),
    // No number is invented: without one the schema says what is missing.
    standard: {
      key: standardKey,
      title: start.title.trim(),
      ...(start.number === null ? {} : { number: start.number }),
    } as StandardVersionInput['standard'],
    status: 'draft',
    approved: null,
    effective: { from: start.today, to: null },
    sources: [],
    legalBasis: [],
    conventions: {
      weeksPerYear: { value: 52, basis: 'assumption', note: ASSUMED_WEEKS },
      monthsPerYear: { value: 12, basis: 'assumption', note: ASSUMED_MONTHS },
    },
    dimensions: [],
    interventions: [],
    deadlines: [],
    rules: [],
    relatedStandards: [],
  };
  const named = withFreeId(json, `${standardKey}-${start.today}`, key, taken);
  return { draft: { key, basedOn: null, updatedAt: now, json: named.json }, messages: named.messages };
}

/**
 * A new version of an existing standard: the same standard key and content, a new id and dates, status draft,
 * not approved (a draft is not approved), effective from `today` with no end.
 */
export function startNewVersion(
  version: StandardVersion,
  key: string,
  today: string,
  now: string,
  taken: TakenIds,
): Started {
  const json: StandardVersionInput = structuredClone(version);
  json.status = 'draft';
  json.approved = null;
  json.effective = {
    from: today,
    to: null,
    note: `Udkast til en ny version af ${version.id}; ikke vedtaget. Startdatoen er den dag, udkastet blev oprettet.`,
  };
  const named = withFreeId(json, `${version.standard.key}-${today}`, key, taken);
  return {
    draft: { key, basedOn: version.id, updatedAt: now, json: named.json },
    messages: named.messages,
  };
}

/**
 * A copy of any version, to make another standard from: everything kept but the id; status draft, not
 * approved. Copied for another municipality, it becomes that municipality's standard (its own key; the
 * other municipality's number dropped, never carried over) and the council is told that the sources, quotes
 * and figures are still the original's until replaced.
 */
export function startCopy(
  version: StandardVersion,
  key: string,
  now: string,
  taken: TakenIds,
  municipality: string = version.municipality,
): Started {
  const json: StandardVersionInput = structuredClone(version);
  json.status = 'draft';
  json.approved = null;
  const messages: string[] = [];
  let wanted = `${version.id}-kopi`;
  const other = municipality.trim();
  if (other !== '' && other !== version.municipality) {
    json.municipality = other;
    const standardKey =
      idFromLabel(`${other.replace(/\s+kommune$/i, '')} ${version.standard.title}`) || version.standard.key;
    json.standard = { key: standardKey, title: version.standard.title };
    wanted = `${standardKey}-kopi`;
    messages.push(
      `Kopien er gjort til ${other}s standard. Kilder, citater, tal og lovgrundlag er stadig ${version.municipality}s: ret dem, før udkastet eksporteres.`,
    );
  }
  const named = withFreeId(json, wanted, key, taken);
  return {
    draft: { key, basedOn: version.id, updatedAt: now, json: named.json },
    messages: [...messages, ...named.messages],
  };
}

/** A short, stable fingerprint of a file's content (FNV-1a over its JSON with keys in file order). */
export function fingerprint(json: unknown): string {
  const text = JSON.stringify(json);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(16).padStart(8, '0')}-${text.length.toString(36)}`;
}

export type ImportResult =
  | { ok: true; draft: Draft; messages: string[]; warnings: number }
  | { ok: false; problems: SchemaProblem[] }
  | { ok: false; duplicateOf: string; message: string };

/**
 * A standard file read from disk becomes a draft when it passes the schema: its status becomes "draft" and,
 * when its id is taken (a shipped version, another draft), it gets a free one; both are said. The same file
 * imported again is refused, naming the draft it already is. A file that fails the schema adds nothing and its
 * problems name the file, the JSON path and what is wrong.
 */
export function importStandardFile(
  fileName: string,
  text: string,
  key: string,
  now: string,
  taken: TakenIds & { imported: readonly Pick<Draft, 'key' | 'json' | 'imported'>[] },
): ImportResult {
  const parsed = parseStandardText(fileName, text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const original = JSON.parse(text) as StandardVersionInput;
  const print = fingerprint(original);
  const again = taken.imported.find((d) => d.imported?.fingerprint === print);
  if (again) {
    const id = versionIdOf(again.json) ?? again.key;
    return {
      ok: false,
      duplicateOf: again.key,
      message: `${fileName} er allerede importeret som udkastet »${id}«; den er ikke indlæst igen.`,
    };
  }
  const messages: string[] = [];
  const json: StandardVersionInput = { ...original };
  if (json.status !== 'draft') {
    messages.push(`Status er sat til »udkast« (filen sagde »${original.status}«).`);
    json.status = 'draft';
  }
  const named = withFreeId(json, parsed.value.id, key, taken);
  messages.push(...named.messages);
  return {
    ok: true,
    draft: {
      key,
      basedOn: taken.shipped.includes(parsed.value.id) ? parsed.value.id : null,
      updatedAt: now,
      json: named.json,
      imported: { file: fileName, fingerprint: print },
    },
    messages,
    warnings: lintVersion(parsed.value).filter((f) => f.severity === 'warning').length,
  };
}

/**
 * Drafts of a standard version: started from any version, edited field by field, validated with the same
 * schema and lint as a shipped file, exported as a standard file and imported again. Pure: the feature keeps
 * the drafts in localStorage; this decides what a draft is, how it is edited and how saved text is read back.
 *
 * A draft holds the file's JSON as written (it may be invalid while a council edits it); it is parsed with
 * `parseStandard` on every change, so schema errors and lint findings show as one types.
 */
import { z } from 'zod/mini';
import '../format/messages-da.ts';
import { type LintFinding, lintVersion } from '../format/lint.ts';
import { parseStandard, type SchemaProblem, type StandardVersion } from '../format/schema.ts';
import { readDanishNumber } from '../format/units.ts';
import { containsCprLike } from '../privacy/personal-data.ts';

export interface Draft {
  /** Local key of the draft in this browser (not the version id, which the council may edit). */
  key: string;
  /** The version the draft was started from; null for a draft started blank. */
  basedOn: string | null;
  /** When it was last changed (ISO timestamp). */
  updatedAt: string;
  /** The standard file as the council is writing it. */
  json: unknown;
  /** For an imported file: a fingerprint of its content, so importing the same file again is noticed. */
  imported?: { file: string; fingerprint: string };
}

export type DraftCheck =
  | { ok: true; version: StandardVersion; findings: LintFinding[] }
  | { ok: false; problems: SchemaProblem[] };

// Drafts are replaced, never changed in place: one check per draft object keeps a list of 250 drafts fast.
const checked = new WeakMap<object, DraftCheck>();

export function checkDraft(draft: Pick<Draft, 'key' | 'json'>): DraftCheck {
  const json = draft.json;
  if (json === null || typeof json !== 'object') return checkDraftNow(draft);
  const cached = checked.get(json);
  if (cached) return cached;
  const result = checkDraftNow(draft);
  checked.set(json, result);
  return result;
}

function checkDraftNow(draft: Pick<Draft, 'key' | 'json'>): DraftCheck {
  const parsed = parseStandard(draftFileName(draft), draft.json);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  return { ok: true, version: parsed.value, findings: lintVersion(parsed.value) };
}

/** The file name an exported draft is saved under: its version id, as standards/ names files. */
export function draftFileName(draft: Pick<Draft, 'key' | 'json'>): string {
  const id = (draft.json as { id?: unknown } | null)?.id;
  return typeof id === 'string' && /^[a-z0-9æøå-]+$/.test(id) && !containsCprLike(id)
    ? `${id}.json`
    : `${draft.key}.json`;
}

/** A path into the draft's JSON, e.g. ['interventions', 1, 'measure', 'levels', 0, 'upper', 'value']. */
export type JsonPath = readonly (string | number)[];

/** The value at a path, or undefined where the path does not exist. */
export function getAt(json: unknown, path: JsonPath): unknown {
  let current: unknown = json;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

/**
 * A copy of `json` with the value at `path` replaced (undefined removes the key). Only the objects on the
 * path are copied. Throws when the path runs through something that is not an object or array: the editor
 * only writes to fields that exist.
 */
export function setAt(json: unknown, path: JsonPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(json)) {
    if (typeof head !== 'number' || head < 0 || head >= json.length)
      throw new RangeError(`No index ${String(head)} in array`);
    const copy = [...json];
    copy[head] = setAt(json[head], rest, value);
    return copy;
  }
  if (json === null || typeof json !== 'object') throw new TypeError(`Cannot set ${String(head)}`);
  const copy: Record<string, unknown> = { ...(json as Record<string, unknown>) };
  const next = setAt(copy[head], rest, value);
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy;
}

/** A draft with one field changed, stamped with the time of the change. */
export function editDraft(draft: Draft, path: JsonPath, value: unknown, now: string): Draft {
  return { ...draft, json: setAt(draft.json, path, value), updatedAt: now };
}

/**
 * The value of a number field as typed, read by the app's one number reader (`readDanishNumber`): a finite
 * number, or the text itself so that the schema reports it ("Ugyldigt input: forventede number") with the
 * path of the field. Nothing is silently turned into 0, and an ambiguous "1.5" stays text.
 */
export function numberOrText(input: string): number | string {
  const read = readDanishNumber(input);
  return read.ok && read.value !== null ? read.value : input;
}

/** The standard file text of a draft: what "Eksportér" downloads and `npm run check:standards` reads. */
export function exportDraft(draft: Pick<Draft, 'json'>): string {
  return `${JSON.stringify(draft.json, null, 2)}\n`;
}

const storedDraftSchema = z.strictObject({
  key: z.string().check(z.minLength(1)),
  basedOn: z.nullable(z.string()),
  updatedAt: z.string(),
  json: z.unknown(),
  imported: z.optional(z.strictObject({ file: z.string(), fingerprint: z.string() })),
});

/**
 * One stored draft read back on its own: a draft, or why it cannot be read. A draft whose standard JSON fails
 * the schema is still a draft (the editor shows its errors); only a wrapper of the wrong shape is refused.
 */
export function parseStoredDraft(text: string): { ok: true; draft: Draft } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `ugyldig JSON: ${(error as Error).message}` };
  }
  const draft = storedDraftSchema.safeParse(json);
  if (!draft.success) return { ok: false, reason: 'udkastet har ikke det forventede format' };
  if (draft.data.json === null || typeof draft.data.json !== 'object' || Array.isArray(draft.data.json)) {
    return { ok: false, reason: 'udkastet indeholder ikke en standardfil' };
  }
  return { ok: true, draft: draft.data as Draft };
}

const storedFileSchema = z.strictObject({ formatVersion: z.literal(1), drafts: z.array(z.unknown()) });

export interface StoredDrafts {
  drafts: Draft[];
  /** Saved text that could not be read back as drafts: reported and set aside, never thrown. */
  corrupted: { reason: string; raw: string }[];
}

export function serializeDrafts(drafts: readonly Draft[]): string {
  return JSON.stringify({ formatVersion: 1, drafts });
}

/**
 * Reads saved drafts. A draft that is broken is set aside on its own (the others still load); text that is
 * not our format at all is set aside whole. A draft whose standard JSON fails the schema is not corrupted: it
 * is a draft with errors, which the editor shows.
 */
export function parseStoredDrafts(text: string | null): StoredDrafts {
  if (text === null || text === '') return { drafts: [], corrupted: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { drafts: [], corrupted: [{ reason: `ugyldig JSON: ${(error as Error).message}`, raw: text }] };
  }
  const file = storedFileSchema.safeParse(json);
  if (!file.success) {
    return {
      drafts: [],
      corrupted: [{ reason: 'de gemte udkast har ikke det forventede format', raw: text }],
    };
  }
  const drafts: Draft[] = [];
  const corrupted: StoredDrafts['corrupted'] = [];
  file.data.drafts.forEach((entry, index) => {
    const draft = storedDraftSchema.safeParse(entry);
    if (draft.success && draft.data.json !== null && typeof draft.data.json === 'object') {
      drafts.push(draft.data as Draft);
    } else {
      corrupted.push({ reason: `udkast nr. ${index + 1} kan ikke læses`, raw: JSON.stringify(entry) ?? '' });
    }
  });
  return { drafts, corrupted };
}

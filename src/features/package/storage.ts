/**
 * The family's package in the browser's localStorage: only which interventions, their amounts, what a
 * grant is stated to pay for and the child's age. No names, no CPR numbers. The stored package is read grant
 * by grant: a grant that cannot be read (or one beyond the cap of MAX_GRANTS) is set aside under a key of its
 * own and reported, and the rest of the package loads.
 */
import { z } from 'zod/mini';
import { KRONER_LIMIT } from '../../domain/format/limits.ts';
import { idSchema } from '../../domain/format/schema.ts';
import { type SetAsideEntry, setAside } from '../../shared/storage/setAside.ts';
import { parseField, parseItems } from '../../shared/storage/storedItems.ts';
import { parseStoredJson, type Rejected } from '../../shared/storage/storedList.ts';

export const PACKAGE_KEY = 'serviceniveau:pakke';

/** The most grants a package holds; the form says so when it is full. */
export const MAX_GRANTS = 200;

export const storedGrantSchema = z.strictObject({
  /** The line's own id. */
  id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  versionId: idSchema,
  interventionId: idSchema,
  /**
   * In the intervention's grant unit and period; null where it has none (a frequency) or none is given.
   * Never above the largest amount of any unit (the intervention's own limit is checked where it is known).
   */
  amount: z.nullable(z.number().check(z.positive(), z.lte(KRONER_LIMIT))),
  /** For an intervention measured in contact frequencies: the option chosen. */
  frequency: z.nullable(idSchema),
  covers: z.array(idSchema).check(z.maxLength(50)),
});
export type StoredGrant = z.infer<typeof storedGrantSchema>;

export const MAX_AGE = 25;

const childAgeSchema = z.nullable(z.int().check(z.gte(0), z.lte(MAX_AGE)));

export const storedPackageSchema = z.strictObject({
  formatVersion: z.literal(1),
  childAge: childAgeSchema,
  grants: z.array(storedGrantSchema).check(z.maxLength(MAX_GRANTS)),
});
export type StoredPackage = z.infer<typeof storedPackageSchema>;

export const EMPTY_PACKAGE: StoredPackage = { formatVersion: 1, childAge: null, grants: [] };

export interface LoadResult {
  value: StoredPackage;
  /** What was set aside by this load (earlier copies are listed by `listSetAside`). */
  setAside: SetAsideEntry[];
  /** A problem the view must report although nothing could be set aside (storage unreadable or full). */
  problem: string | null;
}

/** Reads the stored value item by item; pure apart from the storage (tests pass their own). */
export function readPackage(text: string): { value: StoredPackage; rejected: Rejected[] } {
  const json = parseStoredJson(text, 'hele pakken');
  if (!json.ok) return { value: EMPTY_PACKAGE, rejected: [json.rejected] };
  const stored = json.value as Record<string, unknown> | null;
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored) || stored.formatVersion !== 1) {
    return {
      value: EMPTY_PACKAGE,
      rejected: [{ what: 'hele pakken', reason: 'ukendt format', raw: text }],
    };
  }
  const rejected: Rejected[] = [];
  const age = parseField(stored.childAge ?? null, childAgeSchema, null, 'barnets alder');
  if (age.rejected) rejected.push(age.rejected);
  const grants = parseItems(stored.grants ?? [], storedGrantSchema, {
    max: MAX_GRANTS,
    label: (index) => `bevilling nr. ${index + 1}`,
    listLabel: 'bevillingerne',
  });
  // Two lines with one id cannot both be edited or removed: the second is set aside.
  const seen = new Set<string>();
  const unique = grants.items.filter((grant, index) => {
    if (!seen.has(grant.id)) {
      seen.add(grant.id);
      return true;
    }
    rejected.push({
      what: `bevilling nr. ${index + 1}`,
      reason: `id »${grant.id}« bruges to gange`,
      raw: JSON.stringify(grant),
    });
    return false;
  });
  rejected.push(...grants.rejected);
  return { value: { formatVersion: 1, childAge: age.value, grants: unique }, rejected };
}

/** Read the stored package. Never throws: what cannot be read is set aside item by item and reported. */
export function loadPackage(
  storage: Storage | undefined = globalThis.localStorage,
  now = new Date(),
): LoadResult {
  let text: string | null;
  try {
    text = storage?.getItem(PACKAGE_KEY) ?? null;
  } catch (error) {
    return { value: EMPTY_PACKAGE, setAside: [], problem: `lageret kan ikke læses (${message(error)})` };
  }
  if (text === null) return { value: EMPTY_PACKAGE, setAside: [], problem: null };
  const { value, rejected } = readPackage(text);
  const kept = setAside(storage, PACKAGE_KEY, rejected, now);
  return {
    value,
    setAside: kept.kept,
    problem: kept.failed
      ? 'Dele af den gemte pakke kunne ikke læses og heller ikke lægges til side, fordi browseren afviser at gemme.'
      : null,
  };
}

/** Save the package; returns a problem in Danish when the browser refuses (private mode, full storage). */
export function savePackage(
  value: StoredPackage,
  storage: Storage | undefined = globalThis.localStorage,
): string | null {
  try {
    storage?.setItem(PACKAGE_KEY, JSON.stringify(value));
    return null;
  } catch (error) {
    return `Pakken kunne ikke gemmes i browseren (${message(error)}); den forsvinder, når siden genindlæses.`;
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A short id for a new line, unique within the package. */
export function newGrantId(existing: readonly StoredGrant[]): string {
  const taken = new Set(existing.map((g) => g.id));
  for (let i = existing.length + 1; ; i++) {
    const id = `b${i}`;
    if (!taken.has(id)) return id;
  }
}

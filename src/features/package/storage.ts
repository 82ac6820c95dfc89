/**
 * The family's package in the browser's localStorage: only which interventions, their amounts, what a
 * grant is stated to pay for and the child's age. No names, no CPR numbers. A stored package that cannot
 * be read is set aside under its own key and reported; the view then starts with an empty package.
 */
import { z } from 'zod/mini';
import { idSchema } from '../../domain/format/schema.ts';

export const PACKAGE_KEY = 'serviceniveau:pakke';
export const SET_ASIDE_KEY = 'serviceniveau:pakke:lagt-til-side';

export const storedGrantSchema = z.strictObject({
  /** The line's own id. */
  id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  versionId: idSchema,
  interventionId: idSchema,
  /** In the intervention's grant unit and period; null where it has none (a frequency) or none is given. */
  amount: z.nullable(z.number().check(z.positive())),
  /** For an intervention measured in contact frequencies: the option chosen. */
  frequency: z.nullable(idSchema),
  covers: z.array(idSchema),
});
export type StoredGrant = z.infer<typeof storedGrantSchema>;

export const MAX_AGE = 25;

export const storedPackageSchema = z.strictObject({
  formatVersion: z.literal(1),
  childAge: z.nullable(z.int().check(z.gte(0), z.lte(MAX_AGE))),
  grants: z.array(storedGrantSchema).check(z.maxLength(200)),
});
export type StoredPackage = z.infer<typeof storedPackageSchema>;

export const EMPTY_PACKAGE: StoredPackage = { formatVersion: 1, childAge: null, grants: [] };

export type LoadResult =
  | { ok: true; value: StoredPackage }
  | { ok: false; value: StoredPackage; problem: string; setAside: boolean };

/** Read the stored package. Never throws: a bad one is copied to SET_ASIDE_KEY and reported. */
export function loadPackage(storage: Storage | undefined = globalThis.localStorage): LoadResult {
  let text: string | null;
  try {
    text = storage?.getItem(PACKAGE_KEY) ?? null;
  } catch (error) {
    return {
      ok: false,
      value: EMPTY_PACKAGE,
      problem: `lageret kan ikke læses (${message(error)})`,
      setAside: false,
    };
  }
  if (text === null) return { ok: true, value: EMPTY_PACKAGE };
  let problem: string;
  try {
    const result = storedPackageSchema.safeParse(JSON.parse(text));
    if (result.success) return { ok: true, value: result.data };
    const issue = result.error.issues[0];
    problem = `${issue ? `${issue.path.join('.') || 'pakken'}: ${issue.message}` : 'ukendt format'}`;
  } catch (error) {
    problem = `ugyldig JSON (${message(error)})`;
  }
  // A copy is kept under its own key; the view's next save replaces the bad one. Reading twice gives the
  // same answer (React may call an initializer twice).
  let setAside = false;
  try {
    storage?.setItem(SET_ASIDE_KEY, text);
    setAside = true;
  } catch {
    // The storage refuses writes: the bad package stays where it is, and the report says so.
  }
  return { ok: false, value: EMPTY_PACKAGE, problem, setAside };
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

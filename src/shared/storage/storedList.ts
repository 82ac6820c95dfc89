/**
 * Stored values read item by item. What the browser keeps (a package's grants, a case's dates, drafts) can be
 * damaged by an old version of the app, an extension or a hand edit. One bad item must not take the others
 * with it, and must not be lost silently: it is set aside under a key of its own, with the reason, and the
 * page reports it with a way to download or delete it.
 *
 * A set-aside copy is never overwritten: each gets its own timestamped key. Reading the same damage twice
 * (React may run an initialiser twice) keeps one copy, because an identical copy is not made again.
 */
import type { z } from 'zod/mini';

export interface SetAsideEntry {
  /** The storage key the copy is kept under. */
  key: string;
  /** What the copy was, in the user's words: "bevilling nr. 3", "opfølgning nr. 51". */
  what: string;
  /** Why it could not be read. */
  reason: string;
  /** The stored text, as it was. */
  raw: string;
  /** When it was set aside (ISO timestamp). */
  at: string;
}

export interface Rejected {
  what: string;
  reason: string;
  raw: string;
}

/** localStorage, or undefined where the browser refuses access to it (never a throw). */
export function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** sessionStorage, or undefined where the browser refuses access to it (never a throw). */
export function safeSessionStorage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** Every set-aside copy of `baseKey` starts with this. */
export function setAsidePrefix(baseKey: string): string {
  return `${baseKey}:lagt-til-side:`;
}

function storedKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null) keys.push(key);
  }
  return keys;
}

const setAsideEntrySchemaLike = (value: unknown): value is Omit<SetAsideEntry, 'key'> =>
  value !== null &&
  typeof value === 'object' &&
  typeof (value as SetAsideEntry).what === 'string' &&
  typeof (value as SetAsideEntry).reason === 'string' &&
  typeof (value as SetAsideEntry).raw === 'string' &&
  typeof (value as SetAsideEntry).at === 'string';

/** The set-aside copies of `baseKey`, oldest first. Never throws. */
export function listSetAside(storage: Storage | undefined, baseKey: string): SetAsideEntry[] {
  if (!storage) return [];
  const prefix = setAsidePrefix(baseKey);
  const entries: SetAsideEntry[] = [];
  try {
    for (const key of storedKeys(storage)) {
      // Before copies had their own keys, one copy was kept under the prefix's stem: it is listed too.
      const legacy = key === prefix.slice(0, -1);
      if (!legacy && !key.startsWith(prefix)) continue;
      const text = storage.getItem(key) ?? '';
      if (legacy) {
        entries.push({
          key,
          what: 'en tidligere kopi',
          reason: 'lagt til side af en ældre version af appen',
          raw: text,
          at: '',
        });
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        value = null;
      }
      entries.push(
        setAsideEntrySchemaLike(value)
          ? { key, ...value }
          : { key, what: 'ukendt', reason: 'kopien kan ikke læses', raw: text, at: '' },
      );
    }
  } catch {
    return entries;
  }
  return entries.sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * Keep copies of the rejected items, each under a new key `<baseKey>:lagt-til-side:<time>-<n>`. A copy
 * identical to one already kept is not made twice. Returns the entries kept now; never throws (a storage that
 * refuses writes keeps nothing, and `failed` says so).
 */
export function setAside(
  storage: Storage | undefined,
  baseKey: string,
  rejected: readonly Rejected[],
  now: Date = new Date(),
): { kept: SetAsideEntry[]; failed: boolean } {
  if (!storage || rejected.length === 0) return { kept: [], failed: false };
  const existing = listSetAside(storage, baseKey);
  const kept: SetAsideEntry[] = [];
  let failed = false;
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let n = 0;
  for (const item of rejected) {
    if (existing.some((e) => e.raw === item.raw && e.what === item.what)) continue;
    let key: string;
    do {
      n++;
      key = `${setAsidePrefix(baseKey)}${stamp}-${n}`;
    } while (storage.getItem(key) !== null);
    const entry: SetAsideEntry = { key, ...item, at: now.toISOString() };
    try {
      storage.setItem(
        key,
        JSON.stringify({ what: entry.what, reason: entry.reason, raw: entry.raw, at: entry.at }),
      );
      kept.push(entry);
      existing.push(entry);
    } catch {
      failed = true;
    }
  }
  return { kept, failed };
}

export function deleteSetAside(storage: Storage | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to do: the list shows what is still there.
  }
}

/** The first issue of a failed parse, as "path: message". */
export function firstIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'ukendt format';
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

export function rawOf(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * A stored list read item by item: each item that fails the schema is rejected with its number and reason;
 * items beyond `max` are rejected too (the cap is stated in the UI), never silently dropped. `value` that is not
 * an array at all rejects as one item.
 */
export function parseItems<T>(
  value: unknown,
  schema: z.ZodMiniType<T>,
  options: { max: number; label: (index: number) => string; listLabel: string },
): { items: T[]; rejected: Rejected[] } {
  if (!Array.isArray(value)) {
    return {
      items: [],
      rejected: [{ what: options.listLabel, reason: 'er ikke en liste', raw: rawOf(value) }],
    };
  }
  const items: T[] = [];
  const rejected: Rejected[] = [];
  value.forEach((entry, index) => {
    if (items.length >= options.max) {
      rejected.push({
        what: options.label(index),
        reason: `listen kan rumme højst ${options.max}`,
        raw: rawOf(entry),
      });
      return;
    }
    const parsed = schema.safeParse(entry);
    if (parsed.success) items.push(parsed.data);
    else rejected.push({ what: options.label(index), reason: firstIssue(parsed.error), raw: rawOf(entry) });
  });
  return { items, rejected };
}

/** One field of a stored object read on its own: the parsed value, or the fallback and a rejection. */
export function parseField<T>(
  value: unknown,
  schema: z.ZodMiniType<T>,
  fallback: T,
  what: string,
): { value: T; rejected: Rejected | null } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { value: parsed.data, rejected: null };
  return { value: fallback, rejected: { what, reason: firstIssue(parsed.error), raw: rawOf(value) } };
}

/** Stored text as JSON, or the whole text rejected with why. */
export function parseStoredJson(
  text: string,
  what: string,
): { ok: true; value: unknown } | { ok: false; rejected: Rejected } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return {
      ok: false,
      rejected: {
        what,
        reason: `ugyldig JSON (${error instanceof Error ? error.message : String(error)})`,
        raw: text,
      },
    };
  }
}

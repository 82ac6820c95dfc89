/**
 * Copies of stored items that could not be read (storedList.ts reads them): kept under keys of their own,
 * listed and deleted. Not on the first page: a page loads this only when something is to be set aside or
 * reported (hasSetAside).
 *
 * A set-aside copy is never overwritten: each gets its own timestamped key. Reading the same damage twice
 * (React may run an initialiser twice) keeps one copy, because an identical copy is not made again.
 */
import { type Rejected, setAsideKeys, setAsidePrefix } from './storedList.ts';

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
  const entries: SetAsideEntry[] = [];
  try {
    for (const { key, legacy } of setAsideKeys(storage, baseKey)) {
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

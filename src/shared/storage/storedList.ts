/**
 * Stored values, read safely. What the browser keeps (a package's grants, a case's dates, drafts) can be
 * damaged by an old version of the app, an extension or a hand edit. One bad item must not take the others
 * with it (storedItems.ts reads lists item by item), and must not be lost silently: it is set aside under a key
 * of its own, with the reason (setAside.ts), and the page reports it with a way to download or delete it
 * (SetAsideNotice). This module is the small part the first page carries: the storages, stored JSON, whether
 * copies are set aside, and setting aside with setAside.ts loaded on demand.
 */
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

/** Listeners told when a copy has been set aside after the page rendered (see setAsideLater). */
const setAsideListeners = new Set<() => void>();
let setAsideCount = 0;

/** For useSyncExternalStore: a count that grows each time setAsideLater has kept a copy. */
export function subscribeSetAside(listener: () => void): () => void {
  setAsideListeners.add(listener);
  return () => setAsideListeners.delete(listener);
}
export function setAsideSnapshot(): number {
  return setAsideCount;
}

/**
 * Set rejected items aside with setAside.ts loaded on demand, for a reader on the first page (the stored
 * choice of municipality), which must not carry that code; a report on the page is told when it is done.
 */
export function setAsideLater(storage: Storage | undefined, baseKey: string, rejected: readonly Rejected[]) {
  return import('./setAside.ts').then((module) => {
    const result = module.setAside(storage, baseKey, rejected);
    setAsideCount++;
    for (const listener of setAsideListeners) listener();
    return result;
  });
}

/**
 * The keys under which copies of `baseKey` are set aside, in the storage's order. `legacy`: before copies
 * had their own keys, one copy was kept under the prefix's stem; it is found too. Throws where the storage
 * refuses to be read.
 */
export function setAsideKeys(storage: Storage, baseKey: string): { key: string; legacy: boolean }[] {
  const prefix = setAsidePrefix(baseKey);
  const found: { key: string; legacy: boolean }[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key === null) continue;
    const legacy = key === prefix.slice(0, -1);
    if (legacy || key.startsWith(prefix)) found.push({ key, legacy });
  }
  return found;
}

/**
 * Whether any copy of `baseKey` is set aside: a cheap look at the keys, so the page loads the report
 * (SetAsideNotice, with setAside.ts) only when there is something to report. Never throws.
 */
export function hasSetAside(storage: Storage | undefined, baseKey: string): boolean {
  try {
    return storage !== undefined && setAsideKeys(storage, baseKey).length > 0;
  } catch {
    return false;
  }
}

export function rawOf(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
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

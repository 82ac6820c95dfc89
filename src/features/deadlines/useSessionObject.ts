/**
 * A small object kept in this tab's sessionStorage under `key` (useCaseDates.ts explains why the case's
 * values live there): never in the URL, never sent. A stored value that is missing or does not fit `schema`
 * starts as `empty`; a storage that is full or disabled only means the value is not kept.
 */
import { useEffect, useState } from 'react';
import { z } from 'zod/mini';

function read<T>(key: string, schema: z.ZodMiniType<T>, empty: T): T {
  try {
    const text = sessionStorage.getItem(key);
    if (text === null) return empty;
    const parsed = z.safeParse(schema, JSON.parse(text));
    return parsed.success ? parsed.data : empty;
  } catch {
    return empty;
  }
}

/** The stored object, a setter of some of its fields, and a reset to `empty`. */
export function useSessionObject<T extends object>(
  key: string,
  schema: z.ZodMiniType<T>,
  empty: T,
): [T, (patch: Partial<T>) => void, () => void] {
  const [state, setState] = useState<T>(() => read(key, schema, empty));
  useEffect(() => {
    try {
      sessionStorage.setItem(key, JSON.stringify(state));
    } catch {
      // Storage full or disabled: the view still works, the value is only not kept.
    }
  }, [key, state]);
  return [state, (patch) => setState((current) => ({ ...current, ...patch })), () => setState(empty)];
}

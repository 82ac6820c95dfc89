import { useCallback, useEffect, useState } from 'react';
import { type LoadResult, loadPackage, type StoredPackage, savePackage } from './storage.ts';

/** The package as state, loaded once from localStorage and saved on every change. */
export function usePackage() {
  const [loaded] = useState<LoadResult>(() => loadPackage());
  const [value, setValue] = useState<StoredPackage>(loaded.value);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  useEffect(() => {
    setSaveProblem(savePackage(value));
  }, [value]);
  const update = useCallback((change: (previous: StoredPackage) => StoredPackage) => setValue(change), []);
  return { value, update, loadProblem: loaded.problem, saveProblem };
}

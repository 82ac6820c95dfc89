/**
 * The municipality a user has chosen in this browser (localStorage), read safely: anything that is not a
 * short plain name is ignored, and a storage that cannot be read or written (private mode, full) only means
 * the choice is not remembered. The deployment's home municipality is the default (`landingMunicipality`).
 */
import { useCallback, useState } from 'react';
import { landingMunicipality } from '../../domain/format/catalog.ts';
import { parseStoredJson, setAsideLater } from '../storage/storedList.ts';
import { useDeployment } from './queries.ts';

export const MUNICIPALITY_KEY = 'serviceniveau:kommune';

const MAX_NAME_LENGTH = 80;

/** Why a stored value is not a municipality's name (a short plain text), or null when it is one. */
function nameProblem(value: unknown): string | null {
  if (typeof value !== 'string') return 'skal være en kommunes navn (tekst)';
  const length = value.trim().length;
  if (length === 0) return 'er tomt';
  if (length > MAX_NAME_LENGTH) return `er længere end ${MAX_NAME_LENGTH} tegn`;
  return null;
}

export function readStoredMunicipality(
  storage: Storage | undefined = globalThis.localStorage,
): string | null {
  let text: string | null;
  try {
    text = storage?.getItem(MUNICIPALITY_KEY) ?? null;
  } catch {
    return null;
  }
  if (text === null) return null;
  // A value that cannot be read is set aside (never lost without a word: the stored value stays until the
  // copy is kept) and the landing falls back to the deployment's home municipality; the page lists the copy
  // with download and delete.
  const json = parseStoredJson(text, 'det gemte valg af kommune');
  if (!json.ok) {
    setAsideLater(storage, MUNICIPALITY_KEY, [json.rejected]).catch(() => undefined);
    return null;
  }
  const value = json.value;
  const problem = nameProblem(value);
  if (problem !== null || typeof value !== 'string') {
    const rejected = { what: 'det gemte valg af kommune', reason: problem ?? 'ukendt format', raw: text };
    setAsideLater(storage, MUNICIPALITY_KEY, [rejected]).catch(() => undefined);
    return null;
  }
  return value.trim();
}

export function writeStoredMunicipality(
  municipality: string,
  storage: Storage | undefined = globalThis.localStorage,
): boolean {
  try {
    storage?.setItem(MUNICIPALITY_KEY, JSON.stringify(municipality));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** The stored choice and a setter that remembers a new one in this browser. */
export function useStoredMunicipality(): [string | null, (municipality: string) => void] {
  const [stored, setStored] = useState<string | null>(() => readStoredMunicipality());
  const choose = useCallback((municipality: string) => {
    writeStoredMunicipality(municipality);
    setStored(municipality);
  }, []);
  return [stored, choose];
}

/**
 * The municipality a view should start with, among the given versions: the one chosen in this browser, else
 * the deployment's home municipality (`landingMunicipality`).
 */
export function useLandingMunicipality(versions: readonly { municipality: string }[]): string | null {
  const deployment = useDeployment();
  const [stored] = useStoredMunicipality();
  const municipalities = [...new Set(versions.map((v) => v.municipality))];
  return landingMunicipality(municipalities, { stored, home: deployment?.municipality ?? null });
}

/** The versions of the landing municipality first, the others after, each group in its given order. */
export function homeFirst<T extends { municipality: string }>(
  versions: readonly T[],
  home: string | null,
): T[] {
  return [
    ...versions.filter((v) => v.municipality === home),
    ...versions.filter((v) => v.municipality !== home),
  ];
}

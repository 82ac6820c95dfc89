/**
 * The council's drafts, kept in this browser's localStorage so they survive a reload. Saved text that cannot
 * be read back is reported and set aside under its own key, never thrown.
 */
import { useCallback, useEffect, useState } from 'react';
import {
  type Draft,
  parseStoredDrafts,
  type StoredDrafts,
  serializeDrafts,
} from '../../domain/council/draft.ts';

export const DRAFTS_KEY = 'serviceniveau.udkast';
export const SET_ASIDE_KEY = 'serviceniveau.udkast.tilsidesat';

function load(): StoredDrafts {
  let text: string | null = null;
  try {
    text = localStorage.getItem(DRAFTS_KEY);
  } catch {
    return { drafts: [], corrupted: [{ reason: 'browserens lager kan ikke læses', raw: '' }] };
  }
  const stored = parseStoredDrafts(text);
  if (stored.corrupted.length > 0) {
    try {
      const aside = JSON.parse(localStorage.getItem(SET_ASIDE_KEY) ?? '[]') as unknown;
      const list = Array.isArray(aside) ? aside : [];
      list.push(...stored.corrupted.map((c) => ({ ...c, at: new Date().toISOString() })));
      localStorage.setItem(SET_ASIDE_KEY, JSON.stringify(list));
      localStorage.setItem(DRAFTS_KEY, serializeDrafts(stored.drafts));
    } catch {
      // Storage full or blocked: the report below still tells the council.
    }
  }
  return stored;
}

export function useDrafts() {
  const [initial] = useState(load);
  const [drafts, setDrafts] = useState<Draft[]>(initial.drafts);
  const [saveError, setSaveError] = useState<string | null>(null);
  useEffect(() => {
    try {
      localStorage.setItem(DRAFTS_KEY, serializeDrafts(drafts));
      setSaveError(null);
    } catch (error) {
      setSaveError(`Udkastene kunne ikke gemmes i browseren: ${(error as Error).message}`);
    }
  }, [drafts]);
  const upsert = useCallback((draft: Draft) => {
    setDrafts((list) =>
      list.some((d) => d.key === draft.key)
        ? list.map((d) => (d.key === draft.key ? draft : d))
        : [...list, draft],
    );
  }, []);
  const remove = useCallback((key: string) => {
    setDrafts((list) => list.filter((d) => d.key !== key));
  }, []);
  return { drafts, upsert, remove, corrupted: initial.corrupted, saveError };
}

/** A short local key for a new draft: lower-case letters and digits, valid inside a version id. */
export function newDraftKey(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296)
    .toString(36)
    .padStart(2, '0')}`;
}

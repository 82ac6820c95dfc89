/**
 * The council's drafts, kept in this browser's localStorage, one item per draft (`serviceniveau.udkast:<key>`),
 * so saving an edit writes one draft, not all 250. An item that cannot be read back is reported with its raw
 * text, to be downloaded or deleted from the page; it never stops the others from loading. Drafts saved by the
 * earlier single-list format (`serviceniveau.udkast`) are moved to items once.
 */
import { useCallback, useState } from 'react';
import { type Draft, parseStoredDraft, parseStoredDrafts } from '../../domain/editor/draft.ts';
import { pathsWithCprLike } from '../../domain/privacy/personal-data.ts';

export const DRAFT_PREFIX = 'serviceniveau.udkast:';
export const LEGACY_DRAFTS_KEY = 'serviceniveau.udkast';

export interface BrokenDraft {
  storageKey: string;
  reason: string;
  raw: string;
}

interface Loaded {
  drafts: Draft[];
  broken: BrokenDraft[];
}

function migrateLegacy(broken: BrokenDraft[]): void {
  const legacy = localStorage.getItem(LEGACY_DRAFTS_KEY);
  if (legacy === null) return;
  const stored = parseStoredDrafts(legacy);
  for (const draft of stored.drafts) localStorage.setItem(DRAFT_PREFIX + draft.key, JSON.stringify(draft));
  stored.corrupted.forEach((c, index) => {
    const storageKey = `${DRAFT_PREFIX}ulæselig-${Date.now().toString(36)}-${index}`;
    localStorage.setItem(storageKey, c.raw);
    broken.push({ storageKey, reason: c.reason, raw: c.raw });
  });
  localStorage.removeItem(LEGACY_DRAFTS_KEY);
}

export function loadDrafts(): Loaded {
  const drafts: Draft[] = [];
  const broken: BrokenDraft[] = [];
  try {
    migrateLegacy(broken);
    for (let i = 0; i < localStorage.length; i += 1) {
      const storageKey = localStorage.key(i);
      if (storageKey === null || !storageKey.startsWith(DRAFT_PREFIX)) continue;
      if (broken.some((b) => b.storageKey === storageKey)) continue;
      const raw = localStorage.getItem(storageKey) ?? '';
      const read = parseStoredDraft(raw);
      if (read.ok && DRAFT_PREFIX + read.draft.key === storageKey) drafts.push(read.draft);
      else
        broken.push({
          storageKey,
          raw,
          reason: read.ok ? 'udkastets nøgle passer ikke til dets plads i lageret' : read.reason,
        });
    }
  } catch (error) {
    broken.push({
      storageKey: '',
      raw: '',
      reason: `browserens lager kan ikke læses: ${(error as Error).message}`,
    });
  }
  drafts.sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0));
  return { drafts, broken };
}

export function useDrafts() {
  const [initial] = useState(loadDrafts);
  const [drafts, setDrafts] = useState<Draft[]>(initial.drafts);
  const [broken, setBroken] = useState<BrokenDraft[]>(initial.broken);
  const [saveError, setSaveError] = useState<string | null>(null);

  const upsert = useCallback((draft: Draft) => {
    // Defence in depth: the editor never writes a CPR-like value into a draft; if one got there, it is not stored.
    if (pathsWithCprLike(draft.json).length > 0) {
      setSaveError('Udkastet er ikke gemt: et felt ser ud til at indeholde et CPR-nummer.');
      return;
    }
    try {
      localStorage.setItem(DRAFT_PREFIX + draft.key, JSON.stringify(draft));
      setSaveError(null);
    } catch (error) {
      setSaveError(`Udkastet kunne ikke gemmes i browseren: ${(error as Error).message}`);
    }
    setDrafts((list) =>
      list.some((d) => d.key === draft.key)
        ? list.map((d) => (d.key === draft.key ? draft : d))
        : [...list, draft],
    );
  }, []);

  const remove = useCallback((key: string) => {
    try {
      localStorage.removeItem(DRAFT_PREFIX + key);
    } catch {
      // Blocked storage: the list below still drops it for this page.
    }
    setDrafts((list) => list.filter((d) => d.key !== key));
  }, []);

  const removeBroken = useCallback((storageKey: string) => {
    try {
      localStorage.removeItem(storageKey);
    } catch {
      // As above.
    }
    setBroken((list) => list.filter((b) => b.storageKey !== storageKey));
  }, []);

  return { drafts, broken, upsert, remove, removeBroken, saveError };
}

export type DraftStore = ReturnType<typeof useDrafts>;

/** A short local key for a new draft: lower-case letters and digits. */
export function newDraftKey(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296)
    .toString(36)
    .padStart(2, '0')}`;
}

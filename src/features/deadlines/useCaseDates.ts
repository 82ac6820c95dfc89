/**
 * The dates of the case being looked at, kept in this tab's sessionStorage.
 *
 * Why sessionStorage: the dates are not personal data, but they belong to one case and one sitting. Kept per
 * tab they survive switching to another view and back (the view unmounts) and a reload, and they are gone when
 * the tab closes, so the next case does not start with the last one's dates. They are never put in the URL
 * (a link or the browser history would carry them) and never sent anywhere.
 */
import { useEffect, useState } from 'react';
import { z } from 'zod/mini';
import { type CaseDates, emptyCaseDates } from '../../domain/case/deadlines.ts';
import { setAside } from '../../shared/storage/setAside.ts';
import { parseField, parseItems } from '../../shared/storage/storedItems.ts';
import { parseStoredJson, type Rejected } from '../../shared/storage/storedList.ts';

export const CASE_DATES_KEY = 'serviceniveau.frister.v1';

/** The most follow-ups a case holds; the form says so when it is full. */
export const MAX_FOLLOW_UPS = 50;

const dateText = z.string().check(z.maxLength(10));
const dateOrNull = z.nullable(dateText);
const EVENTS = [
  'aware',
  'investigation-finished',
  'decision-made',
  'decision-received',
  'help-started',
] as const;
const EVENT_WORDS: Record<(typeof EVENTS)[number], string> = {
  aware: 'datoen for kendskab til behovet',
  'investigation-finished': 'datoen for afsluttet undersøgelse',
  'decision-made': 'afgørelsesdatoen',
  'decision-received': 'datoen for modtaget afgørelse',
  'help-started': 'datoen for hjælpens start',
};

export interface StoredCase {
  events: Record<(typeof EVENTS)[number], string | null>;
  followUps: string[];
  reference: string | null;
  versionId: string | null;
}

function emptyCase(): StoredCase {
  return { ...emptyCaseDates(), reference: null, versionId: null };
}

/**
 * The stored case read field by field: a date that cannot be read, or a follow-up beyond the cap, is set
 * aside and the other dates load (they used to be wiped together).
 */
export function readStoredCase(text: string): { value: StoredCase; rejected: Rejected[] } {
  const json = parseStoredJson(text, 'alle sagens datoer');
  if (!json.ok) return { value: emptyCase(), rejected: [json.rejected] };
  const stored = json.value as Record<string, unknown> | null;
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) {
    return {
      value: emptyCase(),
      rejected: [{ what: 'alle sagens datoer', reason: 'ukendt format', raw: text }],
    };
  }
  const rejected: Rejected[] = [];
  const field = <T>(value: unknown, schema: z.ZodMiniType<T>, fallback: T, what: string): T => {
    const parsed = parseField(value, schema, fallback, what);
    if (parsed.rejected) rejected.push(parsed.rejected);
    return parsed.value;
  };
  const events = (stored.events ?? {}) as Record<string, unknown>;
  const value = emptyCase();
  for (const event of EVENTS)
    value.events[event] = field(events[event] ?? null, dateOrNull, null, EVENT_WORDS[event]);
  const followUps = parseItems(stored.followUps ?? [], dateText, {
    max: MAX_FOLLOW_UPS,
    label: (index) => `opfølgning nr. ${index + 1}`,
    listLabel: 'opfølgningerne',
  });
  value.followUps = followUps.items;
  rejected.push(...followUps.rejected);
  value.reference = field(stored.reference ?? null, dateOrNull, null, 'referencedatoen');
  value.versionId = field(
    stored.versionId ?? null,
    z.nullable(z.string().check(z.maxLength(200))),
    null,
    'den valgte standard',
  );
  return { value, rejected };
}

function read(): StoredCase {
  try {
    const text = sessionStorage.getItem(CASE_DATES_KEY);
    if (text === null) return emptyCase();
    const { value, rejected } = readStoredCase(text);
    setAside(sessionStorage, CASE_DATES_KEY, rejected);
    return value;
  } catch {
    return emptyCase();
  }
}

export function useCaseDates(): [
  StoredCase,
  (update: (current: StoredCase) => StoredCase) => void,
  () => void,
] {
  const [state, setState] = useState<StoredCase>(read);
  useEffect(() => {
    try {
      sessionStorage.setItem(CASE_DATES_KEY, JSON.stringify(state));
    } catch {
      // Storage full or disabled: the dates still work for this view, they are only not kept.
    }
  }, [state]);
  return [state, (update) => setState((current) => update(current)), () => setState(emptyCase())];
}

export function toCaseDates(state: StoredCase): CaseDates {
  const nullIfEmpty = (v: string | null) => (v === null || v === '' ? null : v);
  return {
    events: {
      aware: nullIfEmpty(state.events.aware),
      'investigation-finished': nullIfEmpty(state.events['investigation-finished']),
      'decision-made': nullIfEmpty(state.events['decision-made']),
      'decision-received': nullIfEmpty(state.events['decision-received']),
      'help-started': nullIfEmpty(state.events['help-started']),
    },
    // Empty entries are kept so a problem's index matches the input's number; the domain skips them.
    followUps: state.followUps,
  };
}

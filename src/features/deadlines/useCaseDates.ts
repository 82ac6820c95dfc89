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

export const CASE_DATES_KEY = 'serviceniveau.frister.v1';

const dateOrNull = z.nullable(z.string().check(z.maxLength(10)));
const storedSchema = z.object({
  events: z.object({
    aware: dateOrNull,
    'investigation-finished': dateOrNull,
    'decision-made': dateOrNull,
    'decision-received': dateOrNull,
    'help-started': dateOrNull,
  }),
  followUps: z.array(z.string().check(z.maxLength(10))).check(z.maxLength(50)),
  reference: z.nullable(z.string().check(z.maxLength(10))),
  versionId: z.nullable(z.string().check(z.maxLength(200))),
});
export type StoredCase = z.infer<typeof storedSchema>;

function emptyCase(): StoredCase {
  return { ...emptyCaseDates(), reference: null, versionId: null };
}

function read(): StoredCase {
  try {
    const text = sessionStorage.getItem(CASE_DATES_KEY);
    if (text === null) return emptyCase();
    const parsed = storedSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : emptyCase();
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

/**
 * The follow-up cadence decided in the case (barnets lov § 95), kept in this tab's sessionStorage with the
 * case's dates (useCaseDates.ts explains why): never in the URL, never sent. Unreadable: starts unanswered.
 */
import { z } from 'zod/mini';
import type { CaseCadence } from '../../domain/case/deadlines.ts';
import { useSessionObject } from './useSessionObject.ts';

export const CADENCE_KEY = 'serviceniveau.frister.hyppighed.v1';

const storedSchema = z.object({
  choice: z.nullable(z.enum(['case', 'local'])),
  /** As typed: a whole number of weeks or months, checked when used. */
  amount: z.string().check(z.maxLength(4)),
  unit: z.enum(['weeks', 'months']),
});
export type StoredCadence = z.infer<typeof storedSchema>;

export const EMPTY_CADENCE: StoredCadence = { choice: null, amount: '', unit: 'months' };

/** A whole number of weeks or months from 1 to 120, or null. */
export function cadenceAmount(text: string): number | null {
  if (!/^\s*\d{1,3}\s*$/.test(text)) return null;
  const value = Number(text);
  return value >= 1 && value <= 120 ? value : null;
}

export function toCadence(stored: StoredCadence): CaseCadence {
  if (stored.choice === 'local') return { kind: 'local' };
  if (stored.choice === 'case') {
    const amount = cadenceAmount(stored.amount);
    return amount === null ? null : { kind: 'case', amount, unit: stored.unit };
  }
  return null;
}

export function useCadence(): [StoredCadence, (patch: Partial<StoredCadence>) => void, () => void] {
  return useSessionObject(CADENCE_KEY, storedSchema, EMPTY_CADENCE);
}

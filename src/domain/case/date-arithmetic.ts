/**
 * Counting with civil dates (see dates.ts): done by date-fns on a local-midnight `Date` that never leaves
 * this module and is never serialised as an instant (no toISOString), so a zone or summer-time shift cannot
 * move a day.
 *
 * End-of-month policy (stated, not guessed): months are calendar months. When the day does not exist in the
 * target month, the date is clamped to that month's last day (date-fns `addMonths`): 31.10.2023 + 4 months is
 * 29.02.2024, 31.10.2024 + 4 months is 28.02.2025. The result says when the clamp applied, so the app can show
 * it. Weeks are 7 calendar days; days are calendar days (weekends and holidays count).
 */
import { addDays, addMonths, differenceInCalendarDays } from 'date-fns';
import { type CalendarUnit, parseIsoDate, todayIso } from './dates.ts';

function toLocalDate(iso: string): Date {
  const parsed = parseIsoDate(iso);
  if (!parsed) throw new RangeError(`not a calendar date: ${iso}`);
  const date = new Date(2000, 0, 1);
  // setFullYear keeps years below 100 as written (the Date constructor maps 0–99 to 1900–1999).
  date.setFullYear(parsed.year, parsed.month - 1, parsed.day);
  date.setHours(0, 0, 0, 0);
  return date;
}

function fromLocalDate(date: Date): string {
  return todayIso(date).replace(/^(\d+)-/, (_, y: string) => `${y.padStart(4, '0')}-`);
}

/** The result of counting forward: the date, and whether the end-of-month clamp moved it. */
export interface AddedDate {
  date: string;
  /** true: the start's day does not exist in the target month; the month's last day was used. */
  clamped: boolean;
}

/** `iso` plus `months` calendar months, clamped to the target month's last day (see the policy above). */
export function addCalendarMonths(iso: string, months: number): AddedDate {
  const start = parseIsoDate(iso);
  if (!start) throw new RangeError(`not a calendar date: ${iso}`);
  const date = fromLocalDate(addMonths(toLocalDate(iso), months));
  const end = parseIsoDate(date);
  return { date, clamped: end !== null && end.day !== start.day };
}

/** `iso` plus `days` calendar days. */
export function addCalendarDays(iso: string, days: number): string {
  return fromLocalDate(addDays(toLocalDate(iso), days));
}

/** `iso` plus an amount of days, weeks (7 calendar days each) or calendar months. */
export function addPeriod(iso: string, amount: number, unit: CalendarUnit): AddedDate {
  switch (unit) {
    case 'days':
      return { date: addCalendarDays(iso, amount), clamped: false };
    case 'weeks':
      return { date: addCalendarDays(iso, amount * 7), clamped: false };
    case 'months':
      return addCalendarMonths(iso, amount);
  }
}

/** Calendar days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(toLocalDate(to), toLocalDate(from));
}

/** The policy in words, as the app shows it next to a clamped date. */
export const END_OF_MONTH_POLICY =
  'Måneder lægges til som kalendermåneder. Findes dagen ikke i slutmåneden, bruges månedens sidste dag (31.10 + 4 måneder = 28.02, eller 29.02 i skudår).';

/**
 * Civil dates: stored as YYYY-MM-DD, shown as dd.mm.åååå. No time zones are involved.
 *
 * A civil date is a day in the calendar, not an instant: 31.10.2025 typed in Copenhagen is 31.10.2025 in the
 * report, whatever the clock or zone of the machine. Counting with dates (adding days, weeks and months) is in
 * date-arithmetic.ts, apart from this, so the first page does not carry date-fns.
 */
import { MAX_YEAR, MIN_YEAR } from '../format/limits.ts';

export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** dd.mm.åååå; never throws: text that is not a date is shown as it is (a year 10000 date included). */
export function formatIsoDate(iso: string): string {
  const match = /^(\d{4,})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : iso;
}

/** The units a deadline can be counted in (the standard schema's `deadline.unit`). */
export type CalendarUnit = 'days' | 'weeks' | 'months';

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** YYYY-MM-DD that names a real calendar day, or null. Years 1–9999 only. */
export function parseIsoDate(iso: string): CivilDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

/** Dates typed or stored by the app lie within MIN_YEAR–MAX_YEAR (see limits.ts). */
/** For a date input's min and max attributes. */
export const DATE_INPUT_MIN = `${MIN_YEAR}-01-01`;
export const DATE_INPUT_MAX = `${MAX_YEAR}-12-31`;
export const DATE_RANGE_TEXT = `mellem 01.01.${MIN_YEAR} og 31.12.${MAX_YEAR}`;

/** A real calendar date within MIN_YEAR–MAX_YEAR: what every date field and stored date must be. */
export function isDateInRange(value: string): boolean {
  const date = parseIsoDate(value);
  return date !== null && date.year >= MIN_YEAR && date.year <= MAX_YEAR;
}

/** Null for a valid date in range; otherwise what is wrong, in Danish. */
export function dateProblem(value: string): string | null {
  const date = parseIsoDate(value);
  if (date === null) return 'ikke en gyldig dato';
  if (date.year < MIN_YEAR || date.year > MAX_YEAR) return `datoen skal ligge ${DATE_RANGE_TEXT}`;
  return null;
}

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Civil dates: stored as YYYY-MM-DD, shown as dd.mm.åååå. No time zones are involved.
 *
 * A civil date is a day in the calendar, not an instant: 31.10.2025 typed in Copenhagen is 31.10.2025 in the
 * report, whatever the clock or zone of the machine. The arithmetic is done by date-fns on a local-midnight
 * `Date` that never leaves this module and is never serialised as an instant (no toISOString), so a zone or
 * summer-time shift cannot move a day.
 *
 * End-of-month policy (stated, not guessed): months are calendar months. When the day does not exist in the
 * target month, the date is clamped to that month's last day (date-fns `addMonths`): 31.10.2023 + 4 months is
 * 29.02.2024, 31.10.2024 + 4 months is 28.02.2025. The result says when the clamp applied, so the app can show
 * it. Weeks are 7 calendar days; days are calendar days (weekends and holidays count).
 */
import { addDays, addMonths, differenceInCalendarDays } from 'date-fns';
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

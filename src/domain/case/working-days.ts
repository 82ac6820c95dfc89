/**
 * Working days (arbejdsdage): Monday to Friday, except the public holidays of a holiday calendar. The
 * calendar is given by the caller (for Denmark: `danishHolidays()` in danish-holidays.ts, from the
 * date-holidays library), so this arithmetic is pure and can be tested with any calendar.
 *
 * Counting rule (stated, not guessed): the day the count starts from (the day the application is received)
 * is day 0 and does not count; "N arbejdsdage" ends on the N-th working day after it. The result is always a
 * working day. 0 working days is the start date itself.
 */

import { addCalendarDays } from './date-arithmetic.ts';
import { parseIsoDate } from './dates.ts';

/** Which days are public holidays: the holiday's name, or null on an ordinary day. */
export interface HolidayCalendar {
  holidayName(iso: string): string | null;
}

/** 0 Sunday … 6 Saturday, for a YYYY-MM-DD civil date (no time zone involved: UTC is used only as a calendar). */
export function dayOfWeek(iso: string): number {
  const date = parseIsoDate(iso);
  if (!date) throw new RangeError(`not a calendar date: ${iso}`);
  const utc = new Date(0);
  utc.setUTCFullYear(date.year, date.month - 1, date.day);
  return utc.getUTCDay();
}

export type DayKind = { kind: 'working' } | { kind: 'weekend' } | { kind: 'holiday'; name: string };

export function dayKind(iso: string, calendar: HolidayCalendar): DayKind {
  const weekday = dayOfWeek(iso);
  if (weekday === 0 || weekday === 6) return { kind: 'weekend' };
  const name = calendar.holidayName(iso);
  return name === null ? { kind: 'working' } : { kind: 'holiday', name };
}

export function isWorkingDay(iso: string, calendar: HolidayCalendar): boolean {
  return dayKind(iso, calendar).kind === 'working';
}

/** A weekday that did not count because it was a public holiday. */
export interface SkippedHoliday {
  date: string;
  name: string;
}

export interface WorkingDaysResult {
  date: string;
  /** The public holidays on weekdays between the start and the result, which the count skipped. */
  holidaysSkipped: SkippedHoliday[];
}

/** The `count`-th working day after `iso` (`iso` itself is not counted); `count` is a whole number ≥ 0. */
export function addWorkingDays(iso: string, count: number, calendar: HolidayCalendar): WorkingDaysResult {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`not a whole number ≥ 0: ${count}`);
  if (!parseIsoDate(iso)) throw new RangeError(`not a calendar date: ${iso}`);
  let date = iso;
  let left = count;
  const holidaysSkipped: SkippedHoliday[] = [];
  // A calendar with (nearly) no working days must not hang the page: a week holds at least one working day
  // in any real calendar, so a count that needs more than a year of days per five working days is refused.
  let scanned = 0;
  const limit = count * 7 + 366;
  while (left > 0) {
    scanned += 1;
    if (scanned > limit) throw new RangeError(`too few working days in the calendar after ${iso}`);
    date = addCalendarDays(date, 1);
    const kind = dayKind(date, calendar);
    if (kind.kind === 'working') left -= 1;
    else if (kind.kind === 'holiday') holidaysSkipped.push({ date, name: kind.name });
  }
  return { date, holidaysSkipped };
}

/** Working days after `from` up to and including `to` (0 when `to` is not later than `from`). */
export function workingDaysBetween(from: string, to: string, calendar: HolidayCalendar): number {
  let count = 0;
  for (let date = addCalendarDays(from, 1); date <= to; date = addCalendarDays(date, 1)) {
    if (isWorkingDay(date, calendar)) count += 1;
  }
  return count;
}

/** The rule in words, as the app shows it beside a deadline counted in working days. */
export const WORKING_DAYS_RULE =
  'Arbejdsdage er mandag til fredag undtagen helligdage. Modtagelsesdagen tæller ikke med; fristen udløber på den sidste arbejdsdag, der tælles.';

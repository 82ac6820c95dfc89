/**
 * Physical limits of an amount per unit and period: a week has 168 hours and 7 døgn, a month at most 31 døgn
 * (744 hours), a year at most 366 døgn (8784 hours). An amount above them is impossible, whatever a standard,
 * a form or a file says, and is refused with a message that says why. These are facts of the calendar, not
 * figures of a municipality or of the law.
 *
 * Kroner have no physical limit; the app refuses amounts above KRONER_LIMIT per period so that a slip of the
 * keyboard (a 309-digit amount) cannot overflow a conversion. That bound is the app's own, and says so.
 */
import type { Period, Unit } from './schema.ts';
import { formatNumber, PER_PERIOD, UNIT_LABEL } from './units.ts';

/** Days in the longest week, month and year of the calendar. */
const MAX_DAYS: Record<Period, number> = { week: 7, month: 31, year: 366 };

/** The app's own upper bound for kroner per period (not a municipal or legal figure). */
export const KRONER_LIMIT = 1_000_000_000;

/** The largest possible amount of a unit in a period, e.g. hours per week → 168. */
export function maxAmount(unit: Unit, period: Period): number {
  switch (unit) {
    case 'hours':
      return MAX_DAYS[period] * 24;
    case 'days':
      return MAX_DAYS[period];
    case 'kroner':
      return KRONER_LIMIT;
  }
}

const WHY: Record<Period, string> = {
  week: 'en uge har 7 døgn',
  month: 'den længste måned har 31 døgn',
  year: 'et skudår har 366 døgn',
};

/**
 * Null when the amount is possible; otherwise the message a field or file shows, e.g. "højst 168 timer om
 * ugen (en uge har 7 døgn)". Negative and non-finite amounts are refused too.
 */
export function amountLimitProblem(value: number, unit: Unit, period: Period): string | null {
  if (!Number.isFinite(value)) return 'skal være et endeligt tal';
  if (value < 0) return 'må ikke være negativ';
  const max = maxAmount(unit, period);
  if (value <= max) return null;
  const why = unit === 'kroner' ? 'appens grænse for beløb' : WHY[period];
  return `kan højst være ${formatNumber(max)} ${UNIT_LABEL[unit].many} ${PER_PERIOD[period]} (${why})`;
}

/** Weeks in a year: at least 1, at most 366 / 7 (a leap year's days in whole weeks and a part). */
export const WEEKS_PER_YEAR_RANGE = { min: 1, max: 366 / 7 } as const;
/** Months in a year: 1–12. */
export const MONTHS_PER_YEAR_RANGE = { min: 1, max: 12 } as const;

export function weeksPerYearProblem(value: number): string | null {
  if (!Number.isFinite(value)) return 'skal være et endeligt tal';
  if (value < WEEKS_PER_YEAR_RANGE.min || value > WEEKS_PER_YEAR_RANGE.max) {
    return `skal være mellem 1 og ${formatNumber(WEEKS_PER_YEAR_RANGE.max)} (et år har højst 366 dage)`;
  }
  return null;
}

export function monthsPerYearProblem(value: number): string | null {
  if (!Number.isFinite(value)) return 'skal være et endeligt tal';
  if (value < MONTHS_PER_YEAR_RANGE.min || value > MONTHS_PER_YEAR_RANGE.max)
    return 'skal være mellem 1 og 12';
  return null;
}

/**
 * The years a date of this domain may have. Arithmetic works on years 1–9999, but no case, decision or
 * standard lies outside 1900–2100; a date outside is a typing slip (9999-12-31), refused with this range in
 * the message, so no deadline is ever counted into year 10000.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** A count of cases: a whole number no larger than this (more than the children of Denmark many times over). */
export const MAX_CASE_COUNT = 1_000_000;

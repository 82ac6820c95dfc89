/**
 * Units, periods and the conversion between periods. A conversion always uses the conventions the
 * standard file states (weeks per year, months per year), so the figure can say how it was made.
 */
import type { Period, StandardVersion, Unit } from './schema.ts';

export interface Conventions {
  weeksPerYear: number;
  monthsPerYear: number;
}

export const PERIODS: readonly Period[] = ['week', 'month', 'year'];

export function conventionsOf(version: StandardVersion): Conventions {
  return {
    weeksPerYear: version.conventions.weeksPerYear.value,
    monthsPerYear: version.conventions.monthsPerYear.value,
  };
}

/** How many of a period there are in a year, under the conventions. */
function perYear(period: Period, conventions: Conventions): number {
  switch (period) {
    case 'week':
      return conventions.weeksPerYear;
    case 'month':
      return conventions.monthsPerYear;
    case 'year':
      return 1;
  }
}

/** An amount per `from` expressed per `to`: 3 hours a week is 3 × 52 / 12 = 13 hours a month at 52 weeks. */
export function convertAmount(amount: number, from: Period, to: Period, conventions: Conventions): number {
  if (from === to) return amount;
  return (amount * perYear(from, conventions)) / perYear(to, conventions);
}

/** The formula behind a conversion, in words a caseworker can check. */
export function conversionFormula(from: Period, to: Period, conventions: Conventions): string | null {
  if (from === to) return null;
  const n = perYear(from, conventions);
  const d = perYear(to, conventions);
  const parts = [n === 1 ? null : `× ${formatNumber(n)} ${PERIOD_PLURAL[from]} pr. år`];
  if (d !== 1) parts.push(`÷ ${formatNumber(d)} ${PERIOD_PLURAL[to]} pr. år`);
  return parts.filter((part) => part !== null).join(' ');
}

export const UNIT_LABEL: Record<Unit, { one: string; many: string }> = {
  hours: { one: 'time', many: 'timer' },
  days: { one: 'døgn', many: 'døgn' },
  kroner: { one: 'krone', many: 'kroner' },
};

export const PERIOD_LABEL: Record<Period, string> = { week: 'uge', month: 'måned', year: 'år' };
const PERIOD_PLURAL: Record<Period, string> = { week: 'uger', month: 'måneder', year: 'år' };
/** "om ugen", "om måneden", "om året", as the seed words it ("1-2 timer om ugen"). */
export const PER_PERIOD: Record<Period, string> = { week: 'om ugen', month: 'om måneden', year: 'om året' };

const numberFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });
const integerFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });

/**
 * What a formatter prints for a value that is not a finite number (NaN, Infinity, a figure whose conversion
 * overflowed). A formatter never throws: one bad value must not blank a page. The caller that can explain why
 * says so next to it; `isFormattable` tells it.
 */
export const NOT_A_FIGURE = '–';

export function isFormattable(value: number): boolean {
  return Number.isFinite(value);
}

/** da-DK number: 1.234,5. A value that is not finite prints as a dash (NOT_A_FIGURE), never NaN or Infinity. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return NOT_A_FIGURE;
  return numberFormat.format(value);
}

export function formatInteger(value: number): string {
  if (!Number.isFinite(value)) return NOT_A_FIGURE;
  return integerFormat.format(value);
}

export function formatAmount(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return NOT_A_FIGURE;
  const label = value === 1 ? UNIT_LABEL[unit].one : UNIT_LABEL[unit].many;
  return `${formatNumber(value)} ${label}`;
}

/** The result of reading a typed number: a value (null for an empty field) or what is wrong, in Danish. */
export type NumberInput = { ok: true; value: number | null } | { ok: false; message: string };

/** More digits than this is never a figure of this domain (and loses precision). */
const MAX_DIGITS = 15;

/**
 * The one reader of numbers typed by a Dane, used by every field and file of the app: decimal comma,
 * thousands with a dot or a space. "2,5" = 2,5; "1.500" = 1500; "1.234,5" = 1234,5; " 3 " = 3.
 * "1.5" is ambiguous (an English decimal point or a Danish thousands dot with digits missing) and is refused
 * with a message, never silently read as 1,5. Exponents, "Infinity" and more than 15 digits are refused.
 */
export function readDanishNumber(input: string): NumberInput {
  const trimmed = input
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^\u2212/, '-');
  if (trimmed === '') return { ok: true, value: null };
  let normalised: string;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(trimmed)) normalised = trimmed.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+(,\d+)?$/.test(trimmed)) normalised = trimmed.replace(',', '.');
  else if (/^-?\d+\.\d+$/.test(trimmed)) {
    return {
      ok: false,
      message: `»${input.trim()}« er tvetydigt: skriv decimaler med komma (fx 1,5) og tusinder med punktum (fx 1.500)`,
    };
  } else return { ok: false, message: `»${shorten(input.trim())}« er ikke et tal; skriv fx 2,5 eller 1.500` };
  if (normalised.replace(/[^\d]/g, '').replace(/^0+/, '').length > MAX_DIGITS) {
    return { ok: false, message: `tallet har mere end ${MAX_DIGITS} cifre` };
  }
  const value = Number(normalised);
  if (!Number.isFinite(value)) return { ok: false, message: 'tallet er for stort' };
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

function shorten(text: string): string {
  return text.length > 20 ? `${text.slice(0, 20)}…` : text;
}

/** `readDanishNumber` for callers that only need the value: null for an empty or unreadable field. */
export function parseDanishNumber(input: string): number | null {
  const result = readDanishNumber(input);
  return result.ok ? result.value : null;
}

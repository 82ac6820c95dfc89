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

/** da-DK number: 1.234,5. Never prints NaN or Infinity: those are programming errors, not figures. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  return numberFormat.format(value);
}

export function formatInteger(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  return integerFormat.format(value);
}

export function formatAmount(value: number, unit: Unit): string {
  const label = value === 1 ? UNIT_LABEL[unit].one : UNIT_LABEL[unit].many;
  return `${formatNumber(value)} ${label}`;
}

/**
 * Reads a number as a Dane types it: "2,5", "2.5", "1.234,5", " 3 ". Returns null for anything that is
 * not a finite number, so a form can say what is wrong instead of computing with NaN.
 */
export function parseDanishNumber(input: string): number | null {
  const trimmed = input.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  let normalised = trimmed;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(trimmed)) normalised = trimmed.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+(,\d+)?$/.test(trimmed)) normalised = trimmed.replace(',', '.');
  else if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

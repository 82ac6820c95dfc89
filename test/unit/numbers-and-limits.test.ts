import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateProblem, isDateInRange } from '../../src/domain/case/dates.ts';
import { openEndedProblem, parseCount } from '../../src/domain/council/caseload.ts';
import { numberOrText } from '../../src/domain/editor/draft.ts';
import {
  amountLimitProblem,
  maxAmount,
  monthsPerYearProblem,
  weeksPerYearProblem,
} from '../../src/domain/format/limits.ts';
import {
  formatAmount,
  formatInteger,
  formatNumber,
  readDanishNumber,
} from '../../src/domain/format/units.ts';

describe('one Danish number reader for every field', () => {
  it.each([
    ['1.500', 1500],
    ['1,5', 1.5],
    ['1.234,5', 1234.5],
    ['1 500', 1500],
    ['−3', -3],
    ['', null],
  ])('given "%s", then %s', (input, value) => {
    expect(readDanishNumber(input)).toEqual({ ok: true, value });
  });

  it('given "1.5", then it is ambiguous and the message says how to write it (issue 11: "`1.5` means 1,5")', () => {
    const result = readDanishNumber('1.5');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/tvetydigt.*1,5.*1\.500/);
  });

  it('given a 309-digit amount, then it is refused with a message, not read as Infinity', () => {
    const result = readDanishNumber('9'.repeat(309));
    expect(result.ok).toBe(false);
  });

  it('given the draft editor, then it reads numbers with the same reader ("1.500" is 1500, "1.5" stays text)', () => {
    expect(numberOrText('1.500')).toBe(1500);
    expect(numberOrText('1,5')).toBe(1.5);
    expect(numberOrText('1.5')).toBe('1.5');
  });

  it('given any text, then the reader never throws and a value is always finite', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const result = readDanishNumber(text);
        if (result.ok && result.value !== null) expect(Number.isFinite(result.value)).toBe(true);
      }),
    );
  });

  it('given a number formatted the Danish way, then reading it back gives the number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const value = whole + Math.sign(whole || 1) * (cents / 100);
        const result = readDanishNumber(formatNumber(value));
        expect(result.ok && result.value !== null && Math.abs(result.value - value) < 1e-6).toBe(true);
      }),
    );
  });
});

describe('physical limits per unit and period', () => {
  it.each([
    ['hours', 'week', 168],
    ['days', 'week', 7],
    ['days', 'month', 31],
    ['days', 'year', 366],
    ['hours', 'month', 744],
    ['hours', 'year', 8784],
  ] as const)('given %s per %s, then at most %s', (unit, period, max) => {
    expect(maxAmount(unit, period)).toBe(max);
    expect(amountLimitProblem(max, unit, period)).toBeNull();
    expect(amountLimitProblem(max + 0.01, unit, period)).not.toBeNull();
  });

  it("given the issue's impossible amounts (200 hours a week, 8 døgn a week, 400 døgn a year, 10¹² hours), then each is refused", () => {
    expect(amountLimitProblem(200, 'hours', 'week')).toMatch(/168 timer om ugen/);
    expect(amountLimitProblem(8, 'days', 'week')).toMatch(/7 døgn om ugen/);
    expect(amountLimitProblem(400, 'days', 'year')).toMatch(/366 døgn om året/);
    expect(amountLimitProblem(1e12, 'hours', 'year')).not.toBeNull();
    expect(amountLimitProblem(1e308, 'kroner', 'month')).not.toBeNull();
  });

  it('given weeks per year 0,001 or 60, then refused; 52 and 52,14 are fine', () => {
    expect(weeksPerYearProblem(0.001)).not.toBeNull();
    expect(weeksPerYearProblem(60)).not.toBeNull();
    expect(weeksPerYearProblem(52)).toBeNull();
    expect(weeksPerYearProblem(52.14)).toBeNull();
    expect(monthsPerYearProblem(13)).not.toBeNull();
    expect(monthsPerYearProblem(12)).toBeNull();
  });

  it('given an open-ended assumption key, then the limit of its unit and period applies', () => {
    expect(openEndedProblem('doegnaflastning.days.year', 366)).toBeNull();
    expect(openEndedProblem('doegnaflastning.days.year', 1e308)).not.toBeNull();
    expect(openEndedProblem('x.hours.week', 200)).not.toBeNull();
  });

  it('given a 400-digit case count, then the grid refuses it', () => {
    expect(parseCount('9'.repeat(400))).toBeNull();
    expect(parseCount('1000000')).toBe(1_000_000);
    expect(parseCount('1000001')).toBeNull();
  });
});

describe('dates within 1900–2100 and formatters that never throw', () => {
  it('given 9999-12-31, then it is refused with the range (issue 11: "a decision date of 9999-12-31 … blanks the app")', () => {
    expect(isDateInRange('9999-12-31')).toBe(false);
    expect(dateProblem('9999-12-31')).toMatch(/1900.*2100/);
    expect(dateProblem('1899-12-31')).not.toBeNull();
    expect(dateProblem('2100-12-31')).toBeNull();
    expect(dateProblem('2024-02-30')).toBe('ikke en gyldig dato');
  });

  it('given any number, then the formatters return text and never throw', () => {
    fc.assert(
      fc.property(fc.double(), (value) => {
        expect(typeof formatNumber(value)).toBe('string');
        expect(typeof formatInteger(value)).toBe('string');
        expect(typeof formatAmount(value, 'hours')).toBe('string');
      }),
    );
  });
});

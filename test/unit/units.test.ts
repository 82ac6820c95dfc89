import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertAmount, formatNumber, PERIODS, parseDanishNumber } from '../../src/domain/format/units.ts';

const conventions = { weeksPerYear: 52, monthsPerYear: 12 };

describe('conversions between periods', () => {
  it('given 3 hours a week at 52 weeks, then 156 hours a year and 13 a month', () => {
    expect(convertAmount(3, 'week', 'year', conventions)).toBe(156);
    expect(convertAmount(3, 'week', 'month', conventions)).toBe(13);
  });

  it('given 36 døgn a year, then 3 døgn a month', () => {
    expect(convertAmount(36, 'year', 'month', conventions)).toBe(3);
  });

  it('given any amount and any two periods, then converting there and back returns the amount', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.constantFrom(...PERIODS),
        fc.constantFrom(...PERIODS),
        fc.double({ min: 1, max: 53, noNaN: true }),
        (amount, from, to, weeksPerYear) => {
          const c = { weeksPerYear, monthsPerYear: 12 };
          const back = convertAmount(convertAmount(amount, from, to, c), to, from, c);
          expect(back).toBeCloseTo(amount, 6);
        },
      ),
    );
  });

  it('given a positive amount, then every conversion is positive and finite', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        fc.constantFrom(...PERIODS),
        fc.constantFrom(...PERIODS),
        (amount, from, to) => {
          const value = convertAmount(amount, from, to, conventions);
          expect(Number.isFinite(value) && value > 0).toBe(true);
        },
      ),
    );
  });
});

describe('numbers as a Dane types and reads them', () => {
  it.each([
    ['2,5', 2.5],
    // Issue 11: "`1.500` means 1500 but `1.5` means 1,5" – an ambiguous dot is refused, not read as 1,5.
    ['2.5', null],
    ['1.500', 1500],
    [' 3 ', 3],
    ['1.234,5', 1234.5],
    ['1.234', 1234],
    ['-1', -1],
    ['', null],
    ['abc', null],
    ['2,5,1', null],
    ['1e400', null],
    ['Infinity', null],
  ])('given "%s", then %s', (input, expected) => {
    expect(parseDanishNumber(input)).toBe(expected);
  });

  it('given 8,666…, then it is shown with a decimal comma and two decimals', () => {
    expect(formatNumber((2 * 52) / 12)).toBe('8,67');
    expect(formatNumber(1234.5)).toBe('1.234,5');
  });

  it('given NaN or Infinity, then formatting shows a dash instead of printing it or throwing', () => {
    // Issue 11: "a figure like 1e308 makes the number formatter throw and blanks `/` for every user".
    expect(formatNumber(Number.NaN)).toBe('–');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('–');
    expect(formatNumber(1e308 * 52)).toBe('–');
  });
});

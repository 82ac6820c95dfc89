import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessAmount, readAmount, validateAmount } from '../../src/domain/estimate/estimate.ts';
import { hasLevels, levelsContaining, orderedLevels } from '../../src/domain/format/levels.ts';
import { conventionsOf, PERIODS } from '../../src/domain/format/units.ts';
import { loadShipped } from './shipped.ts';

const version = loadShipped('randers-3-2019-12-09.json');
const conventions = conventionsOf(version);
const leveled = version.interventions.filter(hasLevels);

describe('a proposed amount', () => {
  it.each([
    [null, 'not-a-number'],
    [-1, 'negative'],
    [0, 'zero'],
    [0.5, null],
  ] as const)('given %s, then the problem is %s', (value, expected) => {
    expect(validateAmount(value)).toBe(expected);
  });

  it('given zero or a negative amount, then the assessment refuses rather than computing', () => {
    const intervention = leveled[0];
    const level = intervention ? orderedLevels(version, intervention.measure)[0] : undefined;
    if (!intervention || !level) throw new Error('fixture');
    expect(() => assessAmount(version, intervention, level, 0, 'week', conventions)).toThrow(RangeError);
    expect(() => assessAmount(version, intervention, level, Number.NaN, 'week', conventions)).toThrow(
      RangeError,
    );
  });

  it('given any positive amount in any period, then it is within a level exactly when that level is among the matching ones', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...leveled),
        fc.nat({ max: 3 }),
        fc.double({ min: 0.01, max: 500, noNaN: true }),
        fc.constantFrom(...PERIODS),
        (intervention, index, amount, period) => {
          const level = orderedLevels(version, intervention.measure)[index];
          if (!level) return;
          const result = assessAmount(version, intervention, level, amount, period, conventions);
          expect(Number.isFinite(result.amountInStandardPeriod) && result.amountInStandardPeriod > 0).toBe(
            true,
          );
          const levels = orderedLevels(version, intervention.measure);
          const containing = levelsContaining(result.amountInStandardPeriod, levels).map((l) => l.key);
          expect(result.position === 'within').toBe(containing.includes(level.key));
          // The other levels that contain it are named; the chosen level is never among them.
          expect(result.matchingLevels).toEqual(containing.filter((key) => key !== level.key));
        },
      ),
    );
  });
});

describe('an amount as typed into any amount field', () => {
  it('given Danish figures, then their value and no problem', () => {
    expect(readAmount('2,5', 'hours', 'week')).toEqual({ value: 2.5, problem: null });
    expect(readAmount(' 1.500 ', 'kroner', 'year')).toEqual({ value: 1500, problem: null });
  });

  it('given an empty field, then neither a value nor a problem: each form says if it may be empty', () => {
    expect(readAmount('', 'hours', 'week')).toEqual({ value: null, problem: null });
    expect(readAmount('  ', null, 'week')).toEqual({ value: null, problem: null });
  });

  it('given 0 or less, then the same words wherever it is typed', () => {
    expect(readAmount('0', 'hours', 'week').problem).toBe('skal være større end 0');
    expect(readAmount('-2', 'days', 'year').problem).toBe('må ikke være negativt');
    expect(readAmount('-2', null, 'year').problem).toBe('må ikke være negativt');
  });

  it('given text that is not a number or is ambiguous, then the reader says so', () => {
    expect(readAmount('tre', 'hours', 'week')).toEqual({
      value: null,
      problem: '»tre« er ikke et tal; skriv fx 2,5 eller 1.500',
    });
    expect(readAmount('1.5', 'hours', 'week').problem).toMatch(/tvetydigt/);
  });

  it('given more hours than a week has, then the limit is named; with no unit known, there is no limit to check', () => {
    expect(readAmount('169', 'hours', 'week').problem).toMatch(/168/);
    expect(readAmount('168', 'hours', 'week').problem).toBeNull();
    expect(readAmount('169', null, 'week')).toEqual({ value: 169, problem: null });
  });
});

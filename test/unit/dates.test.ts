import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addCalendarMonths,
  addPeriod,
  daysBetween,
} from '../../src/domain/case/date-arithmetic.ts';
import { formatIsoDate, isIsoDate, parseIsoDate, todayIso } from '../../src/domain/case/dates.ts';

/** Any real calendar date between 1900 and 2199, as YYYY-MM-DD. */
const isoDate = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('civil dates', () => {
  it('given a local date, then todayIso and formatIsoDate keep their behaviour', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(formatIsoDate('2024-02-29')).toBe('29.02.2024');
    expect(formatIsoDate('ikke en dato')).toBe('ikke en dato');
  });

  it('given dates that are not in the calendar, then they are rejected', () => {
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('24-01-01')).toBe(false);
  });
});

describe('adding calendar months (end-of-month clamp)', () => {
  // Seed 004: "Undersøgelsen skal være afsluttet senest 4 måneder efter, at Myndighed børn og unge handicap
  // bliver opmærksom på …" — golden cases of 4 months across month ends, leap years and year ends.
  const golden: { name: string; from: string; months: number; date: string; clamped: boolean }[] = [
    {
      name: '31 October + 4 months in a leap year',
      from: '2023-10-31',
      months: 4,
      date: '2024-02-29',
      clamped: true,
    },
    {
      name: '31 October + 4 months, common year',
      from: '2024-10-31',
      months: 4,
      date: '2025-02-28',
      clamped: true,
    },
    {
      name: '29 October + 4 months, common year',
      from: '2024-10-29',
      months: 4,
      date: '2025-02-28',
      clamped: true,
    },
    {
      name: '28 October + 4 months, no clamp',
      from: '2024-10-28',
      months: 4,
      date: '2025-02-28',
      clamped: false,
    },
    {
      name: '30 November + 3 months over the year end',
      from: '2023-11-30',
      months: 3,
      date: '2024-02-29',
      clamped: true,
    },
    {
      name: '15 December + 4 months over the year end',
      from: '2025-12-15',
      months: 4,
      date: '2026-04-15',
      clamped: false,
    },
    { name: '29 February + 6 months', from: '2024-02-29', months: 6, date: '2024-08-29', clamped: false },
    { name: '29 February + 12 months', from: '2024-02-29', months: 12, date: '2025-02-28', clamped: true },
    {
      name: '31 August + 6 months, year end crossed',
      from: '2025-08-31',
      months: 6,
      date: '2026-02-28',
      clamped: true,
    },
    {
      name: '31 March + 3 months into a 30-day month',
      from: '2026-03-31',
      months: 3,
      date: '2026-06-30',
      clamped: true,
    },
    {
      name: '31 December 1999 + 2 months (2000 is a leap year)',
      from: '1999-12-31',
      months: 2,
      date: '2000-02-29',
      clamped: true,
    },
    {
      name: '31 December 2099 + 2 months (2100 is not)',
      from: '2099-12-31',
      months: 2,
      date: '2100-02-28',
      clamped: true,
    },
  ];
  for (const c of golden) {
    it(`given ${c.name}, then ${c.date}${c.clamped ? ' with the clamp noted' : ''}`, () => {
      expect(addCalendarMonths(c.from, c.months)).toEqual({ date: c.date, clamped: c.clamped });
    });
  }

  it('given an impossible start date, then it refuses instead of guessing', () => {
    expect(() => addCalendarMonths('2023-02-30', 1)).toThrow(RangeError);
  });
});

describe('weeks and days are calendar days', () => {
  // Seed 004: "inden for 2 uger træffes afgørelse" — 2 weeks = 14 calendar days.
  it('given an investigation finished 22.12.2025, then 2 weeks later is 05.01.2026', () => {
    expect(addPeriod('2025-12-22', 2, 'weeks')).toEqual({ date: '2026-01-05', clamped: false });
  });
  it('given 20.02.2024 + 2 weeks, then the leap day counts: 05.03.2024', () => {
    expect(addPeriod('2024-02-20', 2, 'weeks').date).toBe('2024-03-05');
  });
  it('given the summer-time change in Copenhagen (30.03.2025), then a day is still a day', () => {
    expect(addCalendarDays('2025-03-29', 1)).toBe('2025-03-30');
    expect(addCalendarDays('2025-03-29', 2)).toBe('2025-03-31');
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysBetween('2025-10-25', '2025-10-27')).toBe(2);
  });
  it('given a date before another, then daysBetween is negative, and 0 on the same day', () => {
    expect(daysBetween('2026-01-10', '2026-01-01')).toBe(-9);
    expect(daysBetween('2026-01-10', '2026-01-10')).toBe(0);
    expect(daysBetween('2023-12-31', '2024-12-31')).toBe(366);
  });
});

describe('properties of the arithmetic', () => {
  it('given any date and a positive amount, then the deadline is never before the date it counts from', () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.integer({ min: 0, max: 120 }),
        fc.constantFrom('days', 'weeks', 'months' as const),
        (from, n, unit) => {
          const { date } = addPeriod(from, n, unit);
          expect(date >= from).toBe(true);
          expect(daysBetween(from, date)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('given two dates in order, then adding the same months keeps them in order (monotone)', () => {
    fc.assert(
      fc.property(isoDate, isoDate, fc.integer({ min: 0, max: 60 }), (a, b, n) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(addCalendarMonths(lo, n).date <= addCalendarMonths(hi, n).date).toBe(true);
      }),
    );
  });

  it('given more months, then the date is not earlier (monotone in the amount)', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (from, m, n) => {
        const [lo, hi] = m <= n ? [m, n] : [n, m];
        expect(addCalendarMonths(from, lo).date <= addCalendarMonths(from, hi).date).toBe(true);
      }),
    );
  });

  it('given any date, then adding months lands in the right month and clamps only when the day is missing', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 60 }), (from, n) => {
        const start = parseIsoDate(from);
        const result = addCalendarMonths(from, n);
        const end = parseIsoDate(result.date);
        if (!start || !end) throw new Error('not a date');
        expect(end.year * 12 + end.month - (start.year * 12 + start.month)).toBe(n);
        expect(result.clamped).toBe(end.day !== start.day);
        expect(end.day <= start.day).toBe(true);
      }),
    );
  });

  it('given any date and day count, then daysBetween undoes addCalendarDays', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -800, max: 800 }), (from, n) => {
        expect(daysBetween(from, addCalendarDays(from, n))).toBe(n);
      }),
    );
  });
});

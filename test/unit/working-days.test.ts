import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { danishHolidays } from '../../src/domain/case/danish-holidays.ts';
import { addCalendarDays } from '../../src/domain/case/date-arithmetic.ts';
import {
  addWorkingDays,
  dayKind,
  dayOfWeek,
  type HolidayCalendar,
  isWorkingDay,
  workingDaysBetween,
} from '../../src/domain/case/working-days.ts';

const dk = danishHolidays();
const none: HolidayCalendar = { holidayName: () => null };

const isoDate = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('Danish public holidays (date-holidays, DK)', () => {
  it('given Easter 2026, then Skærtorsdag, Langfredag and 2. påskedag are holidays', () => {
    expect(dk.holidayName('2026-04-02')).toBe('Skærtorsdag');
    expect(dk.holidayName('2026-04-03')).toBe('Langfredag');
    expect(dk.holidayName('2026-04-06')).toBe('Anden påskedag');
    expect(dk.holidayName('2026-04-07')).toBeNull();
  });

  it('given Store Bededag, then it is a holiday in 2023 and not from 2024', () => {
    // Store Bededag is the fourth Friday after Easter: 05.05.2023, 26.04.2024, 16.05.2025.
    expect(dk.holidayName('2023-05-05')).toBe('Store Bededag');
    expect(isWorkingDay('2023-05-05', dk)).toBe(false);
    expect(dk.holidayName('2024-04-26')).toBeNull();
    expect(isWorkingDay('2024-04-26', dk)).toBe(true);
    expect(isWorkingDay('2025-05-16', dk)).toBe(true);
  });

  it('given days that are not public holidays, then they are working days', () => {
    // Grundlovsdag, 1. maj and juleaftensdag are observances in the library, not public holidays.
    expect(isWorkingDay('2026-06-05', dk)).toBe(true);
    expect(isWorkingDay('2026-05-01', dk)).toBe(true);
    expect(isWorkingDay('2025-12-24', dk)).toBe(true);
    expect(dayKind('2025-12-25', dk)).toEqual({ kind: 'holiday', name: 'Juledag' });
    expect(dayKind('2026-01-01', dk)).toEqual({ kind: 'holiday', name: 'Nytårsdag' });
  });
});

describe('working-day arithmetic', () => {
  it('given the issue case, 20 working days from Thursday 26.03.2026, then weekends and Easter are skipped', () => {
    // 27.03, 30.03–01.04 (4), Easter 02.04, 03.04, 06.04 skipped, 07.04–28.04 (16): the 20th is 28.04.2026.
    const result = addWorkingDays('2026-03-26', 20, dk);
    expect(result.date).toBe('2026-04-28');
    expect(result.holidaysSkipped.map((h) => h.date)).toEqual(['2026-04-02', '2026-04-03', '2026-04-06']);
    // Without holidays only the weekends are skipped: three days earlier.
    expect(addWorkingDays('2026-03-26', 20, none).date).toBe('2026-04-23');
  });

  it('given Christmas and New Year, then 24.12 counts and 25.12, 26.12 and 01.01 do not', () => {
    // Monday 22.12.2025: 23.12 (1), 24.12 (2), 25.–26.12 holidays, weekend, 29.12 (3), 30.12 (4), 31.12 (5),
    // 01.01.2026 holiday, 02.01 (6).
    expect(addWorkingDays('2025-12-22', 5, dk).date).toBe('2025-12-31');
    expect(addWorkingDays('2025-12-22', 6, dk).date).toBe('2026-01-02');
    expect(workingDaysBetween('2025-12-22', '2026-01-02', dk)).toBe(6);
  });

  it('given Store Bededag 2023 versus 2024, then one working day more is needed in 2023', () => {
    // Thursday 04.05.2023 + 1 working day: Friday 05.05.2023 is Store Bededag, so Monday 08.05.
    expect(addWorkingDays('2023-05-04', 1, dk).date).toBe('2023-05-08');
    // Thursday 25.04.2024 + 1 working day: Friday 26.04.2024 is an ordinary working day.
    expect(addWorkingDays('2024-04-25', 1, dk).date).toBe('2024-04-26');
  });

  it('given a start on a weekend or holiday, then counting starts on the next working day', () => {
    expect(addWorkingDays('2026-04-04', 1, dk).date).toBe('2026-04-07'); // Saturday in Easter
    expect(addWorkingDays('2026-03-28', 1, none).date).toBe('2026-03-30');
    expect(addWorkingDays('2026-03-28', 0, dk).date).toBe('2026-03-28');
  });

  it('given bad input, then it is refused', () => {
    expect(() => addWorkingDays('2026-02-30', 1, dk)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-03-26', -1, dk)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-03-26', 1.5, dk)).toThrow(RangeError);
    // A calendar where every day is a holiday ends in an error, not an endless loop.
    expect(() => addWorkingDays('2026-03-26', 1, { holidayName: () => 'x' })).toThrow(RangeError);
  });

  it('given known weekdays, then dayOfWeek names them', () => {
    expect(dayOfWeek('2026-03-26')).toBe(4);
    expect(dayOfWeek('2024-02-29')).toBe(4);
    expect(dayOfWeek('2000-01-01')).toBe(6);
  });
});

describe('working-day properties', () => {
  it('the result is a working day after the start, and exactly n working days lie between', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 80 }), (start, n) => {
        const { date, holidaysSkipped } = addWorkingDays(start, n, dk);
        expect(date > start).toBe(true);
        expect(isWorkingDay(date, dk)).toBe(true);
        expect(workingDaysBetween(start, date, dk)).toBe(n);
        expect(workingDaysBetween(start, addCalendarDays(date, -1), dk)).toBe(n - 1);
        for (const h of holidaysSkipped) expect(h.date > start && h.date < date).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('adding in two steps is adding at once, and holidays never make a deadline earlier', () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        (start, a, b) => {
          const once = addWorkingDays(start, a + b, dk).date;
          const twice = addWorkingDays(addWorkingDays(start, a, dk).date, b, dk).date;
          if (a > 0 || isWorkingDay(start, dk)) expect(twice).toBe(once);
          expect(once >= addWorkingDays(start, a + b, none).date).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('five working days without holidays are one calendar week from a weekday', () => {
    fc.assert(
      fc.property(isoDate, (start) => {
        fc.pre(dayOfWeek(start) >= 1 && dayOfWeek(start) <= 5);
        expect(addWorkingDays(start, 5, none).date).toBe(addCalendarDays(start, 7));
      }),
    );
  });
});

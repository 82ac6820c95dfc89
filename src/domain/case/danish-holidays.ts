/**
 * Danish public holidays from the date-holidays library (country DK), not a hand-written list. Only the days
 * the library types `public` count: Nytårsdag, Skærtorsdag, Langfredag, Påskedag, 2. påskedag, Kristi
 * Himmelfartsdag, Pinsedag, 2. pinsedag, Juledag and 2. juledag, and Store Bededag until 2023 (the library's
 * rule is "easter 26 prior to 2024": it stopped being a holiday from 2024). Days it types `observance` are
 * working days here: 1. maj, Grundlovsdag (5. juni) and Juleaftensdag (24. december) are not public holidays.
 *
 * The data is `virtual:date-holidays-dk` (scripts/holidays-dk.ts): the library's DK rules alone, so only those
 * reach the bundle.
 */

import data from 'virtual:date-holidays-dk';
import HolidaysParser from 'date-holidays-parser';
import type { HolidayCalendar } from './working-days.ts';

export const HOLIDAYS_NOTE =
  'Helligdage efter date-holidays (Danmark): nytårsdag, skærtorsdag, langfredag, påskedag, 2. påskedag, Kristi himmelfartsdag, pinsedag, 2. pinsedag, juledag og 2. juledag. Store bededag er ikke helligdag fra 2024 (til og med 2023 var den). Grundlovsdag, 1. maj og juleaftensdag er ikke helligdage og tæller som arbejdsdage.';

let parser: HolidaysParser | null = null;
const byYear = new Map<number, Map<string, string>>();

function holidaysOf(year: number): Map<string, string> {
  let days = byYear.get(year);
  if (days) return days;
  parser ??= new HolidaysParser(data, 'DK', { languages: ['da'], types: ['public'] });
  days = new Map();
  for (const holiday of parser.getHolidays(year)) {
    // The library's date is the civil date in Denmark ("2026-04-02 00:00:00"): the first 10 characters.
    if (holiday.type === 'public') days.set(holiday.date.slice(0, 10), holiday.name);
  }
  byYear.set(year, days);
  return days;
}

/** Denmark's public holidays as a calendar for working-day arithmetic. */
export function danishHolidays(): HolidayCalendar {
  return { holidayName: (iso) => holidaysOf(Number(iso.slice(0, 4))).get(iso) ?? null };
}

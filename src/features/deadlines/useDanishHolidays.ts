/**
 * Denmark's holiday calendar, loaded on demand: the date-holidays code (about 75 kB gz with Denmark's data)
 * is its own chunk, fetched only when a deadline in working days is shown, so the Frister view itself stays
 * small. Loaded once per session and kept.
 */
import { useQuery } from '@tanstack/react-query';

export function useDanishHolidays(enabled: boolean) {
  return useQuery({
    queryKey: ['danish-holidays'],
    queryFn: async () => {
      const module = await import('../../domain/case/danish-holidays.ts');
      return { calendar: module.danishHolidays(), note: module.HOLIDAYS_NOTE };
    },
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
}

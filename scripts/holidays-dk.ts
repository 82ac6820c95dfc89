/**
 * A Vite plugin serving `virtual:date-holidays-dk`: the Danish part of the `date-holidays` data (its
 * `holidays.DK` and the names those days use, in Danish and English), so the app's bundle carries Denmark's
 * rules and not the library's 800 kB of every country. The rules stay the library's: nothing is written here
 * but the selection. Used by the build, the dev server and vitest alike (they share vite.config.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

export const HOLIDAYS_DK_MODULE = 'virtual:date-holidays-dk';
const RESOLVED = `\0${HOLIDAYS_DK_MODULE}`;

interface HolidaysData {
  version: string;
  license: string;
  holidays: Record<string, { days: Record<string, { _name?: string }> } & Record<string, unknown>>;
  names: Record<string, { name: Record<string, string> }>;
}

/** The library's data reduced to one country. */
export function holidaysDataFor(country: string): unknown {
  const require = createRequire(import.meta.url);
  // The package exports no path to its JSON data; its package.json is exported, and the data sits beside it.
  const path = join(dirname(require.resolve('date-holidays/package.json')), 'data', 'holidays.json');
  const data = JSON.parse(readFileSync(path, 'utf8')) as HolidaysData;
  const rules = data.holidays[country];
  if (!rules) throw new Error(`date-holidays has no data for ${country}`);
  const names: HolidaysData['names'] = {};
  for (const day of Object.values(rules.days)) {
    const key = day._name;
    const entry = key ? data.names[key] : undefined;
    if (key && entry) {
      const { da, en } = entry.name;
      names[key] = { ...entry, name: { ...(da ? { da } : {}), ...(en ? { en } : {}) } };
    }
  }
  return { version: data.version, license: data.license, holidays: { [country]: rules }, names };
}

export function holidaysDk(): Plugin {
  return {
    name: 'serviceniveau-holidays-dk',
    resolveId(id) {
      return id === HOLIDAYS_DK_MODULE ? RESOLVED : null;
    },
    load(id) {
      return id === RESOLVED ? `export default ${JSON.stringify(holidaysDataFor('DK'))};` : null;
    },
  };
}

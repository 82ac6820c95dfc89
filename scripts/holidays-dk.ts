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
/** moment-timezone (used by the library's date code) with Denmark's zone only, instead of every zone. */
const MOMENT_DK = '\0serviceniveau:moment-timezone-dk';
/**
 * The planet series the library needs only for equinox-based holidays, which Denmark has none of: an empty
 * series that fails loudly if an equinox were ever computed, instead of 127 kB of astronomy data.
 */
const NO_EQUINOX = '\0serviceniveau:no-equinox-data';

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

/** moment-timezone's packed data reduced to the zone `zone` (and the zone it links to). */
function packedZone(zone: string): unknown {
  const require = createRequire(import.meta.url);
  const path = join(
    dirname(require.resolve('moment-timezone/package.json')),
    'data',
    'packed',
    'latest.json',
  );
  const data = JSON.parse(readFileSync(path, 'utf8')) as {
    version: string;
    zones: string[];
    links: string[];
  };
  const links = data.links.filter((link) => link.split('|')[1] === zone);
  const names = new Set([zone, ...links.map((link) => link.split('|')[0])]);
  const zones = data.zones.filter((packed) => names.has(packed.split('|')[0] ?? ''));
  if (zones.length === 0) throw new Error(`moment-timezone has no data for ${zone}`);
  return { version: data.version, zones, links, countries: [] };
}

export function holidaysDk(): Plugin {
  const require = createRequire(import.meta.url);
  const momentCore = join(dirname(require.resolve('moment-timezone/package.json')), 'moment-timezone.js');
  return {
    name: 'serviceniveau-holidays-dk',
    enforce: 'pre',
    resolveId(id) {
      if (id === HOLIDAYS_DK_MODULE) return RESOLVED;
      if (id === 'moment-timezone') return MOMENT_DK;
      if (id === 'astronomia/data/vsop87Bearth') return NO_EQUINOX;
      return null;
    },
    load(id) {
      if (id === RESOLVED) return `export default ${JSON.stringify(holidaysDataFor('DK'))};`;
      if (id === MOMENT_DK) {
        return [
          `import moment from ${JSON.stringify(momentCore)};`,
          `moment.tz.load(${JSON.stringify(packedZone('Europe/Copenhagen'))});`,
          'export default moment;',
        ].join('\n');
      }
      if (id === NO_EQUINOX) {
        return [
          'export default new Proxy({ name: "earth", type: "B" }, {',
          '  get(target, key) {',
          '    if (key in target) return target[key];',
          '    throw new Error("date-holidays: equinox data is not bundled (Denmark has no equinox holiday)");',
          '  },',
          '});',
        ].join('\n');
      }
      return null;
    },
  };
}

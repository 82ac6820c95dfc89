/**
 * The comparison's state in the URL, so a link reproduces it: the versions compared (ids; the first is the
 * base), the planning assumptions and the section shown. Never case data: the caseload stays in the page.
 */
import type { RangePoint } from '../../domain/council/caseload.ts';
import {
  createParser,
  parseAsArrayOf,
  parseAsString,
  parseAsStringLiteral,
  useQueryStates,
} from '../../shared/url/queryState.ts';

export const SECTIONS = ['forskelle', 'diagrammer', 'sagsmaengde'] as const;
export type Section = (typeof SECTIONS)[number];
export const SECTION_LABEL: Record<Section, string> = {
  forskelle: 'Forskelle',
  diagrammer: 'Diagrammer',
  sagsmaengde: 'Sagsmængde og udgift',
};

const POINTS = ['nedre', 'midt', 'oevre'] as const;
export type PointParam = (typeof POINTS)[number];
export const POINT_OF_PARAM: Record<PointParam, RangePoint> = {
  nedre: 'lower',
  midt: 'middle',
  oevre: 'upper',
};

/** "doegnaflastning.days.year:120~fast-kontaktperson.hours.week:7": a map of keys to non-negative numbers. */
export const parseAsNumberMap = createParser<Record<string, number>>({
  parse(value) {
    const map: Record<string, number> = {};
    for (const part of value.split('~')) {
      const at = part.lastIndexOf(':');
      if (at <= 0) return null;
      const number = Number(part.slice(at + 1));
      if (!Number.isFinite(number) || number < 0) return null;
      map[part.slice(0, at)] = number;
    }
    return map;
  },
  serialize(map) {
    return Object.entries(map)
      .map(([key, number]) => `${key}:${number}`)
      .join('~');
  },
  eq(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
  },
});

const COMPARE_PARAMS = {
  versioner: parseAsArrayOf(parseAsString).withDefault([]),
  del: parseAsStringLiteral(SECTIONS).withDefault('forskelle'),
  punkt: parseAsStringLiteral(POINTS).withDefault('midt'),
  aaben: parseAsNumberMap.withDefault({}),
  pris: parseAsNumberMap.withDefault({}),
};

export function useCompareState() {
  return useQueryStates(COMPARE_PARAMS, { history: 'replace' });
}

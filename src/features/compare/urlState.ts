/**
 * The comparison's state in the URL, so a link reproduces it: the versions compared (ids; the first is the
 * base), the planning assumptions and the section shown. Never case data: the caseload stays in the page.
 */
import { openEndedProblem, type RangePoint, unitCostProblem } from '../../domain/council/caseload.ts';
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

/**
 * "doegnaflastning.days.year:120~fast-kontaktperson.hours.week:7": a map of keys to non-negative numbers.
 * An entry that is not a plain decimal number, or one `check` refuses (1e308, 200 hours a week), is left out:
 * its field then shows empty and asks for the value, and the other entries of the link still apply.
 */
export function numberMapParser(check: (key: string, value: number) => string | null) {
  return createParser<Record<string, number>>({
    parse(value) {
      const map: Record<string, number> = {};
      for (const part of value.split('~').slice(0, 200)) {
        const at = part.lastIndexOf(':');
        if (at <= 0) continue;
        const text = part.slice(at + 1);
        if (!/^\d{1,12}(\.\d{1,6})?$/.test(text)) continue;
        const number = Number(text);
        if (check(part.slice(0, at), number) !== null) continue;
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
}

export const parseAsOpenEndedMap = numberMapParser(openEndedProblem);
export const parseAsUnitCostMap = numberMapParser((_key, value) => unitCostProblem(value));

const COMPARE_PARAMS = {
  versioner: parseAsArrayOf(parseAsString).withDefault([]),
  del: parseAsStringLiteral(SECTIONS).withDefault('forskelle'),
  punkt: parseAsStringLiteral(POINTS).withDefault('midt'),
  aaben: parseAsOpenEndedMap.withDefault({}),
  pris: parseAsUnitCostMap.withDefault({}),
};

export function useCompareState() {
  return useQueryStates(COMPARE_PARAMS, { history: 'replace' });
}

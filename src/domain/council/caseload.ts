/**
 * Caseload impact: what a standard version means on a council's cases. The council gives counts per
 * intervention and level (typed into a grid, or a CSV file of anonymised cases or counts) and its planning
 * assumptions; this computes annual hours and døgn (and kroner where unit costs are given) per version.
 *
 * Nothing here is a municipal figure: the point of a range that is counted, the amount for an open-ended level
 * and the unit costs are the council's assumptions ("Antagelse"), passed in explicitly. There is no default for
 * an open-ended level: without the council's value, that level's cases are reported as not computed.
 */
import { splitCsv } from '../csv/csv.ts';
import { hasLevels, orderedLevels } from '../format/levels.ts';
import { amountLimitProblem, MAX_CASE_COUNT } from '../format/limits.ts';
import type { Level, Period, StandardVersion, Unit } from '../format/schema.ts';
import { conventionsOf, convertAmount, formatNumber, readDanishNumber } from '../format/units.ts';

/** Counts of cases: intervention id → level key → number of cases. */
export type Caseload = Record<string, Record<string, number>>;

/** One row of a caseload file: one case (count 1) or a count for an intervention and level. */
export interface CaseRow {
  interventionId: string;
  levelKey: string;
  count: number;
}

export interface CsvProblem {
  /** The line in the file (1 is the header). */
  line: number;
  message: string;
}

export interface ParsedCaseload {
  format: 'cases' | 'counts';
  rows: CaseRow[];
  /** The first problems found (at most `MAX_REPORTED_PROBLEMS`); `problemCount` is the total. */
  problems: CsvProblem[];
  problemCount: number;
}

export const MAX_REPORTED_PROBLEMS = 20;

const INTERVENTION_HEADERS = ['indsats', 'intervention'];
const LEVEL_HEADERS = ['niveau', 'level'];
const COUNT_HEADERS = ['antal', 'count'];

/**
 * Reads a caseload CSV: a header row with the columns "indsats" and "niveau" (ids as in the standard file,
 * e.g. "doegnaflastning" and "svære", or their names as the standard words them, see `resolveLabels`), and
 * optionally "antal". Without "antal" each row is one case; with it, each row is a count. Other columns (an
 * anonymous case number, a date) are ignored, so no personal data is needed or kept. Semicolon, comma or tab
 * separated. A wrong row is reported with its true line (blank lines counted) and left out; an unclosed quote
 * is reported with the lines it would have swallowed, and those lines are still read.
 */
export function parseCaseloadCsv(text: string): ParsedCaseload {
  const split = splitCsv(text);
  const problems: CsvProblem[] = [];
  let problemCount = 0;
  const report = (line: number, message: string) => {
    problemCount++;
    if (problems.length < MAX_REPORTED_PROBLEMS) problems.push({ line, message });
  };
  const [headerRecord, ...body] = split.records;
  const header = (headerRecord?.fields ?? []).map((h) => h.trim().toLowerCase());
  const col = (names: string[]) => header.findIndex((h) => names.includes(h));
  const iIntervention = col(INTERVENTION_HEADERS);
  const iLevel = col(LEVEL_HEADERS);
  const iCount = col(COUNT_HEADERS);
  const headerLine = headerRecord?.line ?? Number.POSITIVE_INFINITY;
  if (
    headerRecord === undefined ||
    iIntervention < 0 ||
    iLevel < 0 ||
    split.unclosed.some((u) => u.line < headerLine)
  ) {
    report(
      headerRecord?.line ?? 1,
      'Første linje skal være en overskrift med kolonnerne »indsats« og »niveau« (og evt. »antal«).',
    );
    return { format: 'cases', rows: [], problems, problemCount };
  }
  // Problems in line order: unclosed quotes and bad rows interleaved.
  const unclosed = [...split.unclosed];
  const reportUnclosedUpTo = (line: number) => {
    while (unclosed.length > 0 && (unclosed[0]?.line ?? 0) < line) {
      const u = unclosed.shift();
      if (!u) break;
      report(
        u.line,
        u.swallowed > 0
          ? `et anførselstegn (") åbnes og lukkes ikke på linjen; en almindelig CSV-læser ville have slugt linje ${u.line + 1}–${u.lastLine} (${u.swallowed} ${u.swallowed === 1 ? 'linje' : 'linjer'}) med. Linjen er sprunget over, de følgende linjer er læst hver for sig`
          : `et anførselstegn (") åbnes og lukkes ikke på linjen; linjen er sprunget over`,
      );
    }
  };
  const rows: CaseRow[] = [];
  for (const record of body) {
    reportUnclosedUpTo(record.line);
    const { line, fields } = record;
    const interventionId = (fields[iIntervention] ?? '').trim();
    const levelKey = (fields[iLevel] ?? '').trim();
    if (interventionId === '') {
      report(line, 'feltet »indsats« er tomt');
      continue;
    }
    if (levelKey === '') {
      report(line, 'feltet »niveau« er tomt');
      continue;
    }
    let count = 1;
    if (iCount >= 0) {
      const raw = (fields[iCount] ?? '').trim();
      const read = readDanishNumber(raw);
      if (!read.ok || read.value === null || !Number.isInteger(read.value) || read.value < 0) {
        report(line, `feltet »antal« skal være et helt tal på 0 eller mere, ikke »${raw.slice(0, 20)}«`);
        continue;
      }
      if (read.value > MAX_CASE_COUNT) {
        report(line, `feltet »antal« kan højst være ${formatNumber(MAX_CASE_COUNT)}`);
        continue;
      }
      count = read.value;
    }
    rows.push({ interventionId, levelKey, count });
  }
  reportUnclosedUpTo(Number.POSITIVE_INFINITY);
  return { format: iCount >= 0 ? 'counts' : 'cases', rows, problems, problemCount };
}

function normalise(label: string): string {
  return label.trim().toLocaleLowerCase('da').replace(/\s+/g, ' ');
}

/**
 * A caseload whose interventions and levels may be written as the standard names them ("Fast kontaktperson",
 * "Lette problemer/begrænsninger") as well as by id: names are matched (case and spacing aside) against the
 * versions and replaced by their ids. What matches nothing is left as written, so it is reported as not in
 * the version rather than dropped.
 */
export function resolveLabels(caseload: Caseload, versions: readonly StandardVersion[]): Caseload {
  const interventionIds = new Map<string, string>();
  const levelKeys = new Map<string, Map<string, string>>();
  for (const version of versions) {
    for (const intervention of version.interventions) {
      interventionIds.set(intervention.id, intervention.id);
      if (!interventionIds.has(normalise(intervention.name)))
        interventionIds.set(normalise(intervention.name), intervention.id);
      if (!hasLevels(intervention)) continue;
      const keys = levelKeys.get(intervention.id) ?? new Map<string, string>();
      const dimension = version.dimensions.find((d) => d.id === intervention.measure.dimension);
      for (const level of intervention.measure.levels) {
        keys.set(level.key, level.key);
        const label = dimension?.values.find((v) => v.id === level.key)?.label;
        if (label !== undefined && !keys.has(normalise(label))) keys.set(normalise(label), level.key);
      }
      levelKeys.set(intervention.id, keys);
    }
  }
  const resolved: Caseload = {};
  for (const [interventionText, counts] of Object.entries(caseload)) {
    const interventionId =
      interventionIds.get(interventionText) ??
      interventionIds.get(normalise(interventionText)) ??
      interventionText;
    const keys = levelKeys.get(interventionId);
    const target = resolved[interventionId] ?? {};
    for (const [levelText, count] of Object.entries(counts)) {
      const levelKey = keys?.get(levelText) ?? keys?.get(normalise(levelText)) ?? levelText;
      target[levelKey] = (target[levelKey] ?? 0) + count;
    }
    resolved[interventionId] = target;
  }
  return resolved;
}

/** Adds the rows up to counts per intervention and level. */
export function aggregateRows(rows: readonly CaseRow[]): Caseload {
  const caseload: Caseload = {};
  for (const row of rows) {
    let levels = caseload[row.interventionId];
    if (!levels) {
      levels = {};
      caseload[row.interventionId] = levels;
    }
    levels[row.levelKey] = (levels[row.levelKey] ?? 0) + row.count;
  }
  return caseload;
}

export function totalCases(caseload: Caseload): number {
  let total = 0;
  for (const levels of Object.values(caseload)) for (const n of Object.values(levels)) total += n;
  return total;
}

/** Which point of a level's range a case is counted at. */
export type RangePoint = 'lower' | 'middle' | 'upper';
export const RANGE_POINTS: readonly RangePoint[] = ['lower', 'middle', 'upper'];
export const RANGE_POINT_LABEL: Record<RangePoint, string> = {
  lower: 'nedre grænse',
  middle: 'midtpunkt',
  upper: 'øvre grænse',
};

export interface Assumptions {
  point: RangePoint;
  /**
   * `openEndedKey(...)` → the amount counted for a case in an open-ended level ("over 5 timer om ugen"), in
   * that unit and period. The council's assumption; absent means not given. Keyed by unit and period too, so
   * a value typed for "døgn om året" is never read as "døgn om måneden" in another version.
   */
  openEnded: Record<string, number>;
  /** `unitCostKey(...)` → kroner per unit (per hour, per døgn). Optional. */
  unitCosts: Record<string, number>;
}

/** "doegnaflastning.days.year": where the open-ended assumption for an intervention is kept. */
export function openEndedKey(interventionId: string, unit: Unit, period: Period): string {
  return `${interventionId}.${unit}.${period}`;
}

const UNITS: readonly Unit[] = ['hours', 'days', 'kroner'];
const PERIODS_OF_KEY: readonly Period[] = ['week', 'month', 'year'];

/**
 * Null when a council's value for an open-ended level (keyed by `openEndedKey`) is possible; otherwise why
 * not: more hours than the period has (a week has 168), or a key that names no unit and period.
 */
export function openEndedProblem(key: string, value: number): string | null {
  const [unit, period] = key.split('.').slice(-2) as [Unit, Period];
  if (!UNITS.includes(unit) || !PERIODS_OF_KEY.includes(period)) return 'ukendt enhed eller periode';
  return amountLimitProblem(value, unit, period);
}

/** Null when a unit cost (kroner per hour or døgn) is possible; otherwise why not. */
export function unitCostProblem(value: number): string | null {
  return amountLimitProblem(value, 'kroner', 'year');
}

/** "doegnaflastning.days": where the unit cost of an intervention is kept. */
export function unitCostKey(interventionId: string, unit: Unit): string {
  return `${interventionId}.${unit}`;
}

export type LevelProblem = 'open-ended-without-assumption' | 'open-ended-below-lower';

export interface LevelImpact {
  levelKey: string;
  cases: number;
  /** The amount per case in the standard's own period; null where it cannot be computed (see problem). */
  perCase: number | null;
  /** Annual amount for all the level's cases. */
  annual: number | null;
  kroner: number | null;
  problem: LevelProblem | null;
  /** True where the amount is the council's value for an open-ended level. */
  fromOpenEndedAssumption: boolean;
}

export interface InterventionImpact {
  interventionId: string;
  name: string;
  /**
   * Which cases the counts stand for: the dimension the levels are keyed on, its values and the unit. Two
   * versions count the same cases for an intervention only where this is the same.
   */
  population: string;
  unit: Unit;
  period: Period;
  levels: LevelImpact[];
  /** Annual sum over the levels that could be computed. */
  annual: number;
  kroner: number | null;
  /** Cases in levels whose amount could not be computed (no open-ended assumption). */
  casesNotComputed: number;
}

export interface VersionImpact {
  versionId: string;
  interventions: InterventionImpact[];
  /** Annual totals by unit: hours and døgn are never added together. */
  annualHours: number;
  annualDays: number;
  /** Kroner where a unit cost is given for every intervention with cases; otherwise null. */
  kroner: number | null;
  /** Cases whose intervention or level the version does not have: they are not counted. */
  casesNotInVersion: { interventionId: string; levelKey: string; cases: number }[];
  casesNotComputed: number;
}

/**
 * The amount per case for a level, at the chosen point. A missing lower edge counts as 0 ("op til 36 døgn"
 * starts at nothing); whether an edge is inclusive does not move the point (over 2 is counted as 2).
 */
export function pointOf(
  level: Pick<Level, 'lower' | 'upper'>,
  point: RangePoint,
  openEnded: number | undefined,
): { value: number | null; problem: LevelProblem | null; fromAssumption: boolean } {
  const lower = level.lower?.value ?? 0;
  if (level.upper === null) {
    if (openEnded === undefined)
      return { value: null, problem: 'open-ended-without-assumption', fromAssumption: false };
    if (openEnded < lower) return { value: null, problem: 'open-ended-below-lower', fromAssumption: false };
    return { value: openEnded, problem: null, fromAssumption: true };
  }
  const upper = level.upper.value;
  const value = point === 'lower' ? lower : point === 'upper' ? upper : (lower + upper) / 2;
  return { value, problem: null, fromAssumption: false };
}

/** The impact of a caseload under one version: annual amounts per intervention and level. */
export function computeImpact(
  caseload: Caseload,
  version: StandardVersion,
  assumptions: Assumptions,
): VersionImpact {
  const conventions = conventionsOf(version);
  const interventions: InterventionImpact[] = [];
  const casesNotInVersion: VersionImpact['casesNotInVersion'] = [];
  let annualHours = 0;
  let annualDays = 0;
  let kronerTotal: number | null = 0;
  let casesNotComputed = 0;
  const leveled = new Map(version.interventions.filter(hasLevels).map((i) => [i.id, i]));

  for (const [interventionId, counts] of Object.entries(caseload)) {
    const intervention = leveled.get(interventionId);
    if (!intervention) {
      for (const [levelKey, cases] of Object.entries(counts)) {
        if (cases > 0) casesNotInVersion.push({ interventionId, levelKey, cases });
      }
      continue;
    }
    const measure = intervention.measure;
    const levels = orderedLevels(version, measure);
    for (const [levelKey, cases] of Object.entries(counts)) {
      if (cases > 0 && !levels.some((l) => l.key === levelKey)) {
        casesNotInVersion.push({ interventionId, levelKey, cases });
      }
    }
    const cost = assumptions.unitCosts[unitCostKey(interventionId, measure.unit)];
    const perYear = convertAmount(1, measure.period, 'year', conventions);
    const levelImpacts: LevelImpact[] = levels.map((level) => {
      const cases = counts[level.key] ?? 0;
      const { value, problem, fromAssumption } = pointOf(
        level,
        assumptions.point,
        assumptions.openEnded[openEndedKey(interventionId, measure.unit, measure.period)],
      );
      if (value === null) {
        return {
          levelKey: level.key,
          cases,
          perCase: null,
          annual: null,
          kroner: null,
          problem,
          fromOpenEndedAssumption: false,
        };
      }
      const annual = cases * value * perYear;
      return {
        levelKey: level.key,
        cases,
        perCase: value,
        annual,
        kroner: cost === undefined ? null : annual * cost,
        problem: null,
        fromOpenEndedAssumption: fromAssumption,
      };
    });
    const annual = levelImpacts.reduce((sum, l) => sum + (l.annual ?? 0), 0);
    const notComputed = levelImpacts.reduce((sum, l) => sum + (l.annual === null ? l.cases : 0), 0);
    const withCases = levelImpacts.some((l) => l.cases > 0);
    const kroner = cost === undefined ? null : annual * cost;
    if (measure.unit === 'hours') annualHours += annual;
    else if (measure.unit === 'days') annualDays += annual;
    if (withCases) kronerTotal = kroner === null || kronerTotal === null ? null : kronerTotal + kroner;
    casesNotComputed += notComputed;
    const dimension = version.dimensions.find((d) => d.id === measure.dimension);
    interventions.push({
      interventionId,
      name: intervention.name,
      population: `${measure.dimension}:${dimension?.values.map((v) => v.id).join(',') ?? ''}:${measure.unit}`,
      unit: measure.unit,
      period: measure.period,
      levels: levelImpacts,
      annual,
      kroner,
      casesNotComputed: notComputed,
    });
  }
  return {
    versionId: version.id,
    interventions,
    annualHours,
    annualDays,
    kroner: kronerTotal,
    casesNotInVersion,
    casesNotComputed,
  };
}

/** One row of the impact table and its CSV: an intervention under each version, and the difference. */
export interface ImpactRow {
  interventionId: string;
  name: string;
  unit: Unit;
  /** Per version: annual amount, or null where the version lacks the intervention. */
  annual: (number | null)[];
  /**
   * Per version: difference from the first version; null where either is missing or the two count different
   * cases (levels keyed on another dimension): different populations are never subtracted.
   */
  delta: (number | null)[];
  /** Per version: true where it counts the same cases as the first version, so a difference is meaningful. */
  samePopulation: boolean[];
  kroner: (number | null)[];
  kronerDelta: (number | null)[];
  /** Per version: true where some cases could not be computed, so the figure is incomplete. */
  incomplete: boolean[];
}

export function impactRows(impacts: readonly VersionImpact[]): ImpactRow[] {
  const ids: { id: string; name: string; unit: Unit }[] = [];
  for (const impact of impacts) {
    for (const i of impact.interventions) {
      if (!ids.some((x) => x.id === i.interventionId))
        ids.push({ id: i.interventionId, name: i.name, unit: i.unit });
    }
  }
  return ids.map(({ id, name, unit }) => {
    const found = impacts.map((impact) => impact.interventions.find((i) => i.interventionId === id) ?? null);
    const annual = found.map((i) => (i && i.unit === unit ? i.annual : null));
    const kroner = found.map((i) => i?.kroner ?? null);
    const basePopulation = found[0]?.population;
    const samePopulation = found.map((i) => i !== null && i.population === basePopulation);
    const diff = (list: (number | null)[]) =>
      list.map((value, index) =>
        value === null || list[0] === null || list[0] === undefined || !samePopulation[index]
          ? null
          : value - list[0],
      );
    return {
      interventionId: id,
      name,
      unit,
      annual,
      delta: diff(annual),
      samePopulation,
      kroner,
      kronerDelta: diff(kroner),
      incomplete: found.map((i) => (i ? i.casesNotComputed > 0 : false)),
    };
  });
}

/**
 * Per version: may its totals be subtracted from the first version's? Only where both count the same cases:
 * every intervention with cases in either is in both, keyed on the same dimension. Where not, each version's
 * totals are shown on their own and no difference is taken (a severity scale and age bands are different
 * populations of cases, even for the same kind of help).
 */
export function comparableTotals(impacts: readonly VersionImpact[]): boolean[] {
  const base = impacts[0];
  return impacts.map((impact, index) => {
    if (index === 0 || !base) return true;
    if (impact.casesNotInVersion.length > 0 || base.casesNotInVersion.length > 0) return false;
    const withCases = (v: VersionImpact) =>
      new Map(
        v.interventions
          .filter((i) => i.levels.some((l) => l.cases > 0))
          .map((i) => [i.interventionId, i.population] as const),
      );
    const a = withCases(base);
    const b = withCases(impact);
    if (a.size !== b.size) return false;
    for (const [id, population] of a) if (b.get(id) !== population) return false;
    return true;
  });
}

/**
 * A count typed into the grid: a whole number from 0 to MAX_CASE_COUNT, or empty (0), read by the one number
 * reader. Null when invalid (a 400-digit count is not a count of cases, and would overflow every sum).
 */
export function parseCount(input: string): number | null {
  const read = readDanishNumber(input);
  if (!read.ok) return null;
  if (read.value === null) return 0;
  return Number.isInteger(read.value) && read.value >= 0 && read.value <= MAX_CASE_COUNT ? read.value : null;
}

/**
 * The levels of an intervention as intervals on one axis (hours per week, døgn per year, …), the way a
 * DMN analyser treats a table of numeric bands: each level is an interval with open or closed ends.
 */
import type {
  AgeBand,
  Bound,
  Dimension,
  Intervention,
  Level,
  LevelsMeasure,
  StandardVersion,
} from './schema.ts';
import { formatNumber, PER_PERIOD, UNIT_LABEL } from './units.ts';

export type LeveledIntervention = Intervention & { measure: LevelsMeasure };

export function hasLevels(intervention: Intervention): intervention is LeveledIntervention {
  return intervention.measure.kind === 'levels';
}

export function dimensionOf(version: StandardVersion, measure: LevelsMeasure): Dimension {
  const dimension = version.dimensions.find((d) => d.id === measure.dimension);
  // The schema rejects a level whose dimension is not declared, so a parsed version always has it.
  if (!dimension) throw new Error(`Dimension ${measure.dimension} is not declared`);
  return dimension;
}

/** The levels in the order of their dimension's values (increasing need), whatever order the file has. */
export function orderedLevels(version: StandardVersion, measure: LevelsMeasure): Level[] {
  const order = dimensionOf(version, measure).values.map((value) => value.id);
  return [...measure.levels].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
}

export function levelLabel(version: StandardVersion, measure: LevelsMeasure, key: string): string {
  return dimensionOf(version, measure).values.find((value) => value.id === key)?.label ?? key;
}

export type Position = 'below' | 'within' | 'above';

/** Where an amount lies relative to a level's band. */
export function positionInLevel(amount: number, level: Pick<Level, 'lower' | 'upper'>): Position {
  if (level.lower !== null && !satisfiesLower(amount, level.lower)) return 'below';
  if (level.upper !== null && !satisfiesUpper(amount, level.upper)) return 'above';
  return 'within';
}

function satisfiesLower(amount: number, bound: Bound): boolean {
  return bound.inclusive ? amount >= bound.value : amount > bound.value;
}

function satisfiesUpper(amount: number, bound: Bound): boolean {
  return bound.inclusive ? amount <= bound.value : amount < bound.value;
}

/** The levels whose band contains the amount (none in a gap, more than one in an overlap). */
export function levelsContaining(amount: number, levels: readonly Level[]): Level[] {
  return levels.filter((level) => positionInLevel(amount, level) === 'within');
}

/** The band in words, e.g. "over 2 og højst 3 timer om ugen" or "over 5 timer om ugen". */
export function describeBand(
  level: Pick<Level, 'lower' | 'upper'> & { individualAssessment?: true },
  measure: LevelsMeasure,
): string {
  if (level.individualAssessment === true) return 'intet tal: omfanget afgøres ved individuel vurdering';
  const unit = UNIT_LABEL[measure.unit].many;
  const per = PER_PERIOD[measure.period];
  return `${describeEdges(level)} ${unit} ${per}`;
}

export function describeEdges(
  level: Pick<Level, 'lower' | 'upper'> & { individualAssessment?: true },
): string {
  const { lower, upper } = level;
  if (level.individualAssessment === true) return 'intet tal (individuel vurdering)';
  if (lower === null && upper === null) return 'ethvert omfang';
  if (lower === null && upper !== null)
    return `${upper.inclusive ? 'op til' : 'under'} ${formatNumber(upper.value)}`;
  if (lower !== null && upper === null)
    return `${lower.inclusive ? 'mindst' : 'over'} ${formatNumber(lower.value)}`;
  if (lower !== null && upper !== null) {
    if (lower.inclusive && upper.inclusive)
      return `${formatNumber(lower.value)}–${formatNumber(upper.value)}`;
    return `${lower.inclusive ? 'fra og med' : 'over'} ${formatNumber(lower.value)} og ${
      upper.inclusive ? 'højst' : 'under'
    } ${formatNumber(upper.value)}`;
  }
  return 'ethvert omfang';
}

/** The highest amount a level allows, or null for an open-ended level (individual assessment). */
export function ceilingOf(level: Level): number | null {
  return level.upper === null ? null : level.upper.value;
}

/**
 * The age band a child of `age` whole years belongs to, in a dimension of age bands; null where no band covers
 * the age (Nyborg has none for 0–2) or the dimension is not keyed on age. Several bands can only match in a
 * file whose bands overlap (the lint reports it): the first in age order is returned.
 */
export function ageBandFor(dimension: Dimension, age: number): AgeBand | null {
  if (dimension.kind !== 'age' || !Number.isInteger(age) || age < 0) return null;
  return (
    dimension.values.find((band) => band.fromAge <= age && (band.toAge === null || age <= band.toAge)) ?? null
  );
}

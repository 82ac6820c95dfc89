/**
 * The support estimate: what a level of the standard means per week, month and year, and where a
 * proposed amount lies. Every figure keeps the level it came from and the conversion that made it.
 */
import {
  type LeveledIntervention,
  levelsContaining,
  orderedLevels,
  type Position,
  positionInLevel,
} from '../format/levels.ts';
import type { Bound, Level, Period, StandardVersion } from '../format/schema.ts';
import { type Conventions, conversionFormula, convertAmount, PERIODS } from '../format/units.ts';

export interface ConvertedBand {
  period: Period;
  lower: Bound | null;
  upper: Bound | null;
  /** Null where the period is the one the standard states; otherwise how it was converted. */
  formula: string | null;
}

/** The level's band in every period: the standard's own period unchanged, the others converted. */
export function bandInPeriods(
  level: Level,
  intervention: LeveledIntervention,
  conventions: Conventions,
): ConvertedBand[] {
  const from = intervention.measure.period;
  const convert = (bound: Bound | null, to: Period): Bound | null =>
    bound === null ? null : { ...bound, value: convertAmount(bound.value, from, to, conventions) };
  return PERIODS.map((period) => ({
    period,
    lower: convert(level.lower, period),
    upper: convert(level.upper, period),
    formula: conversionFormula(from, period, conventions),
  }));
}

export type AmountProblem = 'not-a-number' | 'negative' | 'zero';

export interface Assessment {
  /** The amount in the standard's own unit and period. */
  amountInStandardPeriod: number;
  /** Where it lies relative to the chosen level. */
  position: Position;
  /** True when the chosen level has no upper edge: any amount in it needs an individual assessment. */
  openEnded: boolean;
  /** The levels whose band contains the amount; empty where it falls in a gap between levels. */
  matchingLevels: string[];
}

export function validateAmount(value: number | null): AmountProblem | null {
  if (value === null) return 'not-a-number';
  if (value < 0) return 'negative';
  if (value === 0) return 'zero';
  return null;
}

/** Assess a proposed amount, given per `period`, against a level of an intervention. */
export function assessAmount(
  version: StandardVersion,
  intervention: LeveledIntervention,
  level: Level,
  amount: number,
  period: Period,
  conventions: Conventions,
): Assessment {
  if (!Number.isFinite(amount) || amount <= 0) throw new RangeError(`Amount must be positive: ${amount}`);
  const inStandard = convertAmount(amount, period, intervention.measure.period, conventions);
  return {
    amountInStandardPeriod: inStandard,
    position: positionInLevel(inStandard, level),
    openEnded: level.upper === null,
    matchingLevels: levelsContaining(inStandard, orderedLevels(version, intervention.measure)).map(
      (l) => l.key,
    ),
  };
}

/**
 * The support estimate: what a level of the standard means per week, month and year, and where a
 * proposed amount lies. Every figure keeps the level it came from and the conversion that made it.
 */
import {
  dimensionOf,
  type LeveledIntervention,
  levelsContaining,
  orderedLevels,
  type Position,
  positionInLevel,
} from '../format/levels.ts';
import { amountLimitProblem } from '../format/limits.ts';
import type { Bound, Level, LocalRule, Period, StandardVersion, Unit } from '../format/schema.ts';
import {
  type Conventions,
  conversionFormula,
  convertAmount,
  PERIODS,
  readDanishNumber,
} from '../format/units.ts';

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

export type PlacementRule = Extract<LocalRule, { kind: 'placement-line' }>;

export interface Assessment {
  /** The amount in the standard's own unit and period. */
  amountInStandardPeriod: number;
  /**
   * Where it lies relative to the chosen level, judged against that level's own band only. Null where the
   * level states no figure (individual assessment): there is nothing to be within or above.
   */
  position: Position | null;
  /** True when the chosen level has no upper edge: any amount in it needs an individual assessment. */
  openEnded: boolean;
  /**
   * On an ordered scale only: the other levels whose band contains the amount. Empty for age bands and
   * categories, whose levels apply to other children and so never "correspond" to this one.
   */
  matchingLevels: string[];
  /**
   * On an ordered scale only: true where the amount lies between two levels and no level covers it (Randers'
   * 85–108 døgn). An amount above the top level is above, never in a gap.
   */
  inGap: boolean;
  /** The standard's own placement line for this intervention, where the amount reaches it. */
  placement: { rule: PlacementRule; amountInRulePeriod: number } | null;
}

export function validateAmount(value: number | null): AmountProblem | null {
  if (value === null) return 'not-a-number';
  if (value < 0) return 'negative';
  if (value === 0) return 'zero';
  return null;
}

const AMOUNT_PROBLEM_TEXT: Record<AmountProblem, string> = {
  'not-a-number': 'skriv et tal, fx 2,5',
  negative: 'må ikke være negativt',
  zero: 'skal være større end 0',
};

export interface AmountRead {
  /** The amount; null when the field is empty or holds no number. */
  value: number | null;
  /** What is wrong, in words; null when nothing is. An empty field is not wrong here: each form says if it may be empty. */
  problem: string | null;
}

/**
 * An amount as typed into any field of the app (a proposed amount, the granted amount of a justification, a
 * grant of the package), read and checked alike: the reader's message (not a number, an ambiguous "1.5"),
 * the sign (more than 0), and, where the unit is known, the calendar's limit (a week has 168 hours).
 */
export function readAmount(text: string, unit: Unit | null, period: Period): AmountRead {
  const read = readDanishNumber(text);
  if (!read.ok) return { value: null, problem: read.message };
  if (read.value === null) return { value: null, problem: null };
  const kind = validateAmount(read.value);
  if (kind !== null) return { value: read.value, problem: AMOUNT_PROBLEM_TEXT[kind] };
  return { value: read.value, problem: unit === null ? null : amountLimitProblem(read.value, unit, period) };
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
  const measure = intervention.measure;
  const inStandard = convertAmount(amount, period, measure.period, conventions);
  const noFigure = level.individualAssessment === true;
  const ordered = dimensionOf(version, measure).kind === 'ordered';
  const levels = orderedLevels(version, measure).filter((l) => l.individualAssessment !== true);
  const matching = ordered ? levelsContaining(inStandard, levels).map((l) => l.key) : [];
  const belowAll = levels.every((l) => positionInLevel(inStandard, l) === 'below');
  const aboveAll = levels.every((l) => positionInLevel(inStandard, l) === 'above');
  return {
    amountInStandardPeriod: inStandard,
    position: noFigure ? null : positionInLevel(inStandard, level),
    openEnded: level.upper === null && !noFigure,
    matchingLevels: matching.filter((key) => key !== level.key),
    inGap: ordered && levels.length > 0 && matching.length === 0 && !belowAll && !aboveAll,
    placement: placementReached(version, intervention, amount, period, conventions),
  };
}

/**
 * The standard's own placement line for the intervention, where `amount` per `period` is at or over it
 * (Nyborg: "Aflastninger på 15 døgn pr. måned eller mere er en anbringelse"). Null where the standard has no
 * such rule, or the amount is below it. National rules are not consulted: this is the municipality's line.
 */
export function placementReached(
  version: StandardVersion,
  intervention: LeveledIntervention | { id: string; measure: { unit: string } },
  amount: number,
  period: Period,
  conventions: Conventions,
): { rule: PlacementRule; amountInRulePeriod: number } | null {
  for (const rule of version.rules) {
    if (rule.kind !== 'placement-line' || !rule.interventions.includes(intervention.id)) continue;
    if (rule.unit !== intervention.measure.unit) continue;
    const inRule = convertAmount(amount, period, rule.period, conventions);
    if (inRule >= rule.value) return { rule, amountInRulePeriod: inRule };
  }
  return null;
}

/** The standard's own rules (beyond its table) that apply to an intervention, in the file's order. */
export function rulesFor(version: StandardVersion, interventionId: string): LocalRule[] {
  return version.rules.filter((rule) => rule.interventions.includes(interventionId));
}

/**
 * Lint of a standard version: the checks a council wants before it approves a table of levels.
 * Each kind of dimension is checked for what it means:
 * - an ordered scale (severity): the levels are swept in the order of the scale (increasing need) for gaps,
 *   overlaps, levels that do not grow, and open ends below the top;
 * - age bands: each level applies to other children, so amounts never "overlap"; the ages are checked instead
 *   (bands that overlap or leave ages between them uncovered, and the ages below the first band);
 * - categories: unordered, so no order of amounts is checked.
 * Levels with no figure (individual assessment) are named, and a level that reaches the standard's own
 * placement line is a warning. Findings are warnings or information: they are shown, never hidden, and never
 * stop a version from loading (schema errors do that).
 */
import {
  describeEdges,
  dimensionOf,
  hasLevels,
  type LeveledIntervention,
  levelLabel,
  orderedLevels,
} from './levels.ts';
import type { AgeDimension, Bound, Level, StandardVersion } from './schema.ts';
import { conventionsOf, convertAmount, formatNumber, PER_PERIOD, UNIT_LABEL } from './units.ts';

export type LintCode =
  | 'gap'
  | 'overlap'
  | 'not-increasing'
  | 'open-ended-top'
  | 'open-ended-below-top'
  | 'implied-bound-mismatch'
  | 'missing-level'
  | 'assumed-convention'
  | 'text-mismatch'
  | 'open-ended'
  | 'individual-assessment'
  | 'age-overlap'
  | 'age-gap'
  | 'ages-not-covered'
  | 'reaches-placement-line';

export interface LintFinding {
  code: LintCode;
  severity: 'warning' | 'info';
  /** The intervention the finding is about; absent for findings about the whole version. */
  interventionId?: string;
  interventionName?: string;
  /** The level keys involved, in order. */
  levels: string[];
  /** The finding in Danish, with its values. */
  message: string;
  /** For gaps and overlaps: the interval concerned. */
  interval?: { lower: Bound; upper: Bound };
}

export function lintVersion(version: StandardVersion): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const [name, convention] of Object.entries(version.conventions)) {
    if (convention.basis === 'assumption') {
      findings.push({
        code: 'assumed-convention',
        severity: 'info',
        levels: [],
        message: `Omregningen bygger på en antagelse, ikke på standarden: ${
          name === 'weeksPerYear' ? 'uger pr. år' : 'måneder pr. år'
        } = ${formatNumber(convention.value)}. ${convention.note}`,
      });
    }
  }
  for (const intervention of version.interventions) {
    if (hasLevels(intervention)) findings.push(...lintLevels(version, intervention));
  }
  return findings;
}

function lintLevels(version: StandardVersion, intervention: LeveledIntervention): LintFinding[] {
  const measure = intervention.measure;
  const dimension = dimensionOf(version, measure);
  const all = orderedLevels(version, measure);
  // A level with no figure takes no part in the sweep: there is nothing to compare.
  const levels = all.filter((level) => level.individualAssessment !== true);
  const unit = UNIT_LABEL[measure.unit].many;
  const per = PER_PERIOD[measure.period];
  const label = (level: Level) => levelLabel(version, measure, level.key);
  const about = { interventionId: intervention.id, interventionName: intervention.name };
  const findings: LintFinding[] = [];
  const textFinding = (level: Level, mismatch: { inText: number[] }): LintFinding => ({
    ...about,
    code: 'text-mismatch',
    severity: 'warning',
    levels: [level.key],
    message: `${intervention.name}: teksten for »${label(level)}« (»${level.text}«) nævner ${
      mismatch.inText.map(formatNumber).join(' og ') || 'intet tal'
    }, men de angivne grænser er ${describeEdges(level)} ${unit} ${per}.`,
  });

  const declared = dimension.values;
  for (const value of declared) {
    if (!levels.some((level) => level.key === value.id)) {
      findings.push({
        ...about,
        code: 'missing-level',
        severity: 'info',
        levels: [value.id],
        message: `${intervention.name}: der er intet niveau for »${value.label}«.`,
      });
    }
  }

  for (const level of all) {
    if (level.individualAssessment === true) {
      findings.push({
        ...about,
        code: 'individual-assessment',
        severity: 'info',
        levels: [level.key],
        message: `${intervention.name}: niveauet »${label(level)}« har intet tal (»${level.text}«); omfanget afgøres ved individuel vurdering.`,
      });
    }
  }

  findings.push(...placementLineFindings(version, intervention, levels, label));

  if (dimension.kind !== 'ordered') {
    // Age bands and categories apply to different children or families: amounts are not swept as one scale.
    for (const level of levels) {
      if (level.upper === null) {
        findings.push({
          ...about,
          code: 'open-ended',
          severity: 'info',
          levels: [level.key],
          message: `${intervention.name}: niveauet »${label(level)}« har ingen øvre grænse (${describeEdges(level)} ${unit} ${per}); omfanget afgøres ved individuel vurdering.`,
        });
      }
    }
    for (const level of levels) {
      const mismatch = textMismatch(level);
      if (mismatch) findings.push(textFinding(level, mismatch));
    }
    if (dimension.kind === 'age') findings.push(...ageFindings(dimension, about));
    return findings;
  }

  for (const level of levels) {
    const mismatch = textMismatch(level);
    if (mismatch) findings.push(textFinding(level, mismatch));
  }

  levels.forEach((level, index) => {
    const next = levels[index + 1];
    if (level.upper === null) {
      if (next === undefined) {
        findings.push({
          ...about,
          code: 'open-ended-top',
          severity: 'info',
          levels: [level.key],
          message: `${intervention.name}: det øverste niveau »${label(level)}« har ingen øvre grænse (${describeEdges(
            level,
          )} ${unit} ${per}); omfanget afgøres ved individuel vurdering.`,
        });
      } else {
        findings.push({
          ...about,
          code: 'open-ended-below-top',
          severity: 'warning',
          levels: [level.key, next.key],
          message: `${intervention.name}: niveauet »${label(level)}« har ingen øvre grænse, men der findes et højere niveau »${label(next)}«.`,
        });
      }
    }
    if (next === undefined) return;

    const previous = index > 0 ? levels[index - 1] : undefined;
    if (
      previous &&
      level.lower &&
      !level.lower.stated &&
      previous.upper &&
      level.lower.value !== previous.upper.value
    ) {
      findings.push({
        ...about,
        code: 'implied-bound-mismatch',
        severity: 'warning',
        levels: [previous.key, level.key],
        message: `${intervention.name}: den afledte nedre grænse for »${label(level)}« (${formatNumber(
          level.lower.value,
        )}) er ikke den øvre grænse for »${label(previous)}« (${formatNumber(previous.upper.value)}).`,
      });
    }

    const upperA = level.upper?.value ?? Number.POSITIVE_INFINITY;
    const upperB = next.upper?.value ?? Number.POSITIVE_INFINITY;
    const lowerA = level.lower?.value ?? 0;
    const lowerB = next.lower?.value ?? 0;
    if (upperB < upperA || lowerB < lowerA) {
      findings.push({
        ...about,
        code: 'not-increasing',
        severity: 'warning',
        levels: [level.key, next.key],
        message: `${intervention.name}: niveauet »${label(next)}« (${describeEdges(next)} ${unit} ${per}) giver ikke mere end det lavere niveau »${label(level)}« (${describeEdges(level)} ${unit} ${per}).`,
      });
    }

    if (level.upper === null) return;
    const nextLower: Bound = next.lower ?? { value: 0, inclusive: true, stated: true };
    const gap = gapBetween(level.upper, nextLower);
    if (gap) {
      const wholeUnits = measure.unit === 'days' ? wholeUnitRange(gap) : null;
      const range = wholeUnits
        ? `${formatNumber(wholeUnits[0])}–${formatNumber(wholeUnits[1])}`
        : describeEdges(gap);
      findings.push({
        ...about,
        code: 'gap',
        severity: 'warning',
        levels: [level.key, next.key],
        interval: gap,
        message: `${intervention.name}: ${range} ${unit} ${per} er ikke dækket af noget niveau (mellem »${label(
          level,
        )}« og »${label(next)}«).`,
      });
    }
    const overlap = overlapBetween(level.upper, nextLower);
    if (overlap) {
      findings.push({
        ...about,
        code: 'overlap',
        severity: 'warning',
        levels: [level.key, next.key],
        interval: overlap,
        message: `${intervention.name}: ${describeEdges(overlap)} ${unit} ${per} hører til både »${label(
          level,
        )}« og »${label(next)}«.`,
      });
    }
  });
  return findings;
}

/** "3–5 år", "over 13 år" (from 14, open at the top), "0–2 år". */
export function describeAges(fromAge: number, toAge: number | null): string {
  if (toAge === null) return `fra ${formatNumber(fromAge)} år`;
  if (fromAge === toAge) return `${formatNumber(fromAge)} år`;
  return `${formatNumber(fromAge)}–${formatNumber(toAge)} år`;
}

/** The ages of the bands: overlapping bands and ages between bands are warnings; ages below the first, info. */
function ageFindings(
  dimension: AgeDimension,
  about: { interventionId: string; interventionName: string },
): LintFinding[] {
  const findings: LintFinding[] = [];
  const bands = [...dimension.values].sort((a, b) => a.fromAge - b.fromAge);
  const first = bands[0];
  if (first && first.fromAge > 0) {
    findings.push({
      ...about,
      code: 'ages-not-covered',
      severity: 'info',
      levels: [],
      message: `${about.interventionName}: standarden har ingen aldersgruppe for ${describeAges(0, first.fromAge - 1)}.`,
    });
  }
  bands.forEach((band, index) => {
    const next = bands[index + 1];
    if (!next) return;
    const end = band.toAge ?? Number.POSITIVE_INFINITY;
    if (next.fromAge <= end) {
      findings.push({
        ...about,
        code: 'age-overlap',
        severity: 'warning',
        levels: [band.id, next.id],
        message: `${about.interventionName}: aldersgrupperne »${band.label}« og »${next.label}« gælder begge for ${describeAges(
          next.fromAge,
          band.toAge === null ? next.toAge : Math.min(end, next.toAge ?? end),
        )}.`,
      });
    } else if (next.fromAge > end + 1) {
      findings.push({
        ...about,
        code: 'age-gap',
        severity: 'warning',
        levels: [band.id, next.id],
        message: `${about.interventionName}: ${describeAges(end + 1, next.fromAge - 1)} er ikke dækket af nogen aldersgruppe (mellem »${band.label}« og »${next.label}«).`,
      });
    }
  });
  return findings;
}

/** A level whose ceiling reaches the standard's own placement line is, by its own rule, a placement. */
function placementLineFindings(
  version: StandardVersion,
  intervention: LeveledIntervention,
  levels: readonly Level[],
  label: (level: Level) => string,
): LintFinding[] {
  const measure = intervention.measure;
  const findings: LintFinding[] = [];
  for (const rule of version.rules) {
    if (rule.kind !== 'placement-line' || !rule.interventions.includes(intervention.id)) continue;
    if (rule.unit !== measure.unit) continue;
    for (const level of levels) {
      if (level.upper === null) continue;
      const ceiling = convertAmount(level.upper.value, measure.period, rule.period, conventionsOf(version));
      if (ceiling >= rule.value) {
        findings.push({
          interventionId: intervention.id,
          interventionName: intervention.name,
          code: 'reaches-placement-line',
          severity: 'warning',
          levels: [level.key],
          message: `${intervention.name}: niveauet »${label(level)}« går op til ${formatNumber(ceiling)} ${UNIT_LABEL[rule.unit].many} ${PER_PERIOD[rule.period]}, men efter standardens egen regel er ${formatNumber(rule.value)} ${UNIT_LABEL[rule.unit].many} ${PER_PERIOD[rule.period]} eller mere en anbringelse.`,
        });
      }
    }
  }
  return findings;
}

/** The amounts above `upper` and below `lower`, or null when the two meet or overlap. */
export function gapBetween(upper: Bound, lower: Bound): { lower: Bound; upper: Bound } | null {
  const touching = upper.value === lower.value;
  if (upper.value > lower.value) return null;
  if (touching && (upper.inclusive || lower.inclusive)) return null;
  return {
    lower: { value: upper.value, inclusive: !upper.inclusive, stated: true },
    upper: { value: lower.value, inclusive: !lower.inclusive, stated: true },
  };
}

/** The amounts that both a band ending at `upper` and the next band starting at `lower` contain. */
export function overlapBetween(upper: Bound, lower: Bound): { lower: Bound; upper: Bound } | null {
  if (upper.value < lower.value) return null;
  if (upper.value === lower.value && !(upper.inclusive && lower.inclusive)) return null;
  return {
    lower: { value: lower.value, inclusive: lower.inclusive, stated: true },
    upper: { value: upper.value, inclusive: upper.inclusive, stated: true },
  };
}

/** The whole numbers in an interval (døgn are counted whole): (84, 108] → [85, 108]. */
export function wholeUnitRange(interval: { lower: Bound; upper: Bound }): [number, number] | null {
  const { lower, upper } = interval;
  const first = Number.isInteger(lower.value) && lower.inclusive ? lower.value : Math.floor(lower.value) + 1;
  const last = Number.isInteger(upper.value) && !upper.inclusive ? upper.value - 1 : Math.floor(upper.value);
  return first <= last ? [first, last] : null;
}

export function warningsOf(findings: readonly LintFinding[]): LintFinding[] {
  return findings.filter((finding) => finding.severity === 'warning');
}

/**
 * Does the level's wording name the figures its edges state? "Op til 84 døgn om året" with an upper edge of
 * 108 does not: a draft whose figure was changed but not its text. Only edges marked `stated` are compared
 * (an implied edge is not in the wording by definition).
 */
export function textMismatch(level: Pick<Level, 'text' | 'lower' | 'upper'>): { inText: number[] } | null {
  const inText = numbersIn(level.text);
  const byValue = (a: number, b: number) => a - b;
  const named = [...inText].sort(byValue);
  const stated = [level.lower, level.upper]
    .filter((bound): bound is Bound => bound?.stated === true)
    .map((bound) => bound.value)
    .sort(byValue);
  const same = named.length === stated.length && named.every((n, i) => n === stated[i]);
  return same ? null : { inText };
}

/** The numbers in a Danish text: "1-2 timer" → [1, 2]; "2,5 timer" → [2.5]; "1.000 kr." → [1000]. */
export function numbersIn(text: string): number[] {
  return [...text.matchAll(/\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g)].map((match) =>
    Number(match[0].replace(/\./g, '').replace(',', '.')),
  );
}

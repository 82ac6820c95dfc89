/**
 * Comparison of two or more standard versions (of one municipality over time, or of two municipalities):
 * per intervention and level, the ranges side by side with the difference from the first version (the
 * base, normally the version in force); changed deadlines and legal bases; added and removed interventions;
 * and each version's lint findings. Pure: the view only arranges what this returns.
 *
 * Levels are compared by their dimension value (e.g. "lette" with "lette") only when the versions key the
 * intervention on the same dimension with the same values. Levels keyed on different dimensions (severity in
 * one, age band in another) are returned per version, never forced together.
 */
import { STATUS_LABEL } from '../format/catalog.ts';
import {
  describeEdges,
  dimensionOf,
  hasLevels,
  type LeveledIntervention,
  orderedLevels,
} from '../format/levels.ts';
import { type LintFinding, lintVersion } from '../format/lint.ts';
import type { Bound, Deadline, LegalBasis, Period, StandardVersion, Unit } from '../format/schema.ts';
import { conventionsOf, convertAmount, formatNumber, PER_PERIOD, UNIT_LABEL } from '../format/units.ts';

export type ChangeKind = 'unchanged' | 'changed' | 'added' | 'removed';

/** The name a version goes by in a comparison: municipality, standard number, status, date. */
export function versionLabel(version: StandardVersion): string {
  return `${version.municipality}, nr. ${version.standard.number} (${STATUS_LABEL[version.status]}, ${version.id})`;
}

/** One level of one version, with its edges expressed in the base version's period. */
export interface LevelCell {
  key: string;
  label: string;
  /** The band as the file words it. */
  text: string;
  lower: Bound | null;
  upper: Bound | null;
  /** The edges in words in the base version's unit and period, e.g. "over 2 og højst 3". */
  edges: string;
  /** Set when the version states the level in another period and it was converted to compare. */
  convertedFrom: Period | null;
}

export interface LevelRow {
  key: string;
  label: string;
  /** One cell per version, in the order of the versions; null where the version has no such level. */
  cells: (LevelCell | null)[];
  /** Per version against the base: how the level changed. The base itself is 'unchanged'. */
  changes: ChangeKind[];
  /** Per version: new lower edge minus the base's (a missing lower edge counts as 0); null if not comparable. */
  lowerDelta: (number | null)[];
  /** Per version: new upper edge minus the base's; null where either is open-ended or missing. */
  upperDelta: (number | null)[];
}

export interface InterventionComparison {
  id: string;
  /** The name in the first version that has the intervention. */
  name: string;
  /** Per version: the intervention as it is there, or null. */
  present: boolean[];
  changes: ChangeKind[];
  /** Per version: the provisions, e.g. "serviceloven § 52, stk. 3, nr. 6". */
  legalBasis: (string[] | null)[];
  legalBasisChanged: boolean[];
  /** Per version: unit and period of the levels, or null when the version has no levels for it. */
  scales: ({ unit: Unit; period: Period; dimension: string; dimensionLabel: string } | null)[];
  /**
   * 'aligned': every version with levels keys them on the same dimension and unit; `rows` lines them up.
   * 'different-dimensions': the versions key the levels differently; `perVersion` shows each on its own.
   * 'no-levels': no version has numeric levels for this intervention.
   */
  alignment: 'aligned' | 'different-dimensions' | 'no-levels';
  rows: LevelRow[];
  /** Per version: its own levels in its own dimension (always filled, used where not aligned). */
  perVersion: (LevelCell[] | null)[];
}

export interface DeadlineComparison {
  id: string;
  label: string;
  cells: (Deadline | null)[];
  changes: ChangeKind[];
}

export interface VersionComparison {
  versions: StandardVersion[];
  labels: string[];
  interventions: InterventionComparison[];
  deadlines: DeadlineComparison[];
  /** Per version: the provisions the whole standard rests on, and whether they differ from the base's. */
  legalBasis: string[][];
  legalBasisChanged: boolean[];
  /** Per version: weeks and months per year, which the conversions and the caseload use. */
  conventions: { weeksPerYear: number; monthsPerYear: number }[];
  conventionsChanged: boolean[];
  findings: LintFinding[][];
  /** Per version: lint findings that the base does not have (new problems) and ones only the base has (fixed). */
  findingsAdded: LintFinding[][];
  findingsResolved: LintFinding[][];
  /** True when some version differs from the base in levels, deadlines, legal bases or interventions. */
  hasDifferences: boolean;
}

const LAW_NAME: Record<LegalBasis['law'], string> = {
  serviceloven: 'serviceloven',
  'barnets-lov': 'barnets lov',
  retssikkerhedsloven: 'retssikkerhedsloven',
  forvaltningsloven: 'forvaltningsloven',
};

export function describeLegalBasis(basis: Pick<LegalBasis, 'law' | 'paragraph' | 'stk' | 'nr'>): string {
  let text = `${LAW_NAME[basis.law]} § ${basis.paragraph}`;
  if (basis.stk !== undefined) text += `, stk. ${basis.stk}`;
  if (basis.nr !== undefined) text += `, nr. ${basis.nr}`;
  return text;
}

function sameBound(a: Bound | null, b: Bound | null): boolean {
  if (a === null || b === null) return a === b;
  return a.value === b.value && a.inclusive === b.inclusive;
}

function convertBound(bound: Bound | null, from: Period, to: Period, version: StandardVersion): Bound | null {
  if (bound === null || from === to) return bound;
  return { ...bound, value: convertAmount(bound.value, from, to, conventionsOf(version)) };
}

function cellsOf(version: StandardVersion, intervention: LeveledIntervention, toPeriod: Period): LevelCell[] {
  const measure = intervention.measure;
  const dimension = dimensionOf(version, measure);
  return orderedLevels(version, measure).map((level) => {
    const lower = convertBound(level.lower, measure.period, toPeriod, version);
    const upper = convertBound(level.upper, measure.period, toPeriod, version);
    return {
      key: level.key,
      label: dimension.values.find((v) => v.id === level.key)?.label ?? level.key,
      text: level.text,
      lower,
      upper,
      edges: describeEdges({ lower, upper }),
      convertedFrom: measure.period === toPeriod ? null : measure.period,
    };
  });
}

/** Two versions key an intervention's levels alike when the dimension has the same id and the same values. */
function dimensionSignature(version: StandardVersion, intervention: LeveledIntervention): string {
  const dimension = dimensionOf(version, intervention.measure);
  return `${dimension.id}:${dimension.values.map((v) => v.id).join(',')}:${intervention.measure.unit}`;
}

function compareIntervention(versions: readonly StandardVersion[], id: string): InterventionComparison {
  const found = versions.map((v) => v.interventions.find((i) => i.id === id) ?? null);
  const first = found.find((i) => i !== null);
  if (!first) throw new Error(`No version has intervention ${id}`);
  const base = found[0] ?? null;
  const legalBasis = found.map((i) => (i ? i.legalBasis.map(describeLegalBasis) : null));
  const baseBasis = legalBasis[0];
  const legalBasisChanged = legalBasis.map(
    (basis, index) =>
      index > 0 && basis !== null && baseBasis !== null && basis.join('|') !== baseBasis?.join('|'),
  );
  const leveled = found.map((i) => (i && hasLevels(i) ? i : null));
  const scales = leveled.map((i, index) => {
    const version = versions[index];
    if (!i || !version) return null;
    return {
      unit: i.measure.unit,
      period: i.measure.period,
      dimension: i.measure.dimension,
      dimensionLabel: dimensionOf(version, i.measure).label,
    };
  });
  const withLevels = leveled
    .map((i, index) => ({ i, version: versions[index] }))
    .filter((x): x is { i: LeveledIntervention; version: StandardVersion } => x.i !== null && !!x.version);
  const signatures = new Set(withLevels.map(({ i, version }) => dimensionSignature(version, i)));
  const alignment: InterventionComparison['alignment'] =
    withLevels.length === 0 ? 'no-levels' : signatures.size === 1 ? 'aligned' : 'different-dimensions';
  // Compare in the period of the first version that has levels for the intervention.
  const toPeriod = withLevels[0]?.i.measure.period ?? 'year';
  const perVersion = leveled.map((i, index) => {
    const version = versions[index];
    return i && version ? cellsOf(version, i, i.measure.period) : null;
  });
  const aligned = leveled.map((i, index) => {
    const version = versions[index];
    return i && version ? cellsOf(version, i, toPeriod) : null;
  });

  const rows: LevelRow[] = [];
  if (alignment === 'aligned') {
    const keys: { key: string; label: string }[] = [];
    for (const cells of aligned) {
      for (const cell of cells ?? []) {
        if (!keys.some((k) => k.key === cell.key)) keys.push({ key: cell.key, label: cell.label });
      }
    }
    for (const { key, label } of keys) {
      const cells = aligned.map((list) => list?.find((c) => c.key === key) ?? null);
      const baseCell = cells[0] ?? null;
      const changes = cells.map((cell, index): ChangeKind => {
        if (index === 0) return 'unchanged';
        if (baseCell === null) return cell === null ? 'unchanged' : 'added';
        if (cell === null) return 'removed';
        return sameBound(cell.lower, baseCell.lower) &&
          sameBound(cell.upper, baseCell.upper) &&
          cell.text === baseCell.text
          ? 'unchanged'
          : 'changed';
      });
      const lowerDelta = cells.map((cell) =>
        cell === null || baseCell === null ? null : (cell.lower?.value ?? 0) - (baseCell.lower?.value ?? 0),
      );
      const upperDelta = cells.map((cell) =>
        cell?.upper && baseCell?.upper ? cell.upper.value - baseCell.upper.value : null,
      );
      rows.push({ key, label, cells, changes, lowerDelta, upperDelta });
    }
  }

  const changes = found.map((intervention, index): ChangeKind => {
    if (index === 0) return 'unchanged';
    if (base === null) return intervention === null ? 'unchanged' : 'added';
    if (intervention === null) return 'removed';
    if (legalBasisChanged[index]) return 'changed';
    if (alignment === 'different-dimensions') {
      const a = scales[0];
      const b = scales[index];
      if (a?.dimension !== b?.dimension || a?.unit !== b?.unit) return 'changed';
    }
    if (intervention.measure.kind !== base.measure.kind) return 'changed';
    if (rows.some((row) => row.changes[index] !== 'unchanged')) return 'changed';
    if (JSON.stringify(intervention.measure) !== JSON.stringify(base.measure)) return 'changed';
    return 'unchanged';
  });

  return {
    id,
    name: first.name,
    present: found.map((i) => i !== null),
    changes,
    legalBasis,
    legalBasisChanged,
    scales,
    alignment,
    rows,
    perVersion,
  };
}

function sameDeadline(a: Deadline, b: Deadline): boolean {
  return (
    a.amount === b.amount &&
    a.unit === b.unit &&
    a.from === b.from &&
    a.repeats === b.repeats &&
    a.setBy === b.setBy &&
    a.label === b.label
  );
}

function findingKey(finding: LintFinding): string {
  return `${finding.code}|${finding.interventionId ?? ''}|${finding.levels.join(',')}|${finding.message}`;
}

function unionIds(lists: readonly string[][]): string[] {
  const ids: string[] = [];
  for (const list of lists) for (const id of list) if (!ids.includes(id)) ids.push(id);
  return ids;
}

/** Compare versions against the first one. Throws on fewer than two versions: there is nothing to compare. */
export function compareVersions(versions: readonly StandardVersion[]): VersionComparison {
  if (versions.length < 2) throw new RangeError('A comparison needs at least two versions');
  const interventionIds = unionIds(versions.map((v) => v.interventions.map((i) => i.id)));
  const interventions = interventionIds.map((id) => compareIntervention(versions, id));
  const deadlineIds = unionIds(versions.map((v) => v.deadlines.map((d) => d.id)));
  const deadlines = deadlineIds.map((id): DeadlineComparison => {
    const cells = versions.map((v) => v.deadlines.find((d) => d.id === id) ?? null);
    const baseCell = cells[0] ?? null;
    const first = cells.find((c) => c !== null);
    return {
      id,
      label: first?.label ?? id,
      cells,
      changes: cells.map((cell, index): ChangeKind => {
        if (index === 0) return 'unchanged';
        if (baseCell === null) return cell === null ? 'unchanged' : 'added';
        if (cell === null) return 'removed';
        return sameDeadline(cell, baseCell) ? 'unchanged' : 'changed';
      }),
    };
  });
  const legalBasis = versions.map((v) => v.legalBasis.map(describeLegalBasis));
  const legalBasisChanged = legalBasis.map((list) => list.join('|') !== (legalBasis[0] ?? []).join('|'));
  const conventions = versions.map(conventionsOf);
  const baseConventions = conventions[0];
  const conventionsChanged = conventions.map(
    (c) =>
      c.weeksPerYear !== baseConventions?.weeksPerYear || c.monthsPerYear !== baseConventions?.monthsPerYear,
  );
  const findings = versions.map(lintVersion);
  const baseKeys = new Set((findings[0] ?? []).map(findingKey));
  const findingsAdded = findings.map((list, index) =>
    index === 0 ? [] : list.filter((f) => !baseKeys.has(findingKey(f))),
  );
  const findingsResolved = findings.map((list, index) => {
    if (index === 0) return [];
    const keys = new Set(list.map(findingKey));
    return (findings[0] ?? []).filter((f) => !keys.has(findingKey(f)));
  });
  const hasDifferences =
    interventions.some((i) => i.changes.some((c) => c !== 'unchanged')) ||
    deadlines.some((d) => d.changes.some((c) => c !== 'unchanged')) ||
    legalBasisChanged.some(Boolean) ||
    conventionsChanged.some(Boolean);
  return {
    versions: [...versions],
    labels: versions.map(versionLabel),
    interventions,
    deadlines,
    legalBasis,
    legalBasisChanged,
    conventions,
    conventionsChanged,
    findings,
    findingsAdded,
    findingsResolved,
    hasDifferences,
  };
}

/** "+12", "−3", "0": a signed difference as a council reads it (a true minus sign, da-DK decimals). */
export function formatDelta(value: number): string {
  if (value === 0) return '0';
  return value > 0 ? `+${formatNumber(value)}` : `−${formatNumber(-value)}`;
}

function unitPer(intervention: InterventionComparison): string {
  const scale = intervention.scales.find((s) => s !== null);
  if (!scale) return '';
  return `${UNIT_LABEL[scale.unit].many} ${PER_PERIOD[scale.period]}`;
}

/**
 * The one sentence that states the result of a chart of one intervention's levels across versions,
 * e.g. "Døgnaflastning: 1 af 4 niveauer er ændret i udkast-x: Svære problemer/begrænsninger op til 84 → op
 * til 96 døgn om året."
 */
export function summarizeIntervention(comparison: VersionComparison, interventionId: string): string {
  const intervention = comparison.interventions.find((i) => i.id === interventionId);
  if (!intervention) throw new Error(`Unknown intervention ${interventionId}`);
  const { name } = intervention;
  if (intervention.alignment === 'no-levels') return `${name} har ingen talfæstede niveauer i nogen version.`;
  if (intervention.alignment === 'different-dimensions') {
    const dims = intervention.scales
      .map((s, i) => (s ? `${comparison.versions[i]?.id}: ${s.dimensionLabel.toLowerCase()}` : null))
      .filter((s) => s !== null);
    return `${name}: versionerne inddeler niveauerne efter forskellige dimensioner (${dims.join('; ')}), så niveauerne kan ikke sammenlignes ét for ét.`;
  }
  const parts: string[] = [];
  comparison.versions.forEach((version, index) => {
    if (index === 0) return;
    if (!intervention.present[index]) {
      parts.push(`${version.id} har ikke indsatsen`);
      return;
    }
    const changed = intervention.rows.filter((row) => row.changes[index] !== 'unchanged');
    if (changed.length === 0) {
      parts.push(`${version.id} har de samme ${intervention.rows.length} niveauer`);
      return;
    }
    const details = changed.map((row) => {
      const before = row.cells[0];
      const after = row.cells[index];
      const from = before ? before.edges : 'intet niveau';
      const to = after ? after.edges : 'intet niveau';
      return `${row.label} ${from} → ${to}`;
    });
    parts.push(
      `${changed.length} af ${intervention.rows.length} niveauer er ændret i ${version.id} (${details.join('; ')})`,
    );
  });
  const base = comparison.versions[0]?.id ?? '';
  return `${name} (${unitPer(intervention)}) i forhold til ${base}: ${parts.join('; ')}.`;
}

/** The data behind a levels chart, one row per level and version, for the table alternative and the CSV. */
export interface LevelChartRow {
  level: string;
  version: string;
  lower: number | null;
  upper: number | null;
  text: string;
}

export function levelChartRows(comparison: VersionComparison, interventionId: string): LevelChartRow[] {
  const intervention = comparison.interventions.find((i) => i.id === interventionId);
  if (!intervention) return [];
  const rows: LevelChartRow[] = [];
  intervention.perVersion.forEach((cells, index) => {
    const version = comparison.versions[index];
    if (!cells || !version) return;
    const aligned = intervention.alignment === 'aligned';
    for (const cell of aligned ? (intervention.rows.map((r) => r.cells[index]) ?? []) : cells) {
      if (!cell) continue;
      rows.push({
        level: cell.label,
        version: version.id,
        lower: cell.lower?.value ?? 0,
        upper: cell.upper?.value ?? null,
        text: cell.text,
      });
    }
  });
  return rows;
}

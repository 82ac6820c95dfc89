/**
 * Comparison of two or more standard versions (of one municipality over time, or of two municipalities):
 * per intervention and level, the ranges side by side with the difference from the first version (the
 * base, normally the version in force); changed deadlines and legal bases; added and removed interventions;
 * and each version's lint findings. Pure: the view only arranges what this returns.
 *
 * Interventions are matched across versions by what they are, not by their ids: the same id within one
 * standard (its versions over time), otherwise a shared provision, otherwise the same main purpose. Versions
 * of different standards (two municipalities) never "add" or "remove" anything: what one lacks "findes ikke i
 * denne standard", and what differs is "forskelligt", not "ændret".
 *
 * Levels are compared by their dimension value (e.g. "lette" with "lette") only when the versions key the
 * intervention on the same dimension with the same values. Levels keyed on different dimensions (severity in
 * one, age band in another) are returned per version, never forced together, and side by side in a common
 * unit (per year) where the units agree, with each conversion named.
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
import type {
  Bound,
  Deadline,
  Intervention,
  LegalBasis,
  Period,
  StandardVersion,
  Unit,
} from '../format/schema.ts';
import {
  conventionsOf,
  conversionFormula,
  convertAmount,
  formatNumber,
  PER_PERIOD,
  UNIT_LABEL,
} from '../format/units.ts';

/**
 * How a version differs from the base. 'added', 'removed' and 'changed' are for versions of the same standard;
 * between two standards (another municipality) an intervention is 'absent' ("findes ikke i denne standard")
 * or 'different' ("forskelligt"), never removed or changed.
 */
export type ChangeKind = 'unchanged' | 'changed' | 'added' | 'removed' | 'absent' | 'different';

/** How an intervention of a version was matched to the base's: same id in one standard, provision, purpose. */
export type MatchReason = 'id' | 'provision' | 'purpose';

/** The name a version goes by in a comparison, in two parts: whose standard it is, and which version. */
export function versionLabelParts(version: StandardVersion): { standard: string; version: string } {
  const name =
    version.standard.number === undefined ? `»${version.standard.title}«` : `nr. ${version.standard.number}`;
  return {
    standard: `${version.municipality}, ${name}`,
    version: `${STATUS_LABEL[version.status]}, ${version.id}`,
  };
}

/** The name a version goes by in a comparison: municipality, standard number or title, status, id. */
export function versionLabel(version: StandardVersion): string {
  const parts = versionLabelParts(version);
  return `${parts.standard} (${parts.version})`;
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
  /** A key for the matched group: the id in the first version that has it (made unique if needed). */
  id: string;
  /** The name in the first version that has the intervention. */
  name: string;
  /** Per version: the id of its matched intervention, or null where it has none. */
  ids: (string | null)[];
  /** Per version: how it was matched to the first version that has the intervention (null for that one). */
  matchedBy: (MatchReason | null)[];
  /** Per version: the intervention's name there. */
  names: (string | null)[];
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
  /**
   * Where the levels are keyed differently but every version states them in one unit: each version's levels
   * per year side by side, with the conversion each needed (null where the version states them per year).
   */
  common: {
    unit: Unit;
    period: Period;
    cells: (LevelCell[] | null)[];
    conversions: (string | null)[];
  } | null;
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
  /** Per version: true where it is a version of the base's standard (same key), false for another standard. */
  sameStandard: boolean[];
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

export function describeLegalBasis(
  basis: Pick<LegalBasis, 'law' | 'paragraph' | 'stk' | 'nr' | 'jf'>,
): string {
  const part = (p: { paragraph: string; stk?: number; nr?: number }) =>
    `§ ${p.paragraph}${p.stk === undefined ? '' : `, stk. ${p.stk}`}${p.nr === undefined ? '' : `, nr. ${p.nr}`}`;
  return `${LAW_NAME[basis.law]} ${part(basis)}${basis.jf ? `, jf. ${part(basis.jf)}` : ''}`;
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

/** The provisions an intervention rests on, as keys: "serviceloven|52|3|5"; a "jf." provision counts too. */
export function provisionKeys(intervention: Intervention): string[] {
  const keys: string[] = [];
  for (const basis of intervention.legalBasis) {
    keys.push([basis.law, basis.paragraph, basis.stk ?? '', basis.nr ?? ''].join('|'));
    if (basis.jf) keys.push([basis.law, basis.jf.paragraph, basis.jf.stk ?? '', basis.jf.nr ?? ''].join('|'));
  }
  return keys;
}

/** The intervention's main purpose: the first of its purpose ids (the vocabulary in purposes.json). */
function mainPurpose(intervention: Intervention): string | null {
  return intervention.purposes[0] ?? null;
}

interface MatchedGroup {
  found: (Intervention | null)[];
  matchedBy: (MatchReason | null)[];
}

/**
 * Groups the versions' interventions: each group holds at most one intervention per version. A version's
 * intervention joins, in this order of preference, a group with the same id from a version of its own
 * standard, a group sharing a provision, or a group with the same main purpose; otherwise it starts a group.
 */
export function matchInterventions(versions: readonly StandardVersion[]): MatchedGroup[] {
  const groups: MatchedGroup[] = [];
  versions.forEach((version, v) => {
    for (const intervention of version.interventions) {
      const free = groups.filter((group) => group.found[v] === null);
      const members = (group: MatchedGroup) =>
        group.found.flatMap((i, index) => (i === null ? [] : [{ i, version: versions[index] }]));
      const byId = free.find((group) =>
        members(group).some(
          (m) => m.version?.standard.key === version.standard.key && m.i.id === intervention.id,
        ),
      );
      const keys = new Set(provisionKeys(intervention));
      const purpose = mainPurpose(intervention);
      const sharesProvision = (group: MatchedGroup) =>
        members(group).some((m) => provisionKeys(m.i).some((key) => keys.has(key)));
      const sharesPurpose = (group: MatchedGroup) =>
        purpose !== null && members(group).some((m) => mainPurpose(m.i) === purpose);
      // Afløsning and aflastning share "§ 84, jf. § 44": the provision and the purpose together decide first.
      const byBoth = byId ? undefined : free.find((group) => sharesProvision(group) && sharesPurpose(group));
      const byProvision = byId || byBoth ? undefined : free.find(sharesProvision);
      const byPurpose = byId || byBoth || byProvision ? undefined : free.find(sharesPurpose);
      const group = byId ?? byBoth ?? byProvision ?? byPurpose;
      if (group) {
        group.found[v] = intervention;
        group.matchedBy[v] = byId ? 'id' : byBoth || byProvision ? 'provision' : 'purpose';
      } else {
        const found: (Intervention | null)[] = versions.map(() => null);
        found[v] = intervention;
        groups.push({ found, matchedBy: versions.map(() => null) });
      }
    }
  });
  return groups;
}

/** A change against the base, worded for versions of one standard or for two standards. */
function changeOf(sameStandard: boolean, inBase: boolean, inVersion: boolean, equal: boolean): ChangeKind {
  if (!inBase && !inVersion) return 'unchanged';
  if (!sameStandard) {
    if (!inBase || !inVersion) return 'absent';
    return equal ? 'unchanged' : 'different';
  }
  if (!inBase) return 'added';
  if (!inVersion) return 'removed';
  return equal ? 'unchanged' : 'changed';
}

function compareIntervention(
  versions: readonly StandardVersion[],
  group: MatchedGroup,
  id: string,
  sameStandard: readonly boolean[],
): InterventionComparison {
  const found = group.found;
  const first = found.find((i) => i !== null);
  if (!first) throw new Error(`No version has intervention ${id}`);
  const base = found[0] ?? null;
  const legalBasis = found.map((i) => (i ? i.legalBasis.map(describeLegalBasis) : null));
  const baseBasis = legalBasis[0];
  const legalBasisChanged = legalBasis.map(
    (basis, index) =>
      index > 0 && basis !== null && baseBasis !== null && basis.join('|') !== baseBasis?.join('|'),
  );
  // Two standards' legal bases differ by nature: that is shown, but it is not a change of law.
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
        const equal =
          cell !== null &&
          baseCell !== null &&
          sameBound(cell.lower, baseCell.lower) &&
          sameBound(cell.upper, baseCell.upper) &&
          cell.text === baseCell.text;
        return changeOf(sameStandard[index] ?? true, baseCell !== null, cell !== null, equal);
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
    const same = sameStandard[index] ?? true;
    if (base === null || intervention === null)
      return changeOf(same, base !== null, intervention !== null, false);
    const a = scales[0];
    const b = scales[index];
    const equal =
      !legalBasisChanged[index] &&
      !(alignment === 'different-dimensions' && (a?.dimension !== b?.dimension || a?.unit !== b?.unit)) &&
      intervention.measure.kind === base.measure.kind &&
      !rows.some((row) => row.changes[index] !== 'unchanged') &&
      JSON.stringify(intervention.measure) === JSON.stringify(base.measure);
    return changeOf(same, true, true, equal);
  });

  // Keyed differently but in one unit: side by side per year, each conversion named.
  const units = new Set(withLevels.map(({ i }) => i.measure.unit));
  const commonUnit = [...units][0];
  const common =
    alignment === 'different-dimensions' && units.size === 1 && commonUnit !== undefined
      ? {
          unit: commonUnit,
          period: 'year' as const,
          cells: leveled.map((i, index) => {
            const version = versions[index];
            return i && version ? cellsOf(version, i, 'year') : null;
          }),
          conversions: leveled.map((i, index) => {
            const version = versions[index];
            return i && version ? conversionFormula(i.measure.period, 'year', conventionsOf(version)) : null;
          }),
        }
      : null;

  return {
    id,
    name: first.name,
    ids: found.map((i) => i?.id ?? null),
    matchedBy: group.matchedBy,
    names: found.map((i) => i?.name ?? null),
    present: found.map((i) => i !== null),
    changes,
    legalBasis,
    legalBasisChanged,
    scales,
    alignment,
    rows,
    perVersion,
    common,
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
  const baseKey = versions[0]?.standard.key;
  const sameStandard = versions.map((v) => v.standard.key === baseKey);
  const usedIds = new Set<string>();
  const interventions = matchInterventions(versions).map((group) => {
    const firstId = group.found.find((i) => i !== null)?.id ?? 'indsats';
    let id = firstId;
    for (let n = 2; usedIds.has(id); n++) id = `${firstId}-${n}`;
    usedIds.add(id);
    return compareIntervention(versions, group, id, sameStandard);
  });
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
        const equal = cell !== null && baseCell !== null && sameDeadline(cell, baseCell);
        return changeOf(sameStandard[index] ?? true, baseCell !== null, cell !== null, equal);
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
  // New and fixed findings only between versions of one standard: another municipality does not "fix" a gap.
  const findingsAdded = findings.map((list, index) =>
    index === 0 || !sameStandard[index] ? [] : list.filter((f) => !baseKeys.has(findingKey(f))),
  );
  const findingsResolved = findings.map((list, index) => {
    if (index === 0 || !sameStandard[index]) return [];
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
    sameStandard,
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

/** The unit and period the chart and table of an intervention use: the common one, or the first version's. */
export function chartUnit(intervention: InterventionComparison): string {
  if (intervention.common)
    return `${UNIT_LABEL[intervention.common.unit].many} ${PER_PERIOD[intervention.common.period]}`;
  const scale = intervention.scales.find((s) => s !== null);
  if (!scale) return '';
  return `${UNIT_LABEL[scale.unit].many} ${PER_PERIOD[scale.period]}`;
}

/** The unit of one version's own levels, e.g. "døgn om måneden". */
export function versionUnit(intervention: InterventionComparison, index: number): string {
  const scale = intervention.scales[index];
  return scale ? `${UNIT_LABEL[scale.unit].many} ${PER_PERIOD[scale.period]}` : '';
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
    const sentence = `${name}: versionerne inddeler niveauerne efter forskellige dimensioner (${dims.join('; ')}), så niveauerne kan ikke sammenlignes ét for ét.`;
    const common = intervention.common;
    if (!common) return sentence;
    const sides = comparison.versions.flatMap((version, index) => {
      const cells = common.cells[index];
      if (!cells) return [];
      const how = common.conversions[index] ? ` (omregnet ${common.conversions[index]})` : '';
      return [`${version.id}${how}: ${cells.map((c) => `${c.label} ${c.edges}`).join(', ')}`];
    });
    return `${sentence} Side om side i ${chartUnit(intervention)}: ${sides.join('; ')}.`;
  }
  const parts: string[] = [];
  comparison.versions.forEach((version, index) => {
    if (index === 0) return;
    if (!intervention.present[index]) {
      parts.push(
        comparison.sameStandard[index]
          ? `${version.id} har ikke indsatsen`
          : `indsatsen findes ikke i standarden ${version.id}`,
      );
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
      `${changed.length} af ${intervention.rows.length} niveauer ${
        comparison.sameStandard[index] ? 'er ændret' : 'er forskellige'
      } i ${version.id} (${details.join('; ')})`,
    );
  });
  const base = comparison.versions[0]?.id ?? '';
  return `${name} (${chartUnit(intervention)}) i forhold til ${base}: ${parts.join('; ')}.`;
}

/** The data behind a levels chart, one row per level and version, for the table alternative and the CSV. */
export interface LevelChartRow {
  level: string;
  version: string;
  /** The unit and period of `lower` and `upper`, e.g. "døgn om året". */
  unit: string;
  lower: number | null;
  upper: number | null;
  text: string;
}

export function levelChartRows(comparison: VersionComparison, interventionId: string): LevelChartRow[] {
  const intervention = comparison.interventions.find((i) => i.id === interventionId);
  if (!intervention) return [];
  const rows: LevelChartRow[] = [];
  intervention.perVersion.forEach((own, index) => {
    const version = comparison.versions[index];
    if (!own || !version) return;
    const aligned = intervention.alignment === 'aligned';
    const common = intervention.common?.cells[index] ?? null;
    const cells = aligned ? intervention.rows.map((r) => r.cells[index]) : (common ?? own);
    const unit = aligned || common ? chartUnit(intervention) : versionUnit(intervention, index);
    for (const cell of cells) {
      if (!cell) continue;
      rows.push({
        level: cell.label,
        version: version.id,
        unit,
        lower: cell.lower?.value ?? 0,
        upper: cell.upper?.value ?? null,
        text: cell.text,
      });
    }
  });
  return rows;
}

/**
 * Accepted rows of a pasted table become the levels of an intervention. The rows' unit and period become the
 * measure's; their labels become values of the intervention's dimension (found by label, else added, ids
 * derived from the label); each row's words are its citation's quote, under the source and section the council
 * picked. Refused, with the reason, when the accepted rows disagree on unit or period. Pure.
 */
import { idFromLabel, uniqueIdFromLabel } from '../format/ids.ts';
import { type ProposedLevel, type ProposedPlacementLine, parseAge } from './paste-table.ts';

interface DimensionJson {
  id: string;
  kind?: string;
  label: string;
  values: { id: string; label: string; description?: string; fromAge?: unknown; toAge?: unknown }[];
  [key: string]: unknown;
}

interface VersionJson {
  dimensions?: DimensionJson[];
  interventions?: { measure?: Record<string, unknown> }[];
  [key: string]: unknown;
}

/** Whole years, as the format keeps them: "Over 13 år" is from 14; no upper age is null. */
function ageOf(row: ProposedLevel): { fromAge: number | string; toAge: number | string | null } {
  const age = row.age ?? parseAge(row.label);
  if (age === null) return { fromAge: '', toAge: null };
  const fromAge = age.from === null ? 0 : age.fromInclusive ? age.from : age.from + 1;
  const toAge = age.to === null ? null : age.toInclusive ? age.to : age.to - 1;
  return { fromAge, toAge };
}

export type ApplyResult = { ok: true; json: unknown; messages: string[] } | { ok: false; message: string };

export function applyPastedLevels(
  json: unknown,
  interventionIndex: number,
  rows: readonly ProposedLevel[],
  citation: { source: string; section: string },
): ApplyResult {
  const first = rows[0];
  if (!first) return { ok: false, message: 'Ingen rækker er godkendt.' };
  if (rows.some((r) => r.unit !== first.unit || r.period !== first.period)) {
    return {
      ok: false,
      message:
        'De godkendte rækker har forskellige enheder eller perioder; en indsats har én enhed og én periode. Godkend rækkerne fra én tabel ad gangen.',
    };
  }
  const version = structuredClone(json) as VersionJson;
  const intervention = version.interventions?.[interventionIndex];
  if (!intervention) return { ok: false, message: 'Indsatsen findes ikke længere i udkastet.' };
  const dimensions = version.dimensions ?? [];
  version.dimensions = dimensions;
  const messages: string[] = [];
  const isAge = rows.every((r) => r.age !== null);
  const current = intervention.measure?.kind === 'levels' ? String(intervention.measure.dimension ?? '') : '';
  // A dimension fits when it is empty or of the same kind: age bands never go into a severity scale.
  const kind = isAge ? 'age' : 'ordered';
  const fits = (d: DimensionJson) =>
    d.kind === undefined ? d.values.length === 0 : isAge ? d.kind === 'age' : d.kind !== 'age';
  let dimension = dimensions.find((d) => d.id === current && fits(d));
  if (!dimension) {
    const label = isAge ? 'Aldersgruppe' : 'Sværhedsgrad';
    dimension = dimensions.find((d) => d.id === idFromLabel(label) && fits(d));
    if (!dimension) {
      dimension = {
        id: uniqueIdFromLabel(
          label,
          dimensions.map((d) => d.id),
        ),
        kind,
        label,
        values: [],
      };
      dimensions.push(dimension);
      messages.push(`Dimensionen »${label}« er oprettet.`);
    }
  }
  const levels = rows.map((row, index) => {
    const label = row.label || `Niveau ${index + 1}`;
    let value = dimension.values.find((v) => v.label.toLowerCase() === label.toLowerCase());
    if (!value) {
      value = {
        id: uniqueIdFromLabel(
          label,
          dimension.values.map((v) => v.id),
          'niveau',
        ),
        label,
      };
      if (dimension.kind === 'age') Object.assign(value, ageOf(row));
      dimension.values.push(value);
      messages.push(`Værdien »${label}« er tilføjet dimensionen »${dimension.label}«.`);
    }
    return {
      key: value.id,
      text: row.text,
      lower: row.lower,
      upper: row.upper,
      citation: { source: citation.source, section: citation.section, quote: row.quote },
    };
  });
  intervention.measure = {
    kind: 'levels',
    unit: first.unit,
    period: first.period,
    dimension: dimension.id,
    levels,
  };
  messages.push(`${levels.length} niveauer er overført.`);
  return { ok: true, json: version, messages };
}

/**
 * A proposed placement line becomes one of the standard's local rules for the intervention, its row's words
 * both its text and its quote. Pure.
 */
export function applyPlacementLine(
  json: unknown,
  interventionIndex: number,
  row: ProposedPlacementLine,
  citation: { source: string; section: string },
): ApplyResult {
  const version = structuredClone(json) as VersionJson & { rules?: Record<string, unknown>[] };
  const intervention = version.interventions?.[interventionIndex] as { id?: unknown } | undefined;
  if (!intervention) return { ok: false, message: 'Indsatsen findes ikke længere i udkastet.' };
  const rules = version.rules ?? [];
  version.rules = rules;
  const unitWord = { hours: 'timer', days: 'doegn', kroner: 'kr' }[row.unit];
  rules.push({
    id: uniqueIdFromLabel(
      `anbringelse ${row.value} ${unitWord}`,
      rules.map((r) => String(r.id)),
      'regel',
    ),
    kind: 'placement-line',
    interventions: [String(intervention.id ?? '')],
    value: row.value,
    unit: row.unit,
    period: row.period,
    text: row.quote,
    citation: { source: citation.source, section: citation.section, quote: row.quote },
  });
  return {
    ok: true,
    json: version,
    messages: ['Grænsen for anbringelse er tilføjet under »Lokale regler«.'],
  };
}

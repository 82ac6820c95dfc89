/**
 * What a draft changes against the version it was started from, for the print a council approves: each level,
 * intervention and deadline marked new, changed (with its earlier wording) or unchanged, and what was removed.
 * Pure; compares the parsed versions.
 */
import type { Bound, StandardVersion } from '../format/schema.ts';

export type Mark = { kind: 'new' } | { kind: 'changed'; before: string } | { kind: 'same' };

export interface ChangeMarks {
  /** Keyed by `${interventionId}/${levelKey}`. */
  levels: Map<string, Mark>;
  interventions: Map<string, Mark>;
  deadlines: Map<string, Mark>;
  removed: string[];
  /** Other parts of the version that differ from the base, named as the editor's sections name them. */
  other: string[];
}

const OTHER_PARTS: [keyof StandardVersion, string][] = [
  ['municipality', 'Kommune'],
  ['standard', 'Standardens titel, nummer eller nøgle'],
  ['approved', 'Vedtagelse'],
  ['effective', 'Gyldighed'],
  ['sources', 'Kilder'],
  ['legalBasis', 'Lovgrundlag'],
  ['conventions', 'Omregning mellem perioder'],
  ['dimensions', 'Dimensioner'],
  ['rules', 'Lokale regler'],
  ['relatedStandards', 'Andre standarder, den læses med'],
];

/** A level's band in words: "over 60 til og med 84". */
export function bandText(lower: Bound | null, upper: Bound | null): string {
  const from = lower === null ? 'fra 0' : lower.inclusive ? `fra ${lower.value}` : `over ${lower.value}`;
  const to =
    upper === null
      ? 'ingen øvre grænse'
      : upper.inclusive
        ? `til og med ${upper.value}`
        : `under ${upper.value}`;
  return `${from} ${to}`;
}

export function levelSummary(level: { text: string; lower: Bound | null; upper: Bound | null }): string {
  return `${level.text} (${bandText(level.lower, level.upper)})`;
}

export const DEADLINE_UNIT: Record<'days' | 'weeks' | 'months', string> = {
  days: 'dage',
  weeks: 'uger',
  months: 'måneder',
};

export function changesAgainst(draft: StandardVersion, base: StandardVersion | null): ChangeMarks {
  const marks: ChangeMarks = {
    levels: new Map(),
    interventions: new Map(),
    deadlines: new Map(),
    removed: [],
    other: [],
  };
  if (base === null) return marks;
  for (const [key, label] of OTHER_PARTS) {
    if (JSON.stringify(draft[key]) !== JSON.stringify(base[key])) marks.other.push(label);
  }
  for (const intervention of draft.interventions) {
    const before = base.interventions.find((i) => i.id === intervention.id);
    if (!before) {
      marks.interventions.set(intervention.id, { kind: 'new' });
      continue;
    }
    const sameMeasure =
      JSON.stringify({ ...intervention.measure, levels: undefined }) ===
      JSON.stringify({ ...before.measure, levels: undefined });
    marks.interventions.set(
      intervention.id,
      JSON.stringify(intervention) === JSON.stringify(before)
        ? { kind: 'same' }
        : {
            kind: 'changed',
            before: sameMeasure ? 'niveauer eller tekster ændret' : 'enhed, periode eller mål ændret',
          },
    );
    if (intervention.measure.kind !== 'levels') continue;
    const beforeLevels = before.measure.kind === 'levels' ? before.measure.levels : [];
    for (const level of intervention.measure.levels) {
      const old = beforeLevels.find((l) => l.key === level.key);
      const key = `${intervention.id}/${level.key}`;
      if (!old) marks.levels.set(key, { kind: 'new' });
      else if (
        JSON.stringify([old.text, old.lower, old.upper]) !==
        JSON.stringify([level.text, level.lower, level.upper])
      )
        marks.levels.set(key, { kind: 'changed', before: levelSummary(old) });
      else marks.levels.set(key, { kind: 'same' });
    }
    for (const old of beforeLevels) {
      if (!intervention.measure.levels.some((l) => l.key === old.key))
        marks.removed.push(`${intervention.name}: niveauet »${old.key}« (${old.text})`);
    }
  }
  for (const old of base.interventions) {
    if (!draft.interventions.some((i) => i.id === old.id)) marks.removed.push(`Indsatsen »${old.name}«`);
  }
  for (const deadline of draft.deadlines) {
    const old = base.deadlines.find((d) => d.id === deadline.id);
    if (!old) marks.deadlines.set(deadline.id, { kind: 'new' });
    else if (old.amount !== deadline.amount || old.unit !== deadline.unit || old.from !== deadline.from)
      marks.deadlines.set(deadline.id, {
        kind: 'changed',
        before: `${old.amount} ${DEADLINE_UNIT[old.unit]}`,
      });
    else marks.deadlines.set(deadline.id, { kind: 'same' });
  }
  for (const old of base.deadlines) {
    if (!draft.deadlines.some((d) => d.id === old.id)) marks.removed.push(`Fristen »${old.label}«`);
  }
  return marks;
}

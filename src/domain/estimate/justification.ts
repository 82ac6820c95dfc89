/**
 * The justification (begrundelse) a caseworker pastes into a decision letter: the standard, its version and
 * approval, the level and its figures in the words and unit the standard states, the provision in force on
 * the decision date (barnets lov from 2024, with the old serviceloven provision the standard cites), and the
 * sources. Pure; no personal data and no free text of the case: every word comes from the standard, the law
 * data or the figures chosen.
 */
import { formatIsoDate, isIsoDate } from '../case/dates.ts';
import { type LeveledIntervention, levelLabel, positionInLevel } from '../format/levels.ts';
import type { Intervention, Period, Source, StandardVersion } from '../format/schema.ts';
import { type Conventions, convertAmount, formatAmount, PER_PERIOD } from '../format/units.ts';
import { type Certainty, type LawFile, lawInForce, repealedCitations } from '../law/law.ts';
import { formatLegalBasis } from '../law/provision.ts';

export interface JustificationInput {
  version: StandardVersion;
  intervention: Intervention;
  /** The assessed level (a value of the intervention's dimension); null where the intervention has none. */
  levelKey: string | null;
  /** YYYY-MM-DD. */
  decisionDate: string;
  law: LawFile;
  conventions: Conventions;
  /** The amount granted, in any period (optional): above the level, the text says so. */
  amount?: { value: number; period: Period } | null;
}

const CERTAINTY_WORDS: Record<Certainty, string | null> = {
  stated: null,
  verify: 'skal verificeres',
  inferred: 'udledt, skal verificeres',
};

/** A source as a letter cites it: publisher, title and, when it is a public address, the address. */
export function sourceText(source: Pick<Source, 'publisher' | 'title' | 'reference'>): string {
  const address = /^https?:\/\//.test(source.reference) ? `, ${source.reference.split(' ')[0]}` : '';
  return `${source.publisher}: ${source.title}${address}`;
}

function approvalText(version: StandardVersion): string {
  if (version.approved === null) return 'ikke godkendt';
  return `godkendt af ${version.approved.by} den ${formatIsoDate(version.approved.date)}`;
}

function levelSentences(input: JustificationInput): string[] {
  const { version, intervention, levelKey } = input;
  const measure = intervention.measure;
  const name = intervention.name.toLowerCase();
  if (measure.kind === 'frequencies') {
    return [
      `Standarden angiver ingen timetal for ${name}; kontakten kan være ${measure.options.map((o) => o.label.toLowerCase()).join(', ')}, og varigheden er »${measure.duration.text}«.`,
    ];
  }
  if (measure.kind === 'unquantified') return [`Standarden angiver ingen tal for ${name}.`];
  const level = measure.levels.find((l) => l.key === levelKey);
  if (!level) return [`Der er ikke valgt et niveau for ${name}.`];
  const leveled = intervention as LeveledIntervention;
  const sentences = [
    `Barnets behov er vurderet til niveauet »${levelLabel(version, measure, level.key)}«, hvor standarden for ${name} angiver: »${level.text}«.`,
  ];
  const amount = input.amount;
  const inStandard =
    amount && Number.isFinite(amount.value) && amount.value > 0
      ? convertAmount(amount.value, amount.period, measure.period, input.conventions)
      : null;
  const above = inStandard !== null && positionInLevel(inStandard, level) === 'above';
  if (amount && inStandard !== null) {
    const converted =
      amount.period === measure.period
        ? ''
        : ` (${formatAmount(inStandard, leveled.measure.unit)} ${PER_PERIOD[measure.period]})`;
    sentences.push(
      `Der bevilges ${formatAmount(amount.value, measure.unit)} ${PER_PERIOD[amount.period]}${converted}.`,
    );
  }
  if (above) {
    sentences.push(
      'Omfanget ligger over standardens niveau; det kræver en individuel vurdering af barnets behov og en begrundelse.',
    );
  } else if (level.upper === null) {
    sentences.push('Niveauet har ingen øvre grænse, så omfanget fastsættes efter en individuel vurdering.');
  }
  return sentences;
}

/** The provision in force on the decision date, for the intervention's legal bases, and the sources used. */
function lawSentence(input: JustificationInput): { text: string; sources: Source[] } {
  const { intervention, decisionDate, law } = input;
  const inForce = lawInForce(law, decisionDate);
  const repealed = repealedCitations(
    law,
    intervention.legalBasis.map((basis) => ({ basis, citedBy: intervention.name })),
    decisionDate,
  );
  const date = formatIsoDate(decisionDate);
  const sourceIds = new Set<string>();
  const parts = intervention.legalBasis.map((basis) => {
    const cited = formatLegalBasis(basis);
    const moved = repealed.find(
      (r) =>
        r.cited.law === basis.law &&
        r.cited.paragraph === basis.paragraph &&
        r.cited.stk === basis.stk &&
        r.cited.nr === basis.nr,
    );
    if (!moved) return cited;
    if (!moved.mapping) {
      return `${inForce?.name.toLowerCase() ?? 'den lov, der gælder'} (standarden henviser til ${cited}; den tilsvarende bestemmelse skal slås op)`;
    }
    sourceIds.add(moved.mapping.citation.source);
    const until = law.periods.find((p) => p.law === basis.law)?.to;
    const certainty = CERTAINTY_WORDS[moved.mapping.certainty];
    const old = `standarden henviser til ${cited}, som gjaldt${until ? ` til og med ${formatIsoDate(until)}` : ' tidligere'}`;
    return `${formatLegalBasis(moved.mapping.after)} (${certainty ? `${certainty}; ` : ''}${old})`;
  });
  return {
    text: `Afgørelsen træffes den ${date} efter ${parts.join(' og ')}.`,
    sources: law.sources.filter((s) => sourceIds.has(s.id)),
  };
}

/** The justification paragraph, or null where the decision date is not a date. */
export function justificationText(input: JustificationInput): string | null {
  const { version, intervention } = input;
  if (!isIsoDate(input.decisionDate)) return null;
  const opening = `Afgørelsen bygger på ${version.municipality}s kvalitetsstandard nr. ${version.standard.number}, »${version.standard.title}« (version ${version.id}, ${approvalText(version)}), om ${intervention.name.toLowerCase()}.`;
  const law = lawSentence(input);
  const standardSources = version.sources.filter((s) => s.kind === 'standard');
  const sources = [...(standardSources.length > 0 ? standardSources : version.sources), ...law.sources];
  return [opening, ...levelSentences(input), law.text, `Kilder: ${sources.map(sourceText).join('; ')}.`].join(
    ' ',
  );
}

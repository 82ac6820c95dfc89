import { assessAmount, readAmount } from '../../domain/estimate/estimate.ts';
import { describeBand, type LeveledIntervention, levelLabel } from '../../domain/format/levels.ts';
import type { Level, Period, StandardVersion } from '../../domain/format/schema.ts';
import { type Conventions, formatAmount, PER_PERIOD } from '../../domain/format/units.ts';
import { CitationText } from '../../shared/ui/Citation.tsx';
import { AmountField } from './AmountField.tsx';

/**
 * A proposed amount as typed, and the period it is given per (at first the standard's own). Held by the
 * estimate view, so the justification below can take it.
 */
export interface ProposedInput {
  text: string;
  period: Period;
}

/** A proposed amount in any period, checked against the chosen level. */
export function ProposedAmount(props: {
  version: StandardVersion;
  intervention: LeveledIntervention;
  level: Level;
  levels: Level[];
  conventions: Conventions;
  input: ProposedInput;
  onInput: (input: ProposedInput) => void;
}) {
  const { version, intervention, level, conventions, input, onInput } = props;
  const measure = intervention.measure;
  const { text, period } = input;
  const setText = (value: string) => onInput({ text: value, period });
  const setPeriod = (value: Period) => onInput({ text, period: value });

  // What is wrong, in words: the reader's message (an ambiguous "1.5"), the sign, or the calendar's limit
  // (a week has 168 hours); the same reading as every amount field of the app.
  const { value: parsed, problem } = readAmount(text, measure.unit, period);
  const assessment =
    problem === null && parsed !== null
      ? assessAmount(version, intervention, level, parsed, period, conventions)
      : null;
  const label = (key: string) => `»${levelLabel(version, measure, key)}«`;
  const inStandard = assessment ? formatAmount(assessment.amountInStandardPeriod, measure.unit) : '';
  const converted =
    assessment && period !== measure.period
      ? ` svarer til ${inStandard} ${PER_PERIOD[measure.period]} og`
      : '';

  let verdict = null;
  if (assessment && parsed !== null) {
    const proposed = `${formatAmount(parsed, measure.unit)} ${PER_PERIOD[period]}`;
    const band = describeBand(level, measure);
    const dimension = version.dimensions.find((d) => d.id === measure.dimension);
    const isBand = dimension?.kind === 'age';
    const where = assessment.inGap
      ? ' Omfanget ligger i et hul mellem standardens niveauer: intet niveau dækker det.'
      : assessment.matchingLevels.length > 0
        ? ` Omfanget svarer til niveauet ${assessment.matchingLevels.map(label).join(' og ')}.`
        : '';
    if (assessment.position === null) {
      verdict = (
        <p className="alert alert-info">
          <strong>Intet tal at sammenligne med.</strong> Standarden angiver intet omfang for{' '}
          {label(level.key)}; {proposed}
          {converted} afgøres ved individuel vurdering og skal begrundes.
        </p>
      );
    } else if (assessment.position === 'within') {
      verdict = (
        <p className="alert alert-ok">
          <strong>Inden for {isBand ? 'båndet' : 'niveauet'}.</strong> {proposed}
          {converted} ligger inden for {label(level.key)} ({band}).
          {assessment.openEnded &&
            ' Niveauet har ingen øvre grænse: omfanget afgøres ved individuel vurdering og skal begrundes.'}
        </p>
      );
    } else if (assessment.position === 'above') {
      verdict = (
        <p className="alert alert-warn">
          <strong>{isBand ? 'Over båndets loft.' : 'Over niveauet.'}</strong> {proposed}
          {converted} ligger over {label(level.key)} ({band}). Et omfang over{' '}
          {isBand ? 'båndets loft' : 'niveauet'} kræver en individuel vurdering og en begrundelse.{where}
        </p>
      );
    } else {
      verdict = (
        <p className="alert alert-info">
          <strong>Under {isBand ? 'båndet' : 'niveauet'}.</strong> {proposed}
          {converted} ligger under {label(level.key)} ({band}).{where}
        </p>
      );
    }
  }
  const placement = assessment?.placement ?? null;

  return (
    <fieldset className="no-print-border">
      <legend>Foreslået omfang</legend>
      <AmountField
        label={`Antal ${measure.unit === 'hours' ? 'timer' : 'døgn'}`}
        periodLabel="Pr."
        errorLabel="Antal"
        text={text}
        period={period}
        problem={problem}
        onText={setText}
        onPeriod={setPeriod}
      />
      <div role="status" aria-live="polite">
        {verdict}
        {placement ? (
          <p className="alert alert-warn">
            <strong>Ved eller over standardens grænse for anbringelse.</strong>{' '}
            {formatAmount(placement.amountInRulePeriod, placement.rule.unit)}{' '}
            {PER_PERIOD[placement.rule.period]} er mindst{' '}
            {formatAmount(placement.rule.value, placement.rule.unit)} {PER_PERIOD[placement.rule.period]}.{' '}
            {version.municipality}: <CitationText version={version} citation={placement.rule.citation} />
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}

import { type ReactNode, Suspense, useId, useState } from 'react';
import { bandInPeriods, rulesFor } from '../../domain/estimate/estimate.ts';
import { standardName } from '../../domain/format/catalog.ts';
import {
  describeBand,
  hasLevels,
  type LeveledIntervention,
  levelLabel,
  orderedLevels,
} from '../../domain/format/levels.ts';
import { weeksPerYearProblem } from '../../domain/format/limits.ts';
import type { LintFinding } from '../../domain/format/lint.ts';
import type {
  Bound,
  Evidence,
  Intervention,
  Level,
  StandardVersion,
  Unit,
} from '../../domain/format/schema.ts';
import {
  type Conventions,
  formatNumber,
  PERIOD_LABEL,
  readDanishNumber,
  UNIT_LABEL,
} from '../../domain/format/units.ts';
import { CitationText, formatLegalBasis } from '../../shared/ui/Citation.tsx';
import { OnDemandHost, onDemand } from '../../shared/ui/onDemand.ts';
import { Table } from '../../shared/ui/Table.tsx';
import type { ProposedInput } from './ProposedAmount.tsx';

/**
 * The check of a proposed amount: its code loads while the standards do (preloadEstimateParts, called when
 * the estimate view mounts), so it is there when the figures are and never holds up the first page.
 */
const PROPOSED_AMOUNT = onDemand(() => import('./ProposedAmount.tsx').then((m) => m.ProposedAmount));

export function preloadProposedAmount(): Promise<unknown> {
  return PROPOSED_AMOUNT.preload();
}

/** Footnotes: every figure on the page points to one, and the list prints with the page. */
class Notes {
  readonly items: { key: string; node: ReactNode }[] = [];
  constructor(private readonly prefix: string) {}
  ref(key: string, node: ReactNode): ReactNode {
    let index = this.items.findIndex((item) => item.key === key);
    if (index === -1) {
      this.items.push({ key, node });
      index = this.items.length - 1;
    }
    const n = index + 1;
    return (
      <sup>
        <a href={`#${this.prefix}-${n}`} aria-label={`kilde ${n}`}>
          [{n}]
        </a>
      </sup>
    );
  }
}

export function InterventionDetails(props: {
  version: StandardVersion;
  intervention: Intervention;
  levelKey: string | null;
  findings: LintFinding[];
  proposed: ProposedInput;
  onProposed: (input: ProposedInput) => void;
}) {
  const { version, intervention } = props;
  const prefix = useId().replace(/:/g, '');
  const weeksId = useId();
  const [weeksText, setWeeksText] = useState(formatNumber(version.conventions.weeksPerYear.value));
  const notes = new Notes(`kilde${prefix}`);
  const cite = (citation: Evidence) => (
    <>
      <CitationText version={version} citation={citation} />
    </>
  );
  const legal = intervention.legalBasis.map((basis) => (
    <span key={formatLegalBasis(basis)}>
      {formatLegalBasis(basis)}
      {notes.ref(`legal-${formatLegalBasis(basis)}`, cite(basis.citation))}{' '}
    </span>
  ));

  const purposeRef = notes.ref('purpose', cite(intervention.purpose.citation));
  const rules = rulesFor(version, intervention.id);
  let body: ReactNode;
  if (hasLevels(intervention)) {
    const level = orderedLevels(version, intervention.measure).find((l) => l.key === props.levelKey);
    body = level ? (
      levelBody({
        version,
        intervention,
        level,
        notes,
        findings: props.findings.filter(
          (f) => f.interventionId === intervention.id && f.severity === 'warning',
        ),
        weeksId,
        weeksText,
        setWeeksText,
        proposed: props.proposed,
        onProposed: props.onProposed,
      })
    ) : (
      <p>Vælg et niveau.</p>
    );
  } else if (intervention.measure.kind === 'frequencies') {
    const measure = intervention.measure;
    body = (
      <>
        <p>
          Standarden fastsætter ingen timetal eller niveauer for denne indsats. Den beskriver, hvor ofte der
          kan være kontakt, og hvor længe indsatsen kan vare.
        </p>
        <h3>Kontakthyppighed{notes.ref('options', cite(measure.optionsCitation))}</h3>
        <ul>
          {measure.options.map((option) => (
            <li key={option.id}>{option.label}</li>
          ))}
        </ul>
        <h3>Varighed</h3>
        <p>
          {measure.duration.text}
          {notes.ref('duration', cite(measure.duration.citation))}
        </p>
      </>
    );
  } else if (intervention.measure.kind === 'unquantified') {
    body = <p>Standarden fastsætter ingen tal for denne indsats. {intervention.measure.note}</p>;
  }

  return (
    <section aria-labelledby={`${prefix}-title`} className="intervention-details">
      <h2 id={`${prefix}-title`}>
        {intervention.name}
        {hasLevels(intervention) && props.levelKey
          ? `: ${levelLabel(version, intervention.measure, props.levelKey)}`
          : ''}
      </h2>
      <p>
        {version.municipality}, {standardName(version).replace('standard', 'kvalitetsstandard')} ({version.id}
        ). Lovgrundlag: {legal}
      </p>
      <p>
        Formål: {intervention.purpose.text}
        {purposeRef}
      </p>
      {body}
      {rules.length > 0 && (
        <>
          <h3>{version.municipality}s egne regler for indsatsen</h3>
          <ul>
            {rules.map((rule) => (
              <li key={rule.id}>
                {rule.text}
                {notes.ref(`rule-${rule.id}`, cite(rule.citation))}
              </li>
            ))}
          </ul>
        </>
      )}
      {intervention.legalLimits.length > 0 && (
        <>
          <h3>Grænser fastsat i loven</h3>
          <ul>
            {intervention.legalLimits.map((limit) => (
              <li key={limit.id}>
                {limit.label}
                {notes.ref(`limit-${limit.id}`, cite(limit.citation))}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 id={`${prefix}-notes`}>Kilder</h3>
      <ol className="footnotes" aria-labelledby={`${prefix}-notes`}>
        {notes.items.map((item, index) => (
          <li key={item.key} id={`kilde${prefix}-${index + 1}`}>
            {item.node}
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * The figures of one level. A plain function, not a component: it registers its footnotes while the parent
 * renders, so the list of sources below is complete.
 */
function levelBody(props: {
  version: StandardVersion;
  intervention: LeveledIntervention;
  level: Level;
  notes: Notes;
  findings: LintFinding[];
  weeksId: string;
  weeksText: string;
  setWeeksText: (text: string) => void;
  proposed: ProposedInput;
  onProposed: (input: ProposedInput) => void;
}) {
  const { version, intervention, level, notes, weeksId, weeksText, setWeeksText } = props;
  const measure = intervention.measure;
  const fileWeeks = version.conventions.weeksPerYear;
  const readWeeks = readDanishNumber(weeksText);
  const parsedWeeks = readWeeks.ok ? readWeeks.value : null;
  const weeksError = !readWeeks.ok
    ? readWeeks.message
    : parsedWeeks === null
      ? 'skriv et tal, fx 52'
      : weeksPerYearProblem(parsedWeeks);
  const conventions: Conventions = {
    weeksPerYear: weeksError === null && parsedWeeks !== null ? parsedWeeks : fileWeeks.value,
    monthsPerYear: version.conventions.monthsPerYear.value,
  };
  const userChangedWeeks = conventions.weeksPerYear !== fileWeeks.value;

  const levelRef = notes.ref('level', <CitationText version={version} citation={level.citation} />);
  const conventionRef = (what: 'weeksPerYear' | 'monthsPerYear') => {
    const convention = version.conventions[what];
    const label = what === 'weeksPerYear' ? 'uger pr. år' : 'måneder pr. år';
    const value = what === 'weeksPerYear' ? conventions.weeksPerYear : conventions.monthsPerYear;
    return notes.ref(
      `convention-${what}-${value}`,
      convention.basis === 'stated' && !(what === 'weeksPerYear' && userChangedWeeks) ? (
        <>
          Omregning med {formatNumber(value)} {label}:{' '}
          <CitationText version={version} citation={convention.citation} />
        </>
      ) : what === 'weeksPerYear' && userChangedWeeks ? (
        <>
          Antagelse: {formatNumber(value)} {label}, indtastet i beregningen (standardfilen bruger{' '}
          {formatNumber(convention.value)}).
        </>
      ) : (
        <>
          Antagelse: {formatNumber(value)} {label}. {convention.basis === 'assumption' ? convention.note : ''}
        </>
      ),
    );
  };
  const bandRows = bandInPeriods(level, intervention, conventions);
  const impliedRef =
    level.lower && !level.lower.stated
      ? notes.ref('implied-lower', <>Afledt grænse: {level.lower.note}</>)
      : null;
  const unit = measure.unit;
  // The proposed amount, loaded on demand, under either kind of level.
  const proposedAmount = (
    <Suspense fallback={null}>
      <OnDemandHost
        component={PROPOSED_AMOUNT}
        props={{
          version,
          intervention,
          level,
          conventions,
          levels: orderedLevels(version, measure),
          input: props.proposed,
          onInput: props.onProposed,
        }}
      />
    </Suspense>
  );

  if (level.individualAssessment === true) {
    return (
      <>
        <p>
          Standardens ord: <q>{level.text}</q>
          {levelRef}. Standarden angiver intet tal for niveauet: omfanget afgøres ved individuel vurdering og
          skal begrundes.
        </p>
        {proposedAmount}
      </>
    );
  }
  return (
    <>
      <p>
        Standardens ord: <q>{level.text}</q>
        {levelRef}. Det svarer til {describeBand(level, measure)}.
      </p>
      {props.findings.map((finding) => (
        <p key={finding.message} className="alert alert-warn">
          Bemærk: {finding.message}
        </p>
      ))}
      <Table label="Omfang pr. uge, måned og år">
        <caption>Omfang pr. uge, måned og år</caption>
        <thead>
          <tr>
            <th scope="col">Periode</th>
            <th scope="col">Fra</th>
            <th scope="col">Til</th>
            <th scope="col">Grundlag</th>
          </tr>
        </thead>
        <tbody>
          {bandRows.map((row) => {
            const own = row.period === measure.period;
            const refs = own ? (
              <>Standardens tal{levelRef}</>
            ) : (
              <>
                Omregnet fra standardens tal{levelRef}: {row.formula}
                {(row.period === 'week' || measure.period === 'week') && conventionRef('weeksPerYear')}
                {(row.period === 'month' || measure.period === 'month') && conventionRef('monthsPerYear')}
              </>
            );
            return (
              <tr key={row.period}>
                <th scope="row">Pr. {PERIOD_LABEL[row.period]}</th>
                <td className="num">
                  {formatLower(row.lower, unit, level.lower)}
                  {impliedRef}
                </td>
                <td className="num">{formatUpper(row.upper, unit)}</td>
                <td>{refs}</td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      <div className="field no-print">
        <label htmlFor={weeksId}>Uger pr. år (antagelse)</label>
        <input
          id={weeksId}
          inputMode="decimal"
          value={weeksText}
          aria-describedby={`${weeksId}-hint`}
          aria-invalid={weeksError !== null}
          onChange={(event) => setWeeksText(event.target.value)}
        />
        <p className="hint" id={`${weeksId}-hint`}>
          {fileWeeks.basis === 'assumption'
            ? `Standarden angiver ikke, hvor mange uger et år regnes til; filen antager ${formatNumber(fileWeeks.value)}.`
            : `Standarden angiver ${formatNumber(fileWeeks.value)} uger pr. år.`}
        </p>
        {weeksError && (
          <p className="field-error" role="alert">
            Uger pr. år: {weeksError}. Beregningen bruger {formatNumber(fileWeeks.value)}.
          </p>
        )}
      </div>
      {proposedAmount}
    </>
  );
}

function amountText(value: number, unit: Unit): string {
  return `${formatNumber(value)} ${value === 1 ? UNIT_LABEL[unit].one : UNIT_LABEL[unit].many}`;
}

function formatLower(bound: Bound | null, unit: Unit, original: Bound | null): string {
  if (bound === null) return 'ikke angivet';
  const text = `${bound.inclusive ? 'mindst' : 'over'} ${amountText(bound.value, unit)}`;
  return original && !original.stated ? `${text} (afledt)` : text;
}

function formatUpper(bound: Bound | null, unit: Unit): string {
  if (bound === null) return 'ingen øvre grænse – individuel vurdering';
  return `${bound.inclusive ? 'højst' : 'under'} ${amountText(bound.value, unit)}`;
}

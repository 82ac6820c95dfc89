/**
 * Frister: the caseworker enters the dates of a case and sees every deadline of the standard and the law,
 * with its date, status, rule and citation, the law in force, and can download them as a calendar file or
 * print them. The arithmetic and the rules are in src/domain/deadlines.ts; this only arranges them.
 */
import { useDeferredValue, useId } from 'react';
import { END_OF_MONTH_POLICY } from '../../domain/case/date-arithmetic.ts';
import { dateProblem, formatIsoDate, isDateInRange, todayIso } from '../../domain/case/dates.ts';
import {
  type ComputedDeadline,
  checkCaseDates,
  computeDeadlines,
  DUE_SOON_DAYS,
  fallbackLawDate,
  SINGLE_EVENTS,
  type SingleEvent,
} from '../../domain/case/deadlines.ts';
import { standardName, versionInForce } from '../../domain/format/catalog.ts';
import type { StandardVersion } from '../../domain/format/schema.ts';
import { type LawFile, lawInForce } from '../../domain/law/law.ts';
import { LawInForceNotice } from '../../shared/law/LawInForceNotice.tsx';
import { formatProvision, useLawFile } from '../../shared/law/lawFile.ts';
import { useLandingMunicipality } from '../../shared/standards/homeMunicipality.ts';
import { useStandardCatalog } from '../../shared/standards/queries.ts';
import { SetAsideNotice } from '../../shared/storage/SetAsideNotice.tsx';
import { safeSessionStorage } from '../../shared/storage/storedList.ts';
import { DateInput } from '../../shared/ui/DateInput.tsx';
import { downloadText } from '../../shared/ui/download.ts';
import { ErrorSummary } from '../../shared/ui/ErrorSummary.tsx';
import { Table } from '../../shared/ui/Table.tsx';
import { CadenceQuestion } from './CadenceQuestion.tsx';
import { deadlinesCalendar, sourceTitle } from './calendar.ts';
import { countText, EVENT_LABEL, periodText, statusClass, statusText } from './deadlineText.ts';
import { ProcessingDeadlineSection } from './ProcessingDeadlineSection.tsx';
import { toCadence, useCadence } from './useCadence.ts';
import {
  CASE_DATES_KEY,
  MAX_FOLLOW_UPS,
  type StoredCase,
  toCaseDates,
  useCaseDates,
} from './useCaseDates.ts';
import './deadlines.css';
import { ViewHeading } from '../../shared/ui/ViewIntro.tsx';
import { DEADLINES_INTRO } from './intro.ts';

export function DeadlinesView() {
  const catalog = useStandardCatalog();
  const law = useLawFile();
  const [stored, update, clear] = useCaseDates();
  // Until every standard and the law are in, nothing below the introduction is shown: parts that arrive
  // first would be pushed down by the rest (a layout shift). What is shown then comes in a deferred render (a
  // transition, rendered in slices): the law's arrival is an urgent update, which React renders in one task.
  const pending = !useDeferredValue(!(catalog.loading || law.status === 'pending'));

  return (
    <section aria-labelledby={DEADLINES_INTRO.headingId} className={DEADLINES_INTRO.sectionClass}>
      <ViewHeading intro={DEADLINES_INTRO} />
      <SetAsideNotice
        storage={safeSessionStorage()}
        baseKey={CASE_DATES_KEY}
        title="Nogle af sagens gemte datoer kunne ikke læses"
        fileStem="frister"
      />
      {pending || law.status === 'pending' ? (
        <p role="status">{DEADLINES_INTRO.loading}</p>
      ) : law.status === 'error' ? (
        <div className="alert alert-error" role="alert">
          Lovdata (national/law.json) kunne ikke indlæses: {law.error.message}
        </div>
      ) : catalog.loaded.length === 0 ? (
        <div className="alert alert-error" role="alert">
          Ingen standard kunne indlæses, så fristerne kan ikke vises.
        </div>
      ) : (
        <DeadlinesForCase
          versions={catalog.loaded.map((l) => l.version)}
          law={law.data}
          stored={stored}
          update={update}
          clear={clear}
        />
      )}
      {!pending && law.status === 'success' ? (
        <ProcessingDeadlineSection
          law={law.data}
          reference={stored.reference && isDateInRange(stored.reference) ? stored.reference : todayIso()}
        />
      ) : null}
      <p className="print-only">Udskrevet den {formatIsoDate(todayIso())}.</p>
    </section>
  );
}

function DeadlinesForCase({
  versions,
  law,
  stored,
  update,
  clear,
}: {
  versions: StandardVersion[];
  law: LawFile;
  stored: StoredCase;
  update: (fn: (current: StoredCase) => StoredCase) => void;
  clear: () => void;
}) {
  const id = useId();
  const today = todayIso();
  const reference = stored.reference && isDateInRange(stored.reference) ? stored.reference : today;
  const dates = toCaseDates(stored);
  const decisionDate = dates.events['decision-made'];
  const lawDate = fallbackLawDate(dates, reference);
  const withDeadlines = versions.filter((v) => v.deadlines.length > 0);
  // Start with the home municipality's standards (the deployment's, or the one chosen in this browser).
  const home = useLandingMunicipality(versions);
  const defaultVersion =
    versionInForce(
      withDeadlines.filter((v) => v.municipality === home),
      lawDate,
    ) ??
    versionInForce(withDeadlines, lawDate) ??
    versionInForce(versions, lawDate);
  const chosen = versions.find((v) => v.id === stored.versionId) ?? null;
  const version = chosen ?? defaultVersion;
  const problems = checkCaseDates(dates, EVENT_LABEL);
  const [cadence, updateCadence, clearCadence] = useCadence();
  const rows = version
    ? computeDeadlines({ version, law, dates, reference, cadence: toCadence(cadence) })
    : [];
  // Asked once a follow-up under barnets lov is entered (the cadence is decided at the first follow-up), or
  // when an answer is already given, so it can be changed.
  const caseDecides = rows.find(
    (r) => r.cadence !== null && r.origin === 'standard' && (r.fromDate !== null || cadence.choice !== null),
  );
  const inForce = lawInForce(law, lawDate);
  const anyClamped = rows.some((r) => r.clamped);

  /** The problems with one date field, said at the field (the summary above the deadlines links to it). */
  const fieldError = (field: SingleEvent | 'follow-up-held', index?: number): string | null =>
    problems
      .filter((p) => p.field === field && (index === undefined || p.index === index))
      .map((p) => p.message)
      .join(' ') || null;

  const setEvent = (event: SingleEvent, value: string) =>
    update((c) => ({ ...c, events: { ...c.events, [event]: value === '' ? null : value } }));

  return (
    <>
      <form
        className="deadlines-form no-print"
        onSubmit={(e) => e.preventDefault()}
        aria-label="Sagens datoer"
      >
        <div className="field">
          <label htmlFor={`${id}-version`}>Standard</label>
          <select
            id={`${id}-version`}
            value={version?.id ?? ''}
            onChange={(e) => update((c) => ({ ...c, versionId: e.target.value || null }))}
            aria-describedby={`${id}-version-hint`}
          >
            {version === null ? <option value="">Vælg en standard</option> : null}
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.municipality}, {standardName(v)} ({formatIsoDate(v.effective.from)})
                {v.id === defaultVersion?.id ? ' – gældende' : ''}
              </option>
            ))}
          </select>
          <p className="hint" id={`${id}-version-hint`}>
            Forvalgt: den version, der gælder på {decisionDate ? 'afgørelsesdatoen' : 'referencedatoen'}{' '}
            {formatIsoDate(lawDate)}.
          </p>
        </div>
        <fieldset>
          <legend>Sagens datoer</legend>
          <div className="field-row">
            {SINGLE_EVENTS.map((event) => (
              <DateInput
                key={event}
                id={`${id}-${event}`}
                legend={EVENT_LABEL[event]}
                value={stored.events[event] ?? ''}
                onChange={(value) => setEvent(event, value)}
                error={fieldError(event)}
              />
            ))}
          </div>
          <fieldset>
            <legend>Opfølgninger holdt</legend>
            {stored.followUps.length === 0 ? <p className="hint">Ingen opfølgninger indtastet.</p> : null}
            <ol className="follow-up-list">
              {stored.followUps.map((value, index) => (
                // Follow-ups have no identity beyond their position in the list.
                // biome-ignore lint/suspicious/noArrayIndexKey: the list is edited by position only
                <li key={index} className="field-row">
                  <DateInput
                    id={`${id}-fu-${index}`}
                    legend={`Opfølgning nr. ${index + 1}`}
                    value={value}
                    error={fieldError('follow-up-held', index)}
                    onChange={(next) =>
                      update((c) => ({
                        ...c,
                        followUps: c.followUps.map((f, i) => (i === index ? next : f)),
                      }))
                    }
                  />
                  <button
                    type="button"
                    className="secondary"
                    onClick={() =>
                      update((c) => ({ ...c, followUps: c.followUps.filter((_, i) => i !== index) }))
                    }
                  >
                    Fjern opfølgning nr. {index + 1}
                  </button>
                </li>
              ))}
            </ol>
            <button
              type="button"
              className="secondary"
              disabled={stored.followUps.length >= MAX_FOLLOW_UPS}
              aria-describedby={`${id}-fu-cap`}
              onClick={() =>
                update((c) =>
                  c.followUps.length >= MAX_FOLLOW_UPS ? c : { ...c, followUps: [...c.followUps, ''] },
                )
              }
            >
              Tilføj opfølgning
            </button>
            <p className="hint" id={`${id}-fu-cap`}>
              Højst {MAX_FOLLOW_UPS} opfølgninger.
            </p>
          </fieldset>
          <DateInput
            id={`${id}-reference`}
            legend="Referencedato for status"
            value={stored.reference ?? today}
            hint="Status regnes i forhold til denne dato (som standard i dag)."
            error={
              stored.reference !== null && dateProblem(stored.reference) !== null
                ? `Referencedato for status: ${dateProblem(stored.reference)}; status regnes i forhold til i dag.`
                : null
            }
            onChange={(value) => update((c) => ({ ...c, reference: value === '' ? null : value }))}
          />
          <button
            type="button"
            className="secondary"
            onClick={() => {
              clear();
              clearCadence();
            }}
          >
            Ryd alle datoer
          </button>
        </fieldset>
      </form>

      <dl className="deadlines-print-dates">
        {version ? (
          <div>
            <dt>Standard</dt>
            <dd>
              {version.municipality}, {standardName(version)} ({version.id})
            </dd>
          </div>
        ) : null}
        {SINGLE_EVENTS.map((event) => (
          <div key={event}>
            <dt>{EVENT_LABEL[event]}</dt>
            <dd>{dates.events[event] ? formatIsoDate(dates.events[event]) : '–'}</dd>
          </div>
        ))}
        <div>
          <dt>Opfølgninger holdt</dt>
          <dd>
            {dates.followUps
              .filter((f) => f !== '')
              .map(formatIsoDate)
              .join(', ') || '–'}
          </dd>
        </div>
        <div>
          <dt>Referencedato for status</dt>
          <dd>{formatIsoDate(reference)}</dd>
        </div>
      </dl>

      <ErrorSummary
        heading="Tjek datoerne"
        errors={problems.map((p) => ({
          fieldId: p.field === 'follow-up-held' ? `${id}-fu-${p.index ?? 0}` : `${id}-${p.field}`,
          message: p.message,
        }))}
      />

      <h2>Gældende lov</h2>
      <p>
        {inForce ? (
          <>
            Den {formatIsoDate(lawDate)} ({decisionDate ? 'afgørelsesdatoen' : 'referencedatoen'}) gælder{' '}
            <strong>{inForce.name.toLowerCase()}</strong> for børnenes bestemmelser
            {inForce.from ? ` (fra ${formatIsoDate(inForce.from)})` : ''}
            {inForce.to ? ` (til og med ${formatIsoDate(inForce.to)})` : ''}. Hver frist nedenfor nævner loven
            på den dato, fristen regnes fra.
          </>
        ) : (
          <>Lovdata dækker ikke {formatIsoDate(lawDate)}.</>
        )}
      </p>
      {version ? <LawInForceNotice version={version} decisionDate={lawDate} /> : null}
      {caseDecides ? (
        <CadenceQuestion
          stored={cadence}
          update={updateCadence}
          localRule={periodText(
            version?.deadlines.find((d) => d.id === caseDecides.id)?.amount ?? caseDecides.amount,
            version?.deadlines.find((d) => d.id === caseDecides.id)?.unit ?? caseDecides.unit,
          )}
        />
      ) : null}

      {version === null ? (
        <p className="alert alert-warn">
          Ingen standard gælder den {formatIsoDate(lawDate)}. Vælg en standard ovenfor for at se dens frister.
        </p>
      ) : (
        <DeadlineTable rows={rows} version={version} law={law} reference={reference} />
      )}

      {anyClamped ? (
        <p className="hint" id={`${id}-clamp`}>
          <span aria-hidden="true">*</span> {END_OF_MONTH_POLICY}
        </p>
      ) : null}

      {version ? (
        <div className="deadline-actions no-print">
          <button
            type="button"
            disabled={!rows.some((r) => r.date !== null)}
            onClick={() =>
              downloadText(
                `frister-${reference}.ics`,
                deadlinesCalendar(rows, version, law, reference, new Date()),
                'text/calendar;charset=utf-8',
              )
            }
          >
            Hent kalenderfil (.ics)
          </button>
          <button type="button" className="secondary" onClick={() => window.print()}>
            Udskriv
          </button>
          {!rows.some((r) => r.date !== null) ? (
            <p className="hint">Kalenderfilen kan hentes, når mindst én frist har en dato.</p>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

function DeadlineTable({
  rows,
  version,
  law,
  reference,
}: {
  rows: ComputedDeadline[];
  version: StandardVersion;
  law: LawFile;
  reference: string;
}) {
  const dated = rows.filter((r) => r.date !== null);
  const overdue = rows.filter((r) => r.status.kind === 'overdue').length;
  const due = rows.filter((r) => r.status.kind === 'due').length;
  const late = rows.filter((r) => r.status.kind === 'met-late').length;
  return (
    <>
      <h2>Frister</h2>
      {version.deadlines.length === 0 ? (
        <p className="alert alert-info">
          Denne version af standarden fastsætter ingen frister. Nedenfor står kun de frister, der følger af
          lovdata.
        </p>
      ) : null}
      <p role="status" className="deadline-summary">
        {rows.length} frister, {dated.length} med dato. Status pr. {formatIsoDate(reference)}: {overdue}{' '}
        overskredet, {late} nået for sent, {due} forfalder inden for {DUE_SOON_DAYS} dage.
      </p>
      <Table className="deadline-table" label="Tabel over fristerne">
        <caption>
          Frister efter {version.municipality}s standard nr. {version.standard.number} og loven, sorteret
          efter dato
        </caption>
        <thead>
          <tr>
            <th scope="col">Frist</th>
            <th scope="col">Dato</th>
            <th scope="col">Status</th>
            <th scope="col">Regel og kilde</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={statusClass(row.status)}>
              <th scope="row">
                {row.label}
                {row.occurrence > 1 || (row.from === 'follow-up-held' && row.fromDate) ? (
                  <span className="hint"> (efter opfølgning nr. {row.occurrence})</span>
                ) : null}
              </th>
              <td className="num">
                {row.date ? formatIsoDate(row.date) : '–'}
                {row.clamped ? (
                  <span className="clamp-note">
                    {' '}
                    <span aria-hidden="true">*</span> rykket til månedens sidste dag
                  </span>
                ) : null}
                {row.earlierAtApplied ? (
                  <span className="clamp-note"> undersøgelsens afslutning kommer før 3 måneder</span>
                ) : null}
              </td>
              <td>{statusText(row.status)}</td>
              <td>
                <RuleCell row={row} version={version} law={law} />
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}

function RuleCell({ row, version, law }: { row: ComputedDeadline; version: StandardVersion; law: LawFile }) {
  const who =
    row.origin === 'national'
      ? row.party === 'family'
        ? 'Familiens frist'
        : 'Lovens frist (ikke i standarden)'
      : row.setBy === 'case'
        ? 'Besluttet i sagen'
        : row.cadence === 'unanswered'
          ? 'Fastsættes i sagen'
          : row.cadence === 'local'
            ? 'Lokal regel (standardens)'
            : row.setBy === 'municipality'
              ? 'Kommunens egen regel'
              : 'Lovens frist, gengivet i standarden';
  return (
    <div className="rule">
      <p>
        <strong>{who}:</strong>{' '}
        {row.cadence === 'unanswered' ? 'hyppigheden er ikke angivet endnu' : countText(row)}.
      </p>
      {row.setByNote ? <p className="rule-note">{row.setByNote}</p> : null}
      {row.note ? <p className="rule-note">{row.note}</p> : null}
      {row.setBy === 'case' && row.lawRule ? (
        <p className="citation">
          <cite>{lawSourceTitle(law, row.lawRule.citation.source)}</cite>, afsnit »
          {row.lawRule.citation.section}
          «: <q>{row.lawRule.citation.quote}</q>
        </p>
      ) : (
        <p className="citation">
          <cite>{sourceTitle(row, version, law)}</cite>, afsnit »{row.citation.section}«:{' '}
          <q>{row.citation.quote}</q>
        </p>
      )}
      {row.lawRule ? (
        <p className="law-line">
          Gældende lov den {formatIsoDate(row.lawDate)}: {formatProvision(row.lawRule.provision)}
          {row.lawRule.figure === 'case' ? ' (hyppigheden fastsættes i sagen)' : ''}.
        </p>
      ) : null}
      {row.lawOnDeadline ? (
        <p className="law-line">
          Loven skifter i fristens løbetid: på fristens dato gælder {row.lawOnDeadline.name.toLowerCase()}{' '}
          (fra {row.lawOnDeadline.from ? formatIsoDate(row.lawOnDeadline.from) : '–'}).
        </p>
      ) : null}
      {!row.lawRule && row.provision ? (
        <p className="law-line">Hjemmel: {formatProvision(row.provision)}.</p>
      ) : null}
    </div>
  );
}

function lawSourceTitle(law: LawFile, id: string): string {
  const source = law.sources.find((s) => s.id === id);
  return source ? `${source.publisher}: ${source.title} (${source.reference})` : id;
}

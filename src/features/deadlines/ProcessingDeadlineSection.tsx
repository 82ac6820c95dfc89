/**
 * Sagsbehandlingsfrist: for the chosen municipality and the help applied for, the deadline from the date the
 * application (or complaint, notification, …) was received, its status and its source, in the unit the
 * municipality states (working days count Monday–Friday except Danish public holidays). The arithmetic is in
 * src/domain/case/; this only arranges it.
 */
import { useId } from 'react';
import { dateProblem, formatIsoDate, isDateInRange } from '../../domain/case/dates.ts';
import { DUE_SOON_DAYS } from '../../domain/case/deadlines.ts';
import {
  type ProcessingDeadline,
  type ProcessingFile,
  type ProcessingKind,
  type ProcessingStart,
  processingDue,
  processingStatus,
} from '../../domain/case/processing-deadlines.ts';
import { type HolidayCalendar, WORKING_DAYS_RULE } from '../../domain/case/working-days.ts';
import { type LawFile, repealedCitations } from '../../domain/law/law.ts';
import { formatProvision } from '../../shared/law/lawFile.ts';
import { useDeployment } from '../../shared/standards/queries.ts';
import { CitationText } from '../../shared/ui/Citation.tsx';
import { DateInput } from '../../shared/ui/DateInput.tsx';
import { periodText, statusText } from './deadlineText.ts';
import '../../shared/ui/print.css';
import { useProcessingCatalog } from './processingQueries.ts';
import { useDanishHolidays } from './useDanishHolidays.ts';
import { useProcessingCase } from './useProcessingCase.ts';

export const START_LABEL: Record<ProcessingStart, string> = {
  'application-received': 'Ansøgningen modtaget',
  'complaint-received': 'Klagen modtaget i forvaltningen',
  'notification-received': 'Underretningen modtaget',
  aware: 'Kommunen blev opmærksom på behovet',
  'investigation-finished': 'Børnefaglig undersøgelse afsluttet',
};

const DONE_LABEL: Record<ProcessingKind, string> = {
  decision: 'Afgørelse truffet',
  contact: 'Kontakt taget',
  receipt: 'Kvittering sendt',
  reassessment: 'Genvurdering afsluttet',
  investigation: 'Undersøgelsen afsluttet',
  offer: 'Tilbud givet',
};

const KIND_LABEL: Record<ProcessingKind, string> = {
  decision: 'Frist for afgørelse',
  contact: 'Frist for kontakt',
  receipt: 'Frist for kvittering',
  reassessment: 'Frist for genvurdering',
  investigation: 'Frist for undersøgelsen',
  offer: 'Frist for tilbud',
};

/** The deadline's date, or null where it cannot be counted (a calendar with no working days): never a throw. */
function safeDue(deadline: ProcessingDeadline, start: string, calendar: HolidayCalendar) {
  try {
    return processingDue(deadline, start, calendar);
  } catch {
    return null;
  }
}

/** For units other than working days: no day is a holiday, and no holiday calendar is loaded. */
const NO_CALENDAR: HolidayCalendar = { holidayName: () => null };

export function ProcessingDeadlineSection({ law, reference }: { law: LawFile; reference: string }) {
  const id = useId();
  const catalog = useProcessingCatalog();
  const [stored, update] = useProcessingCase();
  const files = catalog.files;
  const home = useDeployment();
  // Not chosen yet (null): the deployment's home municipality, where it has a file; "" is "none chosen".
  const chosen =
    (stored.file === null
      ? files.find((f) => f.value.municipality === home?.municipality)
      : files.find((f) => f.file === stored.file)) ?? null;
  const deadline = chosen?.value.deadlines.find((d) => d.id === stored.deadlineId) ?? null;
  // Dates within 1900–2100 only (a slip like 9999-12-31 is named at its field, never counted).
  const startValid = stored.start !== null && isDateInRange(stored.start);
  const doneValid = stored.done !== null && isDateInRange(stored.done);
  const startProblem = stored.start ? dateProblem(stored.start) : null;
  const doneBeforeStart = startValid && doneValid && (stored.done ?? '') < (stored.start ?? '');

  return (
    <section aria-labelledby={`${id}-title`} className="processing-section">
      <h2 id={`${id}-title`}>Sagsbehandlingsfrist for en ansøgning</h2>
      <p className="no-print">
        Vælg kommunen og den hjælp, der er søgt om. Fristen regnes i den enhed, kommunen selv angiver (dage,
        uger, måneder eller arbejdsdage), fra den dato, der står ved fristen.
      </p>
      {catalog.status === 'pending' ? <p role="status">Henter kommunernes sagsbehandlingsfrister …</p> : null}
      {catalog.problems.length > 0 ? (
        <div className="alert alert-error" role="alert">
          <p>Nogle filer med sagsbehandlingsfrister kunne ikke bruges:</p>
          <ul>
            {catalog.problems.map((p) => (
              <li key={`${p.file}${p.path}${p.message}`}>
                {p.file} {p.path}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {catalog.status === 'success' && files.length === 0 && catalog.problems.length === 0 ? (
        <p className="alert alert-info">Der er ikke lagt sagsbehandlingsfrister ind på denne installation.</p>
      ) : null}
      {files.length > 0 ? (
        <form className="no-print" onSubmit={(e) => e.preventDefault()} aria-label="Ansøgningen">
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${id}-municipality`}>Kommune</label>
              <select
                id={`${id}-municipality`}
                value={chosen?.file ?? ''}
                onChange={(e) => update({ file: e.target.value, deadlineId: null })}
              >
                <option value="">Vælg kommune</option>
                {files.map((f) => (
                  <option key={f.file} value={f.file}>
                    {f.value.municipality}
                  </option>
                ))}
              </select>
            </div>
            {chosen ? (
              <div className="field">
                <label htmlFor={`${id}-help`}>Hjælp der er søgt om</label>
                <select
                  id={`${id}-help`}
                  value={deadline?.id ?? ''}
                  onChange={(e) => update({ deadlineId: e.target.value || null })}
                >
                  <option value="">Vælg hjælp</option>
                  {chosen.value.deadlines.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.help}
                      {d.provisions.length > 0 ? ` (${d.provisions.map(formatProvision).join(', ')})` : ''}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
          </div>
          {deadline ? (
            <div className="field-row">
              <DateInput
                id={`${id}-start`}
                legend={START_LABEL[deadline.from]}
                value={stored.start ?? ''}
                error={startProblem ? `${START_LABEL[deadline.from]}: ${startProblem}.` : null}
                onChange={(value) => update({ start: value || null })}
              />
              <DateInput
                id={`${id}-done`}
                legend={`${DONE_LABEL[deadline.kind]} (hvis sket)`}
                value={stored.done ?? ''}
                error={
                  stored.done && dateProblem(stored.done)
                    ? `${DONE_LABEL[deadline.kind]}: ${dateProblem(stored.done)}.`
                    : doneBeforeStart
                      ? `${DONE_LABEL[deadline.kind]}: ligger før »${START_LABEL[deadline.from]}«.`
                      : null
                }
                onChange={(value) => update({ done: value || null })}
              />
            </div>
          ) : null}
        </form>
      ) : null}
      {chosen && deadline ? (
        <ProcessingResult
          file={chosen.value}
          deadline={deadline}
          start={startValid ? stored.start : null}
          done={doneValid && !doneBeforeStart ? stored.done : null}
          reference={reference}
          law={law}
        />
      ) : null}
    </section>
  );
}

function ProcessingResult({
  file,
  deadline,
  start,
  done,
  reference,
  law,
}: {
  file: ProcessingFile;
  deadline: ProcessingDeadline;
  start: string | null;
  done: string | null;
  reference: string;
  law: LawFile;
}) {
  const workingDays = deadline.unit === 'working-days';
  const holidays = useDanishHolidays(workingDays);
  // Days, weeks and months need no holiday calendar; working days wait for it (or say it failed).
  const calendar = workingDays ? (holidays.data?.calendar ?? null) : NO_CALENDAR;
  const due = start && calendar ? safeDue(deadline, start, calendar) : null;
  const status = due ? processingStatus(due.date, done, reference, DUE_SOON_DAYS) : null;
  const period = periodText(deadline.amount, deadline.unit);
  const moved = start
    ? repealedCitations(
        law,
        deadline.provisions.map((basis) => ({ basis, citedBy: deadline.help })),
        start,
      )
    : [];
  return (
    <div className="processing-result">
      <dl className="processing-facts">
        <div>
          <dt>Kommune</dt>
          <dd>{file.municipality}</dd>
        </div>
        {file.updated ? (
          <div>
            <dt>Kildens dato</dt>
            <dd>{formatIsoDate(file.updated)}</dd>
          </div>
        ) : null}
        <div>
          <dt>Hjælp</dt>
          <dd>
            {deadline.help}
            {deadline.provisions.length > 0
              ? ` (${deadline.provisions.map(formatProvision).join(', ')})`
              : ''}
          </dd>
        </div>
        <div>
          <dt>{KIND_LABEL[deadline.kind]}</dt>
          <dd>
            {period} efter »{START_LABEL[deadline.from]}«{deadline.note ? ` (${deadline.note})` : ''}
          </dd>
        </div>
        <div>
          <dt>{START_LABEL[deadline.from]}</dt>
          <dd>{start ? formatIsoDate(start) : 'ikke angivet'}</dd>
        </div>
        <div>
          <dt>Fristen udløber</dt>
          <dd className="processing-due" aria-live="polite">
            {due
              ? formatIsoDate(due.date)
              : !start
                ? '– (angiv datoen ovenfor)'
                : calendar
                  ? '– (fristen kan ikke tælles med denne kalender)'
                  : holidays.status === 'error'
                    ? '– (helligdagskalenderen kunne ikke indlæses; genindlæs siden)'
                    : '– (henter helligdagskalenderen …)'}
            {due?.clamped ? ' (rykket til månedens sidste dag)' : ''}
          </dd>
        </div>
        <div>
          <dt>Status pr. {formatIsoDate(reference)}</dt>
          <dd aria-live="polite">{status ? statusText(status) : '–'}</dd>
        </div>
      </dl>
      {deadline.unit === 'working-days' ? (
        <p className="hint">
          {WORKING_DAYS_RULE} {holidays.data?.note ?? ''}
          {due && due.holidaysSkipped.length > 0
            ? ` Helligdage i perioden: ${due.holidaysSkipped.map((h) => `${h.name} ${formatIsoDate(h.date)}`).join(', ')}.`
            : ''}
        </p>
      ) : null}
      {deadline.findings.map((finding) => (
        <div className="alert alert-warn" key={finding.text}>
          <p>
            <strong>Bemærk i kilden:</strong> {finding.text}
          </p>
          {finding.citation ? (
            <p className="citation-line">
              <CitationText version={file} citation={finding.citation} />
            </p>
          ) : null}
        </div>
      ))}
      {moved.map((r) => (
        <p className="hint" key={formatProvision(r.cited)}>
          Kommunen henviser til {formatProvision(r.cited)}; den {start ? formatIsoDate(start) : ''} gælder{' '}
          {r.mapping
            ? formatProvision(r.mapping.after)
            : `${r.inForce?.name.toLowerCase() ?? 'en anden lov'}; lovdata kender ikke den tilsvarende bestemmelse`}
          .
        </p>
      ))}
      <p className="citation-line">
        Kilde: <CitationText version={file} citation={deadline.citation} />
      </p>
    </div>
  );
}

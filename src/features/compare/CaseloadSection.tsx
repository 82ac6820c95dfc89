/**
 * Caseload impact: the council types counts per intervention and level (or reads a CSV file of anonymised
 * cases or counts) and states its planning assumptions; the table shows annual hours, døgn and kroner under
 * each version and the difference. The counts stay in this page: they are never put in the URL.
 */
import { useMemo, useState } from 'react';
import {
  type Assumptions,
  type Caseload,
  comparableTotals,
  computeImpact,
  impactRows,
  openEndedKey,
  openEndedProblem,
  parseCount,
  RANGE_POINT_LABEL,
  resolveLabels,
  totalCases,
  unitCostKey,
  unitCostProblem,
} from '../../domain/council/caseload.ts';
import type { VersionComparison } from '../../domain/council/comparison.ts';
import { toCsv } from '../../domain/csv/csv.ts';
import { hasLevels, orderedLevels } from '../../domain/format/levels.ts';
import { MAX_CASE_COUNT } from '../../domain/format/limits.ts';
import type { Period, Unit } from '../../domain/format/schema.ts';
import { formatNumber, PER_PERIOD, readDanishNumber, UNIT_LABEL } from '../../domain/format/units.ts';
import { downloadText } from '../../shared/ui/download.ts';
import { FileDrop } from '../../shared/ui/FileDrop.tsx';
import { type CaseloadFileRead, readCaseloadBytes } from './readCaseloadFile.ts';
import { POINT_OF_PARAM, type PointParam, useCompareState } from './urlState.ts';

type Grid = Record<string, Record<string, string>>;

/** Shown instead of a difference between versions that count different cases. */
const NOT_COMPARABLE = 'ingen forskel (forskellige sager)';

interface GridRow {
  interventionId: string;
  name: string;
  levels: { key: string; label: string }[];
}

function gridRows(comparison: VersionComparison): GridRow[] {
  const rows: GridRow[] = [];
  for (const version of comparison.versions) {
    for (const intervention of version.interventions.filter(hasLevels)) {
      let row = rows.find((r) => r.interventionId === intervention.id);
      if (!row) {
        row = { interventionId: intervention.id, name: intervention.name, levels: [] };
        rows.push(row);
      }
      const dimension = version.dimensions.find((d) => d.id === intervention.measure.dimension);
      for (const level of orderedLevels(version, intervention.measure)) {
        if (!row.levels.some((l) => l.key === level.key)) {
          const label = dimension?.values.find((v) => v.id === level.key)?.label ?? level.key;
          row.levels.push({ key: level.key, label });
        }
      }
    }
  }
  return rows;
}

function toCaseload(grid: Grid): { caseload: Caseload; errors: { field: string; message: string }[] } {
  const caseload: Caseload = {};
  const errors: { field: string; message: string }[] = [];
  for (const [interventionId, levels] of Object.entries(grid)) {
    for (const [levelKey, text] of Object.entries(levels)) {
      const count = parseCount(text);
      if (count === null) {
        errors.push({
          field: `count-${interventionId}-${levelKey}`,
          message: `skal være et helt tal fra 0 til ${formatNumber(MAX_CASE_COUNT)}`,
        });
        continue;
      }
      if (count > 0) caseload[interventionId] = { ...caseload[interventionId], [levelKey]: count };
    }
  }
  return { caseload, errors };
}

function AssumptionInput({
  id,
  label,
  value,
  onValue,
  check,
}: {
  id: string;
  label: string;
  value: number | undefined;
  /** Null when the value is possible; otherwise why not (more hours than a week has). */
  check: (value: number) => string | null;
  onValue: (value: number | undefined) => void;
}) {
  const [text, setText] = useState(value === undefined ? '' : formatNumber(value));
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="decimal"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          if (next.trim() === '') {
            setError(null);
            onValue(undefined);
            return;
          }
          const read = readDanishNumber(next);
          const parsed = read.ok ? read.value : null;
          const problem = !read.ok
            ? read.message
            : parsed === null || parsed < 0
              ? 'skriv et tal på 0 eller mere, fx 120 eller 7,5'
              : check(parsed);
          if (problem !== null || parsed === null) {
            setError(`${label}: ${problem}.`);
            return;
          }
          setError(null);
          onValue(parsed);
        }}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function amountText(value: number | null, unit: Unit): string {
  return value === null ? '–' : `${formatNumber(value)} ${UNIT_LABEL[unit].many}`;
}

function kronerText(value: number | null): string {
  return value === null ? '–' : `${formatNumber(Math.round(value))} kr.`;
}

function deltaText(value: number | null, suffix: string): string {
  if (value === null) return '–';
  if (value === 0) return `0 ${suffix}`;
  return `${value > 0 ? '+' : '−'}${formatNumber(Math.abs(value))} ${suffix}`;
}

export function CaseloadSection({ comparison }: { comparison: VersionComparison }) {
  const [state, setState] = useCompareState();
  const [grid, setGrid] = useState<Grid>({});
  const [fileStatus, setFileStatus] = useState<
    | { kind: 'reading'; name: string }
    | { kind: 'done'; name: string; result: CaseloadFileRead; caseload: Caseload }
    | { kind: 'error'; message: string }
    | null
  >(null);
  const rows = useMemo(() => gridRows(comparison), [comparison]);
  const { caseload, errors } = useMemo(() => toCaseload(grid), [grid]);

  const assumptions: Assumptions = {
    point: POINT_OF_PARAM[state.punkt],
    openEnded: state.aaben,
    unitCosts: state.pris,
  };
  const impacts = comparison.versions.map((v) => computeImpact(caseload, v, assumptions));
  const table = impactRows(impacts);
  const comparable = comparableTotals(impacts);
  const cases = totalCases(caseload);

  const openEndedInputs: { key: string; name: string; unit: Unit; period: Period }[] = [];
  const costInputs: { key: string; name: string; unit: Unit }[] = [];
  for (const version of comparison.versions) {
    for (const intervention of version.interventions.filter(hasLevels)) {
      const { unit, period } = intervention.measure;
      if (intervention.measure.levels.some((l) => l.upper === null)) {
        const key = openEndedKey(intervention.id, unit, period);
        if (!openEndedInputs.some((i) => i.key === key))
          openEndedInputs.push({ key, name: intervention.name, unit, period });
      }
      const costKey = unitCostKey(intervention.id, unit);
      if (unit !== 'kroner' && !costInputs.some((i) => i.key === costKey))
        costInputs.push({ key: costKey, name: intervention.name, unit });
    }
  }

  const setMapValue = (param: 'aaben' | 'pris', key: string, value: number | undefined) => {
    void setState((old) => {
      const map = { ...old[param] };
      if (value === undefined) delete map[key];
      else map[key] = value;
      return { [param]: map };
    });
  };

  const readFile = async (file: File) => {
    setFileStatus({ kind: 'reading', name: file.name });
    try {
      const result = await readCaseloadBytes(new Uint8Array(await file.arrayBuffer()));
      // Interventions and levels may be written by name ("Fast kontaktperson") as well as by id.
      const resolved = resolveLabels(result.caseload, comparison.versions);
      const next: Grid = {};
      for (const [interventionId, levels] of Object.entries(resolved)) {
        next[interventionId] = Object.fromEntries(Object.entries(levels).map(([k, n]) => [k, String(n)]));
      }
      setGrid(next);
      setFileStatus({ kind: 'done', name: file.name, result, caseload: resolved });
    } catch (error) {
      setFileStatus({
        kind: 'error',
        message: `Filen ${file.name} kunne ikke læses: ${(error as Error).message}`,
      });
    }
  };

  const hasKroner = table.some((r) => r.kroner.some((k) => k !== null));
  const csv = () => {
    const header = ['indsats', 'enhed'];
    for (const v of comparison.versions) header.push(`${v.id} pr. år`);
    for (const v of comparison.versions.slice(1)) header.push(`forskel ${v.id}`);
    for (const v of comparison.versions) header.push(`${v.id} kroner`);
    for (const v of comparison.versions.slice(1)) header.push(`forskel ${v.id} kroner`);
    return toCsv(
      header,
      table.map((r) => [
        r.interventionId,
        UNIT_LABEL[r.unit].many,
        ...r.annual,
        ...r.delta.slice(1),
        ...r.kroner,
        ...r.kronerDelta.slice(1),
      ]),
    );
  };
  const errorFor = (field: string) => errors.find((e) => e.field === field);

  return (
    <section aria-labelledby="caseload-title">
      <h2 id="caseload-title">Sagsmængde og udgift</h2>
      <p>
        Angiv antal sager pr. indsats og niveau, eller hent en CSV-fil med kolonnerne »indsats« og »niveau«
        (én række pr. anonym sag) og evt. »antal«. Tallene bliver i browseren og kommer ikke med i linket.
      </p>
      <fieldset>
        <legend>Antal sager</legend>
        {rows.map((row) => (
          <table key={row.interventionId}>
            <caption>{row.name}: antal sager pr. niveau</caption>
            <thead>
              <tr>
                {row.levels.map((level) => (
                  <th scope="col" key={level.key}>
                    {level.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                {row.levels.map((level) => {
                  const field = `count-${row.interventionId}-${level.key}`;
                  const error = errorFor(field);
                  return (
                    <td key={level.key}>
                      <label className="visually-hidden" htmlFor={field}>
                        Antal sager: {row.name}, {level.label}
                      </label>
                      <input
                        id={field}
                        inputMode="numeric"
                        size={6}
                        value={grid[row.interventionId]?.[level.key] ?? ''}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `${field}-error` : undefined}
                        onChange={(event) => {
                          const value = event.target.value;
                          setGrid((g) => ({
                            ...g,
                            [row.interventionId]: { ...g[row.interventionId], [level.key]: value },
                          }));
                        }}
                      />
                      {error ? (
                        <p id={`${field}-error`} className="field-error" role="alert">
                          Antal sager for {row.name}, {level.label}: {error.message}.
                        </p>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            </tbody>
          </table>
        ))}
        <FileDrop
          label="Hent sager fra CSV-fil"
          accept=".csv,text/csv"
          onFile={(file) => void readFile(file)}
        />
        <div role="status">
          {fileStatus?.kind === 'reading' ? <p>Læser {fileStatus.name} …</p> : null}
          {fileStatus?.kind === 'done' ? (
            <p>
              Læste {formatNumber(fileStatus.result.rowCount)} rækker (
              {fileStatus.result.format === 'cases' ? 'én pr. sag' : 'antal'}) fra {fileStatus.name}:{' '}
              {formatNumber(totalCases(fileStatus.caseload))} sager. Filen er læst som{' '}
              {fileStatus.result.encoding}
              {fileStatus.result.encoding === 'Windows-1252'
                ? ' (Excels standard for CSV på dansk), fordi den ikke er gyldig UTF-8'
                : ''}
              .
              {fileStatus.result.problemCount > 0
                ? ` ${formatNumber(fileStatus.result.problemCount)} rækker er sprunget over.`
                : ''}
            </p>
          ) : null}
        </div>
        {fileStatus?.kind === 'error' ? (
          <p role="alert" className="alert alert-error">
            {fileStatus.message}
          </p>
        ) : null}
        {fileStatus?.kind === 'done' && fileStatus.result.problems.length > 0 ? (
          <div className="alert alert-warn">
            <p>Rækker i filen, der ikke kunne bruges (de første {fileStatus.result.problems.length}):</p>
            <ul>
              {fileStatus.result.problems.map((p) => (
                <li key={`${p.line}-${p.message}`}>
                  Linje {p.line}: {p.message}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </fieldset>

      <fieldset>
        <legend>Antagelser (rådets egne planlægningstal, ikke standardens)</legend>
        <fieldset className="radio-list">
          <legend>Antagelse: hvilket punkt i et niveaus interval tælles</legend>
          {(['nedre', 'midt', 'oevre'] as PointParam[]).map((p) => (
            <label key={p}>
              <input
                type="radio"
                name="punkt"
                value={p}
                checked={state.punkt === p}
                onChange={() => void setState({ punkt: p })}
              />{' '}
              {RANGE_POINT_LABEL[POINT_OF_PARAM[p]]}
            </label>
          ))}
        </fieldset>
        <p className="hint">
          Et niveau uden nedre grænse (»op til …«) tælles fra 0. Et åbent niveau (»over …«) har intet loft:
          skriv selv det omfang, der skal regnes med; uden det regnes sagerne ikke med.
        </p>
        {openEndedInputs.map((input) => (
          <AssumptionInput
            key={input.key}
            id={`open-${input.key}`}
            label={`Antagelse: omfang pr. sag i åbent niveau, ${input.name} (${UNIT_LABEL[input.unit].many} ${PER_PERIOD[input.period]})`}
            value={state.aaben[input.key]}
            onValue={(value) => setMapValue('aaben', input.key, value)}
            check={(value) => openEndedProblem(input.key, value)}
          />
        ))}
        {costInputs.map((input) => (
          <AssumptionInput
            key={input.key}
            id={`cost-${input.key}`}
            label={`Antagelse: pris i kroner pr. ${UNIT_LABEL[input.unit].one}, ${input.name} (valgfri)`}
            value={state.pris[input.key]}
            onValue={(value) => setMapValue('pris', input.key, value)}
            check={unitCostProblem}
          />
        ))}
      </fieldset>

      <section aria-labelledby="impact-title">
        <h3 id="impact-title">Virkning pr. år</h3>
        {cases === 0 ? (
          <p>Angiv mindst én sag for at se virkningen.</p>
        ) : (
          <>
            {comparable.some((c) => !c) ? (
              <p className="alert alert-info" role="note">
                Ingen forskel beregnes for{' '}
                {comparison.versions
                  .filter((_, i) => !comparable[i])
                  .map((v) => v.id)
                  .join(', ')}
                : versionerne inddeler sagerne efter forskellige dimensioner eller har ikke de samme indsatser
                og niveauer, så de tæller ikke de samme sager. Hver versions totaler vises for sig.
              </p>
            ) : null}
            <table>
              <caption>
                Årligt omfang for {formatNumber(cases)} sager ved {RANGE_POINT_LABEL[assumptions.point]}{' '}
                (antagelse), pr. år: timer om året og døgn om året, omregnet fra hver versions egen periode
              </caption>
              <thead>
                <tr>
                  <th scope="col">Indsats</th>
                  {comparison.versions.map((v) => (
                    <th scope="col" key={v.id}>
                      {v.id}
                    </th>
                  ))}
                  {comparison.versions.slice(1).map((v) => (
                    <th scope="col" key={`d-${v.id}`}>
                      Forskel {v.id}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.map((r) => (
                  <tr key={r.interventionId}>
                    <th scope="row">{r.name}</th>
                    {r.annual.map((a, i) => (
                      <td className="num" key={comparison.versions[i]?.id}>
                        {amountText(a, r.unit)}
                        {r.incomplete[i] ? ' (ufuldstændigt)' : ''}
                        {hasKroner ? (
                          <>
                            <br />
                            {kronerText(r.kroner[i] ?? null)}
                          </>
                        ) : null}
                      </td>
                    ))}
                    {r.delta.slice(1).map((d, i) => (
                      <td className="num" key={`d-${comparison.versions[i + 1]?.id}`}>
                        {r.samePopulation[i + 1] || r.annual[i + 1] === null || r.annual[0] === null
                          ? deltaText(d, UNIT_LABEL[r.unit].many)
                          : NOT_COMPARABLE}
                        {hasKroner ? (
                          <>
                            <br />
                            {deltaText(
                              r.kronerDelta[i + 1] === null || r.kronerDelta[i + 1] === undefined
                                ? null
                                : Math.round(r.kronerDelta[i + 1] ?? 0),
                              'kr.',
                            )}
                          </>
                        ) : null}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">Timer i alt</th>
                  {impacts.map((imp) => (
                    <td className="num" key={imp.versionId}>
                      {amountText(imp.annualHours, 'hours')}
                    </td>
                  ))}
                  {impacts.slice(1).map((imp, i) => (
                    <td className="num" key={`d-${imp.versionId}`}>
                      {comparable[i + 1]
                        ? deltaText(imp.annualHours - (impacts[0]?.annualHours ?? 0), 'timer')
                        : NOT_COMPARABLE}
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">Døgn i alt</th>
                  {impacts.map((imp) => (
                    <td className="num" key={imp.versionId}>
                      {amountText(imp.annualDays, 'days')}
                    </td>
                  ))}
                  {impacts.slice(1).map((imp, i) => (
                    <td className="num" key={`d-${imp.versionId}`}>
                      {comparable[i + 1]
                        ? deltaText(imp.annualDays - (impacts[0]?.annualDays ?? 0), 'døgn')
                        : NOT_COMPARABLE}
                    </td>
                  ))}
                </tr>
                {hasKroner ? (
                  <tr>
                    <th scope="row">Kroner i alt</th>
                    {impacts.map((imp) => (
                      <td className="num" key={imp.versionId}>
                        {imp.kroner === null ? 'mangler en pris' : kronerText(imp.kroner)}
                      </td>
                    ))}
                    {impacts.slice(1).map((imp, i) => {
                      const base = impacts[0]?.kroner ?? null;
                      return (
                        <td className="num" key={`d-${imp.versionId}`}>
                          {comparable[i + 1]
                            ? deltaText(
                                imp.kroner === null || base === null ? null : Math.round(imp.kroner - base),
                                'kr.',
                              )
                            : NOT_COMPARABLE}
                        </td>
                      );
                    })}
                  </tr>
                ) : null}
              </tfoot>
            </table>
            <ul>
              {impacts.map((imp) => (
                <li key={imp.versionId}>
                  {imp.versionId}:{' '}
                  {imp.casesNotComputed > 0
                    ? `${formatNumber(imp.casesNotComputed)} sager i et åbent niveau er ikke regnet med (angiv en antagelse ovenfor, over niveauets nedre grænse). `
                    : 'alle sager i versionens niveauer er regnet med. '}
                  {imp.casesNotInVersion.length > 0
                    ? `${formatNumber(imp.casesNotInVersion.reduce((s, c) => s + c.cases, 0))} sager har en indsats eller et niveau, som versionen ikke har (${imp.casesNotInVersion
                        .map((c) => `${c.interventionId}/${c.levelKey}`)
                        .join(', ')}), og er ikke regnet med.`
                    : ''}
                </li>
              ))}
            </ul>
            <button
              type="button"
              className="secondary"
              onClick={() => downloadText('virkning-pr-aar.csv', csv(), 'text/csv;charset=utf-8')}
            >
              Hent virkningen som CSV
            </button>
          </>
        )}
      </section>
    </section>
  );
}

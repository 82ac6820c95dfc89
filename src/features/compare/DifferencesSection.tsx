import { Fragment } from 'react';
import {
  type ChangeKind,
  formatDelta,
  type InterventionComparison,
  type LevelCell,
  type LevelRow,
  type MatchReason,
  type VersionComparison,
} from '../../domain/council/comparison.ts';
import type { Deadline } from '../../domain/format/schema.ts';
import { formatNumber, PER_PERIOD, UNIT_LABEL } from '../../domain/format/units.ts';
import { FindingList } from '../../shared/ui/LintFindings.tsx';

const CHANGE_LABEL: Record<ChangeKind, string> = {
  unchanged: 'uændret',
  changed: 'ændret',
  added: 'tilføjet',
  removed: 'fjernet',
  absent: 'findes ikke i denne standard',
  different: 'forskelligt',
};

function Change({ kind }: { kind: ChangeKind }) {
  return <span className={`badge badge-${kind}`}>{CHANGE_LABEL[kind]}</span>;
}

function matchText(reason: MatchReason | null): string {
  if (reason === 'provision') return ', sammenlignet efter samme bestemmelse';
  if (reason === 'purpose') return ', sammenlignet efter samme formål';
  return '';
}

function cellText(cell: LevelCell | null): string {
  if (!cell) return '–';
  return cell.convertedFrom
    ? `${cell.edges} (omregnet; kilden: ${cell.text})`
    : `${cell.edges} (»${cell.text}«)`;
}

function deltaText(value: number | null): string {
  return value === null ? '–' : formatDelta(value);
}

function LevelTable({
  comparison,
  intervention,
  rows,
  caption,
}: {
  comparison: VersionComparison;
  intervention: InterventionComparison;
  rows: LevelRow[];
  caption: string;
}) {
  const scale = intervention.scales.find((s) => s !== null);
  const unit = scale ? `${UNIT_LABEL[scale.unit].many} ${PER_PERIOD[scale.period]}` : '';
  return (
    <table>
      <caption>
        {caption} ({unit})
      </caption>
      <thead>
        <tr>
          <th scope="col">Niveau</th>
          {comparison.versions.map((v, index) => (
            <th scope="col" key={v.id}>
              {index === 0 ? 'Grundlag: ' : ''}
              {v.id}
            </th>
          ))}
          {comparison.versions.slice(1).map((v) => (
            <th scope="col" key={`d-${v.id}`}>
              Forskel {v.id} (nedre / øvre)
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {row.cells.map((cell, index) => (
              <td key={comparison.versions[index]?.id}>
                {cellText(cell)}{' '}
                {index > 0 && row.changes[index] !== 'unchanged' ? (
                  <Change kind={row.changes[index] ?? 'changed'} />
                ) : null}
              </td>
            ))}
            {comparison.versions.slice(1).map((v, i) => (
              <td className="num" key={`d-${v.id}`}>
                {deltaText(row.lowerDelta[i + 1] ?? null)} / {deltaText(row.upperDelta[i + 1] ?? null)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function InterventionDifferences({
  comparison,
  intervention,
}: {
  comparison: VersionComparison;
  intervention: InterventionComparison;
}) {
  const changedRows = intervention.rows.filter((row) => row.changes.some((c) => c !== 'unchanged'));
  const unchangedRows = intervention.rows.filter((row) => row.changes.every((c) => c === 'unchanged'));
  const headingId = `diff-${intervention.id}`;
  return (
    <section aria-labelledby={headingId} className="compare-intervention">
      <h3 id={headingId}>{intervention.name}</h3>
      <ul className="plain-list">
        {comparison.versions.map((v, index) =>
          index === 0 ? null : (
            <li key={v.id}>
              {v.id}: <Change kind={intervention.changes[index] ?? 'unchanged'} />
              {intervention.names[index] && intervention.names[index] !== intervention.name
                ? ` (her »${intervention.names[index]}«${matchText(intervention.matchedBy[index] ?? null)})`
                : ''}
              {intervention.legalBasisChanged[index] && comparison.sameStandard[index] ? (
                <>
                  {' '}
                  lovgrundlag {intervention.legalBasis[0]?.join('; ') ?? '–'} →{' '}
                  {intervention.legalBasis[index]?.join('; ') ?? '–'}
                </>
              ) : null}
              {intervention.legalBasisChanged[index] && !comparison.sameStandard[index] ? (
                <>
                  {' '}
                  lovgrundlag her: {intervention.legalBasis[index]?.join('; ') ?? '–'} (grundlaget:{' '}
                  {intervention.legalBasis[0]?.join('; ') ?? '–'})
                </>
              ) : null}
            </li>
          ),
        )}
      </ul>
      {intervention.alignment === 'no-levels' ? <p>Ingen talfæstede niveauer.</p> : null}
      {intervention.alignment === 'different-dimensions' ? (
        <>
          <p>
            Versionerne inddeler niveauerne efter forskellige dimensioner eller enheder, så de vises hver for
            sig og sammenlignes ikke niveau for niveau.
          </p>
          {intervention.perVersion.map((cells, index) => {
            const version = comparison.versions[index];
            const scale = intervention.scales[index];
            if (!cells || !version || !scale) return null;
            return (
              <table key={version.id}>
                <caption>
                  {version.id}: niveauer efter {scale.dimensionLabel.toLowerCase()} (
                  {UNIT_LABEL[scale.unit].many} {PER_PERIOD[scale.period]})
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{scale.dimensionLabel}</th>
                    <th scope="col">Omfang</th>
                  </tr>
                </thead>
                <tbody>
                  {cells.map((cell) => (
                    <tr key={cell.key}>
                      <th scope="row">{cell.label}</th>
                      <td>{cellText(cell)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          })}
          {intervention.common ? (
            <CommonUnitTable comparison={comparison} intervention={intervention} />
          ) : null}
        </>
      ) : null}
      {intervention.alignment === 'aligned' && changedRows.length > 0 ? (
        <LevelTable
          comparison={comparison}
          intervention={intervention}
          rows={changedRows}
          caption={`${intervention.name}: ændrede niveauer`}
        />
      ) : null}
      {intervention.alignment === 'aligned' && unchangedRows.length > 0 ? (
        <details>
          <summary>
            {unchangedRows.length} uændrede niveauer
            {changedRows.length === 0 ? ' (ingen niveauer er ændret)' : ''}
          </summary>
          <LevelTable
            comparison={comparison}
            intervention={intervention}
            rows={unchangedRows}
            caption={`${intervention.name}: uændrede niveauer`}
          />
        </details>
      ) : null}
    </section>
  );
}

/** Each version's levels side by side in one unit per year, each conversion named; no difference is taken. */
function CommonUnitTable({
  comparison,
  intervention,
}: {
  comparison: VersionComparison;
  intervention: InterventionComparison;
}) {
  const common = intervention.common;
  if (!common) return null;
  const unit = `${UNIT_LABEL[common.unit].many} ${PER_PERIOD[common.period]}`;
  const present = comparison.versions.flatMap((v, index) => {
    const cells = common.cells[index];
    return cells ? [{ version: v, index, cells }] : [];
  });
  const depth = Math.max(...present.map((p) => p.cells.length));
  return (
    <table>
      <caption>
        {intervention.name} side om side i fælles enhed: {unit}. Omregning:{' '}
        {present
          .map(
            ({ version, index }) =>
              `${version.id}: ${common.conversions[index] ? `standardens tal ${common.conversions[index]}` : 'standardens egne tal (pr. år)'}`,
          )
          .join('; ')}
        . Niveauerne gælder forskellige grupper af børn, så der beregnes ingen forskel.
      </caption>
      <thead>
        <tr>
          {present.map(({ version, index }) => (
            <th scope="col" key={version.id} colSpan={2}>
              {version.id} ({intervention.scales[index]?.dimensionLabel.toLowerCase() ?? ''})
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: depth }, (_, row) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the versions' own level lists
          <tr key={row}>
            {present.map(({ version, cells }) => {
              const cell = cells[row];
              return cell ? (
                <Fragment key={version.id}>
                  <th scope="row">{cell.label}</th>
                  <td>{`${cell.edges} ${unit}`}</td>
                </Fragment>
              ) : (
                <Fragment key={version.id}>
                  <td />
                  <td />
                </Fragment>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function deadlineText(deadline: Deadline | null): string {
  if (!deadline) return '–';
  const unit = { days: 'dage', weeks: 'uger', months: 'måneder' }[deadline.unit];
  return `${formatNumber(deadline.amount)} ${unit}${deadline.repeats ? ', gentages' : ''} (${
    deadline.setBy === 'law' ? 'loven' : 'kommunen'
  })`;
}

export function DifferencesSection({ comparison }: { comparison: VersionComparison }) {
  const changedDeadlines = comparison.deadlines.filter((d) => d.changes.some((c) => c !== 'unchanged'));
  const unchangedDeadlines = comparison.deadlines.length - changedDeadlines.length;
  return (
    <section aria-labelledby="differences-title">
      <h2 id="differences-title">Forskelle</h2>
      <p role="status" className={comparison.hasDifferences ? 'alert alert-info' : 'alert alert-ok'}>
        {comparison.hasDifferences
          ? `Versionerne er forskellige. Grundlaget er ${comparison.versions[0]?.id}; hver forskel er regnet i forhold til det.`
          : 'Ingen forskelle: versionerne har de samme niveauer, frister, lovgrundlag og indsatser.'}
      </p>
      {comparison.legalBasisChanged.some(Boolean) ? (
        <p className="alert alert-warn">
          {comparison.sameStandard.every(Boolean)
            ? 'Standardens lovgrundlag er ændret:'
            : 'Standarderne har forskelligt lovgrundlag:'}{' '}
          {comparison.versions
            .map((v, i) => `${v.id}: ${comparison.legalBasis[i]?.join('; ') ?? '–'}`)
            .join(' · ')}
          .
        </p>
      ) : null}
      {comparison.conventionsChanged.some(Boolean) ? (
        <p className="alert alert-warn">
          Omregningen er forskellig:{' '}
          {comparison.versions
            .map(
              (v, i) =>
                `${v.id}: ${formatNumber(comparison.conventions[i]?.weeksPerYear ?? 0)} uger og ${formatNumber(
                  comparison.conventions[i]?.monthsPerYear ?? 0,
                )} måneder pr. år`,
            )
            .join('; ')}
          .
        </p>
      ) : null}
      {comparison.interventions.map((intervention) => (
        <InterventionDifferences key={intervention.id} comparison={comparison} intervention={intervention} />
      ))}
      <section aria-labelledby="deadlines-diff-title">
        <h3 id="deadlines-diff-title">Frister</h3>
        {changedDeadlines.length === 0 ? (
          <p>Ingen frister er ændret ({unchangedDeadlines} uændrede).</p>
        ) : (
          <table>
            <caption>
              {comparison.sameStandard.every(Boolean)
                ? 'Ændrede, tilføjede og fjernede frister'
                : 'Frister, der er forskellige eller kun findes i den ene standard'}{' '}
              ({unchangedDeadlines} ens er ikke vist)
            </caption>
            <thead>
              <tr>
                <th scope="col">Frist</th>
                {comparison.versions.map((v) => (
                  <th scope="col" key={v.id}>
                    {v.id}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {changedDeadlines.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{d.label}</th>
                  {d.cells.map((cell, index) => (
                    <td key={comparison.versions[index]?.id}>
                      {deadlineText(cell)}{' '}
                      {index > 0 && d.changes[index] !== 'unchanged' ? (
                        <Change kind={d.changes[index] ?? 'changed'} />
                      ) : null}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="lint-diff-title">
        <h3 id="lint-diff-title">Kontrol af hver version</h3>
        <div className="compare-columns">
          {comparison.versions.map((v, index) => (
            <section key={v.id} aria-labelledby={`lint-${index}`}>
              <h4 id={`lint-${index}`}>{comparison.labels[index]}</h4>
              <FindingList
                findings={comparison.findings[index] ?? []}
                empty="Kontrollen fandt ingen huller, overlap eller åbne grænser."
              />
              {index > 0 && comparison.sameStandard[index] ? (
                <>
                  <p>
                    <strong>Nye fund i forhold til grundlaget:</strong>{' '}
                    {comparison.findingsAdded[index]?.length ?? 0}. <strong>Løste fund:</strong>{' '}
                    {comparison.findingsResolved[index]?.length ?? 0}.
                  </p>
                  {(comparison.findingsResolved[index]?.length ?? 0) > 0 ? (
                    <details>
                      <summary>Vis løste fund</summary>
                      <FindingList findings={comparison.findingsResolved[index] ?? []} empty="" />
                    </details>
                  ) : null}
                </>
              ) : null}
            </section>
          ))}
        </div>
      </section>
    </section>
  );
}

/**
 * Levels per intervention across versions, drawn with recharts (this module is loaded only with the
 * comparison). Each chart has a sentence that states the result, a table with the same data and a CSV file.
 * Series differ by more than colour: each has its own outline (solid, dashed, dotted) and a letter on its bars.
 */
import { Bar, BarChart, CartesianGrid, LabelList, Legend, XAxis, YAxis } from 'recharts';
import {
  chartUnit,
  type InterventionComparison,
  type LevelCell,
  levelChartRows,
  summarizeIntervention,
  type VersionComparison,
  versionUnit,
} from '../../domain/council/comparison.ts';
import { toCsv } from '../../domain/csv/csv.ts';
import { formatNumber } from '../../domain/format/units.ts';
import { downloadText } from '../../shared/ui/download.ts';

const SERIES_STYLE = [
  { fill: '#1f5f8b', stroke: '#0b2e45', dash: undefined },
  { fill: '#e0a526', stroke: '#5c3f00', dash: '6 3' },
  { fill: '#7a3e9d', stroke: '#2d0f40', dash: '2 2' },
  { fill: '#2f8f4e', stroke: '#0d3a1c', dash: '10 2 2 2' },
];
const LETTERS = 'ABCDEFGH';

/** "Svære problemer/begrænsninger" → "Svære" on the axis; the table and the summary keep the full label. */
function shortLabel(label: string): string {
  return label.length > 16 ? (label.split(' ')[0] ?? label) : label;
}

/** The cells a version's bars are drawn from: aligned rows, the common unit (per year), or its own levels. */
function chartCells(intervention: InterventionComparison, index: number): (LevelCell | null)[] {
  if (intervention.alignment === 'aligned') return intervention.rows.map((r) => r.cells[index] ?? null);
  return intervention.common?.cells[index] ?? intervention.perVersion[index] ?? [];
}

interface ChartDatum {
  level: string;
  [series: string]: string | [number, number] | null;
}

function LevelsChart({
  comparison,
  intervention,
  versionIndexes,
}: {
  comparison: VersionComparison;
  intervention: InterventionComparison;
  versionIndexes: number[];
}) {
  const data: ChartDatum[] = [];
  const labelsInOrder: string[] = [];
  for (const index of versionIndexes) {
    const cells = chartCells(intervention, index);
    for (const cell of cells) {
      if (!cell) continue;
      if (!labelsInOrder.includes(cell.label)) labelsInOrder.push(cell.label);
    }
  }
  for (const label of labelsInOrder) {
    const datum: ChartDatum = { level: label };
    for (const index of versionIndexes) {
      const cell = chartCells(intervention, index).find((c) => c?.label === label);
      // An open-ended level has no upper edge to draw: it is left out of the chart and stated in the table.
      datum[`v${index}`] = cell?.upper ? [cell.lower?.value ?? 0, cell.upper.value] : null;
    }
    data.push(datum);
  }
  return (
    // The drawing repeats the table below; screen readers get the summary sentence and the table instead.
    <div className="chart-scroll" aria-hidden="true">
      <BarChart
        width={Math.max(360, 150 * labelsInOrder.length)}
        height={300}
        data={data}
        margin={{ top: 20, right: 16, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="level" tick={{ fontSize: 12 }} interval={0} tickFormatter={shortLabel} />
        <YAxis tickFormatter={(value: number) => formatNumber(value)} />
        <Legend formatter={(value: string) => <span style={{ color: '#1b1f24' }}>{value}</span>} />
        {versionIndexes.map((index, position) => {
          const style = SERIES_STYLE[position % SERIES_STYLE.length] ?? SERIES_STYLE[0];
          const letter = LETTERS[position] ?? '?';
          return (
            <Bar
              key={index}
              dataKey={`v${index}`}
              name={`${letter}: ${comparison.versions[index]?.id ?? ''}`}
              fill={style?.fill}
              stroke={style?.stroke}
              strokeWidth={2}
              strokeDasharray={style?.dash}
              isAnimationActive={false}
            >
              <LabelList dataKey={() => letter} position="insideTop" fill="#fff" fontWeight="bold" />
            </Bar>
          );
        })}
      </BarChart>
    </div>
  );
}

function InterventionChart({
  comparison,
  intervention,
}: {
  comparison: VersionComparison;
  intervention: InterventionComparison;
}) {
  const summary = summarizeIntervention(comparison, intervention.id);
  const rows = levelChartRows(comparison, intervention.id);
  const unit = chartUnit(intervention);
  const headingId = `chart-${intervention.id}`;
  const summaryId = `chart-summary-${intervention.id}`;
  const present = comparison.versions.map((_, i) => i).filter((i) => intervention.perVersion[i] !== null);
  // One chart for versions on one axis (aligned, or a common unit); otherwise one per version, each in its unit.
  const oneAxis = intervention.alignment === 'aligned' || intervention.common !== null;
  const groups = oneAxis ? [present] : present.map((i) => [i]);
  const heading = oneAxis
    ? unit
    : present.map((i) => `${comparison.versions[i]?.id}: ${versionUnit(intervention, i)}`).join('; ');
  const csv = () =>
    toCsv(
      ['indsats', 'version', 'niveau', 'nedre', 'øvre', 'enhed', 'tekst'],
      rows.map((r) => [intervention.id, r.version, r.level, r.lower, r.upper, r.unit, r.text]),
    );
  return (
    <section aria-labelledby={headingId} className="compare-chart">
      <h3 id={headingId}>
        {intervention.name}: niveauer pr. version ({heading})
      </h3>
      <p id={summaryId} className="chart-summary">
        {summary}
      </p>
      <figure aria-labelledby={summaryId}>
        {groups.map((group) => (
          <LevelsChart
            key={group.join('-')}
            comparison={comparison}
            intervention={intervention}
            versionIndexes={group}
          />
        ))}
        <figcaption>
          Søjlerne går fra niveauets nedre til øvre grænse; et niveau uden øvre grænse (åbent) tegnes ikke,
          men står i tabellen. Bogstav og kantlinje skelner versionerne.
        </figcaption>
      </figure>
      <details>
        <summary>Vis data som tabel</summary>
        <table>
          <caption>
            {intervention.name}: niveauer pr. version ({heading})
          </caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Niveau</th>
              <th scope="col">Nedre grænse</th>
              <th scope="col">Øvre grænse</th>
              <th scope="col">Enhed</th>
              <th scope="col">Kildens ordlyd</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.version}-${r.level}`}>
                <td>{r.version}</td>
                <th scope="row">{r.level}</th>
                <td className="num">{r.lower === null ? '–' : formatNumber(r.lower)}</td>
                <td className="num">{r.upper === null ? 'ingen (åben)' : formatNumber(r.upper)}</td>
                <td>{r.unit}</td>
                <td>{r.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <button
        type="button"
        className="secondary"
        onClick={() => downloadText(`niveauer-${intervention.id}.csv`, csv(), 'text/csv;charset=utf-8')}
      >
        Hent data som CSV ({intervention.name})
      </button>
    </section>
  );
}

export function ChartsSection({ comparison }: { comparison: VersionComparison }) {
  const charted = comparison.interventions.filter((i) => i.alignment !== 'no-levels');
  return (
    <section aria-labelledby="charts-title">
      <h2 id="charts-title">Diagrammer</h2>
      {charted.length === 0 ? <p>Ingen af versionerne har talfæstede niveauer.</p> : null}
      {charted.map((intervention) => (
        <InterventionChart key={intervention.id} comparison={comparison} intervention={intervention} />
      ))}
    </section>
  );
}

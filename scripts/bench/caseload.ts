/**
 * Caseload impact on 100,000 generated cases: the time to parse the CSV (line by line, validation, rows) and
 * the time to compute the impact under two versions (adding the rows up, then annual amounts per version).
 */

import { readFileSync } from 'node:fs';
import { aggregateRows, computeImpact, parseCaseloadCsv } from '../../src/domain/council/caseload.ts';
import { parseStandardText } from '../../src/domain/format/schema.ts';
import { type BenchResult, medianMs, ms } from './measure.ts';

const N = 100_000;
const LEVELS = ['lette', 'moderate', 'svære', 'fuldstændige'];
const INTERVENTIONS = ['fast-kontaktperson', 'doegnaflastning'];

/** One anonymous case per row: a running number, the intervention and the level; deterministic. */
export function generateCasesCsv(n: number): string {
  const lines = ['sag;indsats;niveau'];
  for (let i = 0; i < n; i++) {
    lines.push(`${i + 1};${INTERVENTIONS[i % 2]};${LEVELS[Math.floor(i / 2) % 4]}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function run(): Promise<BenchResult[]> {
  const file = 'randers-3-2019-12-09.json';
  const parsed = parseStandardText(file, readFileSync(`standards/${file}`, 'utf8'));
  if (!parsed.ok) throw new Error('shipped standard does not parse');
  const inForce = parsed.value;
  const proposal = structuredClone(inForce);
  proposal.id = 'forslag';
  const severe = proposal.interventions[2]?.measure;
  if (severe?.kind === 'levels' && severe.levels[2]?.upper) severe.levels[2].upper.value = 108;
  const assumptions = {
    point: 'middle' as const,
    openEnded: { 'fast-kontaktperson.hours.week': 7, 'doegnaflastning.days.year': 120 },
    unitCosts: { 'fast-kontaktperson.hours': 400, 'doegnaflastning.days': 2500 },
  };
  const csv = generateCasesCsv(N);
  let rows = parseCaseloadCsv(csv).rows;
  const parse = medianMs(() => {
    rows = parseCaseloadCsv(csv).rows;
  }, 5);
  let checksum = 0;
  const impact = medianMs(() => {
    const caseload = aggregateRows(rows);
    checksum =
      computeImpact(caseload, inForce, assumptions).annualDays +
      computeImpact(caseload, proposal, assumptions).annualDays;
  }, 5);
  return [
    {
      name: `parse CSV of ${N.toLocaleString('en')} cases`,
      value: ms(parse),
      note: `${(csv.length / 1e6).toFixed(1)} MB, ${rows.length} rows`,
    },
    {
      name: `impact of ${N.toLocaleString('en')} cases under two versions`,
      value: ms(impact),
      note: `checksum ${checksum}`,
    },
    { name: 'ratio parse / impact', value: `${(parse / impact).toFixed(1)}×` },
  ];
}

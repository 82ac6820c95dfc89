import { readFileSync } from 'node:fs';
import { assessAmount } from '../../src/domain/estimate/estimate.ts';
import { hasLevels, orderedLevels } from '../../src/domain/format/levels.ts';
import { lintVersion } from '../../src/domain/format/lint.ts';
import { parseStandardText } from '../../src/domain/format/schema.ts';
import { conventionsOf } from '../../src/domain/format/units.ts';
import { type BenchResult, medianMs, ms } from './measure.ts';

export async function run(): Promise<BenchResult[]> {
  const text = readFileSync('standards/randers-3-2019-12-09.json', 'utf8');
  const parsed = parseStandardText('randers-3-2019-12-09.json', text);
  if (!parsed.ok) throw new Error('shipped standard does not parse');
  const version = parsed.value;
  const conventions = conventionsOf(version);
  const leveled = version.interventions.filter(hasLevels);
  const N = 100_000;
  let checksum = 0;
  const lookup = medianMs(() => {
    for (let i = 0; i < N; i++) {
      const intervention = leveled[i % leveled.length];
      if (!intervention) continue;
      const levels = orderedLevels(version, intervention.measure);
      const level = levels[i % levels.length];
      if (!level) continue;
      const assessment = assessAmount(version, intervention, level, (i % 150) + 0.5, 'year', conventions);
      checksum += assessment.matchingLevels.length;
    }
  }, 5);
  return [
    {
      name: 'parse + validate Randers standard 3',
      value: ms(medianMs(() => parseStandardText('x.json', text))),
    },
    { name: 'lint Randers standard 3', value: ms(medianMs(() => lintVersion(version))) },
    {
      name: `assess ${N.toLocaleString('en')} amounts against a level`,
      value: ms(lookup),
      note: `${((lookup * 1000) / N).toFixed(2)} µs each; checksum ${checksum}`,
    },
  ];
}

/**
 * `npm run bench`: speed and size, measured here and printed, never asserted by a timed test.
 * Each section is a module in scripts/bench/ exporting `run(): Promise<BenchResult[]>`.
 */
import * as bundle from './bench/bundle.ts';
import * as levels from './bench/levels.ts';
import type { BenchResult } from './bench/measure.ts';

const sections: { name: string; run: () => Promise<BenchResult[]> }[] = [
  { name: 'Level lookup', run: levels.run },
  { name: 'Caseload impact', run: (await import('./bench/caseload.ts')).run },
  { name: 'Editor with 250 drafts', run: (await import('./bench/editor.ts')).run },
  { name: 'Built bundle', run: bundle.run },
];

for (const section of sections) {
  console.log(`\n## ${section.name}`);
  for (const result of await section.run()) {
    console.log(
      `${result.name.padEnd(58)} ${result.value.padStart(16)}${result.note ? `  (${result.note})` : ''}`,
    );
  }
}

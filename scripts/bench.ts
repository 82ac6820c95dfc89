/**
 * `npm run bench`: speed and size, measured here and printed, never asserted by a timed test.
 * `npm run bench -- web bundle` runs only those sections. Each section is a module in scripts/bench/ exporting `run(): Promise<BenchResult[]>`.
 */
import * as bundle from './bench/bundle.ts';
import * as levels from './bench/levels.ts';
import type { BenchResult } from './bench/measure.ts';
import * as web from './bench/web.ts';

const sections: { key: string; name: string; run: () => Promise<BenchResult[]> }[] = [
  { key: 'levels', name: 'Level lookup', run: levels.run },
  { key: 'caseload', name: 'Caseload impact', run: (await import('./bench/caseload.ts')).run },
  { key: 'editor', name: 'Editor with 250 drafts', run: (await import('./bench/editor.ts')).run },
  { key: 'bundle', name: 'Built bundle', run: bundle.run },
  { key: 'web', name: 'In the browser, side by side with a bare React 19 app', run: web.run },
];

// `npm run bench -- web` runs only the named sections.
const only = process.argv.slice(2);
for (const section of sections.filter((s) => only.length === 0 || only.includes(s.key))) {
  console.log(`\n## ${section.name}`);
  for (const result of await section.run()) {
    console.log(
      `${result.name.padEnd(58)} ${result.value.padStart(16)}${result.note ? `  (${result.note})` : ''}`,
    );
  }
}

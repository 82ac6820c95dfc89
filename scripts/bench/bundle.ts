import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchResult } from './measure.ts';

/** Builds the app and reports each JavaScript chunk raw and gzipped, and what the first page loads. */
export async function run(): Promise<BenchResult[]> {
  const outDir = 'node_modules/.cache/bench-dist';
  execSync(`npx vite build --logLevel error --outDir ${outDir} --emptyOutDir`, { stdio: 'inherit' });
  const assets = join(outDir, 'assets');
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const results: BenchResult[] = [];
  let initialGzip = 0;
  for (const name of readdirSync(assets).sort()) {
    if (!name.endsWith('.js') && !name.endsWith('.css')) continue;
    const bytes = readFileSync(join(assets, name));
    const gzip = gzipSync(bytes).length;
    const initial = html.includes(name);
    if (initial) initialGzip += gzip;
    results.push({
      name: `${initial ? '[first load] ' : ''}${name}`,
      value: `${(gzip / 1024).toFixed(1)} kB gz`,
      note: `${(statSync(join(assets, name)).size / 1024).toFixed(1)} kB raw`,
    });
  }
  results.push({ name: 'first page load, JS + CSS', value: `${(initialGzip / 1024).toFixed(1)} kB gz` });
  return results;
}

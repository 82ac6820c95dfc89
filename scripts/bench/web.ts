/**
 * The app in a browser, side by side with a bare React 19 + ReactDOM app built by the same Vite in the same
 * run: first-load JavaScript and CSS (gzipped), each view's time to its figures in Debian's Chromium, and
 * Lighthouse (mobile) per view. Every figure is printed with its budget and "ok" or "OVER"; nothing here is
 * a test, and the numbers belong to the machine the bench runs on.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { serveWithNginx } from '../nginx-server.ts';
import type { BenchResult } from './measure.ts';
import { VIEW_PROBES } from './views.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CACHE = resolve(ROOT, 'node_modules/.cache');
const APP_OUT = join(CACHE, 'bench-app');
const BARE_ROOT = join(CACHE, 'bench-bare');
const CHROMIUM = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** Lighthouse varies from run to run (more so on a busy machine): each view's median of this many runs. */
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

export const BUDGET = {
  jsRatio: 1.55,
  cssKb: 15,
  viewRatio: 1.3,
  performance: 98,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  cls: 0.02,
};

function verdict(ok: boolean): string {
  return ok ? 'ok' : 'OVER';
}

async function productionBuild(run: () => Promise<unknown>) {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await run();
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

/** A bare React 19 app: one component rendered by ReactDOM, written to a temporary folder and built. */
async function buildBareApp(): Promise<string> {
  rmSync(BARE_ROOT, { recursive: true, force: true });
  mkdirSync(BARE_ROOT, { recursive: true });
  writeFileSync(
    join(BARE_ROOT, 'index.html'),
    '<!doctype html>\n<html lang="da"><head><meta charset="UTF-8" />' +
      '<meta name="viewport" content="width=device-width, initial-scale=1.0" />' +
      '<meta name="description" content="Bar React-app til sammenligning" /><link rel="icon" href="data:," />' +
      '<title>Bar React</title></head>' +
      '<body><div id="root"></div><script type="module" src="/main.jsx"></script></body></html>\n',
  );
  writeFileSync(
    join(BARE_ROOT, 'main.jsx'),
    "import { StrictMode } from 'react';\nimport { createRoot } from 'react-dom/client';\n" +
      'function App() {\n  return <main><h1>Hej</h1><p>En bar React-app.</p></main>;\n}\n' +
      "createRoot(document.getElementById('root')).render(<StrictMode><App /></StrictMode>);\n",
  );
  writeFileSync(join(BARE_ROOT, 'robots.txt'), 'User-agent: *\nAllow: /\n');
  const outDir = join(BARE_ROOT, 'dist');
  await productionBuild(() =>
    build({
      root: BARE_ROOT,
      configFile: false,
      logLevel: 'error',
      plugins: [react()],
      publicDir: false,
      build: { outDir, emptyOutDir: true, target: 'es2022' },
    }),
  );
  writeFileSync(join(outDir, 'robots.txt'), 'User-agent: *\nAllow: /\n');
  return outDir;
}

/** The files index.html loads before anything else: its module scripts, modulepreloads and stylesheets. */
export function firstLoad(outDir: string): { js: number; css: number; files: string[] } {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] ?? '',
  );
  let js = 0;
  let css = 0;
  for (const ref of new Set(refs)) {
    const size = gzipSync(readFileSync(join(outDir, ref.replace(/^\//, '')))).length;
    if (ref.endsWith('.css')) css += size;
    else js += size;
  }
  return { js, css, files: [...new Set(refs)] };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Milliseconds from navigation start until the probe is visible, in a fresh profile (a first visit). */
async function timeToFigures(url: string, probe: { selector: string; text: string }): Promise<number> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const context = await browser.newContext({ locale: 'da-DK', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    // A function, not a string: the app's CSP forbids evaluating strings.
    const handle = await page.waitForFunction(
      (p) =>
        [...document.querySelectorAll(p.selector)].some(
          (e) => (e.textContent || '').trim().startsWith(p.text) && e.getClientRects().length > 0,
        )
          ? performance.now()
          : false,
      probe,
      { polling: 'raf', timeout: 30_000 },
    );
    return (await handle.jsonValue()) as number;
  } finally {
    await browser.close();
  }
}

interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  cls: number;
  /** First and largest contentful paint, total blocking time and speed index (ms), as Lighthouse reports them. */
  metrics: string;
  /** Audits that did not pass in accessibility, best practices or SEO. */
  failing: string[];
}

/**
 * The run with the median performance score of LIGHTHOUSE_RUNS runs, and the range of the scores. A run in
 * which Lighthouse could not compute the score (it reports an error, not a measurement) is run again, up to
 * LIGHTHOUSE_RUNS more times, and said in the range; it is never counted as a score of 0.
 */
async function medianLighthouse(url: string, port: number): Promise<LighthouseScores & { range: string }> {
  const runs: LighthouseScores[] = [];
  const failures: string[] = [];
  while (runs.length < LIGHTHOUSE_RUNS && failures.length <= LIGHTHOUSE_RUNS) {
    const run = await runLighthouse(url, port);
    if (typeof run === 'string') failures.push(run);
    else runs.push(run);
  }
  if (runs.length === 0) throw new Error(`Lighthouse could not measure ${url}: ${failures.join('; ')}`);
  runs.sort((a, b) => a.performance - b.performance);
  const median = runs[Math.floor(runs.length / 2)] as LighthouseScores;
  const failed =
    failures.length > 0
      ? ` (${failures.length} run(s) without a score, run again: ${failures.join('; ')})`
      : '';
  const range = `performance ${runs[0]?.performance}–${runs.at(-1)?.performance} over ${runs.length} runs${failed}`;
  return { ...median, range };
}

/** One Lighthouse run's scores, or what Lighthouse said when it could not compute the performance score. */
async function runLighthouse(url: string, port: number): Promise<LighthouseScores | string> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { categories, audits } = result.lhr;
  if (categories.performance?.score == null) {
    const errors = Object.entries(audits)
      .filter(([, audit]) => audit.errorMessage)
      .map(([id, audit]) => `${id}: ${audit.errorMessage}`);
    return result.lhr.runtimeError?.message ?? (errors.slice(0, 2).join(', ') || 'no performance score');
  }
  if (process.env.BENCH_VERBOSE) {
    const lcp = audits['largest-contentful-paint-element'];
    console.log(url, 'LCP element:', JSON.stringify(lcp?.details ?? lcp?.explanation ?? null).slice(0, 600));
  }
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
    metrics: ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index']
      .map(
        (id) =>
          `${id
            .split('-')
            .map((w) => w[0]?.toUpperCase())
            .join('')} ${Math.round(audits[id]?.numericValue ?? Number.NaN)}`,
      )
      .join(', '),
    failing: ['accessibility', 'best-practices', 'seo'].flatMap((category) =>
      (categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id),
    ),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB gz`;

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  await productionBuild(() =>
    build({
      root: ROOT,
      mode: 'production',
      logLevel: 'error',
      build: { outDir: APP_OUT, emptyOutDir: true },
    }),
  );
  const bareOut = await buildBareApp();

  const app = firstLoad(APP_OUT);
  const bare = firstLoad(bareOut);
  const jsRatio = app.js / bare.js;
  results.push(
    { name: 'first-load JS, bare React 19 + ReactDOM', value: kb(bare.js), note: bare.files.join(' ') },
    {
      name: 'first-load JS, Serviceniveau',
      value: kb(app.js),
      note: `${app.files.filter((f) => f.endsWith('.js')).length} files`,
    },
    {
      name: 'first-load JS, Serviceniveau / bare',
      value: `${jsRatio.toFixed(2)}×`,
      note: `budget ≤ ${BUDGET.jsRatio}× (${kb(bare.js * BUDGET.jsRatio)}): ${verdict(jsRatio <= BUDGET.jsRatio)}`,
    },
    {
      name: 'first-load CSS, Serviceniveau',
      value: kb(app.css),
      note: `budget ≤ ${BUDGET.cssKb} kB gz: ${verdict(app.css / 1024 <= BUDGET.cssKb)}; bare: ${kb(bare.css)}`,
    },
  );

  // Both apps are served as a municipality deploys the app: Debian's nginx under deploy/nginx.conf, which
  // compresses scripts with gzip (vite preview does not, and Lighthouse's slow 4G would then time bytes no
  // deployment sends).
  const appServer = await serveWithNginx(APP_OUT);
  const bareServer = await serveWithNginx(bareOut);
  try {
    const appUrl = appServer.url;
    const bareUrl = bareServer.url;

    // Time to figures: the median of RUNS first visits per view; the estimate is the yardstick.
    // (BENCH_RUNS=0 leaves this part out, to look at Lighthouse alone.)
    if (RUNS > 0) {
      const bareTimes: number[] = [];
      for (let i = 0; i < RUNS; i++)
        bareTimes.push(await timeToFigures(bareUrl, { selector: 'h1', text: 'Hej' }));
      // Round by round, every view once per round: a drift in the machine's load falls on every view alike,
      // not on the views measured last.
      const runs = new Map<string, number[]>(VIEW_PROBES.map((probe) => [probe.view, []]));
      for (let i = 0; i < RUNS; i++) {
        for (const probe of VIEW_PROBES)
          runs.get(probe.view)?.push(await timeToFigures(`${appUrl}?visning=${probe.view}`, probe));
      }
      const times = new Map<string, number>([...runs].map(([view, values]) => [view, median(values)]));
      const estimate = times.get('estimat') ?? Number.NaN;
      results.push({
        name: 'bare app: its heading on screen',
        value: `${median(bareTimes).toFixed(0)} ms`,
        note: `median of ${RUNS} first visits`,
      });
      for (const probe of VIEW_PROBES) {
        const time = times.get(probe.view) ?? Number.NaN;
        results.push({
          name: `${probe.label}: figures on screen`,
          value: `${time.toFixed(0)} ms`,
          note:
            probe.view === 'estimat'
              ? `median of ${RUNS} first visits; the yardstick`
              : `${(time / estimate).toFixed(2)}× the estimate; budget ≤ ${BUDGET.viewRatio}×: ${verdict(time <= estimate * BUDGET.viewRatio)}`,
        });
      }
    }

    // Lighthouse, mobile (its default: emulated phone, simulated slow 4G and CPU), Debian's Chromium.
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    try {
      const lhBare = await medianLighthouse(bareUrl, chrome.port);
      results.push({
        name: 'Lighthouse bare app (median): perf / a11y / BP / SEO',
        value: `${lhBare.performance}/${lhBare.accessibility}/${lhBare.bestPractices}/${lhBare.seo}`,
        note: `${lhBare.range}; CLS ${lhBare.cls.toFixed(3)}; ${lhBare.metrics} ms${lhBare.failing.length > 0 ? `; failing: ${lhBare.failing.join(', ')}` : ''}`,
      });
      for (const probe of VIEW_PROBES) {
        const lh = await medianLighthouse(`${appUrl}?visning=${probe.view}`, chrome.port);
        const ok =
          lh.performance >= BUDGET.performance &&
          lh.accessibility >= BUDGET.accessibility &&
          lh.bestPractices >= BUDGET.bestPractices &&
          lh.seo >= BUDGET.seo &&
          lh.cls < BUDGET.cls;
        results.push({
          name: `Lighthouse ${probe.label} (median): perf / a11y / BP / SEO`,
          value: `${lh.performance}/${lh.accessibility}/${lh.bestPractices}/${lh.seo}`,
          note: `${lh.range}; CLS ${lh.cls.toFixed(3)}; ${lh.metrics} ms; budget ≥ ${BUDGET.performance}/100/100/100, CLS < ${BUDGET.cls}: ${verdict(ok)}${lh.failing.length > 0 ? `; failing: ${lh.failing.join(', ')}` : ''}`,
        });
      }
    } finally {
      chrome.kill();
    }
  } finally {
    await appServer.stop();
    await bareServer.stop();
  }
  return results;
}

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ESTIMATE_PROBE, probeVisible, VIEW_PROBES } from '../../scripts/bench/views.ts';
import { axeViolations, CHROMIUM, openSession, sessionForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const session = sessionForFile();
const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

/** Sums every layout shift not caused by input, from the page's first paint on. */
const LAYOUT_SHIFT_OBSERVER = `
  window.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
`;

/** The words of the first element matching `selector` whose letters lie on more than one line. */
function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const element = document.querySelector(selector);
    const broken: string[] = [];
    const walker = document.createTreeWalker(element ?? document.createElement('i'), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
    return broken;
  }, selector);
}

describe('the look: Det Fælles Designsystem', () => {
  it('given each view loaded afresh, then nothing shifts on load, axe finds no violation, and a screenshot is saved for review', async () => {
    const { page, context } = session;
    mkdirSync(SCREENSHOTS, { recursive: true });
    await context.addInitScript(LAYOUT_SHIFT_OBSERVER);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      for (const probe of VIEW_PROBES) {
        await page.goto(`${baseUrl}?visning=${probe.view}`);
        await page.waitForFunction(probeVisible, probe);
        await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => setTimeout(r, 300))));
        await page.screenshot({ path: resolve(SCREENSHOTS, `${probe.view}-${width}.png`), fullPage: true });
        const shift = await page.evaluate(
          () => (window as unknown as { __layoutShift: number }).__layoutShift,
        );
        expect({ view: probe.view, width, shift: shift < 0.02 ? 'below 0.02' : shift }).toEqual({
          view: probe.view,
          width,
          shift: 'below 0.02',
        });
        if (width === 1280) expect(await axeViolations(page)).toEqual([]);
      }
    }
  });

  it('given a phone and the fallback font of a first visit, then no word of a view’s heading breaks across lines', async () => {
    // The web font is `font-display: optional`: on a first visit that misses it, the system font stays. It is
    // wider, and Danish compounds are long ("Dobbeltkompensation"). A fresh profile, whose cache has no font.
    const fresh = await openSession({ serviceWorkers: 'block' });
    const { page } = fresh;
    await page.route('**/*.woff2', (route) => route.abort());
    try {
      await page.setViewportSize({ width: 390, height: 900 });
      for (const probe of VIEW_PROBES) {
        await page.goto(`${baseUrl}?visning=${probe.view}`);
        await page.waitForFunction(probeVisible, probe);
        const fonts = await page.evaluate(() => [...document.fonts].map((font) => font.status));
        expect(fonts.every((status) => status !== 'loaded')).toBe(true);
        expect({ view: probe.view, broken: await brokenWords(page, 'main h1') }).toEqual({
          view: probe.view,
          broken: [],
        });
      }
    } finally {
      await fresh.close();
    }
  });

  it('given the frame index.html paints before the script runs, then it is the header and footer React renders in its place', async () => {
    const { page } = session;
    const html = await (await fetch(baseUrl)).text();
    await page.goto(baseUrl);
    await page.waitForFunction(probeVisible, ESTIMATE_PROBE);
    await page.getByRole('contentinfo').getByRole('heading', { name: 'Om løsningen' }).waitFor();
    const live = await page.evaluate(() => ({
      header: document.querySelector('header')?.outerHTML ?? '',
      footerHeadings: [...document.querySelectorAll('footer h2')].map((h) => h.outerHTML),
    }));
    // What depends on the address or the settings: the current view and the authority's name.
    const normalise = (markup: string) =>
      markup
        .replace(/ aria-current="page"/g, '')
        .replace(/(<strong class="authority-name">)[^<]*(<\/strong>)/, '$1$2');
    expect(normalise(live.header)).toBe(
      normalise(/<header class="header">[\s\S]*?<\/header>/.exec(html)?.[0] ?? ''),
    );
    expect(live.footerHeadings.length).toBe(2);
    for (const heading of live.footerHeadings) expect(html).toContain(heading);
  });

  it('given a deployment’s settings, then the page wears DKFDS’s header and footer, the footer linking the accessibility statement from the settings', async () => {
    // A browser of its own, service worker blocked, so the manifest can be replaced by a fixture.
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const context = await browser.newContext({ serviceWorkers: 'block', locale: 'da-DK' });
      const page = await context.newPage();
      await page.route('**/standards/index.json', (route) =>
        route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({
            deployment: {
              municipality: 'Eksempel Kommune',
              authority: { name: 'Eksempel Kommune, Børn og Familie', phone: '12 34 56 78' },
              accessibilityStatement: 'https://was.digst.dk/eksempel-dk',
            },
            versions: [{ file: 'randers-3-2019-12-09.json' }],
          }),
        }),
      );
      await page.goto(baseUrl);
      const header = page.getByRole('banner');
      await header.getByText('Eksempel Kommune, Børn og Familie').waitFor();
      await expect(header.getByRole('link', { name: 'Serviceniveau' }).count()).resolves.toBe(1);
      const footer = page.getByRole('contentinfo');
      await footer.getByRole('heading', { name: 'Ansvarlig myndighed' }).waitFor();
      const statement = footer.getByRole('link', { name: 'Tilgængelighedserklæring' });
      await expect(statement.getAttribute('href')).resolves.toBe('https://was.digst.dk/eksempel-dk');
      await expect(footer.getByText('Telefon 12 34 56 78').count()).resolves.toBe(1);
      const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      expect(font).toContain('IBM Plex Sans');
      await page.waitForFunction(probeVisible, ESTIMATE_PROBE);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

/**
 * Serves the processing-deadline fixtures (test/fixtures/standards/processing-deadlines/) in place of the
 * build's folder, so the browser tests never depend on which municipalities' deadlines ship.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { fillDate } from './browser.ts';

const FIXTURES = resolve('test/fixtures/standards/processing-deadlines');

export async function serveProcessingFixtures(page: Page): Promise<void> {
  await page.route('**/standards/processing-deadlines/*.json', (route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop() ?? '');
    const path = resolve(FIXTURES, name);
    if (!/^[A-Za-z0-9._-]+\.json$/.test(name) || !existsSync(path)) {
      return route.fulfill({ status: 404, body: 'not found' });
    }
    return route.fulfill({ contentType: 'application/json', body: readFileSync(path, 'utf8') });
  });
}

/**
 * The Frister view with Herning's processing deadlines, a fast kontaktperson applied for, received 26.03.2026
 * and status on 10.04.2026: the case the processing-deadline and print tests both read (sources.md, Herning:
 * § 32, stk. 1, nr. 3, 4 weeks).
 */
export async function openHerningContactPersonCase(page: Page, baseUrl: string): Promise<void> {
  await serveProcessingFixtures(page);
  await page.goto(`${baseUrl}?visning=frister`);
  await fillDate(page, 'Referencedato for status', '2026-04-10');
  await page.getByLabel('Kommune').selectOption({ label: 'Herning Kommune' });
  await page.getByLabel('Hjælp der er søgt om').selectOption('fast-kontaktperson');
  await fillDate(page, 'Ansøgningen modtaget', '2026-03-26');
}

/**
 * Serves the processing-deadline fixtures (test/fixtures/standards/processing-deadlines/) in place of the
 * build's folder, so the browser tests never depend on which municipalities' deadlines ship.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

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

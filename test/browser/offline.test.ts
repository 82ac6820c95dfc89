import { describe, expect, inject, it } from 'vitest';
import { ESTIMATE_PROBE, probeVisible, VIEW_PROBES } from '../../scripts/bench/views.ts';
import { VIEW_INTROS } from '../../scripts/view-shells.ts';
import { sessionForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const session = sessionForFile();

describe('offline after the first visit', () => {
  it('given one visit online, when the browser goes offline, then every view reloads and shows its figures and the date of the standards it uses', async () => {
    const { page, context } = session;
    await page.goto(baseUrl);
    await page.waitForFunction(probeVisible, ESTIMATE_PROBE);
    // The service worker installs (precaching the shell, every view and the standards) and activates.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(baseUrl);

    await context.setOffline(true);
    try {
      for (const probe of VIEW_PROBES) {
        await page.goto(`${baseUrl}?visning=${probe.view}`);
        const response = await page.reload();
        // The worker answers with the view's own page: its heading is in what was sent, before any script.
        const intro = VIEW_INTROS.find((i) => i.view === probe.view);
        expect(await response?.text()).toContain(`<h1 id="${intro?.headingId}">${intro?.heading}</h1>`);
        await page.waitForFunction(probeVisible, probe, { timeout: 15_000 });
        // The note names the date of the kept copy (read from the cache, so a moment after the page).
        await page
          .getByRole('status')
          .filter({ hasText: /Du er offline\. .*da de sidst blev hentet: \d{1,2}\. [a-zæøå]+ \d{4}/ })
          .waitFor({ timeout: 5_000 });
        expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      }
    } finally {
      await context.setOffline(false);
    }
  });

  it('given the browser is back online, then the offline note is gone', async () => {
    const { page } = session;
    await page.goto(baseUrl);
    await page.waitForFunction(probeVisible, ESTIMATE_PROBE);
    await expect(page.getByText('Du er offline.').count()).resolves.toBe(0);
  });
});

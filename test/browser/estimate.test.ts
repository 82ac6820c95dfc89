import { describe, expect, inject, it } from 'vitest';
import { axeViolations, foreignRequests, sessionForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const session = sessionForFile();

/** The seed's table rows (seed 004) as the app must show them, with the yearly/weekly figure of record. */
const SEED_ROWS = [
  [
    'Fast kontaktperson',
    'Lette problemer/begrænsninger',
    'Lette problemer/begrænsninger 1-2 timer om ugen',
    'Pr. uge',
    'mindst 1 time',
    'højst 2 timer',
  ],
  [
    'Fast kontaktperson',
    'Moderate problemer/begrænsninger',
    'Moderate problemer/begrænsninger Op til 3 timer om ugen',
    'Pr. uge',
    'over 2 timer (afledt)',
    'højst 3 timer',
  ],
  [
    'Fast kontaktperson',
    'Svære problemer/begrænsninger',
    'Svære problemer/begrænsninger Op til 5 timer om ugen',
    'Pr. uge',
    'over 3 timer (afledt)',
    'højst 5 timer',
  ],
  [
    'Fast kontaktperson',
    'Fuldstændige problemer/begrænsninger',
    'Fuldstændige problemer/begrænsninger Over 5 timer om ugen',
    'Pr. uge',
    'over 5 timer',
    'ingen øvre grænse – individuel vurdering',
  ],
  [
    'Døgnaflastning',
    'Lette problemer/begrænsninger',
    'Lette problemer/begrænsninger Op til 36 døgn om året',
    'Pr. år',
    'ikke angivet',
    'højst 36 døgn',
  ],
  [
    'Døgnaflastning',
    'Moderate problemer/begrænsninger',
    'Moderate problemer/begrænsninger Op til 60 døgn om året',
    'Pr. år',
    'over 36 døgn (afledt)',
    'højst 60 døgn',
  ],
  [
    'Døgnaflastning',
    'Svære problemer/begrænsninger',
    'Svære problemer/begrænsninger Op til 84 døgn om året',
    'Pr. år',
    'over 60 døgn (afledt)',
    'højst 84 døgn',
  ],
  [
    'Døgnaflastning',
    'Fuldstændige problemer/begrænsninger',
    'Fuldstændige problemer/begrænsninger Over 108 døgn om året',
    'Pr. år',
    'over 108 døgn',
    'ingen øvre grænse – individuel vurdering',
  ],
] as const;

describe('the estimate in Chromium', () => {
  it('given every intervention and level of seed 004, then the figures and the quoted source appear', async () => {
    const { page } = session;
    await page.goto(baseUrl);
    for (const [intervention, level, quote, period, from, to] of SEED_ROWS) {
      await page.getByRole('combobox', { name: 'Indsats' }).selectOption({ label: intervention });
      await page.getByRole('radio', { name: level }).check();
      const row = page
        .getByRole('table', { name: 'Omfang pr. uge, måned og år' })
        .getByRole('row', { name: new RegExp(`^${period}`) });
      await row.waitFor();
      const cells = (await row.getByRole('cell').allInnerTexts()).map((text) =>
        text.replace(/\[\d+\]/g, '').trim(),
      );
      expect(cells.slice(0, 2)).toEqual([from, to]);
      await expect(
        page.getByRole('list', { name: 'Kilder' }).getByText(quote, { exact: false }).count(),
      ).resolves.toBe(1);
    }
  });

  it('given 100 døgn a year proposed for svære, then it is called above the level and in the gap, with no axe violations', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}?visning=estimat`);
    await page.getByRole('combobox', { name: 'Indsats' }).selectOption({ label: 'Døgnaflastning' });
    await page.getByRole('radio', { name: 'Svære problemer/begrænsninger' }).check();
    await page.getByRole('textbox', { name: 'Antal døgn' }).fill('100');
    await page.getByRole('combobox', { name: 'Pr.' }).selectOption({ label: 'om året' });
    const status = page.getByRole('status').filter({ hasText: 'niveauet' });
    await expect(status.textContent()).resolves.toContain('Over niveauet.');
    await expect(status.textContent()).resolves.toContain('intet niveau dækker det');
    await expect(
      page.getByText('85–108 døgn om året er ikke dækket af noget niveau').first().isVisible(),
    ).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(foreignRequests(session.requests, baseUrl)).toEqual([]);
  });

  it('given a broken standard file next to the good one on the server, then its error is shown and the good one works', async () => {
    const { context, page } = session;
    await context.route('**/standards/index.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ versions: [{ file: 'randers-3-2019-12-09.json' }, { file: 'odelagt.json' }] }),
      }),
    );
    await context.route('**/standards/odelagt.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: '{"formatVersion": 1, "id": "x", "municipality": 7',
      }),
    );
    try {
      await page.goto(baseUrl);
      const alert = page.getByRole('alert').filter({ hasText: 'kunne ikke indlæses' });
      await expect(alert.textContent()).resolves.toContain('odelagt.json ved $: ugyldig JSON');
      await page.getByRole('combobox', { name: 'Indsats' }).selectOption({ label: 'Fast kontaktperson' });
      await page.getByRole('radio', { name: 'Svære problemer/begrænsninger' }).check();
      await expect(
        page.getByRole('table', { name: 'Omfang pr. uge, måned og år' }).isVisible(),
      ).resolves.toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.unrouteAll();
    }
  });
});

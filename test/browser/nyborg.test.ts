/**
 * A second municipality's standard in Chromium: Nyborg Kommune's § 44, keyed by the child's age and stated per
 * month ("Faglig uddybning af § 44": "6-9 årige: 8 døgn pr. måned"; "Aflastninger på 15 døgn pr. måned eller
 * mere er en anbringelse og skal behandles som sådan."), beside Randers' standard 3 (seed 004).
 */
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, foreignRequests, sessionForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const session = sessionForFile();
const NYBORG_PAGE =
  'https://www.nyborg.dk/da/Borger/B%C3%B8rn-unge-og-familie/Kvalitetsstandarder-born-unge/Born-med-handicap/Kvalitetsstandard-44/Faglig-uddybning-44';

describe('Nyborg in Chromium', () => {
  it('given a caseworker who chooses Nyborg and gives the age 7, then "op til 8 døgn pr. måned" shows with the quote and the page’s address; 16 døgn is over the band and at Nyborg’s placement line', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}?visning=estimat`);
    // The deployment is Randers': that is where a user lands.
    await expect(page.getByRole('combobox', { name: 'Kommune' }).inputValue()).resolves.toBe(
      'Randers Kommune',
    );
    await page.getByRole('combobox', { name: 'Kommune' }).selectOption({ label: 'Nyborg Kommune' });
    await page
      .getByRole('combobox', { name: 'Kvalitetsstandard' })
      .selectOption({ label: 'Nyborg Kommune: Aflastning og afløsning (serviceloven § 44)' });
    await page.getByRole('combobox', { name: 'Indsats' }).selectOption({ label: 'Aflastning' });
    await page.getByRole('textbox', { name: 'Barnets alder (hele år)' }).fill('7');
    await page.getByText('7 år hører til aldersgruppen »6-9 årige«.').waitFor();
    await page
      .locator('q', { hasText: /^op til 8 døgn pr\. måned$/ })
      .first()
      .waitFor();
    const sources = page.getByRole('list', { name: 'Kilder' });
    await expect(sources.getByText('6-9 årige: 8 døgn pr. måned').count()).resolves.toBe(1);
    await expect(sources.getByRole('link', { name: NYBORG_PAGE }).count()).resolves.toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('textbox', { name: 'Antal døgn' }).fill('16');
    const status = page.getByRole('status').filter({ hasText: 'båndets loft' });
    const text = await status.textContent();
    expect(text).toContain('Over båndets loft.');
    expect(text).not.toContain('svarer til niveauet');
    expect(text).not.toContain('hul mellem');
    expect(text).toContain('Ved eller over standardens grænse for anbringelse.');
    expect(text).toContain('Aflastninger på 15 døgn pr. måned eller mere er en anbringelse');
    expect(await axeViolations(page)).toEqual([]);

    // The choice is kept in this browser: a new visit lands on Nyborg.
    expect(await page.evaluate(() => localStorage.getItem('serviceniveau:kommune'))).toBe('"Nyborg Kommune"');
    await page.goto(`${baseUrl}?visning=estimat`);
    await expect(page.getByRole('combobox', { name: 'Kommune' }).inputValue()).resolves.toBe(
      'Nyborg Kommune',
    );
    expect(foreignRequests(session.requests, baseUrl)).toEqual([]);
  });

  it('given Randers’ døgnaflastning beside Nyborg’s aflastning, then both show in døgn per year side by side, nothing is "fjernet" and no difference is taken across different cases', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}?visning=sammenlign&versioner=randers-3-2019-12-09,nyborg-44-2019-03-06`);
    const respite = page.getByRole('region', { name: 'Døgnaflastning' });
    await respite.waitFor();
    const table = respite.getByRole('table', { name: /side om side i fælles enhed: døgn om året/ });
    const caption = await table.locator('caption').textContent();
    expect(caption).toContain('nyborg-44-2019-03-06: standardens tal × 12 måneder pr. år');
    // Nyborg: "6-9 årige: 8 døgn pr. måned" is up to 96 døgn a year; Randers: "Op til 36 døgn om året".
    const cells = await table.getByRole('cell').allInnerTexts();
    expect(cells).toContain('op til 96 døgn om året');
    expect(cells).toContain('op til 36 døgn om året');
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).not.toContain('fjernet');
    expect(body).toContain('findes ikke i denne standard');
    expect(await axeViolations(page)).toEqual([]);

    await page
      .getByRole('navigation', { name: 'Dele af sammenligningen' })
      .getByRole('link', { name: 'Sagsmængde og udgift' })
      .click();
    await page.getByLabel('Antal sager: Døgnaflastning, Lette problemer/begrænsninger').fill('2');
    await page.getByLabel('Antal sager: Aflastning, 6-9 årige').fill('3');
    await page.getByText(/Ingen forskel beregnes for nyborg-44-2019-03-06/).waitFor();
    const impact = page.getByRole('table', { name: /Årligt omfang for 5 sager/ });
    const impactText = (await impact.textContent()) ?? '';
    expect(impactText).toContain('ingen forskel (forskellige sager)');
    expect(impactText).not.toMatch(/[+−]\d/);
    expect(await axeViolations(page)).toEqual([]);
  });
});

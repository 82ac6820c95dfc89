import { describe, expect, inject, it } from 'vitest';
import { axeViolations, foreignRequests, sessionForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const session = sessionForFile();
/** The comparison of the version in force with the draft the first test makes (the draft stays in storage). */
let comparison = '';

describe('comparing the shipped version with a draft in Chromium', () => {
  it('given a draft that closes the 85–108 døgn gap, then the chart summary states the change, a reload reproduces it, and axe finds nothing', async () => {
    const { page, requests } = session;
    // The comparison's own "Start et udkast" opens the editor on the version shown.
    await page.goto(`${baseUrl}?visning=sammenlign`);
    await page.getByRole('link', { name: 'Start et udkast' }).click();
    await page.getByRole('button', { name: 'Start udkastet' }).click();
    await page
      .getByRole('navigation', { name: 'Udkastets dele' })
      .getByRole('button', { name: 'Indsats: Døgnaflastning' })
      .click();
    await page.getByLabel('Niveau 3: øvre grænse', { exact: true }).fill('108');
    // The wording and the quote still say 84: the checks say so until they are changed too.
    await page.getByText(/Udkastet er gyldigt, men kontrollen fandt 2 advarsler/).waitFor();
    await page.getByLabel('Niveau 3: ordlyd', { exact: true }).fill('Op til 108 døgn om året');
    await page
      .getByText(/Udkastet er gyldigt, men kontrollen fandt 1 advarsel \(heraf 1 niveau, hvis citat/)
      .waitFor();
    await page.getByText('Advarsel: citatet nævner ikke 108.', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Sammenlign med gældende version' }).click();
    await page.getByText(/Versionerne er forskellige/).waitFor();
    comparison = page.url();
    expect(await axeViolations(page)).toEqual([]);

    await page
      .getByRole('navigation', { name: 'Dele af sammenligningen' })
      .getByRole('link', { name: 'Diagrammer' })
      .click();
    const summary = page.locator('#chart-summary-doegnaflastning');
    await summary.waitFor();
    const sentence = await summary.textContent();
    expect(sentence).toMatch(
      /^Døgnaflastning \(døgn om året\) i forhold til randers-3-2019-12-09: 1 af 4 niveauer er ændret i randers-3-\d{4}-\d{2}-\d{2} \(Svære problemer\/begrænsninger over 60 og højst 84 → over 60 og højst 108\)\.$/,
    );
    expect(await page.locator('.recharts-surface').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);

    // The link reopens the same comparison; the draft survived the reload in localStorage.
    const link = page.url();
    expect(link).toContain('del=diagrammer');
    expect(link).toContain('versioner=randers-3-2019-12-09');
    await page.goto(link);
    await page.locator('#chart-summary-doegnaflastning').waitFor();
    expect(await page.locator('#chart-summary-doegnaflastning').textContent()).toBe(sentence);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
  });

  it('given a CSV of 100,000 anonymised cases, then the worker reads it and the impact appears, with no case data in the URL', async () => {
    const { page, requests } = session;
    await page.goto(comparison);
    await page.getByText(/Versionerne er forskellige/).waitFor();
    await page
      .getByRole('navigation', { name: 'Dele af sammenligningen' })
      .getByRole('link', { name: 'Sagsmængde og udgift' })
      .click();
    const levels = ['lette', 'moderate', 'svære', 'fuldstændige'];
    const lines = ['sag;indsats;niveau'];
    for (let i = 0; i < 100_000; i++) lines.push(`${i + 1};doegnaflastning;${levels[i % 4]}`);
    await page.getByLabel('Vælg en fil, eller træk den hertil').setInputFiles({
      name: 'sager.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\n')),
    });
    await page.getByText(/Læste 100\.000 rækker/).waitFor({ timeout: 30_000 });
    expect(
      await page.getByLabel('Antal sager: Døgnaflastning, Svære problemer/begrænsninger').inputValue(),
    ).toBe('25000');
    expect(await page.getByRole('row', { name: /Døgn i alt/ }).textContent()).toMatch(/\+/);
    expect(page.url()).not.toContain('25000');
    expect(page.url()).not.toContain('doegnaflastning%3Bsv');
    expect(await axeViolations(page)).toEqual([]);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
  });
});

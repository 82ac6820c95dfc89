import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, foreignRequests, sessionForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const session = sessionForFile();

/** The cells (not the row header) of the deadline row named `label`. */
async function rowCells(label: string): Promise<string[]> {
  const row = session.page
    .getByRole('row')
    .filter({ has: session.page.getByRole('rowheader', { name: label, exact: true }) });
  return row.getByRole('cell').allTextContents();
}

describe('the deadlines view in Chromium (Europe/Copenhagen)', () => {
  it('given a case’s dates, then it shows the deadlines, their statuses, the law-in-force warning and no axe violations', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}?visning=frister`);
    await page.getByRole('table', { name: /Frister efter Randers Kommunes standard nr\. 3/ }).waitFor();
    await page.getByLabel('Referencedato for status').fill('2026-03-10');
    await page.getByLabel('Opmærksom på behov for særlig støtte').fill('2025-10-31');
    await page.getByLabel('Børnefaglig undersøgelse afsluttet').fill('2026-02-16');
    await page.getByLabel('Afgørelse truffet').fill('2026-03-04');
    await page.getByLabel('Afgørelse modtaget af familien').fill('2026-03-05');

    // Seed 004: 4 months from 31.10.2025 is 28.02.2026 (clamped); met on 16.02.2026.
    const investigation = await rowCells('Børnefaglig undersøgelse afsluttet');
    expect(investigation[0]).toContain('28.02.2026');
    expect(investigation[0]).toContain('rykket til månedens sidste dag');
    expect(investigation[1]).toBe('Overholdt (16.02.2026)');
    expect(investigation[2]).toContain('barnets lov § 20, stk. 3');
    // "inden for 2 uger": 16.02 + 14 days = 02.03.2026; the decision came on 04.03.
    const decision = await rowCells('Afgørelse om støtte');
    expect(decision[0]).toBe('02.03.2026');
    expect(decision[1]).toBe('Nået for sent: 2 dage efter fristen (04.03.2026)');
    // Seed 001: 4 weeks after the family received the decision.
    const complaint = await rowCells('Klagefrist for familien');
    expect(complaint[0]).toBe('02.04.2026');
    expect(complaint[1]).toBe('Løber (udløber om 23 dage)');
    // Help not started: the follow-ups are open, not wrong.
    expect((await rowCells('Første opfølgning'))[0]).toBe('–');

    const warning = page.locator('.law-in-force');
    await expect(warning.textContent()).resolves.toContain(
      'Standarden henviser til serviceloven § 52, stk. 3, nr. 6 (Fast kontaktperson); den 04.03.2026 gælder barnets lov § 32, stk. 1, nr. 3',
    );
    await expect(warning.textContent()).resolves.toContain(
      'nr. 3 (bekræftet af Herning Kommunes frister og lovteksten på lovguiden.dk).',
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('given the dates stay in this tab, then a reload keeps them and the URL never carries them', async () => {
    const { page } = session;
    await page.reload();
    await page.getByRole('table', { name: /Frister efter/ }).waitFor();
    expect(await page.getByLabel('Opmærksom på behov for særlig støtte').inputValue()).toBe('2025-10-31');
    expect(page.url()).not.toMatch(/2025|2026/);
  });

  it('given the calendar download, then the file is a calendar with one VEVENT per dated deadline', async () => {
    const { page } = session;
    const dated = (await page.locator('.deadline-table tbody tr td:nth-child(2)').allTextContents()).filter(
      (t) => t !== '–',
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Hent kalenderfil (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('frister-2026-03-10.ics');
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.match(/BEGIN:VEVENT\r\n/g)?.length).toBe(dated.length);
    expect(text.match(/END:VEVENT\r\n/g)?.length).toBe(dated.length);
    // The investigation, the decision and the complaint have dates; the follow-ups wait for the help to start.
    expect(dated.length).toBe(3);
    // All-day, on the dates the page shows (the Copenhagen date is the file's date).
    expect(text).toContain('DTSTART;VALUE=DATE:20260228\r\n');
    expect(text).toContain('DTSTART;VALUE=DATE:20260302\r\n');
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('given the whole session, then no request left the app’s own origin', () => {
    expect(foreignRequests(session.requests, baseUrl)).toEqual([]);
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, foreignRequests, sessionForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const session = sessionForFile();

async function addGrant(page: Page, option: string, amount: string) {
  await page.getByRole('combobox', { name: 'Indsats' }).selectOption({ label: option });
  await page.getByRole('textbox', { name: /^Omfang/ }).fill(amount);
  await page.getByRole('button', { name: 'Tilføj til pakken' }).click();
}

describe('the package in Chromium', () => {
  it('given respite under § 84 and § 52 and tabt arbejdsfortjeneste, then the explanation names both grants, the shared purpose and the indication, and survives a reload', async () => {
    const { page, requests } = session;
    await page.goto(`${baseUrl}?visning=pakke`);
    await addGrant(page, 'Aflastning uden for hjemmet (serviceloven § 84, jf. § 44)', '24');
    await addGrant(page, 'Døgnaflastning (serviceloven § 52, stk. 3, nr. 5)', '36');
    await addGrant(page, 'Tabt arbejdsfortjeneste (serviceloven § 42)', '37');

    const respite = page.getByRole('article', { name: /Samme formål: aflastning efter to bestemmelser/ });
    const text = await respite.textContent();
    expect(text).toContain('Dobbeltkompensation');
    expect(text).toContain('Aflastning uden for hjemmet (serviceloven § 84, jf. § 44; standard nr. 2)');
    expect(text).toContain('Døgnaflastning (serviceloven § 52, stk. 3, nr. 5; standard nr. 3)');
    expect(text).toContain('Fælles formål: Aflastning af familien');
    expect(text).toContain(
      'ikke modtager hjælp efter forskellige bestemmelser til det samme formål og behov',
    );

    const reduction = page
      .getByRole('article', { name: /Tabt arbejdsfortjeneste nedsættes/ })
      .filter({ hasText: '36 døgn om året' });
    expect(await reduction.textContent()).toContain(
      '36 døgn om året × 37 timer om ugen ÷ 7 dage om ugen = 190,29 timer om året',
    );
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    const table = page.getByRole('table', { name: /Bevillinger i pakken \(3 af højst 200\)/ });
    await table.waitFor();
    expect(await table.getByRole('rowheader').allInnerTexts()).toEqual([
      expect.stringContaining('Aflastning uden for hjemmet'),
      expect.stringContaining('Døgnaflastning'),
      expect.stringContaining('Tabt arbejdsfortjeneste'),
    ]);
    expect(await page.getByRole('article', { name: /Samme formål: aflastning/ }).count()).toBe(1);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
  });

  it('given a corrupted stored package, then the page reports it and still works', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}?visning=pakke`);
    // Let the view finish reading and writing its own package first, so it cannot write over the bad value.
    await page.getByRole('combobox', { name: 'Indsats' }).waitFor();
    await page.evaluate(() => localStorage.setItem('serviceniveau:pakke', '{ikke json'));
    await page.reload();
    // The view is loaded on demand: wait for it before counting what it reports.
    await page.getByRole('combobox', { name: 'Indsats' }).waitFor();
    // The stored package is read after the view appears: wait for its report (a count right away raced it).
    const notice = page.getByRole('region', { name: 'Dele af den gemte pakke kunne ikke læses' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('hele pakken: ugyldig JSON');
    expect(await page.getByText('Pakken er tom.').count()).toBe(1);
  });
});

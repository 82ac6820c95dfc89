import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, fillDate, foreignRequests, sessionForFile } from './browser.ts';
import { openHerningContactPersonCase } from './processing-fixtures.ts';

const baseUrl = inject('baseUrl');
const session = sessionForFile();
const folder = mkdtempSync(join(tmpdir(), 'serviceniveau-pdf-'));
afterAll(() => {
  if (!process.env.KEEP_PDF) rmSync(folder, { recursive: true, force: true });
});

/** Print the page as Chromium does (print media, A4 from the page's @page rule) and read the PDF back. */
async function printToPdf(page: Page, name: string): Promise<{ text: string; pdf: Buffer }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  const file = join(folder, `${name}.pdf`);
  writeFileSync(file, pdf);
  // pdftotext (Debian's poppler-utils, installed by scripts/ensure-debian-packages.mjs) reads the text layer.
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  return { text, pdf };
}

async function visibleControls(page: Page): Promise<number> {
  return page.locator('input:visible, select:visible, textarea:visible').count();
}

function isA4(pdf: Buffer): boolean {
  // A4 is 595.28 × 841.89 points; Chromium writes it as the page's MediaBox.
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  return box !== null && Math.abs(Number(box[1]) - 595.28) < 1 && Math.abs(Number(box[2]) - 841.89) < 1;
}

describe('the estimate’s justification, copy and print', () => {
  it('given Randers, fast kontaktperson, moderate, 25.11.2026, then the justification names barnets lov § 32, stk. 1, nr. 3 confirmed and the seed’s level', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}?visning=estimat`);
    await fillDate(page, 'Afgørelsesdato', '2026-11-25');
    await page.getByRole('combobox', { name: 'Indsats' }).selectOption({ label: 'Fast kontaktperson' });
    await page.getByRole('radio', { name: 'Moderate problemer/begrænsninger' }).check();
    const text = (await page.locator('.justification-text').textContent()) ?? '';
    // Seed 004: "Op til 3 timer om ugen"; Herning's list confirms barnets lov § 32, stk. 1, nr. 3.
    expect(text).toContain('»Op til 3 timer om ugen«');
    expect(text).toContain(
      'barnets lov § 32, stk. 1, nr. 3 (standarden henviser til serviceloven § 52, stk. 3, nr. 6',
    );
    expect(text).not.toContain('skal verificeres');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('given a click on copy, then the text goes to the clipboard, or is selected where the clipboard is refused', async () => {
    const { page } = session;
    const expected = (await page.locator('.justification-text').textContent()) ?? '';
    await page.evaluate(() => {
      const w = window as unknown as { copied: string };
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: {
          writeText: async (t: string) => {
            w.copied = t;
          },
        },
      });
    });
    await page.getByRole('button', { name: 'Kopiér begrundelsen' }).click();
    await page.getByText('Begrundelsen er kopieret.').waitFor();
    expect(await page.evaluate(() => (window as unknown as { copied: string }).copied)).toBe(expected);

    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new Error('refused')) },
      });
    });
    await page.getByLabel('Bevilget omfang i timer (valgfrit)').fill('4');
    await page.getByRole('button', { name: 'Kopiér begrundelsen' }).click();
    await page.getByText(/Begrundelsen er markeret: tryk Ctrl\+C/).waitFor();
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(selected).toContain('Der bevilges 4 timer om ugen.');
    expect(selected).toContain('det kræver en individuel vurdering');
  });

  it('given the estimate printed, then the PDF is A4, has no empty input boxes and carries the figures, sources, version and date', async () => {
    const { page } = session;
    const { text, pdf } = await printToPdf(page, 'estimat');
    expect(await visibleControls(page)).toBe(0);
    expect(isA4(pdf)).toBe(true);
    expect(text).toContain('Op til 3 timer om ugen');
    expect(text).toContain('barnets lov § 32, stk. 1, nr. 3');
    expect(text).toContain('Der bevilges 4 timer om ugen.');
    expect(text).toContain('randers-3-2019-12-09');
    expect(text).toContain('Afgørelsesdato 25.11.2026');
    expect(text).toMatch(/Udskrevet den \d{2}\.\d{2}\.\d{4}/);
    expect(text).not.toContain('Kopiér begrundelsen');
    await page.emulateMedia({ media: 'screen' });
  });

  it('given the deadlines printed with Herning’s deadline, then the PDF has the dates as text and no input boxes', async () => {
    const { page } = session;
    await openHerningContactPersonCase(page, baseUrl);
    const { text, pdf } = await printToPdf(page, 'frister');
    expect(await visibleControls(page)).toBe(0);
    expect(isA4(pdf)).toBe(true);
    expect(text).toContain('Fristen udløber 23.04.2026');
    expect(text).toContain('Ansøgningen modtaget 26.03.2026');
    expect(text).toContain('4 uger efter »Ansøgningen modtaget«');
    expect(text).toContain(
      'https://www.herning.dk/om-kommunen/frister-for-sagsbehandling/frister-i-boern-og-unge/',
    );
    expect(text).toContain('Referencedato for status 10.04.2026');
    expect(text).toMatch(/Udskrevet den \d{2}\.\d{2}\.\d{4}/);
    expect(text).toContain('randers-3-2019-12-09');
    await page.emulateMedia({ media: 'screen' });
    expect(foreignRequests(session.requests, baseUrl)).toEqual([]);
  });
});

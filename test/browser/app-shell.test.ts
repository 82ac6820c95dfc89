import { describe, expect, inject, it } from 'vitest';
import { axeViolations, foreignRequests, sessionForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const session = sessionForFile();

describe('the app shell in Chromium', () => {
  it('given the built app, then it speaks Danish, names its views and has no axe violations', async () => {
    const { page } = session;
    await page.goto(baseUrl);
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    const nav = page.getByRole('navigation', { name: 'Visninger' });
    await nav.waitFor();
    for (const name of ['Estimat', 'Dobbeltkompensation', 'Frister', 'Sammenlign versioner']) {
      await expect(nav.getByRole('link', { name }).count()).resolves.toBe(1);
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  it('given every view is visited, then no request leaves the app’s own origin', async () => {
    const { page, requests } = session;
    for (const view of ['estimat', 'pakke', 'frister', 'sammenlign']) {
      await page.goto(`${baseUrl}?visning=${view}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
    }
    expect(requests.length).toBeGreaterThan(0);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
  });

  it('given every view, then no field asks for a name, CPR number or contact details, and no cookie is set', async () => {
    const { page } = session;
    const labels: string[] = [];
    for (const view of ['estimat', 'pakke', 'frister', 'sammenlign']) {
      await page.goto(`${baseUrl}?visning=${view}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('input, select, textarea').first().waitFor();
      labels.push(
        ...(await page.evaluate(() =>
          [...document.querySelectorAll('input, select, textarea')].map((element) => {
            const control = element as HTMLInputElement;
            const label = [...(control.labels ?? [])].map((l) => l.textContent ?? '').join(' ');
            return `${label} ${control.getAttribute('aria-label') ?? ''} ${control.name} ${control.autocomplete}`;
          }),
        )),
      );
    }
    expect(labels.length).toBeGreaterThan(10);
    expect(
      labels.filter((label) => /navn|cpr|personnummer|adresse|e-?mail|telefon|\bname\b|\btel\b/i.test(label)),
    ).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });
});

import { describe, expect, inject, it } from 'vitest';
import { axeViolations, fillDate, foreignRequests, sessionForFile } from './browser.ts';
import { openHerningContactPersonCase } from './processing-fixtures.ts';

const baseUrl = inject('baseUrl');
const session = sessionForFile();

/** The value shown beside a term of the result's description list. */
async function fact(term: string | RegExp): Promise<string> {
  const dt = session.page.locator('.processing-facts dt').filter({ hasText: term });
  return (await dt.locator('xpath=following-sibling::dd[1]').textContent()) ?? '';
}

describe('the processing deadline (sagsbehandlingsfrist) in the Frister view', () => {
  it('given Herning and a contact person, then 4 weeks under barnets lov § 32, stk. 1, nr. 3 with its source', async () => {
    const { page } = session;
    await openHerningContactPersonCase(page, baseUrl);

    // sources.md, Herning: "§ 32, stk. 1, nr. 3 Udpegning af en fast kontaktperson … 4 uger, sideløbende med
    // afdækning eller børnefaglig undersøgelse".
    expect(await fact('Frist for afgørelse')).toContain('4 uger efter »Ansøgningen modtaget«');
    expect(await fact('Hjælp')).toContain('barnets lov § 32, stk. 1, nr. 3');
    expect(await fact('Fristen udløber')).toBe('23.04.2026');
    expect(await fact(/^Status pr\./)).toBe('Forfalder om 13 dage');
    const source = await page.locator('.processing-result .citation-line').last().textContent();
    expect(source).toContain(
      'https://www.herning.dk/om-kommunen/frister-for-sagsbehandling/frister-i-boern-og-unge/',
    );
    expect(source).toContain('4 uger, sideløbende med afdækning eller børnefaglig undersøgelse');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('given Sønderborg’s § 45 row, then it is shown as quoted, with the 16–18 finding', async () => {
    const { page } = session;
    await page.getByLabel('Kommune').selectOption({ label: 'Sønderborg Kommune' });
    await page.getByLabel('Hjælp der er søgt om').selectOption('ledsagelse');
    const result = page.locator('.processing-result');
    await expect(result.textContent()).resolves.toContain(
      'Ledsagelse til unge 16-18 år, op til 15 timer pr. måned op til 10 uger § 45',
    );
    await expect(result.textContent()).resolves.toContain('Bemærk i kilden:');
    await expect(result.textContent()).resolves.toContain('mellem 12 og 18 år');
  });

  it('given a municipality that states 20 working days (a test fixture), then 26.03.2026 gives 28.04.2026, past weekends and Easter', async () => {
    const { page } = session;
    await page.getByLabel('Kommune').selectOption({ label: 'Eksempel Kommune (fiktiv testkommune)' });
    await page.getByLabel('Hjælp der er søgt om').selectOption('fast-kontaktperson');
    await fillDate(page, 'Ansøgningen modtaget', '2026-03-26');
    // The holiday calendar is its own chunk, loaded when a deadline in working days is shown.
    await page.locator('.processing-due', { hasText: '28.04.2026' }).waitFor();
    expect(await fact('Frist for afgørelse')).toContain('20 arbejdsdage');
    expect(await fact('Fristen udløber')).toBe('28.04.2026');
    const rule = await page.locator('.processing-result .hint').first().textContent();
    expect(rule).toContain('Arbejdsdage er mandag til fredag undtagen helligdage');
    expect(rule).toContain('Store bededag er ikke helligdag fra 2024');
    expect(rule).toContain('Skærtorsdag 02.04.2026, Langfredag 03.04.2026, Anden påskedag 06.04.2026');
    await fillDate(page, 'Afgørelse truffet (hvis sket)', '2026-04-30');
    expect(await fact(/^Status pr\./)).toBe('Nået for sent: 2 dage efter fristen (30.04.2026)');
    expect(await axeViolations(page)).toEqual([]);
    expect(foreignRequests(session.requests, baseUrl)).toEqual([]);
  });

  // barnets lov § 95, stk. 3 (sources.md): "Kommunalbestyrelsen skal i forbindelse med den første opfølgning
  // træffe beslutning om den fremadrettede tilrettelæggelse af opfølgningen."
  it('given a follow-up under barnets lov, then the cadence is asked for, the local rule is labelled, and axe finds nothing', async () => {
    const { page } = session;
    await fillDate(page, 'Referencedato for status', '2026-04-01');
    await fillDate(page, 'Støtte iværksat', '2026-01-05');
    await page.getByRole('button', { name: 'Tilføj opfølgning' }).click();
    await fillDate(page, 'Opfølgning nr. 1', '2026-03-20');
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /Løbende opfølgning/ }) });
    await expect(row.getByRole('cell').nth(1).textContent()).resolves.toBe(
      'Åben: angiv hyppigheden besluttet i sagen (barnets lov § 95)',
    );
    const question = page.getByRole('group', {
      name: 'Opfølgning efter den første opfølgning (barnets lov § 95)',
    });
    expect(await axeViolations(page)).toEqual([]);
    await question.getByRole('radio', { name: 'Brug standardens 6 måneder (lokal regel)' }).check();
    await expect(row.getByRole('cell').first().textContent()).resolves.toBe('20.09.2026');
    await expect(row.getByRole('cell').nth(2).textContent()).resolves.toContain('Lokal regel (standardens)');
    await question.getByRole('radio', { name: 'Hyppighed besluttet i sagen' }).check();
    await question.getByLabel('Opfølgning hver (antal)').fill('3');
    await expect(row.getByRole('cell').first().textContent()).resolves.toBe('20.06.2026');
    expect(await axeViolations(page)).toEqual([]);
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { runCheckStandards } from '../check-standards-cli.ts';
import { axeViolations, fillDate, foreignRequests, sessionForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const session = sessionForFile();

/** Runs the repository's own check on a folder holding only `file`; returns its exit code and output. */
function checkStandards(file: string, text: string): { code: number; output: string } {
  const folder = mkdtempSync(join(tmpdir(), 'serviceniveau-export-'));
  writeFileSync(join(folder, file), text);
  writeFileSync(join(folder, 'index.json'), JSON.stringify({ versions: [{ file }] }));
  const { status, output } = runCheckStandards(folder);
  return { code: status, output };
}

/** The exported file passes the real `check:standards` with no error. */
function expectPassesCheckStandards(exported: { file: string; text: string }): void {
  const check = checkStandards(exported.file, exported.text);
  expect(check.output).not.toMatch(/^FEJL /m);
  expect(check.output).toMatch(new RegExp(`^OK {3}${exported.file} `, 'm'));
  expect(check.output).toContain('1 standardfiler kontrolleret, 0 fejl.');
  expect(check.code).toBe(0);
}

async function exportDraft(page: Page): Promise<{ file: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportér som standardfil' }).click();
  const file = await download;
  const path = join(mkdtempSync(join(tmpdir(), 'serviceniveau-download-')), file.suggestedFilename());
  await file.saveAs(path);
  return { file: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** The field with exactly this label (Playwright's default also matches labels that contain it). */
function byLabel(page: Page, text: string) {
  return page.getByLabel(text, { exact: true });
}

async function section(page: Page, name: string | RegExp) {
  await page.getByRole('navigation', { name: 'Udkastets dele' }).getByRole('button', { name }).click();
}

async function fillCitation(page: Page, label: string, source: string, part: string, quote: string) {
  await byLabel(page, `${label}: dokument`).selectOption({ label: source });
  await byLabel(page, `${label}: afsnit`).fill(part);
  await byLabel(page, `${label}: citat (ordret)`).fill(quote);
}

const RANDERS_TITLE =
  'Kvalitetsstandard for foranstaltninger i form af familiekonsulent, kontaktperson og døgnaflastning (kvalitetsstandard nr. 3)';

// Seed 004, as the text file has it (the last label hyphenated over two lines).
const CONTACT_TABLE = `Niveau Omfang

Lette problemer/begrænsninger  1-2 timer om ugen

Moderate problemer/begrænsninger Op til 3 timer om ugen

Svære problemer/begrænsninger Op til 5 timer om ugen
 Fuldstændige problemer/begrænsnin-
ger

Over 5 timer om ugen`;

const RESPITE_TABLE = `Lette problemer/begrænsninger  Op til 36 døgn om året
Moderate problemer/begrænsninger Op til 60 døgn om året
Svære problemer/begrænsninger Op til 84 døgn om året
Fuldstændige problemer/begrænsninger Over 108 døgn om året`;

async function addLevelIntervention(
  page: Page,
  name: string,
  nr: string,
  provisionQuote: string,
  purpose: string,
  purposeQuote: string,
  table: string,
  tableSection: string,
) {
  await section(page, 'Ny indsats');
  await byLabel(page, "Ny indsats' navn").fill(name);
  await page.getByRole('button', { name: 'Tilføj indsats' }).click();
  await byLabel(page, 'Indsatsens navn').waitFor();
  await page.getByRole('button', { name: 'Tilføj bestemmelse' }).click();
  await byLabel(page, 'Bestemmelse 1: paragraf').fill('52');
  await byLabel(page, 'Bestemmelse 1: stk. (valgfri)').fill('3');
  await byLabel(page, 'Bestemmelse 1: nr. (valgfri)').fill(nr);
  await fillCitation(page, 'Bestemmelse 1', RANDERS_TITLE, 'Lovgrundlag – Uddrag af § 52', provisionQuote);
  await byLabel(page, 'Formålet med indsatsen').fill(purpose);
  await fillCitation(
    page,
    'Formålet',
    RANDERS_TITLE,
    `${name} – Hvad er formålet med støtten?`,
    purposeQuote,
  );
  await byLabel(page, 'Niveautabellen, som den står i dokumentet').fill(table);
  await page.getByRole('button', { name: 'Læs tabellen' }).click();
  for (const box of await page.getByRole('checkbox', { name: /^Godkend række/ }).all()) await box.check();
  await byLabel(page, 'Citaternes afsnit').fill(tableSection);
  await page.getByRole('button', { name: /^Overfør godkendte rækker/ }).click();
  await page.getByText(/4 niveauer er overført/).waitFor();
}

describe('the standard editor in Chromium', () => {
  it("given Randers' standard 3 made from blank with seed 004's tables pasted, then the exported file passes check:standards", async () => {
    const { page, requests } = session;
    await page.goto(`${baseUrl}?visning=rediger`);
    await page.getByRole('radio', { name: 'En ny standard fra bunden' }).check();
    await byLabel(page, 'Kommune').fill('Randers Kommune');
    await byLabel(page, 'Standardens titel').fill(RANDERS_TITLE);
    await byLabel(page, 'Standardens nummer (valgfri)').fill('3');
    await page.getByRole('button', { name: 'Start udkastet' }).click();

    // The error summary says what is missing and links to it.
    const summary = page.getByRole('region', { name: /Udkastet har \d+ fejl/ });
    // By keyboard: the link opens the section and puts focus where the message is.
    await summary.getByRole('link', { name: /Kilder: mindst én kilde/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('felt-sources');
    expect(await page.locator('#felt-sources').textContent()).toContain('mindst én kilde');
    await byLabel(page, 'Ny kildes titel').fill(RANDERS_TITLE);
    await page.getByRole('button', { name: 'Tilføj kilde' }).click();
    await byLabel(page, 'Kilde 1: udgiver').fill('Randers Kommune');
    await page
      .getByLabel('Kilde 1: adresse (URL eller reference)')
      .fill(
        'https://www.randers.dk/borger/socialt/socialt-udsatte/udsatteomraadet/kvalitetsstandarder-paa-socialomraadet/3-kvalitetsstandard-for-foranstaltninger-i-form-af-familiekonsulent-kontaktperson-og-doegnaflastning-paa-boerne-og-ungehandicapomraadet/',
      );

    await section(page, 'Lovgrundlag');
    await page.getByRole('button', { name: 'Tilføj lovgrundlag' }).click();
    await byLabel(page, 'Lovgrundlag 1: paragraf').fill('52');
    await byLabel(page, 'Lovgrundlag 1: stk. (valgfri)').fill('3');
    await fillCitation(
      page,
      'Lovgrundlag 1',
      RANDERS_TITLE,
      'Kvalitetsstandard nr. 3',
      'Når dit barn vurderes at have brug for særlig støtte, er der en række muligheder for at iværksætte foranstaltninger efter servicelovens § 52, stk.3.',
    );

    await addLevelIntervention(
      page,
      'Fast kontaktperson',
      '6',
      '6) Udpegning af en fast kontaktperson for barnet eller den unge eller for hele familien.',
      'En stabil voksenkontakt, der støtter barnets trivsel og udvikling.',
      'Formålet med indsatsen er at tilbyde dit barn en stabil voksenkontakt til at støtte op om en bedre trivsel og positiv udvikling, og derved understøtte at dit barns og families mestreringsevne styrkes.',
      CONTACT_TABLE,
      'Fast kontaktperson – niveautabel',
    );
    expect(await axeViolations(page)).toEqual([]);
    await addLevelIntervention(
      page,
      'Døgnaflastning',
      '5',
      '5) Aflastningsordning, jf. § 55, i en almen plejefamilie, i en forstærket plejefamilie, i en specialiseret plejefamilie eller i en netværksplejefamilie eller på et opholdssted eller en døgninstitution, jf. § 66, stk. 1, nr. 1-3, 5 og 6.',
      'Arbejde med barnets udvikling og mestringsevne.',
      'Formålet med en døgnaflastningsordning er at arbejde med dit barns udvikling og mestringsevne og understøtte, at du og din familie på sigt selv kan tilgodese dit barns særlige behov.',
      RESPITE_TABLE,
      'Døgnaflastning – niveautabel',
    );
    // The units follow the pasted words: døgn per year here, and the 85–108 hole is reported as one types.
    expect(await byLabel(page, 'Enhed').inputValue()).toBe('days');
    expect(await byLabel(page, 'Periode').inputValue()).toBe('year');
    await page
      .getByRole('region', { name: 'Kontrol af Døgnaflastning' })
      .getByText(/85–108 døgn om året er ikke dækket/)
      .waitFor();

    await page.getByText(/Udkastet er gyldigt, men kontrollen fandt 1 advarsel/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const exported = await exportDraft(page);
    expect(exported.file).toMatch(/^randers-kvalitetsstandard-.+\.json$/);
    const json = JSON.parse(exported.text) as {
      municipality: string;
      standard: { number: number };
      status: string;
    };
    expect(json).toMatchObject({ municipality: 'Randers Kommune', standard: { number: 3 }, status: 'draft' });
    expectPassesCheckStandards(exported);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
  });

  it('given a new version of Randers 3 that closes the 85–108 gap, then it compares against the version in force', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}?visning=rediger&fra=randers-3-2019-12-09`);
    await page.getByRole('radio', { name: /En ny version af en standard/ }).check();
    expect(await byLabel(page, 'Version').inputValue()).toBe('randers-3-2019-12-09');
    await page.getByRole('button', { name: 'Start udkastet' }).click();
    await section(page, 'Indsats: Døgnaflastning');
    await byLabel(page, 'Niveau 3: øvre grænse').fill('108');
    await byLabel(page, 'Niveau 3: ordlyd').fill('Op til 108 døgn om året');
    // Undo with the keyboard (outside a text field) brings the old wording back; redo restores it.
    await page.getByRole('button', { name: 'Fortryd' }).focus();
    await page.keyboard.press('Control+z');
    expect(await byLabel(page, 'Niveau 3: ordlyd').inputValue()).toBe('Op til 84 døgn om året');
    await page.keyboard.press('Control+Shift+z');
    expect(await byLabel(page, 'Niveau 3: ordlyd').inputValue()).toBe('Op til 108 døgn om året');
    // The level still quotes the 2019 words ("Op til 84"): 108 needs the council's own proposal as its source.
    await page.getByText(/citatet nævner ikke 108/).waitFor();
    await section(page, 'Kilder');
    await byLabel(page, 'Ny kildes titel').fill('Forslag til revideret kvalitetsstandard nr. 3');
    await page.getByRole('button', { name: 'Tilføj kilde' }).click();
    await byLabel(page, 'Kilde 2: adresse (URL eller reference)').fill(
      'Byrådets forslag; endnu ikke offentliggjort',
    );
    await byLabel(page, 'Kilde 2: type').selectOption({ label: 'Beslutning' });
    await section(page, 'Indsats: Døgnaflastning');
    await fillCitation(
      page,
      'Niveau 3',
      'Forslag til revideret kvalitetsstandard nr. 3',
      'Døgnaflastning – niveautabel',
      'Svære problemer/begrænsninger Op til 108 døgn om året',
    );
    await page.getByText(/Udkastet er gyldigt, og kontrollen fandt ingen advarsler/).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await section(page, 'Til godkendelse (udskrift)');
    const row = page.getByRole('row', { name: /Svære problemer\/begrænsninger Op til 108 døgn/ });
    await expect.poll(() => row.textContent()).toContain('Ændret');
    expect(await row.textContent()).toContain('før: Op til 84 døgn om året');
    await page
      .getByText(/Også ændret i forhold til randers-3-2019-12-09: Vedtagelse, Gyldighed, Kilder/)
      .waitFor();

    await page.getByRole('link', { name: 'Sammenlign med gældende version' }).click();
    await page.getByText(/Versionerne er forskellige/).waitFor();
    expect(await page.getByText('0 / +24').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("given Nyborg's § 44 made from blank with the page's level list pasted and its placement line, then the exported file passes check:standards", async () => {
    const { page, requests } = session;
    const UDDYBNING = 'Faglig uddybning af § 44';
    const SIDE = 'Aflastning og afløsning';
    await page.goto(`${baseUrl}?visning=rediger`);
    await page.getByRole('radio', { name: 'En ny standard fra bunden' }).check();
    await byLabel(page, 'Kommune').fill('Nyborg Kommune');
    await byLabel(page, 'Standardens titel').fill('Aflastning og afløsning (serviceloven § 44)');
    await page.getByRole('button', { name: 'Start udkastet' }).click();

    await section(page, 'Kilder');
    for (const [title, address] of [
      [
        UDDYBNING,
        'https://www.nyborg.dk/da/Borger/B%C3%B8rn-unge-og-familie/Kvalitetsstandarder-born-unge/Born-med-handicap/Kvalitetsstandard-44/Faglig-uddybning-44',
      ],
      [
        SIDE,
        'https://www.nyborg.dk/da/borger-og-selvbetjening/familie-og-born/kvalitetsstandarder-pa-borne-og-ungeomradet/born-med-handicap/aflastning-og-aflosning/',
      ],
    ] as const) {
      await byLabel(page, 'Ny kildes titel').fill(title);
      await page.getByRole('button', { name: 'Tilføj kilde' }).click();
      const n = title === UDDYBNING ? 1 : 2;
      // The publisher is the municipality unless changed.
      expect(await byLabel(page, `Kilde ${n}: udgiver`).inputValue()).toBe('Nyborg Kommune');
      await byLabel(page, `Kilde ${n}: adresse (URL eller reference)`).fill(address);
    }

    await section(page, 'Lovgrundlag');
    await page.getByRole('button', { name: 'Tilføj lovgrundlag' }).click();
    await byLabel(page, 'Lovgrundlag 1: paragraf').fill('44');
    await fillCitation(page, 'Lovgrundlag 1', UDDYBNING, 'Lovgrundlag', '§ 44 i Lov om social service.');

    await section(page, 'Ny indsats');
    await byLabel(page, "Ny indsats' navn").fill('Aflastning');
    await page.getByRole('button', { name: 'Tilføj indsats' }).click();
    await page.getByRole('button', { name: 'Tilføj bestemmelse' }).click();
    await byLabel(page, 'Bestemmelse 1: paragraf').fill('44');
    await fillCitation(page, 'Bestemmelse 1', UDDYBNING, 'Lovgrundlag', '§ 44 i Lov om social service.');
    await byLabel(page, 'Formålet med indsatsen').fill(
      'Hjælp til familier, der passer et barn med et stort behov for hjælp eller opsyn i hjemmet.',
    );
    await fillCitation(
      page,
      'Formålet',
      SIDE,
      'Aflastning og afløsning',
      'Du kan få hjælp, hvis du passer dit barn i hjemmet, og barnet har et stort behov for hjælp eller opsyn i alle døgnets timer.',
    );
    // sources.md, Nyborg "Faglig uddybning af § 44": the list as the page shows it, with the placement line.
    await byLabel(page, 'Niveautabellen, som den står i dokumentet').fill(
      [
        'Som udgangspunkt bevilges der aflastningsophold op til:',
        ' • 3-5 årige: 6 døgn pr. måned',
        ' • 6-9 årige: 8 døgn pr. måned',
        ' • 10-13 årige: 10 døgn pr. måned',
        ' • Over 13 år: 12 døgn pr. måned',
        '',
        'Aflastninger på 15 døgn pr. måned eller mere er en anbringelse og skal behandles som sådan.',
      ].join('\n'),
    );
    await page.getByRole('button', { name: 'Læs tabellen' }).click();
    // The council accepts the four age bands and leaves the placement line out of the levels.
    for (const band of ['3-5 årige', '6-9 årige', '10-13 årige', 'Over 13 år']) {
      await page.getByRole('checkbox', { name: new RegExp(`^Godkend række \\d+: ${band}`) }).check();
    }
    // The placement line is proposed as a rule, never as a level.
    expect(await page.getByRole('checkbox', { name: /Aflastninger på 15 døgn/ }).count()).toBe(0);
    await byLabel(page, 'Citaternes kilde').selectOption({ label: UDDYBNING });
    await byLabel(page, 'Citaternes afsnit').fill('Aflastning');
    await page.getByRole('button', { name: 'Overfør godkendte rækker (4)' }).click();
    await page.getByText(/4 niveauer er overført/).waitFor();
    expect(await byLabel(page, 'Periode').inputValue()).toBe('month');
    expect(await byLabel(page, 'Niveau 4: citat (ordret)').inputValue()).toBe(
      'Over 13 år: 12 døgn pr. måned',
    );
    expect(await axeViolations(page)).toEqual([]);

    await page
      .getByRole('button', { name: 'Tilføj som lokal regel: anbringelse fra 15 døgn om måneden' })
      .click();
    await page.getByText(/Grænsen for anbringelse er tilføjet/).waitFor();
    await section(page, 'Lokale regler');
    expect(await page.getByRole('checkbox', { name: 'Regel 1 gælder for Aflastning' }).isChecked()).toBe(
      true,
    );
    expect(await byLabel(page, 'Regel 1: fra og med (antal)').inputValue()).toBe('15');
    expect(await byLabel(page, 'Regel 1: periode').inputValue()).toBe('month');
    expect(await byLabel(page, 'Regel 1: citat (ordret)').inputValue()).toBe(
      'Aflastninger på 15 døgn pr. måned eller mere er en anbringelse og skal behandles som sådan.',
    );
    expect(await byLabel(page, 'Regel 1: afsnit').inputValue()).toBe('Aflastning');
    await page.getByRole('status').filter({ hasText: 'Udkastet er gyldigt' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const exported = await exportDraft(page);
    const json = JSON.parse(exported.text) as {
      municipality: string;
      standard: { number?: number };
      dimensions: { kind: string; values: { fromAge: number; toAge: number | null }[] }[];
      rules: { kind: string; value: number; unit: string; period: string }[];
    };
    expect(json.municipality).toBe('Nyborg Kommune');
    expect(json.standard.number).toBeUndefined();
    expect(json.dimensions[0]?.kind).toBe('age');
    expect(json.dimensions[0]?.values.at(-1)).toMatchObject({ fromAge: 14, toAge: null });
    expect(json.rules).toEqual([
      expect.objectContaining({ kind: 'placement-line', value: 15, unit: 'days', period: 'month' }),
    ]);
    expectPassesCheckStandards(exported);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
  });

  it("given a new version of Nyborg's § 44 (age bands, rules), then every section opens, is valid and axe finds nothing", async () => {
    const { page } = session;
    await page.goto(`${baseUrl}?visning=rediger&fra=nyborg-44-2019-03-06`);
    await page.getByRole('button', { name: 'Start udkastet' }).click();
    await page.getByRole('status').filter({ hasText: 'Udkastet er gyldigt' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Udkastets dele' });
    const names = (await nav.getByRole('button').allTextContents()).filter(
      (n) => n !== 'Til godkendelse (udskrift)',
    );
    for (const name of names) {
      await nav.getByRole('button', { name, exact: true }).click();
      await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
      expect(await axeViolations(page), name).toEqual([]);
    }
    // The dates are three fields each; a broken one is linked from the summary to its day field, by keyboard.
    await section(page, 'Detaljer');
    await fillDate(page, 'Gælder fra', '2027-07-');
    const summary = page.getByRole('region', { name: /Udkastet har 2 fejl/ });
    expect(await axeViolations(page)).toEqual([]);
    await summary.getByRole('link', { name: /gyldighed, fra: er ikke en rigtig kalenderdato/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('felt-effective-from-day');
    await page.keyboard.type('1');
    await page.getByRole('status').filter({ hasText: 'Udkastet er gyldigt' }).waitFor();
    await fillDate(page, 'Gælder til (tom: ingen slutdato)', '2030-12-31');
    await page.getByRole('status').filter({ hasText: 'Udkastet er gyldigt' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await section(page, 'Dimensioner');
    expect(await byLabel(page, 'Dimension 1: art').inputValue()).toBe('age');
    expect(await byLabel(page, 'Dimension 1, værdi 4: fra alder (år)').inputValue()).toBe('14');
    await section(page, 'Lokale regler');
    expect(await byLabel(page, 'Regel 1: fra og med (antal)').inputValue()).toBe('15');
    await section(page, 'Til godkendelse (udskrift)');
    await page.getByRole('heading', { name: /Lokale regler/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});

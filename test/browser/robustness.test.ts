/**
 * Issue 11 replayed in Chromium against the nginx-served build: each defect that blanked the app or gave a
 * silently wrong answer. After each, the page still has its navigation and a level-1 heading.
 */
import type { Page, Route } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { fillDate, sessionForFile, shellOf } from './browser.ts';

const baseUrl = inject('baseUrl');
// Files are replaced with page.route here: no service worker may fetch past it.
const session = sessionForFile({ serviceWorkers: 'block' });
const RANDERS_3 = 'randers-3-2019-12-09.json';

afterEach(async () => {
  await session.page.unrouteAll({ behavior: 'ignoreErrors' });
  await session.page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
});

/** Serve a standards file changed by `edit` (the shipped file fetched from the server and rewritten). */
async function rewrite(page: Page, file: string, edit: (json: Record<string, unknown>) => unknown) {
  await page.route(`**/standards/${file}`, async (route: Route) => {
    const response = await route.fetch();
    const json = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, body: JSON.stringify(edit(json)) });
  });
}

async function expectShell(page: Page, heading: string | RegExp) {
  const shell = await shellOf(page);
  expect(shell.navigation).toBe(1);
  expect(shell.headings.some((h) => (typeof heading === 'string' ? h === heading : heading.test(h)))).toBe(
    true,
  );
}

type Json = Record<string, unknown> & {
  interventions: { measure: { levels: { lower: { value: number } }[] } }[];
};

describe('issue 11: never a blank page', () => {
  it('given a standard file with a figure of 1e308, then the file and path are named and the page stays', async () => {
    const { page } = session;
    await rewrite(page, RANDERS_3, (json) => {
      const edited = json as Json;
      const level = edited.interventions[2]?.measure.levels[3];
      if (level) level.lower.value = 1e308;
      return edited;
    });
    await page.goto(baseUrl);
    await page.getByText(`${RANDERS_3}`, { exact: false }).first().waitFor();
    const alert = await page.getByRole('alert').first().textContent();
    expect(alert).toContain('$.interventions[2].measure.levels[3].lower.value');
    await expectShell(page, 'Estimat af støtte');
  });

  it('given a decision date of 9999-12-31, then the field is named and the deadlines page stays, also after a reload', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}?visning=frister`);
    await page.getByRole('table', { name: /Frister efter/ }).waitFor();
    await fillDate(page, 'Afgørelse truffet', '9999-12-31');
    // Said at the field and in the summary above the deadlines.
    await page
      .getByText('Afgørelse truffet: datoen skal ligge mellem 01.01.1900 og 31.12.2100.')
      .first()
      .waitFor();
    await expectShell(page, 'Frister i sagen');
    await page.reload();
    // Said at the field and in the summary above the deadlines.
    await page
      .getByText('Afgørelse truffet: datoen skal ligge mellem 01.01.1900 og 31.12.2100.')
      .first()
      .waitFor();
    await expectShell(page, 'Frister i sagen');
  });

  it('given a link with aaben and pris of 1e308, then the comparison opens and asks for the values', async () => {
    const { page } = session;
    await page.goto(
      `${baseUrl}?visning=sammenlign&versioner=randers-3-2019-12-09,randers-2-2019-12-09&del=sagsmaengde&aaben=doegnaflastning.days.year:1e308&pris=doegnaflastning.days:${'9'.repeat(309)}`,
    );
    await page.getByRole('heading', { name: 'Sagsmængde og udgift' }).waitFor();
    await expectShell(page, 'Sammenlign versioner');
    expect(
      await page.getByLabel(/Antagelse: omfang pr\. sag i åbent niveau, Døgnaflastning/).inputValue(),
    ).toBe('');
  });

  it('given a stored package with an amount of 1e308, then that grant is set aside and reported and the view opens', async () => {
    const { page } = session;
    await page.goto(baseUrl);
    await page.evaluate(() =>
      localStorage.setItem(
        'serviceniveau:pakke',
        JSON.stringify({
          formatVersion: 1,
          childAge: null,
          grants: [
            {
              id: 'b1',
              versionId: 'randers-3-2019-12-09',
              interventionId: 'doegnaflastning',
              amount: 1e308,
              frequency: null,
              covers: [],
            },
          ],
        }),
      ),
    );
    await page.goto(`${baseUrl}?visning=pakke`);
    await page.getByRole('region', { name: 'Dele af den gemte pakke kunne ikke læses' }).waitFor();
    await expectShell(page, 'Dobbeltkompensation');
  });

  it('given a view whose chunk is gone after a redeploy, then it says a new version is out and offers a reload', async () => {
    const { page } = session;
    // Gone before the page loads: the app fetches every view's chunk when idle, so a chunk removed later
    // would already be in the page.
    await page.route('**/assets/PackageView-*.js', (route) =>
      route.fulfill({ status: 404, body: 'Not Found' }),
    );
    await page.goto(baseUrl);
    await shellOf(page);
    await page
      .getByRole('navigation', { name: 'Visninger' })
      .getByRole('link', { name: 'Dobbeltkompensation' })
      .click();
    await page.getByText('Der er kommet en ny version af appen.').waitFor();
    expect(await page.getByRole('button', { name: 'Genindlæs siden' }).count()).toBe(1);
    await expectShell(page, 'Dobbeltkompensation');
  });

  it('given a stored draft of the wrong shape, then the editor and the comparison keep their heading and the draft can be deleted', async () => {
    const { page } = session;
    await page.goto(baseUrl);
    await page.evaluate(() => {
      localStorage.setItem(
        'serviceniveau.udkast:a1',
        JSON.stringify({ key: 'a1', json: { interventions: 5 } }),
      );
      localStorage.setItem('serviceniveau.udkast:a2', '{"key":');
    });
    await page.goto(`${baseUrl}?visning=sammenlign`);
    await expectShell(page, 'Sammenlign versioner');
    await page.goto(`${baseUrl}?visning=rediger`);
    await expectShell(page, 'Rediger standard');
    await page
      .getByRole('button', { name: /^Slet ulæseligt udkast/ })
      .first()
      .click();
    await expectShell(page, 'Rediger standard');
  });
});

describe('issue 11: no silent wrong answer', () => {
  it('given a CSV with one unclosed quote, then the quote is reported with the lines it would swallow and the other rows count', async () => {
    const { page } = session;
    await page.goto(
      `${baseUrl}?visning=sammenlign&versioner=randers-3-2019-12-09,randers-2-2019-12-09&del=sagsmaengde`,
    );
    const rows = Array.from({ length: 1004 }, () => 'doegnaflastning;lette');
    rows.splice(4, 0, '"doegnaflastning;lette');
    await page.getByLabel('Vælg en fil, eller træk den hertil').setInputFiles({
      name: 'sager.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`indsats;niveau\n${rows.join('\n')}\n`),
    });
    await page.getByText(/Læste 1\.004 rækker \(én pr\. sag\) fra sager\.csv: 1\.004 sager\./).waitFor();
    expect(await page.getByText(/Linje 6: et anførselstegn/).textContent()).toContain(
      'linje 7–1006 (1000 linjer)',
    );
    await expectShell(page, 'Sammenlign versioner');
  });

  it('given a standard file with a misspelt key, then zod’s message about it is in Danish (loaded only then)', async () => {
    const { page } = session;
    await rewrite(page, RANDERS_3, (json) => ({ ...json, kommentar: 'stavet forkert' }));
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(baseUrl);
    await page.getByText('Ukendt nøgle: "kommentar"', { exact: false }).first().waitFor();
    expect(await page.getByRole('alert').first().textContent()).toContain(RANDERS_3);
    // The Danish messages are their own chunk, fetched because a file failed.
    expect(requested.some((path) => /\/assets\/messages-da-[\w-]+\.js$/.test(path))).toBe(true);
    await expectShell(page, 'Estimat af støtte');
  });

  it('given a manifest with one bad line, then it names itself and the standards load', async () => {
    const { page } = session;
    await rewrite(page, 'index.json', (json) => ({
      ...json,
      versions: [{ fil: 'forkert.json' }, ...(json.versions as unknown[])],
    }));
    await page.goto(baseUrl);
    await page.getByRole('combobox', { name: 'Indsats' }).waitFor();
    expect(await page.getByRole('alert').first().textContent()).toContain('$.versions[0]');
    await expectShell(page, 'Estimat af støtte');
  });

  it('given two files with the same version id, then the second is named', async () => {
    const { page } = session;
    await rewrite(page, 'randers-2-2019-12-09.json', (json) => ({ ...json, id: 'randers-3-2019-12-09' }));
    await page.goto(baseUrl);
    await page
      .getByText(/bruges også i/)
      .first()
      .waitFor();
    // randers-2 is listed first and keeps the id; randers-3, listed later, is the one named.
    const alert = await page.getByRole('alert').first().textContent();
    expect(alert).toContain('randers-3-2019-12-09.json ved $.id');
    expect(alert).toContain('bruges også i randers-2-2019-12-09.json');
  });

  it('given a file that would give 240,000 schema errors, then it is refused with a message and the rest works', async () => {
    const { page } = session;
    await rewrite(page, 'randers-2-2019-12-09.json', (json) => ({
      ...json,
      dimensions: [
        {
          id: 'x',
          label: 'x',
          values: Array.from({ length: 240_000 }, (_, i) => ({ id: `X ${i}`, label: 'x' })),
        },
      ],
    }));
    await page.goto(baseUrl);
    await page.getByText(/filen er for stor/).waitFor();
    await page.getByRole('combobox', { name: 'Indsats' }).waitFor();
    await expectShell(page, 'Estimat af støtte');
  });

  it('given 200 hours a week and "1.5", then each is refused at the field', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}?indsats=fast-kontaktperson&niveau=lette`);
    const amount = page.getByRole('textbox', { name: 'Antal timer' });
    await amount.fill('200');
    await page.getByText('Antal: kan højst være 168 timer om ugen (en uge har 7 døgn).').waitFor();
    await amount.fill('1.5');
    await page.getByText(/Antal: »1\.5« er tvetydigt/).waitFor();
    await expectShell(page, 'Estimat af støtte');
  });

  it('given a CPR-like number typed into a free-text field of a draft, then it warns and the number is in neither storage nor the URL', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}?visning=rediger`);
    await page.getByRole('radio', { name: 'En ny standard fra bunden' }).check();
    await page.getByLabel('Kommune', { exact: true }).fill('Nyborg 010203-1234');
    await page.getByLabel('Standardens titel').fill('Aflastning');
    await page.getByRole('button', { name: 'Start udkastet' }).click();
    await page
      .getByText(/ser ud til at indeholde et CPR-nummer/)
      .first()
      .waitFor();
    const stored = await page.evaluate(() => JSON.stringify(localStorage));
    expect(stored).not.toContain('010203');
    expect(page.url()).not.toContain('010203');
    await expectShell(page, 'Rediger standard');
  });
});

import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Draft, editDraft } from '../../src/domain/editor/draft.ts';
import { startNewVersion } from '../../src/domain/editor/start.ts';
import CompareView from '../../src/features/compare/CompareView.tsx';
import { DRAFT_PREFIX } from '../../src/shared/drafts/useDrafts.ts';
import { loadShipped } from '../unit/shipped.ts';
import { renderWithProviders, serveStandards } from './render.tsx';

const IN_FORCE = 'randers-3-2019-12-09';
/** A new version of Randers 3 started on 2026-01-05 gets the id of its standard and date. */
const DRAFT_ID = 'randers-3-2026-01-05';

function store(draft: Draft): void {
  localStorage.setItem(DRAFT_PREFIX + draft.key, JSON.stringify(draft));
}
const SEVERE_UPPER = ['interventions', 2, 'measure', 'levels', 2, 'upper', 'value'] as const;

/** A saved draft of Randers 3 with svære døgnaflastning raised from 84 to 108 døgn a year. */
function saveDraft(upper = 108): Draft {
  const draft = editDraft(
    startNewVersion(loadShipped(`${IN_FORCE}.json`), 't1', '2026-01-05', '2026-01-05T10:00:00.000Z', {
      shipped: [IN_FORCE],
      drafts: [],
    }).draft,
    SEVERE_UPPER,
    upper,
    '2026-01-05T10:00:00.000Z',
  );
  store(draft);
  return draft;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('comparing versions', () => {
  it('given the version in force and a draft raising svære respite to 108, then only that level shows as changed, with +24', async () => {
    serveStandards();
    saveDraft();
    renderWithProviders(<CompareView />, { searchParams: `versioner=${IN_FORCE},${DRAFT_ID}` });
    expect(await screen.findByText(/Versionerne er forskellige/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Døgnaflastning: ændrede niveauer/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(
      within(table).getByRole('rowheader', { name: 'Svære problemer/begrænsninger' }),
    ).toBeInTheDocument();
    expect(within(table).getByText('0 / +24')).toBeInTheDocument();
    // The gap of the version in force is carried into the comparison, and shown as resolved by the draft.
    expect(screen.getAllByText(/85–108 døgn om året er ikke dækket af noget niveau/).length).toBeGreaterThan(
      0,
    );
    expect(screen.getByText(/Løste fund:/).parentElement).toHaveTextContent('Løste fund: 1');
  });

  it('given a draft equal to the version in force, then it says there are no differences', async () => {
    serveStandards();
    saveDraft(84);
    renderWithProviders(<CompareView />, { searchParams: `versioner=${IN_FORCE},${DRAFT_ID}` });
    expect(await screen.findByText(/Ingen forskelle/)).toBeInTheDocument();
  });

  it('given a link naming a draft this browser does not have, then it says so instead of failing', async () => {
    serveStandards();
    renderWithProviders(<CompareView />, { searchParams: `versioner=${IN_FORCE},ukendt-udkast` });
    expect(await screen.findByRole('alert')).toHaveTextContent('»ukendt-udkast«');
    expect(screen.getByText('Vælg mindst to versioner for at sammenligne.')).toBeInTheDocument();
  });

  it('given a corrupted saved draft beside a good one, then the comparison still works with the good one', async () => {
    serveStandards();
    saveDraft();
    localStorage.setItem(`${DRAFT_PREFIX}x`, '{"key":');
    renderWithProviders(<CompareView />, { searchParams: `versioner=${IN_FORCE},${DRAFT_ID}` });
    expect(await screen.findByRole('region', { name: 'Døgnaflastning' })).toHaveTextContent('+24');
  });
});

describe('two municipalities', () => {
  it('given the fictional age-band example beside Randers 3, then levels on different dimensions are shown apart', async () => {
    serveStandards();
    const json = JSON.parse(
      readFileSync('test/fixtures/examples/eksempel-aldersgrupper-fiktiv.json', 'utf8'),
    ) as unknown;
    store({ key: 'ex', basedOn: null, updatedAt: '2026-01-05T10:00:00.000Z', json });
    renderWithProviders(<CompareView />, {
      searchParams: `versioner=${IN_FORCE},eksempel-aldersgrupper-fiktiv`,
    });
    const section = await screen.findByRole('region', { name: 'Døgnaflastning' });
    expect(section).toHaveTextContent('forskellige dimensioner eller enheder');
    expect(
      within(section).getByRole('table', {
        name: /eksempel-aldersgrupper-fiktiv: niveauer efter aldersgruppe \(døgn om måneden\)/,
      }),
    ).toBeInTheDocument();
    expect(
      within(section).getByRole('table', {
        name: /randers-3-2019-12-09: niveauer efter sværhedsgrad \(døgn om året\)/,
      }),
    ).toBeInTheDocument();
  });
});

describe('charts', () => {
  it('given a changed draft, then the chart’s summary sentence states the change and the table has the data', async () => {
    serveStandards();
    saveDraft();
    renderWithProviders(<CompareView />, {
      searchParams: `versioner=${IN_FORCE},${DRAFT_ID}&del=diagrammer`,
    });
    expect(
      await screen.findByText(
        /Døgnaflastning \(døgn om året\) i forhold til randers-3-2019-12-09: 1 af 4 niveauer er ændret i randers-3-2026-01-05/,
        {},
        // The charts are loaded on demand (recharts): on a busy machine that takes more than a second.
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Døgnaflastning: niveauer pr. version (døgn om året)' });
    expect(within(table).getAllByRole('row')).toHaveLength(9);
    expect(within(table).getAllByText('ingen (åben)')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Hent data som CSV (Døgnaflastning)' })).toBeInTheDocument();
  });
});

describe('caseload impact', () => {
  it('given 2 lette and 1 svære contact-person cases at the upper edge, then the totals are the hand-checked 468 hours', async () => {
    serveStandards();
    saveDraft();
    const user = userEvent.setup();
    renderWithProviders(<CompareView />, {
      searchParams: `versioner=${IN_FORCE},${DRAFT_ID}&del=sagsmaengde&punkt=oevre`,
    });
    await user.type(
      await screen.findByLabelText('Antal sager: Fast kontaktperson, Lette problemer/begrænsninger'),
      '2',
    );
    await user.type(
      screen.getByLabelText('Antal sager: Fast kontaktperson, Svære problemer/begrænsninger'),
      '1',
    );
    const table = screen.getByRole('table', { name: /Årligt omfang for 3 sager/ });
    const hours = within(table).getByRole('row', { name: /Timer i alt/ });
    expect(hours).toHaveTextContent('468 timer');
    expect(hours).toHaveTextContent('0 timer');
  });

  it('given a count that is not a whole number, then the message names the field', async () => {
    serveStandards();
    saveDraft();
    const user = userEvent.setup();
    renderWithProviders(<CompareView />, {
      searchParams: `versioner=${IN_FORCE},${DRAFT_ID}&del=sagsmaengde`,
    });
    await user.type(
      await screen.findByLabelText('Antal sager: Døgnaflastning, Lette problemer/begrænsninger'),
      '2,5',
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Antal sager for Døgnaflastning, Lette problemer/begrænsninger: skal være et helt tal fra 0 til 1.000.000.',
    );
  });

  it('given a CSV of cases without a Worker (jsdom), then the fallback fills the grid and open-ended cases wait for an assumption', async () => {
    serveStandards();
    saveDraft();
    const user = userEvent.setup();
    renderWithProviders(<CompareView />, {
      searchParams: `versioner=${IN_FORCE},${DRAFT_ID}&del=sagsmaengde&punkt=oevre`,
    });
    const csv =
      'sag;indsats;niveau\n1;doegnaflastning;svære\n2;doegnaflastning;svære\n3;doegnaflastning;fuldstændige\n';
    await user.upload(
      await screen.findByLabelText('Vælg en fil, eller træk den hertil'),
      new File([csv], 'sager.csv', { type: 'text/csv' }),
    );
    expect(
      await screen.findByText(/Læste 3 rækker \(én pr. sag\) fra sager.csv: 3 sager/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Antal sager: Døgnaflastning, Svære problemer/begrænsninger')).toHaveValue(
      '2',
    );
    // By hand: 2 × 84 = 168 døgn under the version in force, 2 × 108 = 216 under the draft; +48.
    const days = within(screen.getByRole('table', { name: /Årligt omfang/ })).getByRole('row', {
      name: /Døgn i alt/,
    });
    expect(days).toHaveTextContent('168 døgn');
    expect(days).toHaveTextContent('216 døgn');
    expect(days).toHaveTextContent('+48 døgn');
    expect(screen.getAllByText(/1 sager i et åbent niveau er ikke regnet med/)).toHaveLength(2);
  });

  it('given a Windows-1252 file from Danish Excel with names instead of ids (issue 11: "Windows-1252 files lose æøå rows silently"), then every row counts and the encoding is named', async () => {
    serveStandards();
    saveDraft();
    const user = userEvent.setup();
    renderWithProviders(<CompareView />, {
      searchParams: `versioner=${IN_FORCE},${DRAFT_ID}&del=sagsmaengde&punkt=oevre`,
    });
    const text =
      'indsats;niveau;antal\r\nDøgnaflastning;Svære problemer/begrænsninger;2\r\ndoegnaflastning;svære;1\r\n';
    // Windows-1252: æ ø å are one byte each (0xE6, 0xF8, 0xE5), which is not valid UTF-8.
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    await user.upload(
      await screen.findByLabelText('Vælg en fil, eller træk den hertil'),
      new File([bytes], 'sager.csv', { type: 'text/csv' }),
    );
    expect(
      await screen.findByText(
        /Læste 2 rækker \(antal\) fra sager.csv: 3 sager\. Filen er læst som Windows-1252/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Antal sager: Døgnaflastning, Svære problemer/begrænsninger')).toHaveValue(
      '3',
    );
  });
});

describe('opening the comparison with nothing chosen', () => {
  it('given no versions in the link, then the base is the standard with levels in force, its lint is shown and a draft can be started', async () => {
    serveStandards();
    renderWithProviders(<CompareView />);
    const base = await screen.findByRole('combobox', { name: 'Grundlag (sammenlignes med)' });
    expect((base as HTMLSelectElement).value).toBe(IN_FORCE);
    const lint = screen.getByRole('region', { name: `Kontrol af ${IN_FORCE}` });
    expect(within(lint).getByText(/85–108 døgn om året er ikke dækket af noget niveau/)).toBeInTheDocument();
    // The editor starts a draft of the version shown here.
    expect(screen.getByRole('link', { name: 'Start et udkast' })).toHaveAttribute(
      'href',
      `?visning=rediger&fra=${IN_FORCE}`,
    );
  });
});

describe("a stored draft with a shipped version's id", () => {
  it('given a draft stored by hand with the id of the version in force, then it is left out and said so', async () => {
    serveStandards();
    const shipped = loadShipped(`${IN_FORCE}.json`);
    store({ key: 'haand', basedOn: IN_FORCE, updatedAt: '2026-01-05T10:00:00.000Z', json: shipped });
    renderWithProviders(<CompareView />, { searchParams: `versioner=${IN_FORCE}` });
    expect(await screen.findByText(/har samme id som en anden version/)).toHaveTextContent(`»${IN_FORCE}«`);
  });
});

describe('issue 11: drafts that cannot be read are never left out without a word', () => {
  it('given an unreadable saved draft and a link to the differences, then the comparison says so', async () => {
    serveStandards();
    localStorage.setItem(`${DRAFT_PREFIX}ødelagt`, '{ikke json');
    renderWithProviders(<CompareView />, { searchParams: `versioner=${IN_FORCE}&del=forskelle` });
    expect(await screen.findByText(/1 gemt\(e\) udkast kunne ikke læses og indgår ikke/)).toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { todayIso } from '../../src/domain/case/dates.ts';
import { serializeDrafts } from '../../src/domain/editor/draft.ts';
import { startNewVersion } from '../../src/domain/editor/start.ts';
import { containsCprLike } from '../../src/domain/privacy/personal-data.ts';
import EditorView from '../../src/features/editor/EditorView.tsx';
import { DRAFT_PREFIX, LEGACY_DRAFTS_KEY } from '../../src/shared/drafts/useDrafts.ts';
import { loadShipped } from '../unit/shipped.ts';
import { dateFields, dateShown, renderWithProviders, serveStandards } from './render.tsx';

const IN_FORCE = 'randers-3-2019-12-09';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** The editor with the standards served, and a draft started from `version`. */
async function startDraftFrom(version: string) {
  serveStandards();
  const user = userEvent.setup();
  renderWithProviders(<EditorView />, { searchParams: `fra=${version}` });
  await user.click(await screen.findByRole('button', { name: 'Start udkastet' }));
  return user;
}

function storedTexts(): string {
  return Object.keys(localStorage)
    .filter((key) => key.startsWith(DRAFT_PREFIX))
    .map((key) => localStorage.getItem(key))
    .join('\n');
}

async function startBlank(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('radio', { name: 'En ny standard fra bunden' }));
  await user.type(screen.getByLabelText('Kommune'), 'Nyborg Kommune');
  await user.type(screen.getByLabelText('Standardens titel'), 'Aflastning og afløsning');
  await user.click(screen.getByRole('button', { name: 'Start udkastet' }));
}

describe('the editor', () => {
  it('given a blank standard, then the error summary lists what is missing and its link opens the field’s section', async () => {
    serveStandards();
    const user = userEvent.setup();
    renderWithProviders(<EditorView />);
    await startBlank(user);
    const summary = screen.getByRole('region', { name: /Udkastet har \d+ fejl/ });
    const link = within(summary).getByRole('link', { name: 'Kilder: mindst én kilde skal være angivet' });
    expect(link).toHaveAttribute('href', '#felt-sources');
    await user.click(link);
    expect(screen.getByRole('heading', { name: 'Kilder', level: 2 })).toBeInTheDocument();
    expect(screen.getByLabelText('Ny kildes titel')).toBeInTheDocument();
    // The id came from the labels; no one typed it.
    await user.click(screen.getByRole('button', { name: 'Detaljer' }));
    expect(screen.getByLabelText('Versionens id')).toHaveValue(
      `nyborg-aflastning-og-afloesning-${new Date().toISOString().slice(0, 10)}`,
    );
  });

  it('given a CPR-like number typed into a free-text field, then it warns and the number is never stored', async () => {
    serveStandards();
    const user = userEvent.setup();
    renderWithProviders(<EditorView />);
    await startBlank(user);
    const municipality = screen.getByLabelText('Kommune');
    await user.clear(municipality);
    await user.type(municipality, 'Nyborg 010203-1234');
    expect(screen.getByText(/ser ud til at indeholde et CPR-nummer/)).toBeInTheDocument();
    expect(municipality).toHaveAttribute('aria-invalid', 'true');
    // Typed key by key, the text before the number was complete is saved; the CPR-like value never is.
    expect(containsCprLike(storedTexts())).toBe(false);
    expect(storedTexts()).not.toContain('010203-1234');
    await user.clear(municipality);
    await user.type(municipality, 'Nyborg Kommune');
    expect(screen.queryByText(/ser ud til at indeholde et CPR-nummer/)).not.toBeInTheDocument();
    expect(storedTexts()).toContain('"municipality":"Nyborg Kommune"');
  });

  it('given an id typed that a shipped version has, then it is refused at the field and export is refused', async () => {
    const user = await startDraftFrom(IN_FORCE);
    const id = screen.getByLabelText('Versionens id');
    await user.clear(id);
    await user.type(id, IN_FORCE);
    expect(screen.getAllByText(/bruges af en udgivet version/).length).toBeGreaterThan(0);
    expect(screen.queryByRole('link', { name: 'Sammenlign med gældende version' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Eksportér som standardfil' }));
    expect(screen.getByRole('alert')).toHaveTextContent('kan ikke eksporteres');
  });

  it('given the same file imported twice, then the second import says so and adds nothing', async () => {
    serveStandards();
    const user = userEvent.setup();
    renderWithProviders(<EditorView />);
    const text = JSON.stringify(loadShipped(`${IN_FORCE}.json`));
    const file = () => new File([text], `${IN_FORCE}.json`, { type: 'application/json' });
    await user.upload(await screen.findByLabelText('Vælg en fil, eller træk den hertil'), file());
    expect(await screen.findByText(/var allerede i brug/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tilbage til listen over udkast' }));
    await user.upload(screen.getByLabelText('Vælg en fil, eller træk den hertil'), file());
    expect(
      await screen.findByText(/er allerede importeret som udkastet »randers-3-2019-12-09-2«/),
    ).toBeInTheDocument();
    expect(Object.keys(localStorage).filter((k) => k.startsWith(DRAFT_PREFIX))).toHaveLength(1);
  });

  it('given a stored draft of the wrong shape, then it is reported beside the good ones, and can be downloaded or deleted', async () => {
    serveStandards();
    localStorage.setItem(`${DRAFT_PREFIX}oedelagt`, '{"key":');
    const createObjectURL = vi.fn(() => 'blob:x');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const user = userEvent.setup();
    renderWithProviders(<EditorView />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('ugyldig JSON');
    // The view still works: a draft can be started.
    expect(screen.getByRole('button', { name: 'Start udkastet' })).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Hent ulæseligt udkast 1' }));
    expect(createObjectURL).toHaveBeenCalled();
    await user.click(within(alert).getByRole('button', { name: 'Slet ulæseligt udkast 1' }));
    expect(localStorage.getItem(`${DRAFT_PREFIX}oedelagt`)).toBeNull();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('given a pasted table, then nothing changes until rows are accepted, and rows not understood are listed', async () => {
    const user = await startDraftFrom(IN_FORCE);
    await user.click(screen.getByRole('button', { name: 'Indsats: Fast kontaktperson' }));
    const before = storedTexts();
    await user.click(screen.getByLabelText('Niveautabellen, som den står i dokumentet'));
    await user.paste(
      'Niveau Omfang\nLette problemer/begrænsninger  2-3 timer om ugen\nOver 5 timer om ugen op til 10 uger',
    );
    await user.click(screen.getByRole('button', { name: 'Læs tabellen' }));
    expect(screen.getByText('1 række er forstået som niveauer; 2 ikke forstået.')).toBeInTheDocument();
    const others = screen.getByRole('table', { name: 'Rækker, der ikke er niveauer' });
    expect(within(others).getByText('Niveau Omfang')).toBeInTheDocument();
    expect(within(others).getByText(/Ikke forstået: rækken nævner en frist/)).toBeInTheDocument();
    expect(storedTexts()).toBe(before);
    await user.click(screen.getByRole('checkbox', { name: /^Godkend række 2/ }));
    await user.click(screen.getByRole('button', { name: 'Overfør godkendte rækker (1)' }));
    expect(screen.getByText(/1 niveauer er overført/)).toBeInTheDocument();
    expect(screen.getByLabelText('Niveau 1: ordlyd')).toHaveValue('2-3 timer om ugen');
    expect(screen.getByLabelText('Niveau 1: citat (ordret)')).toHaveValue(
      'Lette problemer/begrænsninger 2-3 timer om ugen',
    );
    // One step to undo.
    await user.click(screen.getByRole('button', { name: 'Fortryd' }));
    expect(screen.getByLabelText('Niveau 1: ordlyd')).toHaveValue('1-2 timer om ugen');
  }, 20_000);

  it('given a level’s source, then the council may write a summary instead of a quote, and a summary is never kept as a quote', async () => {
    const user = await startDraftFrom(IN_FORCE);
    await user.click(screen.getByRole('button', { name: 'Indsats: Fast kontaktperson' }));
    const quote = (screen.getByLabelText('Niveau 1: citat (ordret)') as HTMLTextAreaElement).value;
    expect(quote).not.toBe('');
    const kind = screen.getByRole('group', { name: 'Niveau 1: kildens ord' });
    // A quote turned into a summary keeps its words, and the draft then holds a summary, not a quote.
    await user.click(
      within(kind).getByRole('radio', { name: 'Resumé med egne ord (vises aldrig som citat)' }),
    );
    expect(screen.queryByLabelText('Niveau 1: citat (ordret)')).toBeNull();
    const summary = screen.getByLabelText('Niveau 1: resumé (ikke et citat)');
    expect(summary).toHaveValue(quote);
    await user.clear(summary);
    await user.type(summary, 'Kort sagt: op til 2 timer om ugen');
    expect(storedTexts()).toContain('"summary":"Kort sagt: op til 2 timer om ugen"');
    // Back to a quote: the summary's words are not the source's, so the quote starts empty.
    await user.click(within(kind).getByRole('radio', { name: 'Ordret citat' }));
    expect(screen.getByLabelText('Niveau 1: citat (ordret)')).toHaveValue('');
    expect(storedTexts()).not.toContain('Kort sagt: op til 2 timer om ugen');
    // And the summary comes back if it is made a summary again.
    await user.click(
      within(kind).getByRole('radio', { name: 'Resumé med egne ord (vises aldrig som citat)' }),
    );
    expect(screen.getByLabelText('Niveau 1: resumé (ikke et citat)')).toHaveValue(
      'Kort sagt: op til 2 timer om ugen',
    );
  }, 20_000);

  it('given drafts saved by the earlier single-list format, then they are moved to one item each and listed', async () => {
    serveStandards();
    const version = loadShipped(`${IN_FORCE}.json`);
    const draft = startNewVersion(version, 'gammel', '2026-01-05', '2026-01-05T10:00:00.000Z', {
      shipped: [IN_FORCE],
      drafts: [],
    }).draft;
    localStorage.setItem(LEGACY_DRAFTS_KEY, serializeDrafts([draft]));
    renderWithProviders(<EditorView />);
    expect(await screen.findByRole('rowheader', { name: 'randers-3-2026-01-05' })).toBeInTheDocument();
    expect(localStorage.getItem(LEGACY_DRAFTS_KEY)).toBeNull();
    expect(localStorage.getItem(`${DRAFT_PREFIX}gammel`)).toContain('"key":"gammel"');
  });

  it('given a file holding a CPR-like number, then import refuses it, naming where, and stores nothing', async () => {
    serveStandards();
    const user = userEvent.setup();
    renderWithProviders(<EditorView />);
    const json = { ...loadShipped(`${IN_FORCE}.json`), municipality: 'Randers 010203-1234' };
    await user.upload(
      await screen.findByLabelText('Vælg en fil, eller træk den hertil'),
      new File([JSON.stringify(json)], 'cpr.json', { type: 'application/json' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('$.municipality');
    expect(alert).toHaveTextContent('CPR-nummer');
    expect(storedTexts()).toBe('');
  });

  it('given a new version of Nyborg § 44, then a rule of another kind asks for its own figures and the summary names the field', async () => {
    const user = await startDraftFrom('nyborg-44-2019-03-06');
    expect(screen.getByText(/^Udkastet er gyldigt/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lokale regler' }));
    await user.selectOptions(screen.getByLabelText('Regel 1: art'), 'max-stay');
    expect(screen.getByLabelText('Regel 1: højst (antal)')).toHaveValue('');
    const summary = screen.getByRole('region', { name: /Udkastet har 1 fejl/ });
    const link = within(summary).getByRole('link', { name: /^Lokale regler – Regel 1, tal:/ });
    await user.click(link);
    // Focus moves after the section has rendered.
    await waitFor(() => expect(screen.getByLabelText('Regel 1: højst (antal)')).toHaveFocus());
    await user.type(screen.getByLabelText('Regel 1: højst (antal)'), '2');
    expect(screen.queryByRole('region', { name: /Udkastet har/ })).not.toBeInTheDocument();
  }, 20_000);
  it('given a new version, then its dates are typed in three fields, a broken date is named and linked, and undo restores it', async () => {
    const user = await startDraftFrom('nyborg-44-2019-03-06');
    expect(screen.getByText(/^Udkastet er gyldigt/)).toBeInTheDocument();
    const [year, month, day] = todayIso().split('-');
    expect(dateShown('Gælder fra')).toBe(`${Number(day)}.${Number(month)}.${year}`);
    expect(dateShown('Gælder til (tom: ingen slutdato)')).toBe('..');
    const from = dateFields('Gælder fra');
    await user.clear(from.day);
    // Two messages: that the three fields do not make a whole date (said as the fields ask for it, not as a
    // file writes a date), and that it is no calendar date.
    const summary = screen.getByRole('region', { name: /Udkastet har 2 fejl/ });
    const link = within(summary).getByRole('link', {
      name: 'Detaljer – gyldighed, fra: skal være en hel dato: dag, måned og år (året med fire cifre)',
    });
    expect(
      within(summary).getByRole('link', {
        name: 'Detaljer – gyldighed, fra: er ikke en rigtig kalenderdato',
      }),
    ).toBeInTheDocument();
    expect(link).toHaveAttribute('href', '#felt-effective-from');
    const group = screen.getByRole('group', { name: 'Gælder fra' });
    expect(
      within(group).getByText(
        'skal være en hel dato: dag, måned og år (året med fire cifre); er ikke en rigtig kalenderdato',
        {
          exact: false,
        },
      ),
    ).toBeInTheDocument();
    expect(from.day).toHaveAttribute('aria-invalid', 'true');
    await user.click(link);
    // Focus moves to the day field after the section has rendered.
    await waitFor(() => expect(dateFields('Gælder fra').day).toHaveFocus());
    await user.keyboard('1');
    await user.clear(dateFields('Gælder fra').month);
    await user.type(dateFields('Gælder fra').month, '7');
    await user.clear(dateFields('Gælder fra').year);
    await user.type(dateFields('Gælder fra').year, '2027');
    expect(screen.queryByRole('region', { name: /Udkastet har/ })).not.toBeInTheDocument();
    await waitFor(() => expect(storedTexts()).toContain('"from":"2027-07-01"'));
    expect(storedTexts()).toContain('"to":null');
    // The end date typed and cleared again is no end date (null), not "".
    const to = dateFields('Gælder til (tom: ingen slutdato)');
    await user.type(to.day, '3');
    await user.clear(to.day);
    await waitFor(() => expect(storedTexts()).toContain('"to":null'));
    // Typing in one date's fields is one step: undo the end date's, then the start date's; the fields follow.
    expect(dateShown('Gælder fra')).toBe('1.7.2027');
    await user.click(screen.getByRole('button', { name: 'Fortryd' }));
    await user.click(screen.getByRole('button', { name: 'Fortryd' }));
    await waitFor(() => expect(dateShown('Gælder fra')).toBe(`${Number(day)}.${Number(month)}.${year}`));
    await user.click(screen.getByRole('button', { name: 'Gentag' }));
    await waitFor(() => expect(dateShown('Gælder fra')).toBe('1.7.2027'));
    // The approval date is typed the same way.
    await user.click(screen.getByLabelText('Standarden er vedtaget'));
    const approved = dateFields('Vedtaget den');
    await user.type(approved.day, '7');
    await user.type(approved.month, '5');
    await user.type(approved.year, '2026');
    await waitFor(() => expect(storedTexts()).toContain('"date":"2026-05-07"'));
  }, 20_000);
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CatalogProblems } from '../../src/features/catalog/CatalogProblems.tsx';
import { EstimateView } from '../../src/features/estimate/EstimateView.tsx';
import { renderWithProviders, serveStandards } from './render.tsx';

function rowCells(table: HTMLElement, period: string): string[] {
  const row = within(table).getByRole('rowheader', { name: period }).closest('tr');
  if (!row) throw new Error(`no row ${period}`);
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent ?? '');
}

/** The estimate of the contact person at `level`, with `amount` typed as the proposed amount. */
async function proposeForContactPerson(level: string, amount: string) {
  serveStandards();
  const user = userEvent.setup();
  renderWithProviders(<EstimateView />, { searchParams: `?indsats=fast-kontaktperson&niveau=${level}` });
  await user.type(await screen.findByRole('textbox', { name: 'Antal timer' }), amount);
  return user;
}

describe('the estimate view', () => {
  it('given the shipped standard, then the contact person at moderate shows up to 3 hours a week, 13 a month, 156 a year', async () => {
    serveStandards();
    const user = userEvent.setup();
    renderWithProviders(<EstimateView />);
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Indsats' }), 'Fast kontaktperson');
    await user.click(screen.getByRole('radio', { name: 'Moderate problemer/begrænsninger' }));
    const table = screen.getByRole('table', { name: 'Omfang pr. uge, måned og år' });
    const [from, to] = rowCells(table, 'Pr. uge');
    expect(from).toMatch(/^over 2 timer \(afledt\)\[\d+\]$/);
    expect(to).toBe('højst 3 timer');
    expect(rowCells(table, 'Pr. måned')[1]).toBe('højst 13 timer');
    expect(rowCells(table, 'Pr. år')[1]).toBe('højst 156 timer');
    expect(screen.getByText(/Moderate problemer\/begrænsninger Op til 3 timer om ugen/)).toBeInTheDocument();
  });

  it('given an open-ended top level, then it reads as individual assessment and invents no ceiling', async () => {
    serveStandards();
    const user = userEvent.setup();
    renderWithProviders(<EstimateView />, { searchParams: '?indsats=doegnaflastning' });
    await user.click(await screen.findByRole('radio', { name: 'Fuldstændige problemer/begrænsninger' }));
    const table = screen.getByRole('table', { name: 'Omfang pr. uge, måned og år' });
    expect(rowCells(table, 'Pr. år').slice(0, 2)).toEqual([
      'over 108 døgn',
      'ingen øvre grænse – individuel vurdering',
    ]);
    expect(rowCells(table, 'Pr. måned')[0]).toBe('over 9 døgn');
  });

  it('given 20 hours a month for lette, then it is called above the level and needs an individual assessment', async () => {
    const user = await proposeForContactPerson('lette', '20');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Pr.' }), 'om måneden');
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Over niveauet.');
    expect(status).toHaveTextContent('20 timer om måneden svarer til 4,62 timer om ugen');
    expect(status).toHaveTextContent('kræver en individuel vurdering');
    expect(status).toHaveTextContent('Omfanget svarer til niveauet »Svære problemer/begrænsninger«');
  });

  it('given a proposed amount, then the justification offers it as the granted amount and takes it only when asked', async () => {
    const user = await proposeForContactPerson('moderate', '10');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Pr.' }), 'om måneden');
    const offer = await screen.findByRole('button', {
      name: 'Brug det foreslåede omfang: 10 timer om måneden',
    });
    const granted = screen.getByRole('textbox', { name: 'Bevilget omfang i timer (valgfrit)' });
    // Offered, never put in unasked: what is granted is the caseworker's decision.
    expect(granted).toHaveValue('');
    expect(document.body.textContent).not.toMatch(/Der bevilges/);
    await user.click(offer);
    expect(granted).toHaveValue('10');
    expect(screen.getByRole('combobox', { name: 'Periode' })).toHaveValue('month');
    expect(await screen.findByText(/Der bevilges 10 timer om måneden/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Brug det foreslåede omfang/ })).toBeNull();
  });

  it('given a proposed amount and then another intervention, then that one starts with no amount', async () => {
    const user = await proposeForContactPerson('moderate', '10');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Indsats' }), 'Døgnaflastning');
    await user.click(await screen.findByRole('radio', { name: 'Moderate problemer/begrænsninger' }));
    expect(await screen.findByRole('textbox', { name: 'Antal døgn' })).toHaveValue('');
    expect(screen.queryByRole('button', { name: /Brug det foreslåede omfang/ })).toBeNull();
  });

  it('given text or a negative number as the amount, then the field says what is wrong and no verdict is shown', async () => {
    serveStandards();
    const user = userEvent.setup();
    renderWithProviders(<EstimateView />, { searchParams: '?indsats=fast-kontaktperson&niveau=lette' });
    const amount = await screen.findByRole('textbox', { name: 'Antal timer' });
    await user.type(amount, 'tre');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Antal: »tre« er ikke et tal; skriv fx 2,5 eller 1.500.',
    );
    await user.clear(amount);
    await user.type(amount, '-2');
    expect(screen.getByRole('alert')).toHaveTextContent('Antal: må ikke være negativt.');
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('given 200 hours a week (issue 11: "a week has 168"), then the field says so and no verdict is shown', async () => {
    await proposeForContactPerson('lette', '200');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Antal: kan højst være 168 timer om ugen (en uge har 7 døgn).',
    );
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('given the family consultant, then its contact frequencies are listed and no hours are shown', async () => {
    serveStandards();
    renderWithProviders(<EstimateView />, { searchParams: '?indsats=familiekonsulent' });
    expect(await screen.findByRole('heading', { name: /^Kontakthyppighed/ })).toBeInTheDocument();
    const options = screen.getByText('Kontakt hver 14. dag').closest('ul');
    if (!options) throw new Error('no list of frequencies');
    expect(
      within(options)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Daglig kontakt',
      'Kontakt én gang om ugen',
      'Kontakt hver 14. dag',
      'Kontakt en gang om måneden',
      'Udelukkende telefonisk kontakt',
    ]);
    expect(screen.queryByRole('table', { name: 'Omfang pr. uge, måned og år' })).toBeNull();
    expect(screen.getByText(/fastsætter ingen timetal/)).toBeInTheDocument();
  });

  it('given the respite table, then the 85–108 døgn gap is shown as a warning', async () => {
    serveStandards();
    renderWithProviders(<EstimateView />, { searchParams: '?indsats=doegnaflastning&niveau=svære' });
    const lint = await screen.findByRole('region', { name: /Kontrol af standarden/ });
    expect(within(lint).getByText(/85–108 døgn om året er ikke dækket af noget niveau/)).toBeInTheDocument();
  });

  it('given a weeks-per-year assumption changed to 46, then the yearly figure follows and the source says it is an assumption', async () => {
    serveStandards();
    const user = userEvent.setup();
    renderWithProviders(<EstimateView />, { searchParams: '?indsats=fast-kontaktperson&niveau=moderate' });
    const weeks = await screen.findByRole('textbox', { name: 'Uger pr. år (antagelse)' });
    await user.clear(weeks);
    await user.type(weeks, '46');
    const table = screen.getByRole('table', { name: 'Omfang pr. uge, måned og år' });
    expect(rowCells(table, 'Pr. år')[1]).toBe('højst 138 timer');
    expect(screen.getByText(/Antagelse: 46 uger pr. år, indtastet i beregningen/)).toBeInTheDocument();
  });

  it('given one broken standard file next to the good one, then the error names the file and path and the good one still works', async () => {
    const broken = JSON.stringify({ formatVersion: 1, id: 'ødelagt' });
    serveStandards({
      'index.json': JSON.stringify({
        versions: [{ file: 'randers-3-2019-12-09.json' }, { file: 'odelagt.json' }],
      }),
      'odelagt.json': broken,
    });
    renderWithProviders(
      <>
        <CatalogProblems />
        <EstimateView />
      </>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Standardfilen odelagt.json kunne ikke indlæses');
    expect(alert).toHaveTextContent('odelagt.json ved $.municipality');
    expect(await screen.findByRole('table', { name: 'Omfang pr. uge, måned og år' })).toBeInTheDocument();
  });
});

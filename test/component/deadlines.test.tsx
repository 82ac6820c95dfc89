import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DeadlinesView } from '../../src/features/deadlines/DeadlinesView.tsx';
import { CASE_DATES_KEY } from '../../src/features/deadlines/useCaseDates.ts';
import { LawInForceNotice } from '../../src/shared/law/LawInForceNotice.tsx';
import { loadShipped } from '../unit/shipped.ts';
import { dateShown, renderWithProviders, serveStandards } from './render.tsx';

beforeEach(() => {
  sessionStorage.clear();
});

/** Types a date into the three fields (day, month, year) of the date named `name`. */
function setDate(name: string, value: string) {
  const [year, month, day] = value.split('-');
  const group = screen.getByRole('group', { name });
  fireEvent.change(within(group).getByLabelText('Dag'), { target: { value: day } });
  fireEvent.change(within(group).getByLabelText('Måned'), { target: { value: month } });
  fireEvent.change(within(group).getByLabelText('År'), { target: { value: year } });
}

function deadlineRow(label: string | RegExp): HTMLElement {
  const table = screen.getByRole('table', { name: /Frister efter Randers Kommunes standard nr\. 3/ });
  const row = within(table).getByRole('rowheader', { name: label }).closest('tr');
  if (!row) throw new Error(`no row ${String(label)}`);
  return row;
}

function cells(row: HTMLElement): string[] {
  return within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent ?? '');
}

async function openView() {
  serveStandards();
  renderWithProviders(<DeadlinesView />);
  await screen.findByRole('table', { name: /Frister efter/ });
  setDate('Referencedato for status', '2024-01-10');
}

describe('the deadlines view', () => {
  it('given no dates, then every deadline is listed without a date and open, not wrong', async () => {
    await openView();
    const investigation = deadlineRow('Børnefaglig undersøgelse afsluttet');
    expect(cells(investigation)[0]).toBe('–');
    expect(cells(investigation)[1]).toContain('Åben: afventer datoen »Opmærksom på behov for særlig støtte«');
    expect(cells(deadlineRow('Afgørelse om støtte'))[0]).toBe('–');
    expect(screen.getByRole('button', { name: 'Hent kalenderfil (.ics)' })).toBeDisabled();
  });

  // Seed 004: "Undersøgelsen skal være afsluttet senest 4 måneder efter …"
  it('given awareness on 31.10.2023, then the investigation is due 29.02.2024 with the end-of-month note and serviceloven § 50', async () => {
    await openView();
    setDate('Opmærksom på behov for særlig støtte', '2023-10-31');
    const [date, status, rule] = cells(deadlineRow('Børnefaglig undersøgelse afsluttet'));
    expect(date).toContain('29.02.2024');
    expect(date).toContain('rykket til månedens sidste dag');
    expect(status).toBe('Kommende (om 50 dage)');
    expect(rule).toContain('4 måneder efter »Opmærksom på behov for særlig støtte« (31.10.2023)');
    expect(rule).toContain('Gældende lov den 31.10.2023: serviceloven § 50.');
    expect(rule).toContain(
      'Loven skifter i fristens løbetid: på fristens dato gælder barnets lov (fra 01.01.2024).',
    );
    expect(rule).toContain('Undersøgelsen skal være afsluttet senest 4 måneder');
    expect(screen.getByText(/31\.10 \+ 4 måneder = 28\.02, eller 29\.02 i skudår/)).toBeInTheDocument();
  });

  // "Byrådet har besluttet, at … skal der inden for 2 uger træffes afgørelse" — the standard's own figure.
  it('given the investigation finished and no decision 3 weeks later, then the decision is overdue by 7 days as the municipality’s rule', async () => {
    await openView();
    setDate('Børnefaglig undersøgelse afsluttet', '2023-12-20');
    const [date, status, rule] = cells(deadlineRow('Afgørelse om støtte'));
    expect(date).toBe('03.01.2024');
    expect(status).toBe('Overskredet med 7 dage');
    expect(rule).toContain('Kommunens egen regel: 2 uger efter');
    expect(rule).toContain('inden for 2 uger træffes afgørelse');
    expect(screen.getByText(/^\d+ frister/)).toHaveTextContent(
      'Status pr. 10.01.2024: 1 overskredet, 0 nået for sent, 0 forfalder',
    );
  });

  it('given a 2026 decision under the 2019 standard, then it warns that serviceloven § 52 is cited and names barnets lov § 32 (confirmed by Herning’s list)', async () => {
    await openView();
    setDate('Afgørelse truffet', '2026-03-02');
    const notice = await screen.findByText(/Lovgrundlaget er ændret/);
    const box = notice.closest('.law-in-force') as HTMLElement;
    expect(box).toHaveTextContent(
      'Standarden henviser til serviceloven § 52, stk. 3, nr. 6 (Fast kontaktperson); den 02.03.2026 gælder barnets lov § 32, stk. 1, nr. 3 (bekræftet af Herning Kommunes frister og lovteksten på lovguiden.dk).',
    );
    expect(box).toHaveTextContent(
      'serviceloven § 52, stk. 3, nr. 5 (Døgnaflastning); den 02.03.2026 gælder barnets lov § 32, stk. 1, nr. 7 (støtteophold; bekræftet af Herning Kommunes frister og lovteksten på lovguiden.dk).',
    );
    expect(screen.getByRole('heading', { name: 'Gældende lov' }).nextElementSibling).toHaveTextContent(
      'Den 02.03.2026 (afgørelsesdatoen) gælder barnets lov for børnenes bestemmelser (fra 01.01.2024).',
    );
  });

  // barnets lov § 95, stk. 3 (sources.md): the cadence after the first follow-up is decided in the case.
  it('given a follow-up in 2026, then the view asks for the cadence and shows the standard’s 6 months only as the chosen local rule', async () => {
    await openView();
    setDate('Referencedato for status', '2026-04-01');
    setDate('Støtte iværksat', '2026-01-05');
    // Not asked before the first follow-up: that is when the case decides it.
    expect(screen.queryByRole('group', { name: /Opfølgning efter den første opfølgning/ })).toBeNull();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Tilføj opfølgning' }));
    setDate('Opfølgning nr. 1', '2026-03-20');
    const [undated, asking, unset] = cells(deadlineRow(/Løbende opfølgning/));
    expect(undated).toBe('–');
    expect(asking).toBe('Åben: angiv hyppigheden besluttet i sagen (barnets lov § 95)');
    expect(unset).toContain('Fastsættes i sagen: hyppigheden er ikke angivet endnu.');
    expect(cells(deadlineRow('Første opfølgning'))[1]).toBe('Overholdt (20.03.2026)');

    const question = screen.getByRole('group', {
      name: 'Opfølgning efter den første opfølgning (barnets lov § 95)',
    });
    await user.click(
      within(question).getByRole('radio', { name: 'Brug standardens 6 måneder (lokal regel)' }),
    );
    const [date, status, rule] = cells(deadlineRow(/Løbende opfølgning/));
    expect(date).toBe('20.09.2026');
    expect(status).toBe('Kommende (om 172 dage)');
    expect(rule).toContain('Lokal regel (standardens)');
    expect(rule).toContain('fastsættes og begrundes i den konkrete sag');
    expect(rule).toContain('barnets lov § 95 (hyppigheden fastsættes i sagen)');

    await user.click(within(question).getByRole('radio', { name: 'Hyppighed besluttet i sagen' }));
    await user.type(within(question).getByLabelText('Opfølgning hver (antal)'), '4');
    const decided = cells(deadlineRow(/Løbende opfølgning/));
    expect(decided[0]).toBe('20.07.2026');
    expect(decided[2]).toContain('Besluttet i sagen: 4 måneder efter');
    expect(decided[2]).toContain('Kommunalbestyrelsen skal i forbindelse med den første opfølgning');
  });

  it('given the investigation finished before awareness, then an alert names the field', async () => {
    await openView();
    setDate('Opmærksom på behov for særlig støtte', '2024-02-01');
    setDate('Børnefaglig undersøgelse afsluttet', '2024-01-01');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Børnefaglig undersøgelse afsluttet ligger før opmærksom på behov for særlig støtte.',
    );
  });

  it('given dates entered, then they are kept in sessionStorage only, and never in the URL', async () => {
    await openView();
    setDate('Afgørelse modtaget af familien', '2023-12-20');
    expect(JSON.parse(sessionStorage.getItem(CASE_DATES_KEY) ?? '{}').events['decision-received']).toBe(
      '2023-12-20',
    );
    expect(localStorage.length).toBe(0);
    expect(window.location.search).not.toContain('2023');
    const [date, status] = cells(deadlineRow('Klagefrist for familien'));
    expect(date).toBe('17.01.2024');
    expect(status).toBe('Løber (udløber om 7 dage)');
  });

  it('given the Udskriv button, then it opens the print dialog', async () => {
    await openView();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await userEvent.setup().click(screen.getByRole('button', { name: 'Udskriv' }));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });
});

describe('the law-in-force notice on its own (for other views)', () => {
  const version = loadShipped('randers-3-2019-12-09.json');

  it('given a decision on the last day of serviceloven, then no warning is shown', async () => {
    serveStandards();
    const { queryClient } = renderWithProviders(
      <LawInForceNotice version={version} decisionDate="2023-12-31" />,
    );
    // Loaded: the law file's query succeeded, no error is shown, and still no warning.
    await waitFor(() =>
      expect(queryClient.getQueryState(['standards', 'national', 'law.json'])?.status).toBe('success'),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByText(/Lovgrundlaget er ændret/)).not.toBeInTheDocument();
  });

  it('given one intervention and the first day of barnets lov, then only its provision is named', async () => {
    serveStandards();
    renderWithProviders(
      <LawInForceNotice version={version} decisionDate="2024-01-01" interventionIds={['doegnaflastning']} />,
    );
    const notice = (await screen.findByText(/Lovgrundlaget er ændret/)).closest(
      '.law-in-force',
    ) as HTMLElement;
    expect(notice).toHaveTextContent(
      'Standarden henviser til serviceloven § 52, stk. 3, nr. 5 (Døgnaflastning); den 01.01.2024 gælder barnets lov § 32, stk. 1, nr. 7 (støtteophold; bekræftet af Herning Kommunes frister og lovteksten på lovguiden.dk).',
    );
    expect(within(notice).getAllByRole('listitem')).toHaveLength(1);
  });

  describe('issue 11: dates with a domain, stored dates read one by one', () => {
    it('given a decision date of 9999-12-31 (issue 11: "pushes a deadline into year 10000 and blanks the app"), then the field is named and the view stays', async () => {
      await openView();
      setDate('Afgørelse truffet', '9999-12-31');
      expect(screen.getByRole('heading', { level: 1, name: 'Frister i sagen' })).toBeInTheDocument();
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Afgørelse truffet: datoen skal ligge mellem 01.01.1900 og 31.12.2100.',
      );
      expect(screen.queryByText(/10000/)).toBeNull();
    });

    it('given 9999-12-31 stored in the tab, then the view opens with the date named as wrong (was: every load blank)', async () => {
      sessionStorage.setItem(
        CASE_DATES_KEY,
        JSON.stringify({
          events: {
            aware: null,
            'investigation-finished': null,
            'decision-made': '9999-12-31',
            'decision-received': null,
            'help-started': null,
          },
          followUps: [],
          reference: '9999-12-31',
          versionId: null,
        }),
      );
      serveStandards();
      renderWithProviders(<DeadlinesView />);
      await screen.findByRole('table', { name: /Frister efter/ });
      expect(screen.getByRole('alert')).toHaveTextContent('Afgørelse truffet: datoen skal ligge');
    });

    it('given 51 stored follow-ups and one broken date (issue 11: "silently wipe all dates"), then the rest load and the two are set aside and reported', async () => {
      sessionStorage.setItem(
        CASE_DATES_KEY,
        JSON.stringify({
          events: {
            aware: '2024-01-02',
            'investigation-finished': 42,
            'decision-made': null,
            'decision-received': null,
            'help-started': null,
          },
          followUps: Array.from({ length: 51 }, () => '2024-06-01'),
          reference: null,
          versionId: null,
        }),
      );
      serveStandards();
      renderWithProviders(<DeadlinesView />);
      await screen.findByRole('table', { name: /Frister efter/ });
      expect(dateShown('Opmærksom på behov for særlig støtte')).toBe('2.1.2024');
      expect(dateShown('Opfølgning nr. 50')).toBe('1.6.2024');
      expect(screen.queryByRole('group', { name: 'Opfølgning nr. 51' })).toBeNull();
      const notice = await screen.findByRole('region', {
        name: 'Nogle af sagens gemte datoer kunne ikke læses',
      });
      expect(notice).toHaveTextContent('datoen for afsluttet undersøgelse');
      expect(notice).toHaveTextContent('opfølgning nr. 51: listen kan rumme højst 50');
      expect(screen.getByRole('button', { name: 'Tilføj opfølgning' })).toBeDisabled();
      expect(screen.getByText('Højst 50 opfølgninger.')).toBeInTheDocument();
    });
  });

  it('given a deployment with no processing deadlines, then the section says none are published and nothing breaks', async () => {
    const fetchMock = serveStandards();
    const serve = fetchMock.getMockImplementation();
    fetchMock.mockImplementation(async (input: RequestInfo | URL) =>
      String(input).includes('/processing-deadlines/')
        ? new Response('not found', { status: 404, statusText: 'Not Found' })
        : (serve?.(input) ?? new Response('', { status: 500 })),
    );
    renderWithProviders(<DeadlinesView />);
    expect(
      await screen.findByText('Der er ikke lagt sagsbehandlingsfrister ind på denne installation.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/sagsbehandlingsfrister kunne ikke bruges/)).toBeNull();
    expect(await screen.findByRole('table', { name: /Frister efter/ })).toBeInTheDocument();
  });

  it('given a deployment for Herning, then Herning’s processing deadlines are chosen until the user picks another', async () => {
    serveStandards({
      'index.json': JSON.stringify({
        deployment: { municipality: 'Herning Kommune', authority: { name: 'Herning Kommune' } },
        versions: [{ file: 'randers-3-2019-12-09.json' }],
      }),
    });
    renderWithProviders(<DeadlinesView />);
    const municipality = await screen.findByRole('combobox', { name: 'Kommune' });
    await screen.findByRole('option', { name: 'Herning Kommune' });
    expect(municipality).toHaveValue('herning.json');
    const user = userEvent.setup();
    await user.selectOptions(municipality, '');
    expect(municipality).toHaveValue('');
    expect(screen.queryByRole('combobox', { name: 'Hjælp der er søgt om' })).toBeNull();
  });
});

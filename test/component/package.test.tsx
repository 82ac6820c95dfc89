import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PackageView } from '../../src/features/package/PackageView.tsx';
import { loadPackage, PACKAGE_KEY } from '../../src/features/package/storage.ts';
import { listSetAside } from '../../src/shared/storage/setAside.ts';
import { renderWithProviders, serveStandards } from './render.tsx';

type User = ReturnType<typeof userEvent.setup>;

async function addGrant(user: User, option: string, amount?: string) {
  await user.selectOptions(await screen.findByRole('combobox', { name: 'Indsats' }), option);
  if (amount !== undefined) {
    const field = screen.getByRole('textbox', { name: /^Omfang/ });
    await user.clear(field);
    await user.type(field, amount);
  }
  await user.click(screen.getByRole('button', { name: 'Tilføj til pakken' }));
}

const RESPITE_84 = 'Aflastning uden for hjemmet (serviceloven § 84, jf. § 44)';
const RESPITE_52 = 'Døgnaflastning (serviceloven § 52, stk. 3, nr. 5)';
const CONTACT = 'Fast kontaktperson (serviceloven § 52, stk. 3, nr. 6)';

describe('the package view', () => {
  it('given respite under § 84 and § 52, then it shows double compensation with the shared purpose and sources', async () => {
    serveStandards();
    const user = userEvent.setup();
    renderWithProviders(<PackageView />);
    await addGrant(user, RESPITE_84, '24');
    await addGrant(user, RESPITE_52, '36');
    const table = screen.getByRole('table', { name: /Bevillinger i pakken/ });
    expect(within(table).getByRole('rowheader', { name: /Døgnaflastning/ })).toBeInTheDocument();
    const flag = screen.getByRole('article', { name: /Samme formål: aflastning efter to bestemmelser/ });
    expect(within(flag).getByText('Dobbeltkompensation')).toBeInTheDocument();
    expect(flag).toHaveTextContent('Fælles formål: Aflastning af familien');
    expect(flag).toHaveTextContent('serviceloven § 84');
    expect(flag).toHaveTextContent('serviceloven § 52, stk. 3, nr. 5');
    expect(flag).toHaveTextContent('Det gælder særligt for indsatserne i kvalitetsstandard 1, 2 og 3.');
    expect(screen.getByText(/^1 fund: 1 dobbeltkompensation, 0 bør kontrolleres\.$/)).toBeInTheDocument();
  });

  it('given a contact person and respite, then no flag is shown', async () => {
    serveStandards();
    const user = userEvent.setup();
    renderWithProviders(<PackageView />);
    await addGrant(user, CONTACT, '3');
    await addGrant(user, RESPITE_52, '36');
    expect(screen.getByText('Reglerne finder ingen dobbeltkompensation i pakken.')).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('given tabt arbejdsfortjeneste and døgnaflastning, then the indication and its formula are shown as an indication', async () => {
    serveStandards();
    const user = userEvent.setup();
    renderWithProviders(<PackageView />);
    await addGrant(user, 'Tabt arbejdsfortjeneste (serviceloven § 42)', '37');
    await addGrant(user, RESPITE_52, '36');
    const flag = screen.getByRole('article', { name: /Tabt arbejdsfortjeneste nedsættes/ });
    expect(flag).toHaveTextContent('Indikation, ikke en afgørelse');
    expect(flag).toHaveTextContent(
      '36 døgn om året × 37 timer om ugen ÷ 7 dage om ugen = 190,29 timer om året',
    );
    expect(flag).toHaveTextContent('Antagelse:');
    expect(flag).toHaveTextContent('Nyborg Kommune');
  });

  it('given ledsagelse and døgnaflastning, then the flag says the extent of the exclusion is uncertain and marks the inferred BL number', async () => {
    serveStandards();
    const user = userEvent.setup();
    renderWithProviders(<PackageView />);
    await addGrant(user, 'Ledsagelse (serviceloven § 45)', '10');
    await addGrant(user, RESPITE_52, '36');
    const flag = screen.getByRole('article', { name: /Ledsagelse er udelukket/ });
    expect(within(flag).getByText('Bør kontrolleres')).toBeInTheDocument();
    expect(flag).toHaveTextContent(/Usikkert: Det er usikkert, om ledsagelse er udelukket helt/);
    expect(flag).toHaveTextContent('barnets lov § 32, stk. 1, nr. 7 (bør verificeres)');
    // Today barnets lov applies: the package says which provision, confirmed by Herning's list (sources.md).
    const notices = await screen.findAllByText(/henviser til bestemmelser, der ikke gælder/);
    const texts = notices.map((n) => n.closest('.law-in-force')?.textContent ?? '');
    expect(texts.some((t) => /barnets lov § 32, stk\. 1, nr\. 7 \(støtteophold; bekræftet/.test(t))).toBe(
      true,
    );
  });

  it('given an amount that is not a number, then the field is named and nothing is added', async () => {
    serveStandards();
    const user = userEvent.setup();
    renderWithProviders(<PackageView />);
    await addGrant(user, RESPITE_52, 'mange');
    expect(screen.getByRole('alert')).toHaveTextContent('Omfang (døgn om året): »mange« er ikke et tal');
    expect(screen.getByText('Pakken er tom.')).toBeInTheDocument();
  });

  it('given 400 døgn a year (issue 11: "400 døgn a year … accepted"), then the field says a year has at most 366', async () => {
    serveStandards();
    const user = userEvent.setup();
    renderWithProviders(<PackageView />);
    await addGrant(user, RESPITE_52, '400');
    expect(screen.getByRole('alert')).toHaveTextContent('kan højst være 366 døgn om året');
    expect(screen.getByText('Pakken er tom.')).toBeInTheDocument();
  });

  it('given "1.5" as an amount, then it is called ambiguous instead of read as 1,5', async () => {
    serveStandards();
    const user = userEvent.setup();
    renderWithProviders(<PackageView />);
    await addGrant(user, RESPITE_52, '1.5');
    expect(screen.getByRole('alert')).toHaveTextContent('tvetydigt');
    expect(screen.getByText('Pakken er tom.')).toBeInTheDocument();
  });

  it('given a package and a new page, then the package and the child’s age are still there', async () => {
    serveStandards();
    const user = userEvent.setup();
    const first = renderWithProviders(<PackageView />);
    await addGrant(user, 'Ledsagelse (serviceloven § 45)', '10');
    await user.type(screen.getByRole('textbox', { name: /Barnets alder/ }), '11');
    expect(screen.getByRole('article', { name: /aldersgrænser/ })).toBeInTheDocument();
    first.unmount();
    const stored = JSON.parse(localStorage.getItem(PACKAGE_KEY) ?? 'null');
    expect(stored).toEqual({
      formatVersion: 1,
      childAge: 11,
      grants: [
        {
          id: 'b1',
          versionId: 'randers-2-2019-12-09',
          interventionId: 'ledsagelse',
          amount: 10,
          frequency: null,
          covers: [],
        },
      ],
    });
    renderWithProviders(<PackageView />);
    const table = await screen.findByRole('table', { name: /Bevillinger i pakken \(1 af højst 200\)/ });
    expect(within(table).getByRole('rowheader', { name: /Ledsagelse/ })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Barnets alder/ })).toHaveValue('11');
  });

  it('given a corrupted stored package, then it is reported and set aside, and the view works', async () => {
    serveStandards();
    localStorage.setItem(PACKAGE_KEY, '{"formatVersion":1,"grants":"nej"');
    const user = userEvent.setup();
    renderWithProviders(<PackageView />);
    const notice = await screen.findByRole('region', { name: 'Dele af den gemte pakke kunne ikke læses' });
    expect(notice).toHaveTextContent('hele pakken: ugyldig JSON');
    expect(listSetAside(localStorage, PACKAGE_KEY).map((e) => e.raw)).toEqual([
      '{"formatVersion":1,"grants":"nej"',
    ]);
    await addGrant(user, CONTACT, '2');
    expect(
      screen.getByRole('table', { name: /Bevillinger i pakken \(1 af højst 200\)/ }),
    ).toBeInTheDocument();
  });

  it('given a stored line whose intervention no longer exists, then it is listed as unknown and can be removed', async () => {
    serveStandards();
    localStorage.setItem(
      PACKAGE_KEY,
      JSON.stringify({
        formatVersion: 1,
        childAge: null,
        grants: [
          {
            id: 'b1',
            versionId: 'randers-9',
            interventionId: 'noget',
            amount: 1,
            frequency: null,
            covers: [],
          },
        ],
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<PackageView />);
    expect(await screen.findByRole('rowheader', { name: 'Ukendt indsats »noget«' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Fjern noget' }));
    expect(screen.getByText('Pakken er tom.')).toBeInTheDocument();
  });

  describe('issue 11: the stored package is read grant by grant', () => {
    const grant = (id: string, amount: number | null = 2) => ({
      id,
      versionId: 'randers-1-2019-12-09',
      interventionId: 'x',
      amount,
      frequency: null,
      covers: [],
    });

    it('given one bad grant among good ones, then only it is set aside and the others load (was: the whole package set aside)', () => {
      localStorage.setItem(
        PACKAGE_KEY,
        JSON.stringify({
          formatVersion: 1,
          childAge: 7,
          grants: [grant('b1'), { id: 'b2', amount: 'to' }, grant('b3')],
        }),
      );
      const loaded = loadPackage(localStorage, new Date('2026-01-01T10:00:00Z'));
      expect(loaded.value.grants.map((g) => g.id)).toEqual(['b1', 'b3']);
      expect(loaded.value.childAge).toBe(7);
      expect(loaded.setAside.map((e) => e.what)).toEqual(['bevilling nr. 2']);
    });

    it('given 201 grants, then 200 load and the 201st is set aside with the cap as the reason (was: all set aside)', () => {
      const grants = Array.from({ length: 201 }, (_, i) => grant(`b${i + 1}`));
      localStorage.setItem(PACKAGE_KEY, JSON.stringify({ formatVersion: 1, childAge: null, grants }));
      const loaded = loadPackage(localStorage);
      expect(loaded.value.grants).toHaveLength(200);
      expect(loaded.setAside).toHaveLength(1);
      expect(loaded.setAside[0]?.reason).toBe('listen kan rumme højst 200');
    });

    it('given a second corruption later, then the earlier set-aside copy is kept (was: overwritten)', () => {
      localStorage.setItem(PACKAGE_KEY, 'første fejl');
      loadPackage(localStorage, new Date('2026-01-01T10:00:00Z'));
      loadPackage(localStorage, new Date('2026-01-01T10:00:01Z'));
      localStorage.setItem(PACKAGE_KEY, 'anden fejl');
      loadPackage(localStorage, new Date('2026-01-02T10:00:00Z'));
      expect(listSetAside(localStorage, PACKAGE_KEY).map((e) => e.raw)).toEqual([
        'første fejl',
        'anden fejl',
      ]);
    });

    it('given a stored amount of 1e308, then that grant is set aside and the view still shows its heading', async () => {
      serveStandards();
      localStorage.setItem(
        PACKAGE_KEY,
        JSON.stringify({ formatVersion: 1, childAge: null, grants: [grant('b1', 1e308)] }),
      );
      renderWithProviders(<PackageView />);
      expect(screen.getByRole('heading', { level: 1, name: 'Dobbeltkompensation' })).toBeInTheDocument();
      expect(screen.getByRole('region', { name: /Dele af den gemte pakke/ })).toHaveTextContent(
        'bevilling nr. 1',
      );
    });

    it('given a copy set aside by an older version under the single old key, then it is listed too', () => {
      localStorage.setItem('serviceniveau:pakke:lagt-til-side', '{"gammel":true}');
      expect(listSetAside(localStorage, PACKAGE_KEY)).toEqual([
        expect.objectContaining({ key: 'serviceniveau:pakke:lagt-til-side', raw: '{"gammel":true}' }),
      ]);
    });

    it('given a set-aside copy, then it can be deleted from the page', async () => {
      serveStandards();
      localStorage.setItem(PACKAGE_KEY, 'ødelagt');
      const user = userEvent.setup();
      renderWithProviders(<PackageView />);
      expect(screen.getByRole('button', { name: 'Hent kopi af hele pakken' })).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Slet hele pakken' }));
      expect(listSetAside(localStorage, PACKAGE_KEY)).toEqual([]);
      expect(screen.queryByRole('region', { name: /Dele af den gemte pakke/ })).toBeNull();
    });
  });
});

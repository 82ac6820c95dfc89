/**
 * A council adds a standard file: what a user lands on does not change. The copy below is Randers' standard 3
 * under another municipality's name ("Assens Kommune", which sorts before Randers and Nyborg).
 */
import { readFileSync } from 'node:fs';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { readStandardsFolder } from '../../scripts/standards-folder.ts';
import { landingMunicipality } from '../../src/domain/format/catalog.ts';
import { checkCatalog } from '../../src/domain/format/catalog-check.ts';
import { EstimateView } from '../../src/features/estimate/EstimateView.tsx';
import { MUNICIPALITY_KEY } from '../../src/shared/standards/homeMunicipality.ts';
import { renderWithProviders, serveStandards } from './render.tsx';

const FOLDER = 'test/fixtures/standards';

/** The fixture folder plus a copy of Randers 3 under another municipality's name, listed in its manifest. */
function withCopy(): Record<string, string> {
  const copy = JSON.parse(readFileSync(`${FOLDER}/randers-3-2019-12-09.json`, 'utf8')) as {
    id: string;
    municipality: string;
    standard: { key: string };
  };
  copy.id = 'assens-3-2019-12-09';
  copy.municipality = 'Assens Kommune';
  copy.standard.key = 'assens-3';
  const manifest = JSON.parse(readFileSync(`${FOLDER}/index.json`, 'utf8')) as {
    versions: { file: string }[];
  };
  manifest.versions.unshift({ file: 'assens-3-2019-12-09.json' });
  return {
    'index.json': JSON.stringify(manifest),
    'assens-3-2019-12-09.json': JSON.stringify(copy),
  };
}

afterEach(() => localStorage.clear());

describe('the home municipality', () => {
  it('given a copy of a standard added under another municipality, then the folder checks clean and the landing is still the deployment’s', () => {
    const files = new Map([...readStandardsFolder(FOLDER), ...Object.entries(withCopy())]);
    const check = checkCatalog(files);
    expect(check.problems).toEqual([]);
    expect(check.files.every((file) => file.version !== null)).toBe(true);
    const municipalities = check.files.map((file) => file.version?.municipality ?? '');
    expect(landingMunicipality(municipalities, { stored: null, home: 'Randers Kommune' })).toBe(
      'Randers Kommune',
    );
    // Without a deployment the first in alphabetical order is the fallback: that is why the manifest names one.
    expect(landingMunicipality(municipalities, { stored: null, home: null })).toBe('Assens Kommune');
  });

  it('given the copy served beside the fixtures, then the estimate still lands on Randers’ standard 3', async () => {
    serveStandards(withCopy());
    renderWithProviders(<EstimateView />);
    const municipality = await screen.findByRole('combobox', { name: 'Kommune' });
    expect(municipality).toHaveValue('Randers Kommune');
    expect(screen.getByRole('combobox', { name: 'Kvalitetsstandard' })).toHaveDisplayValue(
      /^Randers Kommune – nr\. 3:/,
    );
  });

  it('given another municipality chosen, then it is remembered in this browser, and a garbled stored value is ignored', async () => {
    serveStandards();
    const user = userEvent.setup();
    const first = renderWithProviders(<EstimateView />);
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Kommune' }), 'Nyborg Kommune');
    expect(localStorage.getItem(MUNICIPALITY_KEY)).toBe('"Nyborg Kommune"');
    first.unmount();
    const second = renderWithProviders(<EstimateView />);
    expect(await screen.findByRole('combobox', { name: 'Kommune' })).toHaveValue('Nyborg Kommune');
    second.unmount();

    localStorage.setItem(MUNICIPALITY_KEY, '{not json');
    renderWithProviders(<EstimateView />);
    expect(await screen.findByRole('combobox', { name: 'Kommune' })).toHaveValue('Randers Kommune');
  });
});

describe('the child’s age picks Nyborg’s age band', () => {
  const openNyborg = async () => {
    serveStandards();
    const user = userEvent.setup();
    renderWithProviders(<EstimateView />, { searchParams: '?standard=nyborg-44&indsats=aflastning' });
    const age = await screen.findByRole('textbox', { name: 'Barnets alder (hele år)' });
    return { user, age };
  };

  it('given 7, then the band "6-9 årige" and its words "op til 8 døgn pr. måned" are shown', async () => {
    const { user, age } = await openNyborg();
    await user.type(age, '7');
    expect(screen.getByText('7 år hører til aldersgruppen »6-9 årige«.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '6-9 årige' })).toBeChecked();
    expect(screen.getByText('op til 8 døgn pr. måned', { selector: 'q' })).toBeInTheDocument();
  });

  it('given 2, then it says Nyborg has no band for that age and shows no figure', async () => {
    const { user, age } = await openNyborg();
    await user.type(age, '2');
    expect(
      screen.getByText(
        'Standarden har ingen aldersgruppe for 2 år, så den fastsætter intet omfang for barnet.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Omfang pr. uge, måned og år' })).not.toBeInTheDocument();
  });

  it('given 18 or text, then the field says what is wrong', async () => {
    const { user, age } = await openNyborg();
    await user.type(age, '18');
    expect(screen.getByRole('alert')).toHaveTextContent('Barnets alder: skriv et helt tal fra 0 til 17.');
  });
});

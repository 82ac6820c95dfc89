import { readFileSync } from 'node:fs';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CatalogProblems } from '../../src/features/catalog/CatalogProblems.tsx';
import { EstimateView } from '../../src/features/estimate/EstimateView.tsx';
import { MUNICIPALITY_KEY, readStoredMunicipality } from '../../src/shared/standards/homeMunicipality.ts';
import { listSetAside } from '../../src/shared/storage/setAside.ts';
import { renderWithProviders, serveStandards } from './render.tsx';

const FIXTURES = 'test/fixtures/broken-standards';
const GOOD = 'randers-3-2019-12-09.json';

describe('the catalogue in the app', () => {
  it('given a manifest with one bad line (issue 11: "takes every standard offline"), then the line is named and the standards load', async () => {
    serveStandards(
      { 'index.json': JSON.stringify({ versions: [{ fil: 'x.json' }, { file: GOOD }] }) },
      FIXTURES,
    );
    renderWithProviders(
      <>
        <CatalogProblems />
        <EstimateView />
      </>,
    );
    expect(await screen.findByRole('combobox', { name: 'Indsats' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('index.json ved $.versions[0]');
  });

  it('given two files with the same version id (issue 11: "leave one unreachable and nobody told"), then the second is named', async () => {
    serveStandards(
      {
        'index.json': JSON.stringify({ versions: [{ file: GOOD }, { file: 'kopi.json' }] }),
        'kopi.json': readFileSync(`${FIXTURES}/${GOOD}`, 'utf8'),
      },
      FIXTURES,
    );
    renderWithProviders(<CatalogProblems />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'kopi.json ved $.id: id "randers-3-2019-12-09" bruges også i randers-3-2019-12-09.json; versionen i denne fil vises ikke',
    );
  });
});

describe('issue 11: the stored choice of municipality (a setting)', () => {
  it('given a stored choice that cannot be read, then it is set aside, listed with download and delete, and the estimate opens', async () => {
    serveStandards({}, FIXTURES);
    localStorage.setItem(MUNICIPALITY_KEY, '{ikke json');
    expect(readStoredMunicipality(localStorage)).toBeNull();
    // The copy is kept by setAside.ts, which the first page loads only when it is needed.
    await vi.waitFor(() =>
      expect(listSetAside(localStorage, MUNICIPALITY_KEY).map((e) => e.raw)).toEqual(['{ikke json']),
    );
    renderWithProviders(<EstimateView />);
    const notice = await screen.findByRole('region', { name: 'Det gemte valg af kommune kunne ikke læses' });
    expect(notice).toHaveTextContent('det gemte valg af kommune: ugyldig JSON');
    expect(screen.getByRole('button', { name: 'Slet det gemte valg af kommune' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Estimat af støtte' })).toBeInTheDocument();
  });

  it('given a stored choice that cannot be read and a page that renders before the copy is kept, then the report appears once it is kept', async () => {
    serveStandards({}, FIXTURES);
    localStorage.setItem(MUNICIPALITY_KEY, JSON.stringify('x'.repeat(81)));
    expect(listSetAside(localStorage, MUNICIPALITY_KEY)).toEqual([]);
    renderWithProviders(<EstimateView />);
    const notice = await screen.findByRole('region', { name: 'Det gemte valg af kommune kunne ikke læses' });
    expect(notice).toHaveTextContent('det gemte valg af kommune:');
    expect(listSetAside(localStorage, MUNICIPALITY_KEY)).toHaveLength(1);
  });
});

/**
 * Fuzzing the forms (issue 11): whatever is typed into a number or date field, the view keeps its heading,
 * shows no NaN or Infinity, and a wrong value is named at its field.
 */
import { act, fireEvent, screen } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import CompareView from '../../src/features/compare/CompareView.tsx';
import { DeadlinesView } from '../../src/features/deadlines/DeadlinesView.tsx';
import { EstimateView } from '../../src/features/estimate/EstimateView.tsx';
import { PackageView } from '../../src/features/package/PackageView.tsx';
import { renderWithProviders, serveStandards } from './render.tsx';

/** Typed text: numbers in every notation, huge and tiny, and plain junk. */
const typed = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.double().map(String),
  fc.constantFrom('1e308', '9'.repeat(309), '1.5', '1.500', '-0', '200', '0,001', '8', '400', ' ', 'NaN'),
);
const RUNS = { numRuns: 25 };

/** No computed NaN or Infinity on the page (what the user typed, quoted »…« in a message, aside). */
function noBadNumbers() {
  expect((document.body.textContent ?? '').replace(/»[^«]*«/g, '')).not.toMatch(/NaN|Infinity/);
}

describe('fuzzed form fields never blank a view', () => {
  it('given anything typed as the proposed amount and weeks per year, then the estimate stays', async () => {
    serveStandards();
    renderWithProviders(<EstimateView />, { searchParams: '?indsats=doegnaflastning&niveau=svære' });
    const amount = await screen.findByRole('textbox', { name: 'Antal døgn' });
    const weeks = screen.getByLabelText('Uger pr. år (antagelse)');
    await fc.assert(
      fc.asyncProperty(typed, typed, async (a, w) => {
        await act(async () => {
          fireEvent.change(amount, { target: { value: a } });
          fireEvent.change(weeks, { target: { value: w } });
        });
        expect(screen.getByRole('heading', { level: 1, name: 'Estimat af støtte' })).toBeInTheDocument();
        noBadNumbers();
      }),
      RUNS,
    );
  });

  it('given anything typed as a decision date, then the estimate stays and names a bad date', async () => {
    serveStandards();
    renderWithProviders(<EstimateView />);
    const date = await screen.findByLabelText('Afgørelsesdato');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('9999-12-31', '0001-01-01', '2024-02-30')),
        async (value) => {
          await act(async () => {
            fireEvent.change(date, { target: { value } });
          });
          expect(screen.getByRole('heading', { level: 1, name: 'Estimat af støtte' })).toBeInTheDocument();
        },
      ),
      RUNS,
    );
  });

  it('given anything typed as a grant amount and the child’s age, then the package stays', async () => {
    serveStandards();
    renderWithProviders(<PackageView />);
    const choice = await screen.findByRole('combobox', { name: 'Indsats' });
    const option = screen.getByRole('option', { name: /^Døgnaflastning/ }) as HTMLOptionElement;
    fireEvent.change(choice, { target: { value: option.value } });
    const amount = screen.getByRole('textbox', { name: /^Omfang/ });
    const age = screen.getByRole('textbox', { name: /Barnets alder/ });
    await fc.assert(
      fc.asyncProperty(typed, typed, async (a, y) => {
        await act(async () => {
          fireEvent.change(amount, { target: { value: a } });
          fireEvent.change(age, { target: { value: y } });
          fireEvent.click(screen.getByRole('button', { name: 'Tilføj til pakken' }));
        });
        expect(screen.getByRole('heading', { level: 1, name: 'Dobbeltkompensation' })).toBeInTheDocument();
        noBadNumbers();
      }),
      RUNS,
    );
  });

  it('given anything typed as case dates, then the deadlines stay', async () => {
    serveStandards();
    renderWithProviders(<DeadlinesView />);
    await screen.findByRole('table', { name: /Frister efter/ });
    const fields = [
      'Opmærksom på behov for særlig støtte',
      'Afgørelse truffet',
      'Referencedato for status',
    ].map((label) => screen.getByLabelText(label));
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('9999-12-31', '1899-12-31', '2100-12-31')),
          {
            minLength: 3,
            maxLength: 3,
          },
        ),
        async (values) => {
          await act(async () => {
            fields.forEach((field, i) => {
              fireEvent.change(field, { target: { value: values[i] } });
            });
          });
          expect(screen.getByRole('heading', { level: 1, name: 'Frister i sagen' })).toBeInTheDocument();
        },
      ),
      RUNS,
    );
  });

  it('given anything typed as counts and assumptions, then the caseload stays', async () => {
    serveStandards();
    renderWithProviders(<CompareView />, {
      searchParams: 'versioner=randers-3-2019-12-09,randers-2-2019-12-09&del=sagsmaengde',
    });
    const count = await screen.findByLabelText('Antal sager: Døgnaflastning, Svære problemer/begrænsninger');
    const open = screen.getByLabelText(/Antagelse: omfang pr\. sag i åbent niveau, Døgnaflastning/);
    await fc.assert(
      fc.asyncProperty(typed, typed, async (c, o) => {
        await act(async () => {
          fireEvent.change(count, { target: { value: c } });
          fireEvent.change(open, { target: { value: o } });
        });
        expect(screen.getByRole('heading', { level: 1, name: 'Sammenlign versioner' })).toBeInTheDocument();
        noBadNumbers();
      }),
      RUNS,
    );
  });
});

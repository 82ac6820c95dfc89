import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Justification } from '../../src/features/estimate/Justification.tsx';
import { loadShipped } from '../unit/shipped.ts';
import { renderWithProviders, serveStandards } from './render.tsx';

const version = loadShipped('randers-3-2019-12-09.json');
const found = version.interventions.find((i) => i.id === 'fast-kontaktperson');
if (!found) throw new Error('no contact person');
const contact = found;

/** The justification for Randers' contact person at the moderate level, decided on `decisionDate`. */
function renderContactModerate(decisionDate: string) {
  serveStandards();
  renderWithProviders(
    <Justification
      version={version}
      intervention={contact}
      levelKey="moderate"
      decisionDate={decisionDate}
    />,
  );
}

describe('the justification in the estimate', () => {
  it('given Randers, moderate, 25.11.2026, then the paragraph names barnets lov § 32, stk. 1, nr. 3 and the seed’s level', async () => {
    renderContactModerate('2026-11-25');
    const heading = screen.getByRole('heading', { name: 'Begrundelse til afgørelsen' });
    const text = await screen.findByText(/^Afgørelsen bygger på Randers Kommunes kvalitetsstandard nr\. 3/);
    expect(heading).toBeInTheDocument();
    // Seed 004: "Op til 3 timer om ugen".
    expect(text).toHaveTextContent('»Op til 3 timer om ugen«');
    expect(text).toHaveTextContent(
      'efter barnets lov § 32, stk. 1, nr. 3 (standarden henviser til serviceloven § 52, stk. 3, nr. 6',
    );
    expect(text).not.toHaveTextContent('skal verificeres');
  });

  it('given an amount that is not a number, then the field says so and the text has no amount', async () => {
    const user = userEvent.setup();
    renderContactModerate('2026-11-25');
    await screen.findByText(/^Afgørelsen bygger på/);
    await user.type(screen.getByRole('textbox', { name: 'Bevilget omfang i timer (valgfrit)' }), 'tre');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Bevilget omfang: »tre« er ikke et tal; skriv fx 2,5 eller 1.500.',
    );
    expect(screen.getByText(/^Afgørelsen bygger på/)).not.toHaveTextContent('Der bevilges');
  });

  it('given "1.5" or 200 hours a week, then the field refuses each as every amount field does and the text has no amount', async () => {
    const user = userEvent.setup();
    renderContactModerate('2026-11-25');
    await screen.findByText(/^Afgørelsen bygger på/);
    const field = screen.getByRole('textbox', { name: 'Bevilget omfang i timer (valgfrit)' });
    await user.type(field, '1.5');
    expect(screen.getByRole('alert')).toHaveTextContent('»1.5« er tvetydigt');
    await user.clear(field);
    await user.type(field, '200');
    // A week has 168 hours.
    expect(screen.getByRole('alert')).toHaveTextContent('Bevilget omfang: kan højst være 168 timer om ugen');
    expect(screen.getByText(/^Afgørelsen bygger på/)).not.toHaveTextContent('Der bevilges');
  });

  it('given an amount above the level and a click on copy, then the copied text says an individual assessment is required', async () => {
    // user-event puts its own clipboard on navigator, which the test reads back.
    const user = userEvent.setup();
    renderContactModerate('2026-11-25');
    await screen.findByText(/^Afgørelsen bygger på/);
    await user.type(screen.getByRole('textbox', { name: 'Bevilget omfang i timer (valgfrit)' }), '4,5');
    await user.click(screen.getByRole('button', { name: 'Kopiér begrundelsen' }));
    expect(await screen.findByText('Begrundelsen er kopieret.')).toBeInTheDocument();
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain('Der bevilges 4,5 timer om ugen.');
    expect(copied).toContain('det kræver en individuel vurdering af barnets behov og en begrundelse');
  });

  it('given no valid decision date, then it asks for one instead of writing a text', async () => {
    renderContactModerate('2026-02-30');
    expect(
      await screen.findByText('Angiv en gyldig afgørelsesdato for at få en begrundelse.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Kopiér begrundelsen' })).toBeNull();
  });
});

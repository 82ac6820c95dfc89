import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppFooter } from '../../src/app/AppFooter.tsx';
import { renderWithProviders, serveStandards } from './render.tsx';

/** A deployment's manifest as a municipality would write it (a fictitious one: the test owns its data). */
function manifest(deployment: unknown): string {
  return JSON.stringify({ deployment, versions: [{ file: 'randers-3-2019-12-09.json' }] });
}

describe('the footer (DKFDS): responsible authority, contact and accessibility statement from the settings', () => {
  it('given a deployment with an accessibility statement, then the footer links it as »Tilgængelighedserklæring« and names the authority and its contact', async () => {
    serveStandards({
      'index.json': manifest({
        municipality: 'Eksempel Kommune',
        authority: {
          name: 'Eksempel Kommune, Børn og Familie',
          url: 'https://www.eksempel.dk/',
          email: 'boern@eksempel.dk',
        },
        accessibilityStatement: 'https://was.digst.dk/eksempel-dk',
      }),
    });
    renderWithProviders(<AppFooter />);
    const footer = screen.getByRole('contentinfo');
    const link = await within(footer).findByRole('link', { name: 'Tilgængelighedserklæring' });
    expect(link).toHaveAttribute('href', 'https://was.digst.dk/eksempel-dk');
    expect(within(footer).getByText('Eksempel Kommune, Børn og Familie')).toBeInTheDocument();
    expect(within(footer).getByRole('link', { name: 'boern@eksempel.dk' })).toHaveAttribute(
      'href',
      'mailto:boern@eksempel.dk',
    );
    expect(within(footer).getByRole('link', { name: 'www.eksempel.dk' })).toHaveAttribute(
      'href',
      'https://www.eksempel.dk/',
    );
  });

  it('given a deployment without the statement’s address, then the footer says where to set it and links nothing', async () => {
    serveStandards({
      'index.json': manifest({ municipality: 'Eksempel Kommune', authority: { name: 'Eksempel Kommune' } }),
    });
    renderWithProviders(<AppFooter />);
    const footer = screen.getByRole('contentinfo');
    expect(await within(footer).findByText(/denne installation har ikke angivet adressen/)).toHaveTextContent(
      'deployment.accessibilityStatement',
    );
    expect(within(footer).queryByRole('link', { name: 'Tilgængelighedserklæring' })).not.toBeInTheDocument();
  });

  it('given no deployment settings, then the footer says so instead of naming any municipality', async () => {
    serveStandards({ 'index.json': JSON.stringify({ versions: [{ file: 'randers-3-2019-12-09.json' }] }) });
    renderWithProviders(<AppFooter />);
    expect(
      await screen.findByText(
        'Denne installation har ikke angivet sin ansvarlige myndighed (index.json: deployment).',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Randers/)).not.toBeInTheDocument();
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary, isChunkLoadError } from '../../src/shared/ui/ErrorBoundary.tsx';

function Throws({ error }: { error: Error }): never {
  throw error;
}

const flaky = { fail: true };
function Flaky() {
  if (flaky.fail) throw new Error('midlertidig');
  return <p>Visningen virker</p>;
}

describe('containment: a failing view never blanks the page', () => {
  it('given a view that throws, then its heading stays, the error is named and a reload is offered', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <>
        <nav aria-label="Visninger">menu</nav>
        <ErrorBoundary label="Frister">
          <Throws error={new RangeError('Invalid time value')} />
        </ErrorBoundary>
      </>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Frister' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Visninger' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('»Frister« kunne ikke vises');
    expect(screen.getByRole('alert')).toHaveTextContent('RangeError: Invalid time value');
    expect(screen.getByRole('button', { name: 'Genindlæs siden' })).toBeInTheDocument();
  });

  it('given a lazily loaded view whose chunk is gone after a redeploy, then it says a new version is out', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = new TypeError(
      'Failed to fetch dynamically imported module: http://x/assets/PackageView-abc.js',
    );
    expect(isChunkLoadError(error)).toBe(true);
    render(
      <ErrorBoundary label="Dobbeltkompensation">
        <Throws error={error} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Der er kommet en ny version af appen.');
    expect(screen.getByRole('button', { name: 'Genindlæs siden' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Prøv igen' })).toBeNull();
  });

  it('given "Prøv igen" after the cause is gone, then the view renders again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    flaky.fail = true;
    render(
      <ErrorBoundary label="Estimat">
        <Flaky />
      </ErrorBoundary>,
    );
    flaky.fail = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Prøv igen' }));
    expect(screen.getByText('Visningen virker')).toBeInTheDocument();
  });
});

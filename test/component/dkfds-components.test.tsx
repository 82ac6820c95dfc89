import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Accordion } from '../../src/shared/ui/Accordion.tsx';
import { DateInput } from '../../src/shared/ui/DateInput.tsx';
import { ErrorSummary } from '../../src/shared/ui/ErrorSummary.tsx';
import { NavTabs } from '../../src/shared/ui/NavTabs.tsx';

describe('DKFDS components of ours', () => {
  it('given an accordion, then its button shows and hides the content and says so (aria-expanded)', async () => {
    render(<Accordion items={[{ key: 'a', title: 'Reglerne (2)', content: <p>Regel 1</p> }]} />);
    const button = screen.getByRole('button', { name: 'Reglerne (2)' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Regel 1')).not.toBeVisible();
    await userEvent.setup().click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Regel 1')).toBeVisible();
    expect(screen.getByRole('heading', { level: 3, name: 'Reglerne (2)' })).toContainElement(button);
  });

  it('given navigation tabs, then they are links, the current one marked, and a click selects without leaving', async () => {
    const onSelect = vi.fn();
    render(
      <NavTabs
        label="Visninger"
        tabs={[
          { href: '?visning=estimat', label: 'Estimat', current: true, onSelect: vi.fn() },
          { href: '?visning=frister', label: 'Frister', current: false, onSelect },
        ]}
      />,
    );
    const nav = screen.getByRole('navigation', { name: 'Visninger' });
    expect(nav).toHaveClass('tab-container');
    expect(screen.getByRole('link', { name: 'Estimat' })).toHaveAttribute('aria-current', 'page');
    const frister = screen.getByRole('link', { name: 'Frister' });
    expect(frister).toHaveAttribute('href', '?visning=frister');
    await userEvent.setup().click(frister);
    expect(onSelect).toHaveBeenCalledOnce();
  });

  it('given errors, then the summary lists each as a link that moves focus to its field; with none it is not there', async () => {
    const { rerender } = render(
      <>
        <ErrorSummary
          heading="Tjek datoerne"
          errors={[{ fieldId: 'dato', message: 'Dato: ikke en gyldig dato.' }]}
        />
        <DateInput id="dato" legend="Dato" value="2024-02-31" onChange={() => undefined} />
      </>,
    );
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Tjek datoerne');
    await userEvent.setup().click(screen.getByRole('link', { name: 'Dato: ikke en gyldig dato.' }));
    expect(screen.getByLabelText('Dag')).toHaveFocus();
    rerender(<ErrorSummary heading="Tjek datoerne" errors={[]} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

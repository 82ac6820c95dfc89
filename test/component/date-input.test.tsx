import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { isRealCalendarDate } from '../../src/domain/format/schema.ts';
import { DateInput, dateValueOf } from '../../src/shared/ui/DateInput.tsx';

/** A form with one date, validated as the views do: a value that is not a real date is an error at the field. */
function Form({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <DateInput
        id="afgoerelse"
        legend="Afgørelsesdato"
        value={value}
        onChange={setValue}
        error={value === '' || isRealCalendarDate(value) ? null : 'Afgørelsesdato: skriv en gyldig dato.'}
      />
      <output aria-label="Værdi">{value}</output>
      <button type="button" onClick={() => setValue('')}>
        Ryd
      </button>
    </>
  );
}

const field = (label: string) =>
  within(screen.getByRole('group', { name: 'Afgørelsesdato' })).getByLabelText(label);

describe('the three-field date input (DKFDS)', () => {
  it('given a date, then it shows day, month and year in three labelled fields without leading zeros', () => {
    render(<Form initial="2024-03-05" />);
    expect(field('Dag')).toHaveValue('5');
    expect(field('Måned')).toHaveValue('3');
    expect(field('År')).toHaveValue('2024');
  });

  it('given 31 February typed, then the error is said at the field and the fields are marked invalid', async () => {
    render(<Form initial="" />);
    const user = userEvent.setup();
    await user.type(field('Dag'), '31');
    // No focus moves by itself ("Anvend ikke JavaScript til automatisk at flytte fokus fra felt til felt").
    expect(field('Dag')).toHaveFocus();
    await user.type(field('Måned'), '2');
    await user.type(field('År'), '2024');
    expect(screen.getByLabelText('Værdi')).toHaveTextContent('2024-02-31');
    const group = screen.getByRole('group', { name: 'Afgørelsesdato' });
    expect(group).toHaveAccessibleDescription('Fejl: Afgørelsesdato: skriv en gyldig dato.');
    expect(field('Dag')).toHaveAttribute('aria-invalid', 'true');
    await user.clear(field('Dag'));
    await user.type(field('Dag'), '29');
    expect(screen.getByLabelText('Værdi')).toHaveTextContent('2024-02-29');
    expect(group).not.toHaveAccessibleDescription();
  });

  it('given a two-digit year, then the value is not a date (never year 24)', () => {
    expect(dateValueOf({ day: '1', month: '2', year: '24' })).toBe('24-2-1');
    expect(isRealCalendarDate(dateValueOf({ day: '1', month: '2', year: '24' }))).toBe(false);
    expect(dateValueOf({ day: '', month: '', year: '' })).toBe('');
    expect(dateValueOf({ day: '1', month: '2', year: '2024' })).toBe('2024-02-01');
  });

  it('given the value is cleared from outside, then the fields are emptied', async () => {
    render(<Form initial="2024-03-05" />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Ryd' }));
    expect(field('Dag')).toHaveValue('');
    expect(field('År')).toHaveValue('');
  });
});

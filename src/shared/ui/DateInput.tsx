/**
 * DKFDS's date input: three fields, day, month and year, in a fieldset whose legend names the date.
 * "Tre separate felter for dato, måned og år er den nemmeste måde for brugeren at indskrive en dato" and
 * "Anvend ikke JavaScript til automatisk at flytte fokus fra felt til felt": focus never moves by itself.
 *
 * The value is the same string an `<input type="date">` gives: `YYYY-MM-DD`, or '' when all three fields
 * are empty. While the fields do not make a date (a year of two digits, a 31st of February) the value is
 * what was typed, `year-month-day`, which is not a real calendar date, so the view's own validation says so
 * at the field (`error`), never a silent wrong date.
 */
import { useState } from 'react';

export interface DateInputProps {
  /** The id of the fieldset; the fields are `${id}-day`, `${id}-month` and `${id}-year`. */
  id: string;
  legend: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  /** The error message shown at the field (DKFDS's form-error), or nothing. */
  error?: string | null;
  /** Mark the fields invalid without a message here (the message is shown elsewhere). */
  invalid?: boolean;
}

interface Parts {
  day: string;
  month: string;
  year: string;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** The fields a value shows: a date's parts without leading zeros, or what was typed. */
export function datePartsOf(value: string): Parts {
  const iso = ISO.exec(value);
  if (iso) return { year: iso[1] ?? '', month: String(Number(iso[2])), day: String(Number(iso[3])) };
  const [year = '', month = '', day = ''] = value.split('-');
  return { year, month, day };
}

/** The value three fields make: '' when all are empty, `YYYY-MM-DD` when they are numbers, else as typed. */
export function dateValueOf(parts: Parts): string {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (day === '' && month === '' && year === '') return '';
  if (/^\d{4}$/.test(year) && /^\d{1,2}$/.test(month) && /^\d{1,2}$/.test(day)) {
    return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  return `${year}-${month}-${day}`;
}

const FIELDS = [
  { key: 'day', label: 'Dag', maxLength: 2, className: 'form-group-day' },
  { key: 'month', label: 'Måned', maxLength: 2, className: 'form-group-month' },
  { key: 'year', label: 'År', maxLength: 4, className: 'form-group-year' },
] as const;

export function DateInput({ id, legend, value, onChange, hint, error, invalid }: DateInputProps) {
  const [parts, setParts] = useState<Parts>(() => datePartsOf(value));
  // A value set from outside (cleared, restored) shows in the fields; one the fields made stays as typed.
  if (dateValueOf(parts) !== value) {
    const next = datePartsOf(value);
    if (dateValueOf(next) === value) setParts(next);
  }
  const hasError = Boolean(error);
  const describedBy = [hint ? `${id}-hint` : null, hasError ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={`form-group${hasError ? ' form-error' : ''}`}>
      <fieldset id={id} aria-describedby={describedBy || undefined}>
        <legend className="form-label">{legend}</legend>
        {hint ? (
          <span className="form-hint" id={`${id}-hint`}>
            {hint}
          </span>
        ) : null}
        {hasError ? (
          <span className="form-error-message" id={`${id}-error`}>
            <span className="sr-only">Fejl:</span> {error}
          </span>
        ) : null}
        <div className="date-group">
          {FIELDS.map((field) => (
            <div className={`form-group ${field.className}`} key={field.key}>
              <label className="form-label" htmlFor={`${id}-${field.key}`}>
                {field.label}
              </label>
              <input
                className="form-input"
                id={`${id}-${field.key}`}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                maxLength={field.maxLength}
                value={parts[field.key]}
                aria-invalid={hasError || invalid || undefined}
                onChange={(event) => {
                  const next = { ...parts, [field.key]: event.target.value.replace(/[^\d]/g, '') };
                  setParts(next);
                  onChange(dateValueOf(next));
                }}
              />
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/**
 * A typed amount and the period it is given per, side by side, with what is wrong with the amount under them
 * (named at the field, DKFDS's field-error). The proposed amount and the justification's granted amount use it.
 */
import { useId } from 'react';
import type { Period } from '../../domain/format/schema.ts';
import { PER_PERIOD, PERIODS } from '../../domain/format/units.ts';

export function AmountField(props: {
  label: string;
  periodLabel: string;
  /** Names the field in its error line: "Antal: …". */
  errorLabel: string;
  text: string;
  period: Period;
  problem: string | null;
  onText: (text: string) => void;
  onPeriod: (period: Period) => void;
}) {
  const ids = { amount: useId(), period: useId() };
  const { problem } = props;
  return (
    <>
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.amount}>{props.label}</label>
          <input
            id={ids.amount}
            inputMode="decimal"
            autoComplete="off"
            value={props.text}
            aria-invalid={problem !== null}
            aria-describedby={problem !== null ? `${ids.amount}-error` : undefined}
            onChange={(event) => props.onText(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.period}>{props.periodLabel}</label>
          <select
            id={ids.period}
            value={props.period}
            onChange={(event) => props.onPeriod(event.target.value as Period)}
          >
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {PER_PERIOD[p]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {problem !== null ? (
        <p className="field-error" id={`${ids.amount}-error`} role="alert">
          {props.errorLabel}: {problem}.
        </p>
      ) : null}
    </>
  );
}

/**
 * Barnets lov § 95: after the first follow-up the cadence is decided in the case. The caseworker gives that
 * cadence, or chooses the standard's own figure as a local rule ("lokal regel"); until then the later
 * follow-ups have no date. The chosen answer prints as text.
 */
import { useId } from 'react';
import { cadenceAmount, type StoredCadence } from './useCadence.ts';

const UNIT_WORD = { weeks: 'uger', months: 'måneder' } as const;

export function CadenceQuestion({
  stored,
  update,
  localRule,
}: {
  stored: StoredCadence;
  update: (patch: Partial<StoredCadence>) => void;
  /** The standard's own figure in words, e.g. "6 måneder". */
  localRule: string;
}) {
  const id = useId();
  const amountInvalid =
    stored.choice === 'case' && stored.amount !== '' && cadenceAmount(stored.amount) === null;
  const answer =
    stored.choice === 'local'
      ? `Standardens ${localRule} (lokal regel)`
      : stored.choice === 'case' && cadenceAmount(stored.amount) !== null
        ? `Besluttet i sagen: hver ${cadenceAmount(stored.amount)}. ${stored.unit === 'weeks' ? 'uge' : 'måned'}`
        : 'Ikke angivet';
  return (
    <>
      <fieldset className="cadence no-print">
        <legend>Opfølgning efter den første opfølgning (barnets lov § 95)</legend>
        <p className="hint" id={`${id}-hint`}>
          Barnets lov fastsætter ikke et antal måneder: hyppigheden besluttes ved den første opfølgning. Angiv
          den, eller brug standardens egen regel som lokal regel.
        </p>
        <ul className="radio-list">
          <li>
            <label>
              <input
                type="radio"
                name={`${id}-choice`}
                checked={stored.choice === 'case'}
                onChange={() => update({ choice: 'case' })}
              />{' '}
              Hyppighed besluttet i sagen
            </label>
          </li>
          <li>
            <label>
              <input
                type="radio"
                name={`${id}-choice`}
                checked={stored.choice === 'local'}
                onChange={() => update({ choice: 'local' })}
              />{' '}
              Brug standardens {localRule} (lokal regel)
            </label>
          </li>
        </ul>
        {stored.choice === 'case' ? (
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${id}-amount`}>Opfølgning hver (antal)</label>
              <input
                id={`${id}-amount`}
                inputMode="numeric"
                autoComplete="off"
                value={stored.amount}
                aria-invalid={amountInvalid || undefined}
                aria-describedby={amountInvalid ? `${id}-amount-error` : undefined}
                onChange={(e) => update({ amount: e.target.value.slice(0, 4) })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-unit`}>Enhed</label>
              <select
                id={`${id}-unit`}
                value={stored.unit}
                onChange={(e) => update({ unit: e.target.value === 'weeks' ? 'weeks' : 'months' })}
              >
                <option value="months">{UNIT_WORD.months}</option>
                <option value="weeks">{UNIT_WORD.weeks}</option>
              </select>
            </div>
          </div>
        ) : null}
        {amountInvalid ? (
          <p className="field-error" id={`${id}-amount-error`} role="alert">
            Opfølgning hver: skriv et helt tal fra 1 til 120.
          </p>
        ) : null}
      </fieldset>
      <p className="print-only">
        <strong>Opfølgning efter den første opfølgning (barnets lov § 95):</strong> {answer}.
      </p>
    </>
  );
}

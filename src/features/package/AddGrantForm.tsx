import { type FormEvent, useId, useState } from 'react';
import { readAmount } from '../../domain/estimate/estimate.ts';
import { standardLabel } from '../../domain/format/catalog.ts';
import type { StandardVersion } from '../../domain/format/schema.ts';
import { grantMeasure } from '../../domain/package/double-compensation.ts';
import type { Purpose } from '../../domain/package/purposes.ts';
import { formatLegalBasis } from '../../shared/ui/Citation.tsx';
import { amountLabel } from './resolve.ts';
import { MAX_GRANTS, type StoredGrant } from './storage.ts';

type NewGrant = Omit<StoredGrant, 'id'>;

/** Choose an intervention of standards 1–3, state its amount, and add it to the package. */
export function AddGrantForm({
  versions,
  purposes,
  count,
  onAdd,
}: {
  versions: readonly StandardVersion[];
  purposes: ReadonlyMap<string, Purpose>;
  /** Grants in the package now: the form refuses more than MAX_GRANTS and says so. */
  count: number;
  onAdd: (grant: NewGrant, name: string) => void;
}) {
  const ids = useId();
  const [choice, setChoice] = useState('');
  const [amountText, setAmountText] = useState('');
  const [frequency, setFrequency] = useState('');
  const [covers, setCovers] = useState<string[]>([]);
  const [error, setError] = useState<{ field: 'choice' | 'amount'; message: string } | null>(null);

  const [versionId, interventionId] = choice.split('/');
  const version = versions.find((v) => v.id === versionId);
  const intervention = version?.interventions.find((i) => i.id === interventionId);
  const measure = intervention ? grantMeasure(intervention) : null;
  const amountName = measure ? `Omfang (${amountLabel(measure.unit, measure.period).toLowerCase()})` : '';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (count >= MAX_GRANTS) {
      setError({
        field: 'choice',
        message: `Pakken kan rumme højst ${MAX_GRANTS} bevillinger. Fjern en først.`,
      });
      return;
    }
    if (!version || !intervention) {
      setError({ field: 'choice', message: 'Vælg en indsats.' });
      return;
    }
    let amount: number | null = null;
    if (measure) {
      // The same reading as every other amount field; here the amount must be given.
      const read = readAmount(amountText, measure.unit, measure.period);
      amount = read.value;
      const empty = read.value === null && read.problem === null;
      const problem = empty ? 'skal udfyldes, fx 3 eller 2,5' : read.problem;
      if (problem !== null) {
        setError({ field: 'amount', message: `${amountName}: ${problem}.` });
        return;
      }
    }
    setError(null);
    onAdd(
      {
        versionId: version.id,
        interventionId: intervention.id,
        amount,
        frequency: intervention.measure.kind === 'frequencies' && frequency !== '' ? frequency : null,
        covers: covers.filter((c) => intervention.coverOptions.includes(c)),
      },
      intervention.name,
    );
    setAmountText('');
    setFrequency('');
    setCovers([]);
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${ids}-title`}>
      <fieldset>
        <legend id={`${ids}-title`}>Tilføj en bevilling</legend>
        <div className="field">
          <label htmlFor={`${ids}-choice`}>Indsats</label>
          <select
            id={`${ids}-choice`}
            value={choice}
            aria-invalid={error?.field === 'choice' || undefined}
            aria-describedby={error?.field === 'choice' ? `${ids}-error` : undefined}
            onChange={(event) => {
              setChoice(event.target.value);
              setCovers([]);
              setFrequency('');
              setError(null);
            }}
          >
            <option value="">Vælg indsats …</option>
            {versions.map((v) => (
              <optgroup key={v.id} label={standardLabel({ ...v.standard, municipality: v.municipality })}>
                {v.interventions.map((i) => (
                  <option key={i.id} value={`${v.id}/${i.id}`}>
                    {i.name} ({i.legalBasis.map(formatLegalBasis).join(', ')})
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        {intervention && measure && (
          <div className="field">
            <label htmlFor={`${ids}-amount`}>{amountName}</label>
            <input
              id={`${ids}-amount`}
              inputMode="decimal"
              value={amountText}
              aria-invalid={error?.field === 'amount' || undefined}
              aria-describedby={`${ids}-amount-hint${error?.field === 'amount' ? ` ${ids}-error` : ''}`}
              onChange={(event) => setAmountText(event.target.value)}
            />
            <p className="hint" id={`${ids}-amount-hint`}>
              {intervention.measure.kind === 'unquantified'
                ? `${intervention.measure.note} Omfanget er det bevilgede.`
                : 'Det bevilgede omfang i standardens enhed.'}
            </p>
          </div>
        )}
        {intervention && intervention.measure.kind === 'frequencies' && (
          <div className="field">
            <label htmlFor={`${ids}-frequency`}>Kontakt (valgfrit)</label>
            <select
              id={`${ids}-frequency`}
              value={frequency}
              onChange={(event) => setFrequency(event.target.value)}
            >
              <option value="">Ikke angivet</option>
              {intervention.measure.options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        )}
        {intervention && intervention.coverOptions.length > 0 && (
          <fieldset>
            <legend>Hvad betaler bevillingen for? (valgfrit)</legend>
            <p className="hint">
              Uden svar sammenlignes den med alle bevillinger, den kan overlappe; med svar kun med dem, der
              dækker det samme.
            </p>
            {intervention.coverOptions.map((id) => (
              <div key={id}>
                <input
                  type="checkbox"
                  id={`${ids}-cover-${id}`}
                  checked={covers.includes(id)}
                  onChange={(event) =>
                    setCovers((previous) =>
                      event.target.checked ? [...previous, id] : previous.filter((c) => c !== id),
                    )
                  }
                />{' '}
                <label htmlFor={`${ids}-cover-${id}`}>{purposes.get(id)?.label ?? id}</label>
              </div>
            ))}
          </fieldset>
        )}
        {error && (
          <p className="field-error" id={`${ids}-error`} role="alert">
            {error.message}
          </p>
        )}
        <p className="hint">
          Pakken kan rumme højst {MAX_GRANTS} bevillinger ({MAX_GRANTS - Math.min(count, MAX_GRANTS)}{' '}
          tilbage).
        </p>
        <button type="submit">Tilføj til pakken</button>
      </fieldset>
    </form>
  );
}

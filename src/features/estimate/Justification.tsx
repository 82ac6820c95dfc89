/**
 * The justification (begrundelse) for the decision letter: the text from the domain
 * (src/domain/estimate/justification.ts), one-click copy (the clipboard, or the text selected for Ctrl+C
 * where the browser refuses), and the same text in the printed estimate with the date of printing.
 */
import { useId, useRef, useState } from 'react';
import { formatIsoDate, todayIso } from '../../domain/case/dates.ts';
import { readAmount } from '../../domain/estimate/estimate.ts';
import { justificationText } from '../../domain/estimate/justification.ts';
import type { Intervention, Period, StandardVersion } from '../../domain/format/schema.ts';
import { conventionsOf, formatAmount, PER_PERIOD, UNIT_LABEL } from '../../domain/format/units.ts';
import { useLawFile } from '../../shared/law/lawFile.ts';
import '../../shared/ui/print.css';
import { AmountField } from './AmountField.tsx';
import type { ProposedInput } from './ProposedAmount.tsx';

type CopyState = 'idle' | 'copied' | 'selected';

export function Justification(props: {
  version: StandardVersion;
  intervention: Intervention;
  levelKey: string | null;
  decisionDate: string;
  /** The proposed amount checked above, offered (never put in unasked) as the granted amount. */
  proposed?: ProposedInput;
}) {
  const { version, intervention } = props;
  const law = useLawFile();
  const ids = { title: useId(), text: useId() };
  const textRef = useRef<HTMLParagraphElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const [amountText, setAmountText] = useState('');
  const measure = intervention.measure;
  const [period, setPeriod] = useState<Period>(measure.kind === 'levels' ? measure.period : 'week');
  // The same reading as every other amount field: "1.5" is ambiguous, more than 0, a week has 168 hours.
  const { value: amount, problem: amountMessage } = readAmount(
    amountText,
    measure.kind === 'levels' ? measure.unit : null,
    period,
  );

  const offer = offerOf(props.proposed, measure, { text: amountText, period });

  const text =
    law.status === 'success'
      ? justificationText({
          version,
          intervention,
          levelKey: props.levelKey,
          decisionDate: props.decisionDate,
          law: law.data,
          conventions: conventionsOf(version),
          amount: amount !== null && amountMessage === null ? { value: amount, period } : null,
        })
      : null;

  const copyText = async () => {
    if (text === null) return;
    try {
      await navigator.clipboard.writeText(text);
      setCopy('copied');
    } catch {
      // No clipboard (permission, insecure context): select the text so Ctrl+C copies it.
      const node = textRef.current;
      const selection = window.getSelection();
      if (node && selection) {
        selection.removeAllRanges();
        selection.selectAllChildren(node);
      }
      setCopy('selected');
    }
  };

  return (
    <section aria-labelledby={ids.title} className="justification">
      <h2 id={ids.title}>Begrundelse til afgørelsen</h2>
      <p className="no-print hint">
        Teksten bygger kun på standarden, lovdata og de valg, du har truffet ovenfor: ingen navne og ingen
        oplysninger om barnet. Tilføj selv sagens konkrete forhold i afgørelsen.
      </p>
      {measure.kind === 'levels' ? (
        <form className="no-print" onSubmit={(e) => e.preventDefault()} aria-label="Bevilget omfang">
          <AmountField
            label={`Bevilget omfang i ${UNIT_LABEL[measure.unit].many} (valgfrit)`}
            periodLabel="Periode"
            errorLabel="Bevilget omfang"
            text={amountText}
            period={period}
            problem={amountMessage}
            onText={(value) => {
              setAmountText(value);
              setCopy('idle');
            }}
            onPeriod={(value) => {
              setPeriod(value);
              setCopy('idle');
            }}
          />
          {offer ? (
            <p>
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  setAmountText(offer.input.text);
                  setPeriod(offer.input.period);
                  setCopy('idle');
                }}
              >
                {offer.label}
              </button>
            </p>
          ) : null}
        </form>
      ) : null}
      {law.status === 'error' ? (
        <p className="alert alert-error" role="alert">
          Begrundelsen kan ikke skrives: lovdata kunne ikke indlæses ({law.error.message}).
        </p>
      ) : law.status === 'pending' ? (
        <p aria-live="polite">Henter lovdata …</p>
      ) : text === null ? (
        <p className="alert alert-warn">Angiv en gyldig afgørelsesdato for at få en begrundelse.</p>
      ) : (
        <>
          <p id={ids.text} ref={textRef} className="justification-text">
            {text}
          </p>
          <p className="no-print">
            <button type="button" onClick={() => void copyText()} aria-describedby={`${ids.text}-status`}>
              Kopiér begrundelsen
            </button>{' '}
            <span id={`${ids.text}-status`} aria-live="polite">
              {copy === 'copied'
                ? 'Begrundelsen er kopieret.'
                : copy === 'selected'
                  ? 'Begrundelsen er markeret: tryk Ctrl+C (Cmd+C på Mac) for at kopiere.'
                  : ''}
            </span>
          </p>
        </>
      )}
      <p className="print-only">Udskrevet den {formatIsoDate(todayIso())}.</p>
    </section>
  );
}

/**
 * The proposed amount as an offer for the granted one: when it reads as an amount and is not already the one
 * typed here. A caseworker grants what they decide, which need not be what was proposed: never taken unasked.
 */
function offerOf(
  proposed: ProposedInput | undefined,
  measure: Intervention['measure'],
  granted: ProposedInput,
): { input: ProposedInput; label: string } | null {
  if (!proposed || measure.kind !== 'levels') return null;
  if (proposed.text === granted.text && proposed.period === granted.period) return null;
  const read = readAmount(proposed.text, measure.unit, proposed.period);
  if (read.value === null || read.problem !== null) return null;
  return {
    input: proposed,
    label: `Brug det foreslåede omfang: ${formatAmount(read.value, measure.unit)} ${PER_PERIOD[proposed.period]}`,
  };
}

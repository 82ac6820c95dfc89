/**
 * A free-text input that never lets a CPR number through. While the text holds a CPR-like number
 * (`findCprLike`), the field shows the warning inline and the value is held in the field only: it is not passed
 * on, so it is never stored, exported, put in an id, a URL or a file name. Once the number is removed, the
 * text is passed on as usual.
 *
 * Use it for every field where a person can type free text (names, titles, notes, ids).
 */
import { type InputHTMLAttributes, useEffect, useState } from 'react';
import { CPR_WARNING, containsCprLike } from '../../domain/privacy/personal-data.ts';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id'> & {
  id: string;
  /** The value as stored (what was last passed on). */
  value: string;
  /** Called with the text whenever it holds no CPR-like number. */
  onValue: (text: string) => void;
  /** Ids of other messages that describe the field (its errors), kept next to the warning's id. */
  describedBy?: string | undefined;
};

export function FreeTextInput({ id, value, onValue, describedBy, ...rest }: Props) {
  const [text, setText] = useState(value);
  const held = containsCprLike(text);
  // The stored value changed from outside (another draft chosen, an import): show it, unless a held
  // CPR-like text is on screen, which the user must remove first.
  useEffect(() => {
    setText((current) => (containsCprLike(current) ? current : value));
  }, [value]);
  const warningId = `${id}-cpr`;
  const describedByIds = [describedBy, held ? warningId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <input
        {...rest}
        id={id}
        type="text"
        value={text}
        autoComplete="off"
        aria-invalid={held || rest['aria-invalid'] ? true : undefined}
        aria-describedby={describedByIds}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          if (!containsCprLike(next)) onValue(next);
        }}
      />
      {held ? (
        <p id={warningId} className="field-error" role="alert">
          {CPR_WARNING}
        </p>
      ) : null}
    </>
  );
}

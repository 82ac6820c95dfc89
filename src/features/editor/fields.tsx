/**
 * The editor's fields. Each edits one JSON path of the draft, carries the id the error summary links to, and
 * shows the schema's messages for its path next to itself. Free-text fields refuse CPR-like numbers: the typed
 * value stays in the field with a warning and is never written to the draft (so never stored or exported).
 */
import { createContext, type ReactNode, useContext, useState } from 'react';
import { getAt, type JsonPath, numberOrText } from '../../domain/editor/draft.ts';
import { fieldId } from '../../domain/editor/paths.ts';
import { CPR_WARNING, containsCprLike } from '../../domain/privacy/personal-data.ts';
import { DateInput } from '../../shared/ui/DateInput.tsx';

export interface EditorContextValue {
  json: unknown;
  /** Schema messages by field id (the id of the exact path they are reported at). */
  messages: ReadonlyMap<string, string[]>;
  edit: (path: JsonPath, value: unknown) => void;
  /** The sources declared in the draft, for citation pickers. */
  sources: { id: string; title: string }[];
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (value === null) throw new Error('useEditor outside the editor');
  return value;
}

function Messages({ id, extra }: { id: string; extra?: string[] }) {
  const { messages } = useEditor();
  const list = [...(messages.get(id) ?? []), ...(extra ?? [])];
  if (list.length === 0) return null;
  return (
    <p id={`${id}-fejl`} className="field-error">
      {list.join('; ')}
    </p>
  );
}

function useFieldState(path: JsonPath) {
  const { json, messages } = useEditor();
  const id = fieldId(path);
  const invalid = (messages.get(id)?.length ?? 0) > 0;
  return { id, value: getAt(json, path), invalid };
}

/** Messages reported at a group's own path (e.g. "et niveau skal have mindst én grænse"). */
export function GroupMessages({ path }: { path: JsonPath }) {
  const id = fieldId(path);
  return <Messages id={id} />;
}

export function TextField({
  path,
  label,
  optional = false,
  multiline = false,
  hint,
  conflict,
}: {
  path: JsonPath;
  label: string;
  /** Empty removes the key instead of writing "". */
  optional?: boolean;
  multiline?: boolean;
  hint?: string;
  /** A message the editor adds to the schema's (an id that is taken). */
  conflict?: string | null;
}) {
  const { edit } = useEditor();
  const { id, value, invalid } = useFieldState(path);
  // A value holding a CPR-like number is kept here only, never in the draft.
  const [held, setHeld] = useState<string | null>(null);
  const shown =
    held ?? (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));
  const onChange = (text: string) => {
    if (containsCprLike(text)) {
      setHeld(text);
      return;
    }
    setHeld(null);
    edit(path, optional && text.trim() === '' ? undefined : text);
  };
  const extra = [...(held !== null ? [CPR_WARNING] : []), ...(conflict ? [conflict] : [])];
  const hasError = invalid || extra.length > 0;
  const describedBy = [hint ? `${id}-hjaelp` : null, hasError ? `${id}-fejl` : null]
    .filter(Boolean)
    .join(' ');
  const props = {
    id,
    value: shown,
    'aria-invalid': hasError ? true : undefined,
    'aria-describedby': describedBy || undefined,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  return (
    <div className={hasError ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {optional ? ' (valgfri)' : ''}
      </label>
      {hint ? (
        <p id={`${id}-hjaelp`} className="field-hint">
          {hint}
        </p>
      ) : null}
      <Messages id={id} extra={extra} />
      {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
    </div>
  );
}

export function NumberField({
  path,
  label,
  optional = false,
}: {
  path: JsonPath;
  label: string;
  optional?: boolean;
}) {
  const { edit } = useEditor();
  const { id, value, invalid } = useFieldState(path);
  const shown =
    typeof value === 'number' ? String(value).replace('.', ',') : typeof value === 'string' ? value : '';
  return (
    <div className={invalid ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {optional ? ' (valgfri)' : ''}
      </label>
      <Messages id={id} />
      <input
        id={id}
        type="text"
        inputMode="decimal"
        className="input-number"
        value={shown}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? `${id}-fejl` : undefined}
        onChange={(event) => {
          const text = event.target.value;
          edit(path, optional && text.trim() === '' ? undefined : numberOrText(text));
        }}
      />
    </div>
  );
}

/** A number that may be absent as null (an age band open at the top). */
export function NullableNumberField({ path, label }: { path: JsonPath; label: string }) {
  const { edit } = useEditor();
  const { id, value, invalid } = useFieldState(path);
  const shown = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  return (
    <div className={invalid ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <Messages id={id} />
      <input
        id={id}
        type="text"
        inputMode="numeric"
        className="input-number"
        value={shown}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? `${id}-fejl` : undefined}
        onChange={(event) =>
          edit(path, event.target.value.trim() === '' ? null : numberOrText(event.target.value))
        }
      />
    </div>
  );
}

/** The schema's message for a date that is not YYYY-MM-DD, as the editor's three date fields say it. */
export const DATE_IN_FIELDS_MESSAGE = 'skal være en hel dato: dag, måned og år (året med fire cifre)';

/**
 * A date as DKFDS's three fields (day, month, year) in a fieldset named by the label. The fieldset carries the
 * path's id; the error summary lands focus on its day field (`${id}-day`). The schema's messages show at the
 * fieldset. Only digits can be typed (at most 2 + 2 + 4), so no CPR-like number can reach the draft here.
 */
export function DateField({
  path,
  label,
  nullable = false,
}: {
  path: JsonPath;
  label: string;
  nullable?: boolean;
}) {
  const { edit, messages } = useEditor();
  const { id, value } = useFieldState(path);
  const list = messages.get(id) ?? [];
  return (
    <div className="field">
      <DateInput
        id={id}
        legend={`${label}${nullable ? ' (tom: ingen slutdato)' : ''}`}
        hint="Dag, måned og år, fx 31 1 2026."
        value={typeof value === 'string' ? value : ''}
        error={list.length > 0 ? list.join('; ') : null}
        onChange={(text) => edit(path, nullable && text === '' ? null : text)}
      />
    </div>
  );
}

export function SelectField<T extends string>({
  path,
  label,
  options,
  placeholder,
}: {
  path: JsonPath;
  label: string;
  options: readonly { value: T; label: string }[];
  placeholder?: string;
}) {
  const { edit } = useEditor();
  const { id, value, invalid } = useFieldState(path);
  const current = typeof value === 'string' ? value : '';
  const known = options.some((o) => o.value === current);
  return (
    <div className={invalid ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <Messages id={id} />
      <select
        id={id}
        value={current}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? `${id}-fejl` : undefined}
        onChange={(event) => edit(path, event.target.value)}
      >
        {!known ? (
          <option value={current}>{current === '' ? (placeholder ?? 'Vælg') : current}</option>
        ) : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField({ path, label }: { path: JsonPath; label: string }) {
  const { edit } = useEditor();
  const { id, value } = useFieldState(path);
  return (
    <div className="field field-checkbox">
      <Messages id={id} />
      <input
        id={id}
        type="checkbox"
        checked={value === true}
        onChange={(event) => edit(path, event.target.checked)}
      />{' '}
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/**
 * A citation: a declared source, the section in it, and either the words quoted verbatim or, where no verbatim
 * words are at hand, a summary that says it is one. The council chooses which. A quote turned into a summary
 * keeps its words (a quote is also what the source says); a summary turned into a quote starts empty, because
 * its words are not the source's; they come back if the council turns it into a summary again.
 */
export function CitationFields({ path, label }: { path: JsonPath; label: string }) {
  const { sources, json, edit } = useEditor();
  const id = fieldId(path);
  const current = (getAt(json, path) ?? {}) as {
    source?: unknown;
    section?: unknown;
    quote?: unknown;
    summary?: unknown;
  };
  const isSummary = current.summary !== undefined;
  const [setAsideSummary, setSetAsideSummary] = useState<unknown>('');
  const toQuote = () => {
    setSetAsideSummary(current.summary);
    edit(path, { source: current.source ?? '', section: current.section ?? '', quote: '' });
  };
  const toSummary = () =>
    edit(path, {
      source: current.source ?? '',
      section: current.section ?? '',
      summary: typeof current.quote === 'string' && current.quote !== '' ? current.quote : setAsideSummary,
    });
  return (
    <fieldset className="citation" id={id} tabIndex={-1}>
      <legend>{label}: kilde</legend>
      <GroupMessages path={path} />
      <SelectField
        path={[...path, 'source']}
        label={`${label}: dokument`}
        options={sources.map((s) => ({ value: s.id, label: s.title || s.id }))}
        placeholder={sources.length === 0 ? 'Tilføj først en kilde under »Kilder«' : 'Vælg en kilde'}
      />
      <TextField path={[...path, 'section']} label={`${label}: afsnit`} />
      <fieldset className="citation-kind">
        <legend>{label}: kildens ord</legend>
        <label>
          <input type="radio" name={`${id}-kind`} checked={!isSummary} onChange={toQuote} /> Ordret citat
        </label>
        <label>
          <input type="radio" name={`${id}-kind`} checked={isSummary} onChange={toSummary} /> Resumé med egne
          ord (vises aldrig som citat)
        </label>
      </fieldset>
      {isSummary ? (
        <TextField path={[...path, 'summary']} label={`${label}: resumé (ikke et citat)`} multiline />
      ) : (
        <TextField path={[...path, 'quote']} label={`${label}: citat (ordret)`} multiline />
      )}
    </fieldset>
  );
}

/** A small form that adds an item from its label: the id is derived from the label, never typed. */
export function AddByLabel({
  label,
  button,
  onAdd,
}: {
  label: string;
  button: string;
  onAdd: (label: string) => void;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = `tilfoej-${button.replace(/[^a-zA-Z0-9]+/g, '-').toLowerCase()}`;
  const submit = () => {
    if (text.trim() === '') {
      setError(`Skriv ${label.toLowerCase()} først.`);
      return;
    }
    if (containsCprLike(text)) {
      setError(CPR_WARNING);
      return;
    }
    onAdd(text.trim());
    setText('');
    setError(null);
  };
  return (
    <div className="add-by-label">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        {error ? (
          <p id={`${id}-fejl`} className="field-error">
            {error}
          </p>
        ) : null}
        <input
          id={id}
          type="text"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-fejl` : undefined}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              submit();
            }
          }}
        />
      </div>
      <button type="button" className="secondary" onClick={submit}>
        {button}
      </button>
    </div>
  );
}

/**
 * One item of an edited list as a fieldset: its id (where a message jumps to), its legend, the item's own
 * messages, its fields and, last, its move and remove buttons. Serves every list of fieldsets in the editor.
 */
export function ListItemFieldset({
  list,
  index,
  count,
  name,
  legend,
  className,
  children,
}: {
  /** The list's path; the item is at `[...list, index]`. */
  list: JsonPath;
  index: number;
  count: number;
  /** The item's name, as "Frist 2"; the buttons say it in lower case. */
  name: string;
  legend: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const here = [...list, index];
  return (
    <fieldset id={fieldId(here)} tabIndex={-1} className={className}>
      <legend>{legend}</legend>
      <GroupMessages path={here} />
      {children}
      <ItemActions path={list} index={index} count={count} name={name.toLowerCase()} />
    </fieldset>
  );
}

/** The messages about a list as a whole, at the place a message about the list jumps to. */
export function ListMessages({ path }: { path: JsonPath }) {
  return (
    <div id={fieldId(path)} tabIndex={-1}>
      <GroupMessages path={path} />
    </div>
  );
}

/** Move, remove: the buttons of one item in a list. */
export function ItemActions({
  path,
  index,
  count,
  name,
  children,
  onMoved,
}: {
  path: JsonPath;
  index: number;
  count: number;
  name: string;
  children?: ReactNode;
  /** Told the item's new place after a move (the editor's section follows a moved intervention). */
  onMoved?: (to: number) => void;
}) {
  const { json, edit } = useEditor();
  const list = (getAt(json, path) as unknown[] | undefined) ?? [];
  const move = (to: number) => {
    const copy = [...list];
    const [item] = copy.splice(index, 1);
    copy.splice(to, 0, item);
    edit(path, copy);
    onMoved?.(to);
  };
  return (
    <div className="item-actions">
      {index > 0 ? (
        <button type="button" className="secondary" onClick={() => move(index - 1)}>
          Flyt {name} op
        </button>
      ) : null}
      {index < count - 1 ? (
        <button type="button" className="secondary" onClick={() => move(index + 1)}>
          Flyt {name} ned
        </button>
      ) : null}
      <button
        type="button"
        className="secondary"
        onClick={() =>
          edit(
            path,
            list.filter((_, i) => i !== index),
          )
        }
      >
        Fjern {name}
      </button>
      {children}
    </div>
  );
}

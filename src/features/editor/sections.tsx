/**
 * The form's sections other than the interventions: details (municipality, standard, status, approval, dates,
 * conventions), sources, legal basis, dimensions and deadlines. Each list adds items from a label (ids are
 * derived), and moves and removes them.
 */
import { getAt, type JsonPath } from '../../domain/editor/draft.ts';
import { parseAge } from '../../domain/editor/paste-table.ts';
import { fieldId } from '../../domain/editor/paths.ts';
import { STATUS_LABEL } from '../../domain/format/catalog.ts';
import { uniqueIdFromLabel } from '../../domain/format/ids.ts';
import {
  AddByLabel,
  CheckboxField,
  CitationFields,
  DateField,
  GroupMessages,
  ItemActions,
  ListItemFieldset,
  ListMessages,
  NullableNumberField,
  NumberField,
  SelectField,
  TextField,
  useEditor,
} from './fields.tsx';

/** A citation with nothing filled in yet: every new item that needs one starts with it. */
export const EMPTY_CITATION = { source: '', section: '', quote: '' };

/** A standard's units and periods (format/schema.ts unitSchema, periodSchema), for the levels and the rules. */
export const UNIT_OPTIONS = [
  { value: 'hours', label: 'timer' },
  { value: 'days', label: 'døgn' },
  { value: 'kroner', label: 'kroner' },
] as const;
export const PERIOD_OPTIONS = [
  { value: 'week', label: 'om ugen' },
  { value: 'month', label: 'om måneden' },
  { value: 'year', label: 'om året' },
] as const;

const STATUS_OPTIONS = (['draft', 'in-force', 'example', 'repealed'] as const).map((value) => ({
  value,
  label: STATUS_LABEL[value].charAt(0).toUpperCase() + STATUS_LABEL[value].slice(1),
}));

const LAW_OPTIONS = [
  { value: 'serviceloven', label: 'Serviceloven' },
  { value: 'barnets-lov', label: 'Barnets lov' },
  { value: 'retssikkerhedsloven', label: 'Retssikkerhedsloven' },
  { value: 'forvaltningsloven', label: 'Forvaltningsloven' },
] as const;

const SOURCE_KIND_OPTIONS = [
  { value: 'standard', label: 'Kvalitetsstandard' },
  { value: 'law', label: 'Lov' },
  { value: 'decision', label: 'Beslutning' },
  { value: 'notice', label: 'Meddelelse' },
  { value: 'brief', label: 'Notat' },
] as const;

export const EVENT_OPTIONS = [
  { value: 'aware', label: 'Opmærksom på behov for særlig støtte' },
  { value: 'investigation-finished', label: 'Børnefaglig undersøgelse afsluttet' },
  { value: 'decision-made', label: 'Afgørelse truffet' },
  { value: 'decision-received', label: 'Afgørelse modtaget af familien' },
  { value: 'help-started', label: 'Støtte iværksat' },
  { value: 'follow-up-held', label: 'Opfølgning holdt' },
] as const;

function listAt(json: unknown, path: JsonPath): Record<string, unknown>[] {
  const value = getAt(json, path);
  return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
}

function idsAt(json: unknown, path: JsonPath): string[] {
  return listAt(json, path).map((item) => String(item.id ?? ''));
}

/**
 * Adds an item at the end of the list at `path`, made from the label the user types. Its id is derived from the
 * label (or from `idLabel(label)`), unique among the list's ids, with `fallback` for a label with no letters.
 * Serves every list whose items take their id from a label.
 */
function AddItemByLabel({
  path,
  label,
  button,
  fallback,
  idLabel = (typed) => typed,
  item,
}: {
  path: JsonPath;
  label: string;
  button: string;
  fallback: string;
  idLabel?: (label: string) => string;
  item: (label: string, id: string) => Record<string, unknown>;
}) {
  const { json, edit } = useEditor();
  return (
    <AddByLabel
      label={label}
      button={button}
      onAdd={(typed) =>
        edit(path, [
          ...listAt(json, path),
          item(typed, uniqueIdFromLabel(idLabel(typed), idsAt(json, path), fallback)),
        ])
      }
    />
  );
}

function agesFromLabel(label: string): { fromAge: number | string; toAge: number | null } {
  const age = parseAge(label);
  if (age === null) return { fromAge: '', toAge: null };
  return {
    fromAge: age.from === null ? 0 : age.fromInclusive ? age.from : age.from + 1,
    toAge: age.to === null ? null : age.toInclusive ? age.to : age.to - 1,
  };
}

const DIMENSION_KINDS = [
  { value: 'ordered', label: 'Skala i stigende behov (fx sværhedsgrad)' },
  { value: 'age', label: 'Aldersgrupper (hele år)' },
  { value: 'category', label: 'Kategorier uden rækkefølge' },
] as const;

/** The dimension's kind; changing it to or from age bands adds or drops the values' ages. */
function DimensionKind({ index }: { index: number }) {
  const { json, edit } = useEditor();
  const path = ['dimensions', index];
  const id = `${fieldId(path)}-art`;
  const current = String(getAt(json, [...path, 'kind']) ?? '');
  return (
    <div className="field">
      <label htmlFor={id}>Dimension {index + 1}: art</label>
      <select
        id={id}
        value={current}
        onChange={(event) => {
          const kind = event.target.value;
          const dimension = getAt(json, path) as Record<string, unknown>;
          const values = (Array.isArray(dimension.values) ? dimension.values : []) as Record<
            string,
            unknown
          >[];
          edit(path, {
            ...dimension,
            kind,
            values: values.map(({ fromAge: _from, toAge: _to, ...value }) =>
              kind === 'age' ? { ...value, ...agesFromLabel(String(value.label ?? '')) } : value,
            ),
          });
        }}
      >
        {DIMENSION_KINDS.map((k) => (
          <option key={k.value} value={k.value}>
            {k.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** "§ 84, jf. § 44": the paragraph of the same law a provision is read with. */
function ReadWith({ path, label }: { path: JsonPath; label: string }) {
  const { json, edit } = useEditor();
  const present = getAt(json, path) !== undefined;
  const id = `${fieldId(path)}-til`;
  return (
    <div id={fieldId(path)} tabIndex={-1}>
      <div className="field field-checkbox">
        <input
          id={id}
          type="checkbox"
          checked={present}
          onChange={(event) => edit(path, event.target.checked ? { paragraph: '' } : undefined)}
        />{' '}
        <label htmlFor={id}>{label}: læses sammen med en anden paragraf (jf.)</label>
      </div>
      {present ? (
        <div className="field-row">
          <TextField path={[...path, 'paragraph']} label={`${label}: jf. paragraf`} />
          <NumberField path={[...path, 'stk']} label={`${label}: jf. stk.`} optional />
          <NumberField path={[...path, 'nr']} label={`${label}: jf. nr.`} optional />
        </div>
      ) : null}
    </div>
  );
}

function Convention({ name, label }: { name: 'weeksPerYear' | 'monthsPerYear'; label: string }) {
  const { json, edit } = useEditor();
  const path = ['conventions', name];
  const basis = getAt(json, [...path, 'basis']);
  return (
    <fieldset id={fieldId(path)} tabIndex={-1}>
      <legend>{label}</legend>
      <GroupMessages path={path} />
      <NumberField path={[...path, 'value']} label={`${label}: antal`} />
      <div className="field">
        <label htmlFor={`${fieldId(path)}-grundlag`}>{label}: grundlag</label>
        <select
          id={`${fieldId(path)}-grundlag`}
          value={basis === 'stated' ? 'stated' : 'assumption'}
          onChange={(event) => {
            const value = getAt(json, [...path, 'value']);
            edit(
              path,
              event.target.value === 'stated'
                ? { value, basis: 'stated', citation: EMPTY_CITATION }
                : { value, basis: 'assumption', note: '' },
            );
          }}
        >
          <option value="assumption">Antagelse (står ikke i kilden)</option>
          <option value="stated">Står i kilden</option>
        </select>
      </div>
      {basis === 'stated' ? (
        <CitationFields path={[...path, 'citation']} label={label} />
      ) : (
        <TextField path={[...path, 'note']} label={`${label}: begrundelse for antagelsen`} multiline />
      )}
    </fieldset>
  );
}

export function DetailsSection({ idConflict }: { idConflict: string | null }) {
  const { json, edit } = useEditor();
  const approved = getAt(json, ['approved']);
  return (
    <>
      <fieldset>
        <legend>Standarden</legend>
        <TextField path={['municipality']} label="Kommune" />
        <TextField path={['standard', 'title']} label="Standardens titel" />
        <NumberField path={['standard', 'number']} label="Standardens nummer" optional />
        <TextField
          path={['standard', 'key']}
          label="Standardens nøgle"
          hint="Den samme for alle versioner af standarden; dannet af kommune og titel."
        />
        <TextField
          path={['id']}
          label="Versionens id"
          hint="Bruges som filnavn. Må ikke være det samme som en udgivet version eller et andet udkast."
          conflict={idConflict}
        />
        <SelectField path={['status']} label="Status" options={STATUS_OPTIONS} />
      </fieldset>
      <fieldset id={fieldId(['approved'])} tabIndex={-1}>
        <legend>Vedtagelse</legend>
        <div className="field field-checkbox">
          <input
            id="felt-vedtaget"
            type="checkbox"
            checked={approved !== null && approved !== undefined}
            onChange={(event) =>
              edit(['approved'], event.target.checked ? { by: '', date: '', citation: EMPTY_CITATION } : null)
            }
          />{' '}
          <label htmlFor="felt-vedtaget">Standarden er vedtaget</label>
        </div>
        {approved !== null && approved !== undefined ? (
          <>
            <TextField path={['approved', 'by']} label="Vedtaget af" />
            <DateField path={['approved', 'date']} label="Vedtaget den" />
            <CitationFields path={['approved', 'citation']} label="Vedtagelsen" />
          </>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>Gyldighed</legend>
        <DateField path={['effective', 'from']} label="Gælder fra" />
        <DateField path={['effective', 'to']} label="Gælder til" nullable />
        <TextField path={['effective', 'note']} label="Note om gyldigheden" optional multiline />
      </fieldset>
      <RelatedStandards />
      <fieldset>
        <legend>Omregning mellem perioder</legend>
        <Convention name="weeksPerYear" label="Uger pr. år" />
        <Convention name="monthsPerYear" label="Måneder pr. år" />
      </fieldset>
    </>
  );
}

export function SourcesSection() {
  const { json } = useEditor();
  const sources = listAt(json, ['sources']);
  return (
    <>
      <p>
        Hver kilde, som standarden citerer: titel, udgiver og den offentlige adresse. Citater vælger blandt
        kilderne her.
      </p>
      <ListMessages path={['sources']} />
      {sources.map((source, s) => (
        <ListItemFieldset
          key={String(source.id ?? s)}
          list={['sources']}
          index={s}
          count={sources.length}
          name={`Kilde ${s + 1}`}
          legend={`Kilde ${s + 1}: ${String(source.title ?? '')}`}
        >
          <TextField path={['sources', s, 'title']} label={`Kilde ${s + 1}: titel`} />
          <TextField path={['sources', s, 'publisher']} label={`Kilde ${s + 1}: udgiver`} />
          <TextField
            path={['sources', s, 'reference']}
            label={`Kilde ${s + 1}: adresse (URL eller reference)`}
          />
          <SelectField
            path={['sources', s, 'kind']}
            label={`Kilde ${s + 1}: type`}
            options={SOURCE_KIND_OPTIONS}
          />
          <p className="field-hint">Id: {String(source.id ?? '')}</p>
        </ListItemFieldset>
      ))}
      <AddItemByLabel
        path={['sources']}
        label="Ny kildes titel"
        button="Tilføj kilde"
        fallback="kilde"
        item={(title, id) => ({
          id: id.slice(0, 60).replace(/-+$/, ''),
          title,
          publisher: String(getAt(json, ['municipality']) ?? ''),
          reference: '',
          kind: 'standard',
        })}
      />
    </>
  );
}

/** A list of provisions: law, paragraph, stk., nr. and the citation that states it. */
export function LegalBasisList({ path, name }: { path: JsonPath; name: string }) {
  const { json, edit } = useEditor();
  const list = listAt(json, path);
  return (
    <div id={fieldId(path)} tabIndex={-1}>
      <GroupMessages path={path} />
      {list.map((_, b) => {
        const label = `${name} ${b + 1}`;
        const here = [...path, b];
        return (
          <ListItemFieldset
            // biome-ignore lint/suspicious/noArrayIndexKey: provisions have no id; the index is their place.
            key={b}
            list={path}
            index={b}
            count={list.length}
            name={label}
            legend={label}
          >
            <SelectField path={[...here, 'law']} label={`${label}: lov`} options={LAW_OPTIONS} />
            <TextField path={[...here, 'paragraph']} label={`${label}: paragraf`} hint="Fx 44 eller 52" />
            <NumberField path={[...here, 'stk']} label={`${label}: stk.`} optional />
            <NumberField path={[...here, 'nr']} label={`${label}: nr.`} optional />
            <ReadWith path={[...here, 'jf']} label={label} />
            <CitationFields path={[...here, 'citation']} label={label} />
          </ListItemFieldset>
        );
      })}
      <button
        type="button"
        className="secondary"
        onClick={() =>
          edit(path, [...list, { law: 'serviceloven', paragraph: '', citation: EMPTY_CITATION }])
        }
      >
        Tilføj {name.toLowerCase()}
      </button>
    </div>
  );
}

export function DimensionsSection() {
  const { json, edit } = useEditor();
  const dimensions = listAt(json, ['dimensions']);
  return (
    <>
      <p>
        Det, niveauerne er inddelt efter: sværhedsgrad, aldersgruppe … Værdierne står i stigende rækkefølge af
        behov. Niveauer fra en indsat tabel opretter selv deres dimension.
      </p>
      <ListMessages path={['dimensions']} />
      {dimensions.map((dimension, d) => {
        const values = listAt(json, ['dimensions', d, 'values']);
        const name = `Dimension ${d + 1}`;
        const hasCitation = getAt(json, ['dimensions', d, 'citation']) !== undefined;
        return (
          <ListItemFieldset
            key={String(dimension.id ?? d)}
            list={['dimensions']}
            index={d}
            count={dimensions.length}
            name={name}
            legend={`${name}: ${String(dimension.label ?? '')}`}
          >
            <TextField path={['dimensions', d, 'label']} label={`${name}: navn`} />
            <p className="field-hint">Id: {String(dimension.id ?? '')}</p>
            <DimensionKind index={d} />
            <div id={fieldId(['dimensions', d, 'values'])} tabIndex={-1}>
              <GroupMessages path={['dimensions', d, 'values']} />
              {values.map((value, v) => (
                <div
                  key={String(value.id ?? v)}
                  className="field-row"
                  id={fieldId(['dimensions', d, 'values', v])}
                >
                  <TextField
                    path={['dimensions', d, 'values', v, 'label']}
                    label={`${name}, værdi ${v + 1}`}
                  />
                  {dimension.kind === 'age' ? (
                    <>
                      <NumberField
                        path={['dimensions', d, 'values', v, 'fromAge']}
                        label={`${name}, værdi ${v + 1}: fra alder (år)`}
                      />
                      <NullableNumberField
                        path={['dimensions', d, 'values', v, 'toAge']}
                        label={`${name}, værdi ${v + 1}: til og med alder (år; tom: ingen øvre alder)`}
                      />
                    </>
                  ) : null}
                  <TextField
                    path={['dimensions', d, 'values', v, 'description']}
                    label={`${name}, værdi ${v + 1}: beskrivelse`}
                    optional
                  />
                  <ItemActions
                    path={['dimensions', d, 'values']}
                    index={v}
                    count={values.length}
                    name={`værdi ${v + 1}`}
                  />
                </div>
              ))}
            </div>
            <AddByLabel
              label={`${name}: ny værdi`}
              button={`Tilføj værdi til ${name.toLowerCase()}`}
              onAdd={(label) =>
                edit(
                  ['dimensions', d, 'values'],
                  [
                    ...values,
                    {
                      id: uniqueIdFromLabel(
                        label,
                        values.map((x) => String(x.id)),
                        'vaerdi',
                      ),
                      label,
                      // An age band's ages are read from its label where it names them ("3-5 årige").
                      ...(dimension.kind === 'age' ? agesFromLabel(label) : {}),
                    },
                  ],
                )
              }
            />
            {hasCitation ? (
              <>
                <CitationFields path={['dimensions', d, 'citation']} label={name} />
                <button
                  type="button"
                  className="secondary"
                  onClick={() => edit(['dimensions', d, 'citation'], undefined)}
                >
                  Fjern citat for {name.toLowerCase()}
                </button>
              </>
            ) : (
              <button
                type="button"
                className="secondary"
                onClick={() => edit(['dimensions', d, 'citation'], EMPTY_CITATION)}
              >
                Tilføj citat for {name.toLowerCase()}
              </button>
            )}
          </ListItemFieldset>
        );
      })}
      <AddItemByLabel
        path={['dimensions']}
        label="Ny dimensions navn"
        button="Tilføj dimension"
        fallback="dimension"
        item={(label, id) => ({ id, kind: 'ordered', label, values: [] })}
      />
    </>
  );
}

export function DeadlinesSection() {
  const { json } = useEditor();
  const deadlines = listAt(json, ['deadlines']);
  return (
    <>
      <ListMessages path={['deadlines']} />
      {deadlines.map((deadline, f) => {
        const name = `Frist ${f + 1}`;
        const here = ['deadlines', f];
        return (
          <ListItemFieldset
            key={String(deadline.id ?? f)}
            list={['deadlines']}
            index={f}
            count={deadlines.length}
            name={name}
            legend={`${name}: ${String(deadline.label ?? '')}`}
          >
            <TextField path={[...here, 'label']} label={`${name}: betegnelse`} />
            <SelectField path={[...here, 'from']} label={`${name}: regnes fra`} options={EVENT_OPTIONS} />
            <NumberField path={[...here, 'amount']} label={`${name}: antal`} />
            <SelectField
              path={[...here, 'unit']}
              label={`${name}: enhed`}
              options={[
                { value: 'days', label: 'dage' },
                { value: 'weeks', label: 'uger' },
                { value: 'months', label: 'måneder' },
              ]}
            />
            <CheckboxField path={[...here, 'repeats']} label={`${name}: gentages efter hver opfølgning`} />
            <SelectField
              path={[...here, 'setBy']}
              label={`${name}: fastsat af`}
              options={[
                { value: 'municipality', label: 'Kommunen (lokal beslutning)' },
                { value: 'law', label: 'Loven (gengivet i standarden)' },
              ]}
            />
            <CitationFields path={[...here, 'citation']} label={name} />
          </ListItemFieldset>
        );
      })}
      <AddItemByLabel
        path={['deadlines']}
        label="Ny frists betegnelse"
        button="Tilføj frist"
        fallback="frist"
        item={(label, id) => ({
          id,
          label,
          from: 'aware',
          amount: '',
          unit: 'weeks',
          repeats: false,
          setBy: 'municipality',
          citation: EMPTY_CITATION,
        })}
      />
    </>
  );
}

export function AddInterventionForm({ onAdd }: { onAdd: (name: string) => void }) {
  return (
    <>
      <p>En ny indsats får sit id fra navnet. Lovgrundlag, formål og niveauer udfyldes bagefter.</p>
      <ListMessages path={['interventions']} />
      <AddByLabel label="Ny indsats' navn" button="Tilføj indsats" onAdd={onAdd} />
    </>
  );
}

/** Other standards this one must be read with (double compensation across standards), each with its reason. */
function RelatedStandards() {
  const { json, edit } = useEditor();
  const related = listAt(json, ['relatedStandards']);
  return (
    <fieldset id={fieldId(['relatedStandards'])} tabIndex={-1}>
      <legend>Læses sammen med andre standarder</legend>
      <GroupMessages path={['relatedStandards']} />
      {related.map((item, r) => {
        const name = `Anden standard ${r + 1}`;
        const here = ['relatedStandards', r];
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the key may be edited; the index is its place.
          <fieldset key={r} id={fieldId(here)} tabIndex={-1}>
            <legend>
              {name}: {String(item.key ?? '')}
            </legend>
            <TextField path={[...here, 'key']} label={`${name}: standardens nøgle`} hint="Fx randers-1" />
            <CitationFields path={[...here, 'reason']} label={`${name}, begrundelse`} />
            <ItemActions
              path={['relatedStandards']}
              index={r}
              count={related.length}
              name={name.toLowerCase()}
            />
          </fieldset>
        );
      })}
      <button
        type="button"
        className="secondary"
        onClick={() => edit(['relatedStandards'], [...related, { key: '', reason: EMPTY_CITATION }])}
      >
        Tilføj anden standard
      </button>
    </fieldset>
  );
}

const RULE_KINDS = [
  { value: 'placement-line', label: 'Grænse for anbringelse (fra et omfang er hjælpen en anbringelse)' },
  { value: 'day-count', label: 'Hvordan et døgn regnes (fra klokkeslæt til klokkeslæt)' },
  { value: 'max-stay', label: 'Længste ophold ad gangen' },
  { value: 'reduces-compensation', label: 'En anden ydelse nedsættes (fx tabt arbejdsfortjeneste)' },
] as const;

/** A rule of one kind with its own fields empty, keeping what every rule has. */
function ruleOfKind(rule: Record<string, unknown>, kind: string): Record<string, unknown> {
  const base = {
    id: rule.id,
    kind,
    interventions: rule.interventions ?? [],
    text: rule.text ?? '',
    citation: rule.citation,
  };
  switch (kind) {
    case 'placement-line':
      return { ...base, value: '', unit: 'days', period: 'month' };
    case 'day-count':
      return { ...base, from: '', to: '' };
    case 'max-stay':
      return { ...base, value: '', unit: 'weeks' };
    default:
      return { ...base, reduces: '' };
  }
}

/**
 * The standard's own rules beyond its table, each with its citation: a placement line ("15 døgn pr. måned
 * eller mere er en anbringelse"), how a døgn is counted, the longest stay, a compensation that is reduced.
 */
export function RulesSection({ purposes }: { purposes: { id: string; label: string }[] }) {
  const { json, edit } = useEditor();
  const rules = listAt(json, ['rules']);
  const interventions = listAt(json, ['interventions']);
  return (
    <>
      <p>Det, standarden siger ud over niveautabellen, som kan kontrolleres. Hver regel citerer sin kilde.</p>
      <ListMessages path={['rules']} />
      {rules.map((rule, r) => {
        const name = `Regel ${r + 1}`;
        const here = ['rules', r];
        const kindId = `${fieldId(here)}-art`;
        const chosen = Array.isArray(rule.interventions) ? (rule.interventions as string[]) : [];
        return (
          <ListItemFieldset
            key={String(rule.id ?? r)}
            list={['rules']}
            index={r}
            count={rules.length}
            name={name}
            legend={`${name}: ${String(rule.text ?? '')}`}
          >
            <div className="field">
              <label htmlFor={kindId}>{name}: art</label>
              <select
                id={kindId}
                value={String(rule.kind ?? '')}
                onChange={(event) => edit(here, ruleOfKind(rule, event.target.value))}
              >
                {RULE_KINDS.map((k) => (
                  <option key={k.value} value={k.value}>
                    {k.label}
                  </option>
                ))}
              </select>
            </div>
            <TextField path={[...here, 'text']} label={`${name}: reglen i ord`} multiline />
            <fieldset id={fieldId([...here, 'interventions'])} tabIndex={-1} className="checkbox-list">
              <legend>{name}: gælder for</legend>
              <GroupMessages path={[...here, 'interventions']} />
              {interventions.map((intervention) => {
                const id = String(intervention.id ?? '');
                const boxId = `${fieldId(here)}-indsats-${id}`;
                return (
                  <div key={id} className="field-checkbox">
                    <input
                      id={boxId}
                      type="checkbox"
                      checked={chosen.includes(id)}
                      onChange={(event) =>
                        edit(
                          [...here, 'interventions'],
                          event.target.checked ? [...chosen, id] : chosen.filter((x) => x !== id),
                        )
                      }
                    />{' '}
                    <label htmlFor={boxId}>
                      {name} gælder for {String(intervention.name ?? id)}
                    </label>
                  </div>
                );
              })}
            </fieldset>
            {rule.kind === 'placement-line' ? (
              <div className="field-row">
                <NumberField path={[...here, 'value']} label={`${name}: fra og med (antal)`} />
                <SelectField path={[...here, 'unit']} label={`${name}: enhed`} options={UNIT_OPTIONS} />
                <SelectField path={[...here, 'period']} label={`${name}: periode`} options={PERIOD_OPTIONS} />
              </div>
            ) : rule.kind === 'day-count' ? (
              <div className="field-row">
                <TextField path={[...here, 'from']} label={`${name}: fra klokken (TT:MM)`} />
                <TextField path={[...here, 'to']} label={`${name}: til klokken næste dag (TT:MM)`} />
              </div>
            ) : rule.kind === 'max-stay' ? (
              <div className="field-row">
                <NumberField path={[...here, 'value']} label={`${name}: højst (antal)`} />
                <SelectField
                  path={[...here, 'unit']}
                  label={`${name}: enhed`}
                  options={[
                    { value: 'days', label: 'dage' },
                    { value: 'weeks', label: 'uger' },
                  ]}
                />
              </div>
            ) : (
              <SelectField
                path={[...here, 'reduces']}
                label={`${name}: ydelsen, der nedsættes (formål)`}
                options={purposes.map((p) => ({ value: p.id, label: p.label }))}
                placeholder="Vælg et formål"
              />
            )}
            <CitationFields path={[...here, 'citation']} label={name} />
          </ListItemFieldset>
        );
      })}
      <AddItemByLabel
        path={['rules']}
        label="Ny regel i ord"
        button="Tilføj regel"
        fallback="regel"
        idLabel={(text) => text.split(/\s+/).slice(0, 6).join(' ')}
        item={(text, id) =>
          ruleOfKind(
            {
              id,
              text,
              interventions: interventions.length === 1 ? [String(interventions[0]?.id ?? '')] : [],
              citation: EMPTY_CITATION,
            },
            'placement-line',
          )
        }
      />
    </>
  );
}

/**
 * One intervention: name, legal basis, purpose, purposes from the national vocabulary, and its measure —
 * levels as an editable table (each edge's value, inclusive or not, stated or derived with its note; open
 * ends), contact frequencies, or no figures. A level table can be pasted as published and reviewed row by row.
 */
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { getAt, type JsonPath } from '../../domain/editor/draft.ts';
import { type ApplyResult, applyPastedLevels, applyPlacementLine } from '../../domain/editor/paste-apply.ts';
import {
  type PastedRow,
  type ProposedLevel,
  type ProposedPlacementLine,
  parsePastedTable,
} from '../../domain/editor/paste-table.ts';
import { fieldId } from '../../domain/editor/paths.ts';
import { figuresMissingFromQuote } from '../../domain/editor/quote-check.ts';
import { uniqueIdFromLabel } from '../../domain/format/ids.ts';
import type { LintFinding } from '../../domain/format/lint.ts';
import { formatNumber, PER_PERIOD } from '../../domain/format/units.ts';
import { PURPOSES_FILE, purposesFileSchema } from '../../domain/package/purposes.ts';
import { CPR_WARNING, containsCprLike } from '../../domain/privacy/personal-data.ts';
import { nationalFileQueryOptions } from '../../shared/standards/queries.ts';
import { FindingList } from '../../shared/ui/LintFindings.tsx';
import {
  AddByLabel,
  CheckboxField,
  CitationFields,
  GroupMessages,
  ItemActions,
  ListItemFieldset,
  NumberField,
  SelectField,
  TextField,
  useEditor,
} from './fields.tsx';
import { EMPTY_CITATION, LegalBasisList, PERIOD_OPTIONS, UNIT_OPTIONS } from './sections.tsx';

const UNIT_WORD = { hours: 'timer', days: 'døgn', kroner: 'kr.' } as const;

function Bound({ path, name, edge }: { path: JsonPath; name: string; edge: 'lower' | 'upper' }) {
  const { json, edit } = useEditor();
  const value = getAt(json, path) as Record<string, unknown> | null | undefined;
  const none = value === null || value === undefined;
  const label = edge === 'lower' ? 'nedre grænse' : 'øvre grænse';
  const noneLabel = edge === 'lower' ? 'ingen nedre grænse (fra 0)' : 'åben opad (ingen øvre grænse)';
  const toggleId = `${fieldId(path)}-ingen`;
  return (
    <fieldset className="bound" id={fieldId(path)} tabIndex={-1}>
      <legend>
        {name}: {label}
      </legend>
      <GroupMessages path={path} />
      <div className="field field-checkbox">
        <input
          id={toggleId}
          type="checkbox"
          checked={none}
          onChange={(event) =>
            edit(path, event.target.checked ? null : { value: '', inclusive: edge === 'upper', stated: true })
          }
        />{' '}
        <label htmlFor={toggleId}>
          {name}: {noneLabel}
        </label>
      </div>
      {none ? null : (
        <>
          <NumberField path={[...path, 'value']} label={`${name}: ${label}`} />
          <CheckboxField path={[...path, 'inclusive']} label={`${name}: ${label} medregnes`} />
          <CheckboxField path={[...path, 'stated']} label={`${name}: ${label} står i kilden`} />
          {value?.stated === false || value?.note !== undefined ? (
            <TextField
              path={[...path, 'note']}
              label={`${name}: note om ${label}`}
              hint="Hvorfra grænsen kommer, når kilden ikke angiver den."
              optional={value?.stated !== false}
              multiline
            />
          ) : null}
        </>
      )}
    </fieldset>
  );
}

/** A level for which the source states no figure at all: an individual assessment, with neither edge. */
function NoFigure({ path, name }: { path: JsonPath; name: string }) {
  const { json, edit } = useEditor();
  const level = (getAt(json, path) as Record<string, unknown> | undefined) ?? {};
  const id = `${fieldId(path)}-individuel`;
  return (
    <div className="field field-checkbox" id={fieldId([...path, 'individualAssessment'])}>
      <input
        id={id}
        type="checkbox"
        checked={level.individualAssessment === true}
        onChange={(event) => {
          const { individualAssessment: _drop, ...rest } = level;
          edit(
            path,
            event.target.checked
              ? { ...rest, lower: null, upper: null, individualAssessment: true }
              : { ...rest, upper: { value: '', inclusive: true, stated: true } },
          );
        }}
      />{' '}
      <label htmlFor={id}>{name}: kilden angiver intet tal (individuel vurdering)</label>
    </div>
  );
}

function LevelsTable({ path, findings }: { path: JsonPath; findings: LintFinding[] }) {
  const { json, edit } = useEditor();
  const measure = getAt(json, path) as Record<string, unknown>;
  const levels = (Array.isArray(measure.levels) ? measure.levels : []) as Record<string, unknown>[];
  const dimensions =
    (getAt(json, ['dimensions']) as {
      id: string;
      label: string;
      values?: { id: string; label: string }[];
    }[]) ?? [];
  const dimension = dimensions.find((d) => d.id === measure.dimension);
  const values = dimension?.values ?? [];
  return (
    <div id={fieldId([...path, 'levels'])} tabIndex={-1} className="levels-table">
      <GroupMessages path={[...path, 'levels']} />
      {levels.map((level, l) => {
        const here = [...path, 'levels', l];
        const name = `Niveau ${l + 1}`;
        return (
          <ListItemFieldset
            // biome-ignore lint/suspicious/noArrayIndexKey: a level's key may be edited; the index is its place.
            key={l}
            list={[...path, 'levels']}
            index={l}
            count={levels.length}
            name={name}
            legend={`${name}: ${values.find((v) => v.id === level.key)?.label ?? String(level.key ?? '')}`}
            className="level-row"
          >
            <LevelFindings findings={findings.filter((f) => f.levels.includes(String(level.key ?? '')))} />
            <QuoteCheck level={level} />
            <SelectField
              path={[...here, 'key']}
              label={`${name}: ${dimension?.label ?? 'dimensionens værdi'}`}
              options={values.map((v) => ({ value: v.id, label: v.label }))}
              placeholder="Vælg en værdi"
            />
            <TextField
              path={[...here, 'text']}
              label={`${name}: ordlyd`}
              hint="Som kilden skriver det, fx »Op til 3 timer om ugen«."
            />
            <NoFigure path={here} name={name} />
            {level.individualAssessment === true ? null : (
              <div className="bounds">
                <Bound path={[...here, 'lower']} name={name} edge="lower" />
                <Bound path={[...here, 'upper']} name={name} edge="upper" />
              </div>
            )}
            <CitationFields path={[...here, 'citation']} label={name} />
          </ListItemFieldset>
        );
      })}
      <button
        type="button"
        className="secondary"
        onClick={() =>
          edit(
            [...path, 'levels'],
            [
              ...levels,
              {
                key: '',
                text: '',
                lower: null,
                upper: { value: '', inclusive: true, stated: true },
                citation: EMPTY_CITATION,
              },
            ],
          )
        }
      >
        Tilføj niveau
      </button>
    </div>
  );
}

function rowBand(row: ProposedLevel): string {
  const from =
    row.lower === null
      ? '–'
      : `${row.lower.inclusive ? 'fra' : 'over'} ${formatNumber(row.lower.value)}${row.lower.stated ? '' : ' (afledt)'}`;
  const to =
    row.upper === null
      ? 'ingen øvre grænse'
      : `${row.upper.inclusive ? 'til og med' : 'under'} ${formatNumber(row.upper.value)}`;
  return `${from}, ${to} ${UNIT_WORD[row.unit]} ${PER_PERIOD[row.period]}`;
}

function PastePanel({ index }: { index: number }) {
  const { json, edit, sources } = useEditor();
  const baseId = useId();
  const [text, setText] = useState('');
  const [rows, setRows] = useState<PastedRow[] | null>(null);
  const [accepted, setAccepted] = useState<Set<number>>(new Set());
  const [source, setSource] = useState('');
  const [section, setSection] = useState('');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const chosenSource = source || sources[0]?.id || '';
  /**
   * Transfers pasted rows into the draft, the same way for levels and for a placement line: refuses quotes or a
   * section that look like a CPR number and a missing source, and otherwise applies and tells the outcome.
   */
  const transfer = (
    quotes: string[],
    apply: (citation: { source: string; section: string }) => ApplyResult,
  ) => {
    if (quotes.some((quote) => containsCprLike(quote)) || containsCprLike(section)) {
      setOutcome({ ok: false, text: CPR_WARNING });
      return;
    }
    if (chosenSource === '') {
      setOutcome({ ok: false, text: 'Vælg citaternes kilde først (tilføj den under »Kilder«).' });
      return;
    }
    const result = apply({ source: chosenSource, section: section.trim() });
    if (!result.ok) {
      setOutcome({ ok: false, text: result.message });
      return;
    }
    edit([], result.json);
    setOutcome({ ok: true, text: result.messages.join(' ') });
  };
  const levels = (rows ?? [])
    .map((row, i) => ({ row, i }))
    .filter((x): x is { row: ProposedLevel; i: number } => x.row.kind === 'level');
  const placementLines = (rows ?? []).filter(
    (row): row is ProposedPlacementLine => row.kind === 'placement-line',
  );
  const others = (rows ?? []).filter((row) => row.kind === 'lead-in' || row.kind === 'not-understood');
  return (
    <section aria-labelledby={`${baseId}-titel`} className="paste-panel">
      <h3 id={`${baseId}-titel`}>Indsæt en niveautabel</h3>
      <div className="field">
        <label htmlFor={`${baseId}-tekst`}>Niveautabellen, som den står i dokumentet</label>
        <p id={`${baseId}-hjaelp`} className="field-hint">
          Kopiér rækkerne fra standarden, fx »Lette problemer/begrænsninger 1-2 timer om ugen« eller »3-5
          årige: 6 døgn pr. måned«. Intet overføres, før du har godkendt rækkerne.
        </p>
        <textarea
          id={`${baseId}-tekst`}
          rows={6}
          value={text}
          aria-describedby={`${baseId}-hjaelp`}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <button
        type="button"
        onClick={() => {
          const parsed = parsePastedTable(text);
          setRows(parsed);
          setAccepted(new Set());
          setOutcome(null);
        }}
      >
        Læs tabellen
      </button>
      {rows !== null ? (
        <div role="status">
          <p>
            {levels.length} {levels.length === 1 ? 'række er forstået' : 'rækker er forstået'} som niveauer;{' '}
            {rows.filter((r) => r.kind === 'not-understood').length} ikke forstået
            {placementLines.length > 0 ? `; ${placementLines.length} forslag til lokal regel` : ''}.
          </p>
        </div>
      ) : null}
      {levels.length > 0 || placementLines.length > 0 ? (
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${baseId}-kilde`}>Citaternes kilde</label>
            <select
              id={`${baseId}-kilde`}
              value={chosenSource}
              onChange={(event) => setSource(event.target.value)}
            >
              {sources.length === 0 ? <option value="">Tilføj først en kilde under »Kilder«</option> : null}
              {sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title || s.id}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${baseId}-afsnit`}>Citaternes afsnit</label>
            <input
              id={`${baseId}-afsnit`}
              type="text"
              value={section}
              onChange={(event) => setSection(event.target.value)}
            />
          </div>
        </div>
      ) : null}
      {levels.length > 0 ? (
        <>
          <table>
            <caption>Foreslåede niveauer – godkend de rækker, der skal overføres</caption>
            <thead>
              <tr>
                <th scope="col">Godkend</th>
                <th scope="col">Værdi</th>
                <th scope="col">Grænser</th>
                <th scope="col">Citat (rækkens ord)</th>
                <th scope="col">Bemærkninger</th>
              </tr>
            </thead>
            <tbody>
              {levels.map(({ row, i }) => (
                <tr key={i}>
                  <td>
                    <input
                      id={`${baseId}-godkend-${i}`}
                      type="checkbox"
                      checked={accepted.has(i)}
                      aria-label={`Godkend række ${row.lines.join(', ')}: ${row.quote}`}
                      onChange={(event) => {
                        const next = new Set(accepted);
                        if (event.target.checked) next.add(i);
                        else next.delete(i);
                        setAccepted(next);
                      }}
                    />
                  </td>
                  <th scope="row">{row.label || '(ingen)'}</th>
                  <td>{rowBand(row)}</td>
                  <td>
                    <q>{row.quote}</q>
                  </td>
                  <td>{[...row.notes, ...(row.lower?.note ? [row.lower.note] : [])].join(' ') || '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            onClick={() => {
              const chosen = levels.filter(({ i }) => accepted.has(i)).map(({ row }) => row);
              transfer(
                chosen.map((row) => row.quote),
                (citation) => applyPastedLevels(json, index, chosen, citation),
              );
            }}
          >
            Overfør godkendte rækker ({accepted.size})
          </button>
          <p className="field-hint">De overførte rækker erstatter indsatsens niveauer.</p>
        </>
      ) : null}
      {outcome ? (
        <p
          role={outcome.ok ? 'status' : 'alert'}
          className={outcome.ok ? 'alert alert-ok' : 'alert alert-error'}
        >
          {outcome.text}
        </p>
      ) : null}
      {placementLines.map((row) => (
        <div key={row.lines.join('-')} className="alert alert-info">
          <p>
            Række {row.lines.join(', ')} er ikke et niveau, men en grænse for anbringelse: <q>{row.quote}</q>
          </p>
          <button
            type="button"
            className="secondary"
            onClick={() =>
              transfer([row.quote], (citation) => applyPlacementLine(json, index, row, citation))
            }
          >
            Tilføj som lokal regel: anbringelse fra {formatNumber(row.value)} {UNIT_WORD[row.unit]}{' '}
            {PER_PERIOD[row.period]}
          </button>
        </div>
      ))}
      {others.length > 0 ? (
        <table>
          <caption>Rækker, der ikke er niveauer</caption>
          <thead>
            <tr>
              <th scope="col">Linje</th>
              <th scope="col">Rækken</th>
              <th scope="col">Hvorfor</th>
            </tr>
          </thead>
          <tbody>
            {others.map((row) => (
              <tr key={row.lines.join('-')}>
                <td>{row.lines.join(', ')}</td>
                <td>{row.quote}</td>
                <td>
                  {row.kind === 'lead-in'
                    ? `Indledning: »${row.qualifier}« gælder de tal uden ord, der følger`
                    : `Ikke forstået: ${row.reason}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function Purposes({ path, label }: { path: JsonPath; label: string }) {
  const { json, edit } = useEditor();
  const vocabulary = useQuery(nationalFileQueryOptions(PURPOSES_FILE, purposesFileSchema));
  const chosen = (getAt(json, path) as string[] | undefined) ?? [];
  if (vocabulary.status !== 'success') {
    return (
      <p className="field-hint">
        {vocabulary.status === 'pending' ? 'Henter formålslisten …' : 'Formålslisten kunne ikke hentes.'}
      </p>
    );
  }
  return (
    <fieldset id={fieldId(path)} tabIndex={-1} className="checkbox-list">
      <legend>{label}</legend>
      <GroupMessages path={path} />
      {vocabulary.data.purposes.map((purpose) => {
        const id = `${fieldId(path)}-${purpose.id}`;
        return (
          <div key={purpose.id} className="field-checkbox">
            <input
              id={id}
              type="checkbox"
              checked={chosen.includes(purpose.id)}
              onChange={(event) =>
                edit(
                  path,
                  event.target.checked ? [...chosen, purpose.id] : chosen.filter((p) => p !== purpose.id),
                )
              }
            />{' '}
            <label htmlFor={id}>{purpose.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** A stated figure the level's quote does not contain: the citation would not support it. */
function QuoteCheck({ level }: { level: Record<string, unknown> }) {
  const missing = figuresMissingFromQuote(level);
  if (missing.length === 0) return null;
  return (
    <p className="field-warning">
      Advarsel: citatet nævner ikke {missing.map((n) => formatNumber(n)).join(' og ')}. Ret citatet til
      kildens ord for dette tal, eller ret tallet.
    </p>
  );
}

/** The lint's findings about one level, next to it (the full list is under "Kontrol af niveauerne"). */
function LevelFindings({ findings }: { findings: LintFinding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul className="field-warning">
      {findings.map((f) => (
        <li key={`${f.code}-${f.message}`}>
          {f.severity === 'warning' ? 'Advarsel' : 'Bemærk'}: {f.message}
        </li>
      ))}
    </ul>
  );
}

function Measure({ index, findings }: { index: number; findings: LintFinding[] }) {
  const { json, edit } = useEditor();
  const path = ['interventions', index, 'measure'];
  const measure = (getAt(json, path) as Record<string, unknown> | undefined) ?? {};
  const kind = measure.kind;
  const dimensions = (getAt(json, ['dimensions']) as { id: string; label: string }[] | undefined) ?? [];
  return (
    <fieldset id={fieldId(path)} tabIndex={-1}>
      <legend>Omfang</legend>
      <GroupMessages path={path} />
      <div className="field">
        <label htmlFor={`${fieldId(path)}-art`}>Hvordan standarden angiver omfanget</label>
        <select
          id={`${fieldId(path)}-art`}
          value={typeof kind === 'string' ? kind : ''}
          onChange={(event) => {
            const next = event.target.value;
            if (next === 'levels')
              edit(path, {
                kind: 'levels',
                unit: 'hours',
                period: 'week',
                dimension: dimensions[0]?.id ?? '',
                levels: [],
              });
            else if (next === 'frequencies')
              edit(path, {
                kind: 'frequencies',
                options: [],
                optionsCitation: EMPTY_CITATION,
                duration: { text: '', citation: EMPTY_CITATION },
              });
            else edit(path, { kind: 'unquantified', grantUnit: 'hours', grantPeriod: 'week', note: '' });
          }}
        >
          <option value="levels">Niveauer med tal</option>
          <option value="frequencies">Kontakthyppighed (ingen tal)</option>
          <option value="unquantified">Ingen tal i standarden</option>
        </select>
      </div>
      {kind === 'levels' ? (
        <>
          <div className="field-row">
            <SelectField path={[...path, 'unit']} label="Enhed" options={UNIT_OPTIONS} />
            <SelectField path={[...path, 'period']} label="Periode" options={PERIOD_OPTIONS} />
            <SelectField
              path={[...path, 'dimension']}
              label="Niveauerne er inddelt efter"
              options={dimensions.map((d) => ({ value: d.id, label: d.label }))}
              placeholder="Tilføj en dimension eller indsæt en tabel"
            />
          </div>
          <LevelsTable path={path} findings={findings} />
        </>
      ) : kind === 'frequencies' ? (
        <Frequencies path={path} />
      ) : kind === 'unquantified' ? (
        <>
          <div className="field-row">
            <SelectField path={[...path, 'grantUnit']} label="Bevillingens enhed" options={UNIT_OPTIONS} />
            <SelectField
              path={[...path, 'grantPeriod']}
              label="Bevillingens periode"
              options={PERIOD_OPTIONS}
            />
          </div>
          <TextField path={[...path, 'note']} label="Note: hvorfor standarden ikke har tal" multiline />
        </>
      ) : null}
    </fieldset>
  );
}

function Frequencies({ path }: { path: JsonPath }) {
  const { json, edit } = useEditor();
  const options = (getAt(json, [...path, 'options']) as { id: string; label: string }[] | undefined) ?? [];
  return (
    <>
      <div id={fieldId([...path, 'options'])} tabIndex={-1}>
        <GroupMessages path={[...path, 'options']} />
        {options.map((option, o) => (
          <div key={option.id} className="field-row">
            <TextField path={[...path, 'options', o, 'label']} label={`Hyppighed ${o + 1}`} />
            <ItemActions
              path={[...path, 'options']}
              index={o}
              count={options.length}
              name={`hyppighed ${o + 1}`}
            />
          </div>
        ))}
      </div>
      <button
        type="button"
        className="secondary"
        onClick={() =>
          edit(
            [...path, 'options'],
            [
              ...options,
              {
                id: uniqueIdFromLabel(
                  `hyppighed ${options.length + 1}`,
                  options.map((o) => o.id),
                ),
                label: '',
              },
            ],
          )
        }
      >
        Tilføj hyppighed
      </button>
      <CitationFields path={[...path, 'optionsCitation']} label="Hyppighederne" />
      <TextField path={[...path, 'duration', 'text']} label="Varighed" />
      <CitationFields path={[...path, 'duration', 'citation']} label="Varigheden" />
    </>
  );
}

export function InterventionSection({
  index,
  count,
  findings,
  onMoved,
}: {
  index: number;
  count: number;
  findings: LintFinding[];
  onMoved: (to: number) => void;
}) {
  const { json } = useEditor();
  const here = ['interventions', index];
  const name = String(getAt(json, [...here, 'name']) ?? '');
  return (
    <>
      <GroupMessages path={here} />
      <TextField path={[...here, 'name']} label="Indsatsens navn" />
      <p className="field-hint">Id: {String(getAt(json, [...here, 'id']) ?? '')}</p>
      <ItemActions
        path={['interventions']}
        index={index}
        count={count}
        name={`indsatsen ${name}`}
        onMoved={onMoved}
      />
      <fieldset>
        <legend>Lovgrundlag for indsatsen</legend>
        <LegalBasisList path={[...here, 'legalBasis']} name="Bestemmelse" />
      </fieldset>
      <fieldset>
        <legend>Formål</legend>
        <TextField path={[...here, 'purpose', 'text']} label="Formålet med indsatsen" multiline />
        <CitationFields path={[...here, 'purpose', 'citation']} label="Formålet" />
        <Purposes
          path={[...here, 'purposes']}
          label="Formål fra ordlisten (til kontrol af dobbeltkompensation)"
        />
      </fieldset>
      <fieldset>
        <legend>Hvad én bevilling kan dække</legend>
        <Purposes
          path={['interventions', index, 'coverOptions']}
          label="Formål, sagsbehandleren kan vælge for den enkelte bevilling (tom: spørges ikke)"
        />
      </fieldset>
      <LegalLimits path={['interventions', index, 'legalLimits']} />
      <Measure index={index} findings={findings} />
      {getAt(json, [...here, 'measure', 'kind']) === 'levels' ? <PastePanel index={index} /> : null}
      <section aria-label={`Kontrol af ${name}`}>
        <h3>Kontrol af niveauerne</h3>
        <FindingList findings={findings} empty="Kontrollen fandt intet at bemærke ved denne indsats." />
      </section>
    </>
  );
}

const LIMIT_UNIT_OPTIONS = [
  ...UNIT_OPTIONS,
  { value: 'years', label: 'år' },
  { value: 'months', label: 'måneder' },
] as const;

/** Figures the law itself fixes (not the municipality), each with the law as its citation. */
function LegalLimits({ path }: { path: JsonPath }) {
  const { json, edit } = useEditor();
  const limits = (getAt(json, path) as Record<string, unknown>[] | undefined) ?? [];
  return (
    <fieldset id={fieldId(path)} tabIndex={-1}>
      <legend>Lovens egne grænser</legend>
      <GroupMessages path={path} />
      {limits.map((limit, g) => {
        const name = `Lovens grænse ${g + 1}`;
        const here = [...path, g];
        return (
          <ListItemFieldset
            key={String(limit.id ?? g)}
            list={path}
            index={g}
            count={limits.length}
            name={name}
            legend={`${name}: ${String(limit.label ?? '')}`}
          >
            <TextField path={[...here, 'label']} label={`${name}: betegnelse`} />
            <NumberField path={[...here, 'value']} label={`${name}: tal`} />
            <SelectField path={[...here, 'unit']} label={`${name}: enhed`} options={LIMIT_UNIT_OPTIONS} />
            <SelectField
              path={[...here, 'period']}
              label={`${name}: periode`}
              options={PERIOD_OPTIONS}
              placeholder="Ingen periode"
            />
            <CitationFields path={[...here, 'citation']} label={name} />
          </ListItemFieldset>
        );
      })}
      <AddByLabel
        label="Ny grænses betegnelse"
        button="Tilføj lovens grænse"
        onAdd={(label) =>
          edit(path, [
            ...limits,
            {
              id: uniqueIdFromLabel(
                label,
                limits.map((l) => String(l.id)),
                'graense',
              ),
              label,
              value: '',
              unit: 'hours',
              citation: EMPTY_CITATION,
            },
          ])
        }
      />
    </fieldset>
  );
}

export const NEW_INTERVENTION = (name: string, taken: string[]) => ({
  id: uniqueIdFromLabel(name, taken, 'indsats'),
  name,
  legalBasis: [],
  purpose: { text: '', citation: EMPTY_CITATION },
  purposes: [],
  coverOptions: [],
  measure: { kind: 'levels', unit: 'hours', period: 'week', dimension: '', levels: [] },
  legalLimits: [],
});

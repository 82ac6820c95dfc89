/**
 * Drafts: start one from any version, edit its levels, deadlines and texts, see schema errors and lint
 * findings as you type, export it as a standard file and import one again. Drafts live in localStorage.
 */
import { useState } from 'react';
import { todayIso } from '../../domain/case/dates.ts';
import {
  checkDraft,
  type Draft,
  type DraftCheck,
  draftFileName,
  editDraft,
  exportDraft,
  getAt,
  importStandardFile,
  type JsonPath,
  numberOrText,
  startDraft,
} from '../../domain/council/draft.ts';
import { formatJsonPath, type SchemaProblem, type StandardVersion } from '../../domain/format/schema.ts';
import { downloadText } from '../../shared/ui/download.ts';
import { ErrorBoundary } from '../../shared/ui/ErrorBoundary.tsx';
import { FreeTextInput } from '../../shared/ui/FreeTextInput.tsx';
import { FindingList } from '../../shared/ui/LintFindings.tsx';
import { FileDrop } from './FileDrop.tsx';
import { DRAFTS_KEY, newDraftKey, SET_ASIDE_KEY, type useDrafts } from './useDrafts.ts';

type DraftStore = ReturnType<typeof useDrafts>;

function problemsAt(check: DraftCheck, path: JsonPath): SchemaProblem[] {
  if (check.ok) return [];
  const here = formatJsonPath(path);
  return check.problems.filter((p) => p.path === here || p.path.startsWith(`${here}.`));
}

function Field({
  draft,
  check,
  path,
  label,
  kind,
  onEdit,
}: {
  draft: Draft;
  check: DraftCheck;
  path: JsonPath;
  label: string;
  kind: 'text' | 'number' | 'date';
  onEdit: (path: JsonPath, value: unknown) => void;
}) {
  const id = `draft-${draft.key}-${path.join('-')}`;
  const value = getAt(draft.json, path);
  // Problems on a bound's value are reported on the bound (e.g. "nedre grænse skal være mindre end øvre").
  const problems = [
    ...problemsAt(check, path),
    ...(path.at(-1) === 'value'
      ? problemsAt(check, path.slice(0, -1)).filter((p) => !p.path.endsWith('.value'))
      : []),
  ];
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {/* Every field of a draft is free text as typed: a CPR-like number is held in the field with a
          warning and never reaches the draft, its id, the URL, the export or its file name. */}
      <FreeTextInput
        id={id}
        inputMode={kind === 'number' ? 'decimal' : undefined}
        value={value === undefined || value === null ? '' : String(value)}
        aria-invalid={problems.length > 0 ? true : undefined}
        describedBy={problems.length > 0 ? `${id}-error` : undefined}
        onValue={(text) => onEdit(path, kind === 'number' ? numberOrText(text) : text)}
      />
      {problems.length > 0 ? (
        <p id={`${id}-error`} className="field-error">
          {label}: {problems.map((p) => p.message).join('; ')}
        </p>
      ) : null}
    </div>
  );
}

function DraftEditor({ draft, store }: { draft: Draft; store: DraftStore }) {
  const check = checkDraft(draft);
  const [exportError, setExportError] = useState<string | null>(null);
  const onEdit = (path: JsonPath, value: unknown) => {
    store.upsert(editDraft(draft, path, value, new Date().toISOString()));
    setExportError(null);
  };
  const json = draft.json as {
    interventions?: {
      name?: string;
      measure?: { kind?: string; levels?: { key?: string; lower?: unknown; upper?: unknown }[] };
    }[];
    deadlines?: { label?: string }[];
  };
  const fieldProps = { draft, check, onEdit };
  const warnings = check.ok ? check.findings.filter((f) => f.severity === 'warning') : [];
  return (
    <section aria-labelledby="draft-editor-title" className="draft-editor">
      <h3 id="draft-editor-title">Rediger udkast {draftFileName(draft)}</h3>
      <p
        role="status"
        className={
          check.ok ? (warnings.length === 0 ? 'alert alert-ok' : 'alert alert-warn') : 'alert alert-error'
        }
      >
        {check.ok
          ? warnings.length === 0
            ? `Udkastet er gyldigt, og kontrollen fandt ingen advarsler (${check.findings.length} oplysninger).`
            : `Udkastet er gyldigt, men kontrollen fandt ${warnings.length} ${warnings.length === 1 ? 'advarsel' : 'advarsler'}.`
          : `Udkastet har ${check.problems.length} fejl i forhold til filformatet og kan ikke sammenlignes eller eksporteres, før de er rettet.`}
      </p>
      {check.ok ? (
        <FindingList findings={check.findings} empty={null} />
      ) : (
        <ul>
          {check.problems.map((p) => (
            <li key={`${p.path}-${p.message}`}>
              <code>{p.path}</code>: {p.message}
            </li>
          ))}
        </ul>
      )}
      <fieldset>
        <legend>Tekster og datoer</legend>
        <Field {...fieldProps} path={['id']} label="Versionens id" kind="text" />
        <Field {...fieldProps} path={['standard', 'title']} label="Titel" kind="text" />
        <Field {...fieldProps} path={['effective', 'from']} label="Gælder fra (ÅÅÅÅ-MM-DD)" kind="date" />
      </fieldset>
      {(json.interventions ?? []).map((intervention, i) => {
        const levels = intervention.measure?.kind === 'levels' ? (intervention.measure.levels ?? []) : [];
        const name = intervention.name ?? `Indsats ${i + 1}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: interventions are edited in place; the index is their identity here.
          <fieldset key={i}>
            <legend>{name}</legend>
            <Field {...fieldProps} path={['interventions', i, 'name']} label={`${name}: navn`} kind="text" />
            {levels.map((level, l) => {
              const levelName = `${name}, niveau »${level.key ?? l + 1}«`;
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: levels are edited in place; the index is their identity here.
                <div key={l} className="field-row">
                  <Field
                    {...fieldProps}
                    path={['interventions', i, 'measure', 'levels', l, 'text']}
                    label={`${levelName}: ordlyd`}
                    kind="text"
                  />
                  {level.lower !== null && level.lower !== undefined ? (
                    <Field
                      {...fieldProps}
                      path={['interventions', i, 'measure', 'levels', l, 'lower', 'value']}
                      label={`${levelName}: nedre grænse`}
                      kind="number"
                    />
                  ) : null}
                  {level.upper !== null && level.upper !== undefined ? (
                    <Field
                      {...fieldProps}
                      path={['interventions', i, 'measure', 'levels', l, 'upper', 'value']}
                      label={`${levelName}: øvre grænse`}
                      kind="number"
                    />
                  ) : null}
                </div>
              );
            })}
          </fieldset>
        );
      })}
      <fieldset>
        <legend>Frister</legend>
        {(json.deadlines ?? []).map((deadline, d) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: deadlines are edited in place; the index is their identity here.
          <div key={d} className="field-row">
            <Field
              {...fieldProps}
              path={['deadlines', d, 'label']}
              label={`Frist ${d + 1}: betegnelse`}
              kind="text"
            />
            <Field
              {...fieldProps}
              path={['deadlines', d, 'amount']}
              label={`Frist ${d + 1} (${deadline.label ?? ''}): antal`}
              kind="number"
            />
          </div>
        ))}
      </fieldset>
      <button
        type="button"
        onClick={() => {
          if (!check.ok) {
            setExportError(
              `Udkastet har ${check.problems.length} fejl og kan ikke eksporteres, før de er rettet.`,
            );
            return;
          }
          downloadText(draftFileName(draft), exportDraft(draft), 'application/json');
        }}
      >
        Eksportér som standardfil
      </button>
      {exportError ? (
        <p role="alert" className="alert alert-error">
          {exportError}
        </p>
      ) : null}
    </section>
  );
}

export function DraftsSection({
  versions,
  inForceOf,
  store,
  onCompare,
}: {
  versions: StandardVersion[];
  inForceOf: (version: StandardVersion) => StandardVersion | null;
  store: DraftStore;
  onCompare: (draft: StandardVersion) => void;
}) {
  const [source, setSource] = useState(versions[0]?.id ?? '');
  const [editing, setEditing] = useState<string | null>(store.drafts.at(-1)?.key ?? null);
  const [importState, setImportState] = useState<
    { ok: true; message: string } | { ok: false; file: string; problems: SchemaProblem[] } | null
  >(null);
  const editingDraft = store.drafts.find((d) => d.key === editing) ?? null;

  const importFile = async (file: File) => {
    const result = importStandardFile(file.name, await file.text(), newDraftKey(), new Date().toISOString());
    if (!result.ok) {
      setImportState({ ok: false, file: file.name, problems: result.problems });
      return;
    }
    store.upsert(result.draft);
    setEditing(result.draft.key);
    const warnings = result.findings.filter((f) => f.severity === 'warning').length;
    setImportState({
      ok: true,
      message: `${file.name} er indlæst som udkast (${warnings} advarsler fra kontrollen).`,
    });
  };

  return (
    <section aria-labelledby="drafts-title">
      <h2 id="drafts-title">Udkast</h2>
      <p>
        Udkast gemmes kun i denne browser. Et link til en sammenligning med et udkast virker hos modtageren,
        når den eksporterede fil er importeret dér.
      </p>
      {store.corrupted.length > 0 ? (
        <div role="alert" className="alert alert-error">
          <p>
            {store.corrupted.length} gemt(e) udkast kunne ikke læses og er lagt til side (i browserens lager
            under »{SET_ASIDE_KEY}«); de øvrige udkast er indlæst.
          </p>
          <ul>
            {store.corrupted.map((c) => (
              <li key={c.reason}>{c.reason}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {store.saveError ? (
        <p role="alert" className="alert alert-error">
          {store.saveError}
        </p>
      ) : null}
      <div className="field-row">
        <div className="field">
          <label htmlFor="draft-source">Start et udkast fra</label>
          <select id="draft-source" value={source} onChange={(event) => setSource(event.target.value)}>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.municipality} – {v.id}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          onClick={() => {
            const from = versions.find((v) => v.id === source);
            if (!from) return;
            const draft = startDraft(from, newDraftKey(), todayIso(), new Date().toISOString());
            store.upsert(draft);
            setEditing(draft.key);
          }}
        >
          Start udkast
        </button>
      </div>
      <FileDrop
        label="Importér en standardfil (JSON)"
        accept=".json,application/json"
        onFile={(file) => void importFile(file)}
      />
      <div role="status">{importState?.ok ? <p>{importState.message}</p> : null}</div>
      {importState && !importState.ok ? (
        <div role="alert" className="alert alert-error">
          <p>{importState.file} kunne ikke importeres:</p>
          <ul>
            {importState.problems.map((p) => (
              <li key={`${p.path}-${p.message}`}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {store.drafts.length === 0 ? (
        <p>Der er ingen udkast endnu.</p>
      ) : (
        <table>
          <caption>Udkast i denne browser (gemt under »{DRAFTS_KEY}«)</caption>
          <thead>
            <tr>
              <th scope="col">Udkast</th>
              <th scope="col">Baseret på</th>
              <th scope="col">Tilstand</th>
              <th scope="col">Handlinger</th>
            </tr>
          </thead>
          <tbody>
            {store.drafts.map((draft) => {
              const check = checkDraft(draft);
              const name = draftFileName(draft);
              return (
                <tr key={draft.key}>
                  <th scope="row">{name}</th>
                  <td>{draft.basedOn}</td>
                  <td>
                    {check.ok
                      ? `gyldigt, ${check.findings.filter((f) => f.severity === 'warning').length} advarsler`
                      : `${check.problems.length} fejl`}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => setEditing(draft.key)}
                      aria-pressed={editing === draft.key}
                    >
                      Rediger {name}
                    </button>{' '}
                    {check.ok && inForceOf(check.version) ? (
                      <button type="button" className="secondary" onClick={() => onCompare(check.version)}>
                        Sammenlign {name} med gældende version
                      </button>
                    ) : null}{' '}
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => {
                        if (window.confirm(`Slet udkastet ${name}?`)) store.remove(draft.key);
                      }}
                    >
                      Slet {name}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {/* A stored draft of the wrong shape fails only its editor: the list above (with Slet) stays. */}
      {editingDraft ? (
        <ErrorBoundary
          key={editingDraft.key}
          label={`Udkastet ${draftFileName(editingDraft)}`}
          headingLevel={3}
        >
          <DraftEditor draft={editingDraft} store={store} />
        </ErrorBoundary>
      ) : null}
    </section>
  );
}

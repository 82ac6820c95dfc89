/**
 * "Rediger standard": a council starts a draft (blank, a new version of a standard, a copy of any version),
 * imports a standard file as a draft, edits it in sections and exports it as a standard file. Drafts live in
 * this browser's localStorage, one item each; a stored item that cannot be read is reported here, to be
 * downloaded or deleted, and never stops the rest. Loaded lazily like the other views.
 */

import { useState } from 'react';
import { todayIso } from '../../domain/case/dates.ts';
import { versionLabel } from '../../domain/council/comparison.ts';
import { checkDraft, type Draft } from '../../domain/editor/draft.ts';
import {
  importStandardFile,
  type Started,
  startBlank,
  startCopy,
  startNewVersion,
  versionIdOf,
} from '../../domain/editor/start.ts';
import { formatJsonPath, type SchemaProblem, type StandardVersion } from '../../domain/format/schema.ts';
import { CPR_WARNING, containsCprLike, pathsWithCprLike } from '../../domain/privacy/personal-data.ts';
import { newDraftKey, useDrafts } from '../../shared/drafts/useDrafts.ts';
import { useStandardCatalog } from '../../shared/standards/queries.ts';
import { downloadText } from '../../shared/ui/download.ts';
import { FileDrop } from '../../shared/ui/FileDrop.tsx';
import { parseAsString, useQueryState } from '../../shared/url/queryState.ts';
import { DraftEditor } from './DraftEditor.tsx';
import './editor.css';
import { ViewHeading, ViewLoading } from '../../shared/ui/ViewIntro.tsx';
import { EDITOR_INTRO } from './intro.ts';

type StartKind = 'version' | 'copy' | 'blank';

// '' means none: the draft being edited, the version a "Start et udkast" link came from.
const KEY_PARAM = parseAsString.withDefault('');

/** A labelled text input of the start form; `numeric` asks for a number keyboard and the narrow number width. */
function StartTextField({
  id,
  label,
  value,
  onChange,
  numeric = false,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  numeric?: boolean;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={numeric ? 'numeric' : undefined}
        className={numeric ? 'input-number' : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

function StartForm({
  shipped,
  from,
  onStart,
}: {
  shipped: readonly StandardVersion[];
  from: string | null;
  onStart: (
    kind: StartKind,
    input: { versionId: string; municipality: string; title: string; number: string },
  ) => string | null;
}) {
  const [kind, setKind] = useState<StartKind>('version');
  const [versionId, setVersionId] = useState(from ?? shipped[0]?.id ?? '');
  const [municipality, setMunicipality] = useState('');
  const [title, setTitle] = useState('');
  const [number, setNumber] = useState('');
  const [error, setError] = useState<string | null>(null);
  const chosen = shipped.some((v) => v.id === versionId) ? versionId : (shipped[0]?.id ?? '');
  return (
    <form
      className="start-form"
      aria-labelledby="start-titel"
      onSubmit={(event) => {
        event.preventDefault();
        setError(onStart(kind, { versionId: chosen, municipality, title, number }));
      }}
    >
      <h2 id="start-titel">Start et udkast</h2>
      <fieldset className="radio-list">
        <legend>Hvad vil du lave?</legend>
        {(
          [
            ['version', 'En ny version af en standard (samme standard, nyt id og nye datoer)'],
            ['copy', 'En kopi af en version (til fx en anden kommunes standard)'],
            ['blank', 'En ny standard fra bunden'],
          ] as const
        ).map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name="start-art"
              value={value}
              checked={kind === value}
              onChange={() => setKind(value)}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      {kind === 'blank' ? (
        <div className="field-row">
          <StartTextField
            id="start-kommune"
            label="Kommune"
            value={municipality}
            onChange={setMunicipality}
          />
          <StartTextField id="start-titel-felt" label="Standardens titel" value={title} onChange={setTitle} />
          <StartTextField
            id="start-nummer"
            label="Standardens nummer (valgfri)"
            value={number}
            onChange={setNumber}
            numeric
          />
        </div>
      ) : (
        <div className="field-row">
          <div className="field">
            <label htmlFor="start-version">Version</label>
            <select id="start-version" value={chosen} onChange={(e) => setVersionId(e.target.value)}>
              {shipped.map((v) => (
                <option key={v.id} value={v.id}>
                  {versionLabel(v)}
                </option>
              ))}
            </select>
          </div>
          {kind === 'copy' ? (
            <StartTextField
              id="start-kopi-kommune"
              label="Til kommune (tom: samme kommune)"
              value={municipality}
              onChange={setMunicipality}
            />
          ) : null}
        </div>
      )}
      {error ? (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      ) : null}
      <button type="submit">Start udkastet</button>
    </form>
  );
}

function BrokenDrafts({ store }: { store: ReturnType<typeof useDrafts> }) {
  if (store.broken.length === 0) return null;
  return (
    <div role="alert" className="alert alert-error">
      <h2>Gemte udkast, der ikke kan læses</h2>
      <p>
        {store.broken.length} gemt(e) udkast i denne browser har ikke det forventede format. De øvrige udkast
        er indlæst. Hent et ulæseligt udkast for at gemme teksten, eller slet det.
      </p>
      <ul>
        {store.broken.map((b, index) => (
          <li key={b.storageKey || index}>
            Ulæseligt udkast {index + 1}: {b.reason}.{' '}
            {b.storageKey ? (
              <>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => downloadText(`ulaeseligt-udkast-${index + 1}.txt`, b.raw, 'text/plain')}
                >
                  Hent ulæseligt udkast {index + 1}
                </button>{' '}
                <button type="button" className="secondary" onClick={() => store.removeBroken(b.storageKey)}>
                  Slet ulæseligt udkast {index + 1}
                </button>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

function draftName(draft: Draft): string {
  return versionIdOf(draft.json) || `udkast ${draft.key}`;
}

export default function EditorView() {
  const catalog = useStandardCatalog();
  const store = useDrafts();
  const [editing, setEditing] = useQueryState('udkast', KEY_PARAM, { history: 'push' });
  const [from] = useQueryState('fra', KEY_PARAM);
  const [notice, setNotice] = useState<string | null>(null);
  const [importProblems, setImportProblems] = useState<{ file: string; problems: SchemaProblem[] } | null>(
    null,
  );
  const shipped = catalog.loaded.map((l) => l.version);
  const taken = { shipped: shipped.map((v) => v.id), drafts: store.drafts };
  const editingDraft = store.drafts.find((d) => d.key === editing) ?? null;

  if (catalog.loading) {
    return <ViewLoading intro={EDITOR_INTRO} />;
  }

  const begin = (started: Started) => {
    store.upsert(started.draft);
    void setEditing(started.draft.key);
    setNotice([`Udkastet »${draftName(started.draft)}« er startet.`, ...started.messages].join(' '));
  };

  const onStart: Parameters<typeof StartForm>[0]['onStart'] = (kind, input) => {
    const key = newDraftKey();
    const now = new Date().toISOString();
    if (kind === 'blank') {
      if (input.municipality.trim() === '' || input.title.trim() === '')
        return 'Skriv kommunens navn og standardens titel.';
      if (containsCprLike(input.municipality) || containsCprLike(input.title)) return CPR_WARNING;
      const number = input.number.trim() === '' ? null : Number(input.number.trim());
      if (number !== null && !(Number.isInteger(number) && number > 0))
        return 'Standardens nummer skal være et helt tal over 0, eller tomt.';
      begin(
        startBlank(
          { municipality: input.municipality, title: input.title, number, today: todayIso() },
          key,
          now,
          taken,
        ),
      );
      return null;
    }
    const version = shipped.find((v) => v.id === input.versionId);
    if (!version) return 'Vælg den version, udkastet skal bygge på.';
    if (containsCprLike(input.municipality)) return CPR_WARNING;
    begin(
      kind === 'version'
        ? startNewVersion(version, key, todayIso(), now, taken)
        : startCopy(version, key, now, taken, input.municipality),
    );
    return null;
  };

  const importFile = async (file: File) => {
    const result = importStandardFile(file.name, await file.text(), newDraftKey(), new Date().toISOString(), {
      ...taken,
      imported: store.drafts,
    });
    if (result.ok && pathsWithCprLike(result.draft.json).length > 0) {
      // Never stored: the file is refused, with where the number is.
      setImportProblems({
        file: file.name,
        problems: pathsWithCprLike(result.draft.json).map((path) => ({
          file: file.name,
          path: formatJsonPath(path),
          message: 'ser ud til at indeholde et CPR-nummer; filen er ikke indlæst',
        })),
      });
    } else if (result.ok) {
      setImportProblems(null);
      begin({ draft: result.draft, messages: [`${file.name} er importeret.`, ...result.messages] });
    } else if ('problems' in result) {
      setImportProblems({ file: file.name, problems: result.problems });
    } else {
      setImportProblems(null);
      setNotice(result.message);
      void setEditing(result.duplicateOf);
    }
  };

  return (
    <section aria-labelledby={EDITOR_INTRO.headingId} className={EDITOR_INTRO.sectionClass}>
      <ViewHeading intro={EDITOR_INTRO} />
      <BrokenDrafts store={store} />
      {store.saveError ? (
        <p role="alert" className="alert alert-error">
          {store.saveError}
        </p>
      ) : null}
      <div role="status" className="no-print">
        {notice ? <p className="alert alert-info">{notice}</p> : null}
      </div>
      {editingDraft ? (
        <>
          <p className="no-print">
            <button type="button" className="link-button" onClick={() => void setEditing(null)}>
              Tilbage til listen over udkast
            </button>
          </p>
          <DraftEditor key={editingDraft.key} draft={editingDraft} store={store} shipped={shipped} />
        </>
      ) : (
        <>
          <StartForm shipped={shipped} from={from || null} onStart={onStart} />
          <section aria-labelledby="import-titel">
            <h2 id="import-titel">Importér en standardfil</h2>
            <FileDrop
              label="Importér en standardfil (JSON)"
              accept=".json,application/json"
              onFile={(f) => void importFile(f)}
            />
            {importProblems ? (
              <div role="alert" className="alert alert-error">
                <p>{importProblems.file} kunne ikke importeres:</p>
                <ul>
                  {importProblems.problems.map((p) => (
                    <li key={`${p.path}-${p.message}`}>
                      <code>{p.path}</code>: {p.message}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </section>
          <DraftList drafts={store.drafts} onEdit={(key) => void setEditing(key)} onRemove={store.remove} />
        </>
      )}
    </section>
  );
}

function DraftList({
  drafts,
  onEdit,
  onRemove,
}: {
  drafts: readonly Draft[];
  onEdit: (key: string) => void;
  onRemove: (key: string) => void;
}) {
  if (drafts.length === 0) return <p>Der er ingen udkast i denne browser endnu.</p>;
  return (
    <table className="draft-list">
      <caption>Udkast i denne browser ({drafts.length})</caption>
      <thead>
        <tr>
          <th scope="col">Udkast</th>
          <th scope="col">Bygger på</th>
          <th scope="col">Tilstand</th>
          <th scope="col">Handlinger</th>
        </tr>
      </thead>
      <tbody>
        {drafts.map((draft) => {
          const check = checkDraft(draft);
          const name = draftName(draft);
          return (
            <tr key={draft.key}>
              <th scope="row">{name}</th>
              <td>{draft.basedOn ?? 'ny standard'}</td>
              <td>
                {check.ok
                  ? `gyldigt, ${check.findings.filter((f) => f.severity === 'warning').length} advarsler`
                  : `${check.problems.length} fejl`}
              </td>
              <td>
                <button type="button" className="secondary" onClick={() => onEdit(draft.key)}>
                  Rediger {name}
                </button>{' '}
                <button
                  type="button"
                  className="secondary"
                  onClick={() => {
                    if (window.confirm(`Slet udkastet ${name}?`)) onRemove(draft.key);
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
  );
}

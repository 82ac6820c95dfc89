/**
 * Edit one draft: every part of the format in sections (details, sources, legal basis, dimensions, each
 * intervention, deadlines), validated with the standard schema and linted as one types; each message stands
 * next to its field and in an error summary at the top that links to the field (Det Fælles Designsystem's
 * pattern). Undo and redo by button and by Ctrl+Z / Ctrl+Shift+Z outside text fields. Export as a standard
 * file, print for approval, and compare with the version in force.
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { todayIso } from '../../domain/case/dates.ts';
import {
  checkDraft,
  type Draft,
  exportDraft,
  getAt,
  type JsonPath,
  setAt,
} from '../../domain/editor/draft.ts';
import {
  describePath,
  fieldId,
  fieldIdCandidates,
  parseJsonPath,
  sectionOf,
} from '../../domain/editor/paths.ts';
import { figuresMissingFromQuote } from '../../domain/editor/quote-check.ts';
import { type TakenIds, versionIdConflict, versionIdOf } from '../../domain/editor/start.ts';
import { versionInForce } from '../../domain/format/catalog.ts';
import { DATE_FORMAT_MESSAGE, type StandardVersion } from '../../domain/format/schema.ts';
import { PURPOSES_FILE, purposesFileSchema } from '../../domain/package/purposes.ts';
import type { DraftStore } from '../../shared/drafts/useDrafts.ts';
import { nationalFileQueryOptions } from '../../shared/standards/queries.ts';
import { downloadText } from '../../shared/ui/download.ts';
import { FindingList } from '../../shared/ui/LintFindings.tsx';
import { DraftPrint } from './DraftPrint.tsx';
import { DATE_IN_FIELDS_MESSAGE, EditorContext, type EditorContextValue } from './fields.tsx';
import { InterventionSection, NEW_INTERVENTION } from './InterventionSection.tsx';
import {
  AddInterventionForm,
  DeadlinesSection,
  DetailsSection,
  DimensionsSection,
  LegalBasisList,
  RulesSection,
  SourcesSection,
} from './sections.tsx';

interface History {
  past: unknown[];
  future: unknown[];
  lastPath: string;
  lastAt: number;
}

const HISTORY_LIMIT = 200;

/** "Indsats: Aflastning – Niveau 2, øvre grænse, tal"; the field's words are left out where they repeat the section's. */
function summaryPlace(section: string, field: string): string {
  return field === '' || field.toLowerCase() === section.toLowerCase() ? section : `${section} – ${field}`;
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit', 'file'].includes(target.type);
  return target.isContentEditable;
}

export function DraftEditor({
  draft,
  store,
  shipped,
}: {
  draft: Draft;
  store: DraftStore;
  shipped: readonly StandardVersion[];
}) {
  const [section, setSection] = useState('detaljer');
  const purposes = useQuery(nationalFileQueryOptions(PURPOSES_FILE, purposesFileSchema));
  const [exportMessage, setExportMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const history = useRef<History>({ past: [], future: [], lastPath: '', lastAt: 0 });
  const [, setHistoryVersion] = useState(0);
  const latest = useRef(draft);
  latest.current = draft;

  const check = checkDraft(draft);
  const taken: TakenIds = useMemo(
    () => ({ shipped: shipped.map((v) => v.id), drafts: store.drafts }),
    [shipped, store.drafts],
  );
  const versionId = versionIdOf(draft.json) ?? '';
  const idConflict = versionId === '' ? null : versionIdConflict(versionId, draft.key, taken);

  const save = useCallback(
    (json: unknown) => store.upsert({ ...latest.current, json, updatedAt: new Date().toISOString() }),
    [store.upsert],
  );

  const edit = useCallback(
    (path: JsonPath, value: unknown) => {
      const current = latest.current.json;
      let next: unknown;
      try {
        next = setAt(current, path, value);
      } catch {
        return;
      }
      const h = history.current;
      const key = path.join('.');
      const now = Date.now();
      // Typing in one field is one step to undo, not one per keystroke.
      if (!(key === h.lastPath && now - h.lastAt < 1500 && path.length > 0)) {
        h.past = [...h.past.slice(-HISTORY_LIMIT + 1), current];
      }
      h.future = [];
      h.lastPath = key;
      h.lastAt = now;
      setHistoryVersion((n) => n + 1);
      setExportMessage(null);
      save(next);
    },
    [save],
  );

  const undo = useCallback(() => {
    const h = history.current;
    const previous = h.past.at(-1);
    if (previous === undefined) return;
    h.past = h.past.slice(0, -1);
    h.future = [latest.current.json, ...h.future];
    h.lastPath = '';
    setHistoryVersion((n) => n + 1);
    save(previous);
  }, [save]);

  const redo = useCallback(() => {
    const h = history.current;
    const [next, ...rest] = h.future;
    if (next === undefined) return;
    h.future = rest;
    h.past = [...h.past, latest.current.json];
    h.lastPath = '';
    setHistoryVersion((n) => n + 1);
    save(next);
  }, [save]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isTextEntry(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        undo();
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        redo();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  const problems = useMemo(
    () =>
      (check.ok ? [] : check.problems).map((p) => {
        const path = parseJsonPath(p.path);
        // A date is typed in three fields here (DateField), not written as in a file.
        const message = p.message === DATE_FORMAT_MESSAGE ? DATE_IN_FIELDS_MESSAGE : p.message;
        return { path, id: fieldId(path), message };
      }),
    [check],
  );
  const messages = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const p of problems) map.set(p.id, [...(map.get(p.id) ?? []), p.message]);
    return map;
  }, [problems]);

  const json = draft.json as Record<string, unknown>;
  const sources = (Array.isArray(json.sources) ? json.sources : []).map((s: Record<string, unknown>) => ({
    id: String(s.id ?? ''),
    title: String(s.title ?? ''),
  }));
  const context: EditorContextValue = { json: draft.json, messages, edit, sources };
  const interventions = (Array.isArray(json.interventions) ? json.interventions : []) as Record<
    string,
    unknown
  >[];
  const sections: { id: string; label: string }[] = [
    { id: 'detaljer', label: 'Detaljer' },
    { id: 'kilder', label: 'Kilder' },
    { id: 'lovgrundlag', label: 'Lovgrundlag' },
    { id: 'dimensioner', label: 'Dimensioner' },
    ...interventions.map((intervention, i) => ({
      id: `indsats-${i}`,
      label: `Indsats: ${String(intervention.name ?? '') || i + 1}`,
    })),
    { id: 'indsatser', label: 'Ny indsats' },
    { id: 'frister', label: 'Frister' },
    { id: 'regler', label: 'Lokale regler' },
    { id: 'udskrift', label: 'Til godkendelse (udskrift)' },
  ];
  const sectionLabel = (id: string) => sections.find((s) => s.id === id)?.label ?? id;

  const goTo = (path: JsonPath) => {
    setSection(sectionOf(path));
    requestAnimationFrame(() => {
      // The field itself, else the nearest group around it, else the section's heading.
      // A date's fieldset is not focusable: its day field is (`${id}-day`, from DateInput).
      for (const id of [`${fieldId(path)}-day`, ...fieldIdCandidates(path), 'afsnit-titel']) {
        const element = document.getElementById(id);
        if (element) {
          element.focus();
          return;
        }
      }
    });
  };

  const allProblems = [
    ...(idConflict ? [{ path: ['id'] as JsonPath, id: fieldId(['id']), message: idConflict }] : []),
    ...problems,
  ];
  const findings = check.ok ? check.findings : [];
  // Levels whose stated figures are not in the words they quote (a copied quote under a changed figure).
  const unquoted = check.ok
    ? check.version.interventions
        .flatMap((i) => (i.measure.kind === 'levels' ? i.measure.levels : []))
        .filter((level) => figuresMissingFromQuote(level).length > 0).length
    : 0;
  const warningCount = findings.filter((f) => f.severity === 'warning').length + unquoted;
  const base = draft.basedOn === null ? null : (shipped.find((v) => v.id === draft.basedOn) ?? null);
  const inForce = check.ok
    ? versionInForce(
        shipped.filter((v) => v.standard.key === check.version.standard.key),
        todayIso(),
      )
    : null;

  const onExport = () => {
    if (!check.ok || idConflict) {
      setExportMessage({
        ok: false,
        text: `Udkastet har ${allProblems.length} fejl og kan ikke eksporteres, før de er rettet (se fejlopsummeringen øverst).`,
      });
      return;
    }
    downloadText(`${check.version.id}.json`, exportDraft(draft), 'application/json');
    setExportMessage({
      ok: true,
      text: `${check.version.id}.json er hentet. Læg den i mappen standards/ og tilføj den i standards/index.json.`,
    });
  };

  const active = sections.some((s) => s.id === section) ? section : 'detaljer';
  const interventionIndex = active.startsWith('indsats-') ? Number(active.slice('indsats-'.length)) : -1;

  return (
    <EditorContext.Provider value={context}>
      <section aria-labelledby="udkast-titel" className="draft-editor">
        <h2 id="udkast-titel" className="no-print">
          Rediger udkast: {String(getAt(draft.json, ['standard', 'title']) ?? '') || versionId}
        </h2>
        <div className="editor-toolbar no-print">
          <button
            type="button"
            className="secondary"
            onClick={undo}
            disabled={history.current.past.length === 0}
          >
            Fortryd
          </button>
          <button
            type="button"
            className="secondary"
            onClick={redo}
            disabled={history.current.future.length === 0}
          >
            Gentag
          </button>
          <button type="button" onClick={onExport}>
            Eksportér som standardfil
          </button>
          <button type="button" className="secondary" onClick={() => window.print()}>
            Udskriv
          </button>
          {inForce && check.ok && !idConflict ? (
            <a
              href={`?visning=sammenlign&versioner=${encodeURIComponent(inForce.id)},${encodeURIComponent(check.version.id)}&del=forskelle`}
            >
              Sammenlign med gældende version
            </a>
          ) : null}
        </div>
        <p className="field-hint no-print">
          Fortryd og gentag også med Ctrl+Z og Ctrl+Shift+Z (uden for tekstfelter).
        </p>
        {exportMessage ? (
          <p
            role={exportMessage.ok ? 'status' : 'alert'}
            className={`alert ${exportMessage.ok ? 'alert-ok' : 'alert-error'} no-print`}
          >
            {exportMessage.text}
          </p>
        ) : null}
        {allProblems.length > 0 ? (
          <section
            className="alert alert-error error-summary no-print"
            aria-labelledby="fejlopsummering-titel"
          >
            <h3 id="fejlopsummering-titel">
              Udkastet har {allProblems.length} {allProblems.length === 1 ? 'fejl' : 'fejl'}, der skal rettes
            </h3>
            <ul>
              {allProblems.slice(0, 50).map((p, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: two problems may share path and message.
                <li key={index}>
                  <a
                    href={`#${p.id}`}
                    onClick={(event) => {
                      event.preventDefault();
                      goTo(p.path);
                    }}
                  >
                    {summaryPlace(sectionLabel(sectionOf(p.path)), describePath(p.path))}: {p.message}
                  </a>
                </li>
              ))}
            </ul>
            {allProblems.length > 50 ? <p>… og {allProblems.length - 50} fejl mere.</p> : null}
          </section>
        ) : (
          <p role="status" className="alert alert-ok no-print">
            Udkastet er gyldigt
            {warningCount > 0
              ? `, men kontrollen fandt ${warningCount} ${warningCount === 1 ? 'advarsel' : 'advarsler'}${
                  unquoted > 0
                    ? ` (heraf ${unquoted} ${unquoted === 1 ? 'niveau' : 'niveauer'}, hvis citat ikke nævner tallet)`
                    : ''
                }.`
              : ', og kontrollen fandt ingen advarsler.'}
          </p>
        )}
        {check.ok && findings.length > 0 ? (
          <details className="no-print">
            <summary>Kontrol af hele udkastet ({findings.length})</summary>
            <FindingList findings={findings} empty={null} />
          </details>
        ) : null}
        <div className="editor-layout">
          <nav aria-label="Udkastets dele" className="editor-nav no-print">
            <ul>
              {sections.map((s) => (
                <li key={s.id}>
                  <button
                    type="button"
                    className="link-button"
                    aria-current={active === s.id ? 'step' : undefined}
                    onClick={() => setSection(s.id)}
                  >
                    {s.label}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <div className="editor-section">
            <section
              aria-labelledby="afsnit-titel"
              className={active === 'udskrift' ? undefined : 'no-print'}
            >
              <h2 id="afsnit-titel" className="no-print" tabIndex={-1}>
                {sectionLabel(active)}
              </h2>
              {active === 'detaljer' ? <DetailsSection idConflict={idConflict} /> : null}
              {active === 'kilder' ? <SourcesSection /> : null}
              {active === 'lovgrundlag' ? (
                <>
                  <p>Den lov, standarden som helhed bygger på.</p>
                  <LegalBasisList path={['legalBasis']} name="Lovgrundlag" />
                </>
              ) : null}
              {active === 'dimensioner' ? <DimensionsSection /> : null}
              {interventionIndex >= 0 && interventions[interventionIndex] ? (
                <InterventionSection
                  index={interventionIndex}
                  count={interventions.length}
                  findings={findings.filter((f) => f.interventionId === interventions[interventionIndex]?.id)}
                  onMoved={(to) => setSection(`indsats-${to}`)}
                />
              ) : null}
              {active === 'indsatser' ? (
                <AddInterventionForm
                  onAdd={(name) => {
                    const created = NEW_INTERVENTION(
                      name,
                      interventions.map((i) => String(i.id)),
                    );
                    edit(['interventions'], [...interventions, created]);
                    setSection(`indsats-${interventions.length}`);
                  }}
                />
              ) : null}
              {active === 'frister' ? <DeadlinesSection /> : null}
              {active === 'regler' ? <RulesSection purposes={purposes.data?.purposes ?? []} /> : null}
              {active === 'udskrift' ? (
                check.ok ? (
                  <DraftPrint version={check.version} base={base} />
                ) : (
                  <p>Udskriften vises, når udkastet ikke har fejl.</p>
                )
              ) : null}
            </section>
            {active !== 'udskrift' && check.ok ? (
              <div className="print-only">
                <DraftPrint version={check.version} base={base} />
              </div>
            ) : null}
          </div>
        </div>
      </section>
    </EditorContext.Provider>
  );
}

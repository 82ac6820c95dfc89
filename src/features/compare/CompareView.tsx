/**
 * Compare standard versions: what changes between the version in force and a proposal, what it costs on a
 * caseload, and whether the proposal is consistent with itself. Loaded lazily (it draws charts with recharts).
 * The versions, assumptions and section are in the URL, so a link reopens the same comparison.
 */
import { lazy, Suspense, useMemo } from 'react';
import { todayIso } from '../../domain/case/dates.ts';
import { compareVersions, versionLabel, versionLabelParts } from '../../domain/council/comparison.ts';
import { checkDraft } from '../../domain/editor/draft.ts';
import { versionInForce } from '../../domain/format/catalog.ts';
import { hasLevels } from '../../domain/format/levels.ts';
import { lintVersion } from '../../domain/format/lint.ts';
import type { StandardVersion } from '../../domain/format/schema.ts';
import { useDrafts } from '../../shared/drafts/useDrafts.ts';
import { useLandingMunicipality } from '../../shared/standards/homeMunicipality.ts';
import { useStandardCatalog } from '../../shared/standards/queries.ts';
import { LintFindings } from '../../shared/ui/LintFindings.tsx';
import { NavTabs } from '../../shared/ui/NavTabs.tsx';
import { CaseloadSection } from './CaseloadSection.tsx';
import { DifferencesSection } from './DifferencesSection.tsx';
import { SECTION_LABEL, SECTIONS, useCompareState } from './urlState.ts';
import './compare.css';
import { ViewHeading, ViewLoading } from '../../shared/ui/ViewIntro.tsx';
import { COMPARE_INTRO } from './intro.ts';

const ChartsSection = lazy(() => import('./ChartsSection.tsx').then((m) => ({ default: m.ChartsSection })));

export default function CompareView() {
  const catalog = useStandardCatalog();
  const store = useDrafts();
  const [state, setState] = useCompareState();

  const shipped = catalog.loaded.map((l) => l.version);
  const { draftVersions, leftOut } = useMemo(() => {
    const list: StandardVersion[] = [];
    const out: string[] = [];
    // The editor never lets two drafts, or a draft and a shipped version, share an id; should stored data
    // still hold one (edited by hand), the shipped version wins and the later draft is left out, never merged.
    const sorted = [...store.drafts].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
    for (const draft of sorted) {
      const check = checkDraft(draft);
      if (
        check.ok &&
        !list.some((v) => v.id === check.version.id) &&
        !shipped.some((v) => v.id === check.version.id)
      )
        list.push(check.version);
      else if (check.ok) out.push(check.version.id);
    }
    return { draftVersions: list, leftOut: out };
  }, [store.drafts, shipped]);
  const available = [...shipped, ...draftVersions];
  // Default base: the home municipality's version in force of a standard with numeric levels (what councils
  // compare), else any municipality's, else any version.
  const home = useLandingMunicipality(shipped);
  const leveled = shipped.filter((v) => v.interventions.some(hasLevels));
  const inForce =
    versionInForce(
      leveled.filter((v) => v.municipality === home),
      todayIso(),
    ) ??
    versionInForce(leveled, todayIso()) ??
    versionInForce(shipped, todayIso()) ??
    shipped[0] ??
    null;

  const requested = state.versioner.length > 0 ? state.versioner : inForce ? [inForce.id] : [];
  const selected = requested
    .map((id) => available.find((v) => v.id === id))
    .filter((v): v is StandardVersion => v !== undefined);
  const missing = requested.filter((id) => !available.some((v) => v.id === id));
  const comparison = useMemo(() => (selected.length >= 2 ? compareVersions(selected) : null), [selected]);

  const setVersions = (ids: string[]) => void setState({ versioner: ids });
  const base = selected[0] ?? null;

  if (catalog.loading) {
    return <ViewLoading intro={COMPARE_INTRO} />;
  }

  return (
    <section aria-labelledby={COMPARE_INTRO.headingId} className={COMPARE_INTRO.sectionClass}>
      <ViewHeading intro={COMPARE_INTRO} />
      <fieldset>
        <legend>Versioner</legend>
        <div className="field">
          <label htmlFor="compare-base">Grundlag (sammenlignes med)</label>
          <select
            id="compare-base"
            value={base?.id ?? ''}
            onChange={(event) =>
              setVersions([
                event.target.value,
                ...requested.slice(1).filter((id) => id !== event.target.value),
              ])
            }
          >
            {base === null ? <option value="">Vælg en version</option> : null}
            {available.map((v) => (
              <option key={v.id} value={v.id}>
                {versionLabel(v)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="radio-list">
          <legend>Sammenlign med</legend>
          {available
            .filter((v) => v.id !== base?.id)
            .map((v) => (
              <label key={v.id} className="version-option">
                <input
                  type="checkbox"
                  checked={requested.slice(1).includes(v.id)}
                  onChange={(event) => {
                    const others = requested.slice(1).filter((id) => id !== v.id);
                    setVersions(
                      [base?.id ?? '', ...(event.target.checked ? [...others, v.id] : others)].filter(
                        Boolean,
                      ),
                    );
                  }}
                />{' '}
                <VersionChoice version={v} />
              </label>
            ))}
          {available.length < 2 ? (
            <p>Der er kun én version. Start et udkast for at have noget at sammenligne med.</p>
          ) : null}
        </fieldset>
      </fieldset>
      {leftOut.length > 0 ? (
        <p className="alert alert-warn">
          {leftOut.map((id) => `»${id}«`).join(', ')}: et udkast i denne browser har samme id som en anden
          version og er ikke med i sammenligningen (ellers blev en fil sammenlignet med sig selv). Giv
          udkastet et nyt id under »Rediger standard«.
        </p>
      ) : null}
      {missing.length > 0 ? (
        <p role="alert" className="alert alert-warn">
          Linket nævner {missing.map((id) => `»${id}«`).join(', ')}, som ikke findes her. Et udkast findes kun
          i den browser, hvor det er lavet: importér den eksporterede fil under »Rediger standard« for at åbne
          sammenligningen.
        </p>
      ) : null}
      {store.broken.length > 0 ? (
        // Opened by a link, drafts that could not be read are still named, never left out without a word.
        <p role="alert" className="alert alert-error">
          {store.broken.length} gemt(e) udkast kunne ikke læses og indgår ikke; under »Rediger standard« kan
          de hentes eller slettes.
        </p>
      ) : null}
      <NavTabs
        label="Dele af sammenligningen"
        tabs={SECTIONS.map((name) => ({
          href: `?visning=sammenlign&del=${name}`,
          label: SECTION_LABEL[name],
          current: state.del === name,
          onSelect: () => void setState({ del: name }),
        }))}
      />
      {comparison === null ? (
        <>
          <p role="status">Vælg mindst to versioner for at sammenligne.</p>
          {base !== null && (
            <>
              <p>
                Vil du ændre {versionLabel(base)}?{' '}
                <a href={`?visning=rediger&fra=${encodeURIComponent(base.id)}`}>Start et udkast</a>
              </p>
              <LintFindings
                findings={lintVersion(base)}
                headingId="compare-base-lint"
                heading={`Kontrol af ${base.id}`}
              />
            </>
          )}
        </>
      ) : state.del === 'forskelle' ? (
        <DifferencesSection comparison={comparison} />
      ) : state.del === 'diagrammer' ? (
        <Suspense fallback={<p role="status">Henter diagrammerne …</p>}>
          <ChartsSection comparison={comparison} />
        </Suspense>
      ) : (
        <CaseloadSection comparison={comparison} />
      )}
    </section>
  );
}

/** A version to tick: whose standard it is on one line, and which version (status, id) below it, as a hint. */
function VersionChoice({ version }: { version: StandardVersion }) {
  const parts = versionLabelParts(version);
  return (
    <span className="version-choice">
      <span>{parts.standard}</span> <span className="form-hint">({parts.version})</span>
    </span>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { todayIso } from '../../domain/case/dates.ts';
import { standardName } from '../../domain/format/catalog.ts';
import type { StandardVersion } from '../../domain/format/schema.ts';
import { formatNumber, readDanishNumber } from '../../domain/format/units.ts';
import { checkReferences, evaluatePackage, grantMeasure } from '../../domain/package/double-compensation.ts';
import type { RulesFile } from '../../domain/package/double-compensation-rules.ts';
import type { Purpose, PurposesFile } from '../../domain/package/purposes.ts';
import { LawInForceNotice } from '../../shared/law/LawInForceNotice.tsx';
import { homeFirst, useLandingMunicipality } from '../../shared/standards/homeMunicipality.ts';
import { StandardFileError, useStandardCatalog } from '../../shared/standards/queries.ts';
import { SetAsideNotice } from '../../shared/storage/SetAsideNotice.tsx';
import { safeLocalStorage } from '../../shared/storage/storedList.ts';
import { Accordion } from '../../shared/ui/Accordion.tsx';
import { formatLegalBasis } from '../../shared/ui/Citation.tsx';
import { ViewHeading } from '../../shared/ui/ViewIntro.tsx';
import { AddGrantForm } from './AddGrantForm.tsx';
import { CERTAINTY_LABEL, FlagCard } from './FlagCard.tsx';
import { PACKAGE_INTRO } from './intro.ts';
import { purposesQueryOptions, rulesQueryOptions } from './queries.ts';
import {
  amountLabel,
  frequencyLabel,
  offeredVersions,
  type ResolvedGrant,
  resolveGrants,
} from './resolve.ts';
import { MAX_AGE, MAX_GRANTS, newGrantId, PACKAGE_KEY, type StoredGrant } from './storage.ts';
import { usePackage } from './usePackage.ts';

/** The family's whole package from standards 1–3, checked for double compensation with reasons and sources. */
export function PackageView() {
  const catalog = useStandardCatalog();
  const purposes = useQuery(purposesQueryOptions());
  const rules = useQuery(rulesQueryOptions());
  const pkg = usePackage();
  const [announcement, setAnnouncement] = useState('');
  // Every file, not the first ones: a grant of a version still loading would read as unknown meanwhile. The
  // editor then comes in a deferred render (a transition, rendered in slices), not in the urgent one of the
  // last file's arrival.
  const loading = !useDeferredValue(!(catalog.loading || purposes.isPending || rules.isPending));

  const dataProblems = [purposes.error, rules.error].flatMap((error) =>
    error instanceof StandardFileError
      ? error.problems.map((p) => `${p.file} ${p.path}: ${p.message}`)
      : error
        ? [String(error)]
        : [],
  );

  return (
    <section aria-labelledby={PACKAGE_INTRO.headingId}>
      <ViewHeading intro={PACKAGE_INTRO} />
      {pkg.loadProblem && (
        <p className="alert alert-error" role="alert">
          Den gemte pakke kunne ikke læses: {pkg.loadProblem}
        </p>
      )}
      <SetAsideNotice
        storage={safeLocalStorage()}
        baseKey={PACKAGE_KEY}
        title="Dele af den gemte pakke kunne ikke læses"
        fileStem="pakke"
      />
      {pkg.saveProblem && (
        <p className="alert alert-warn" role="alert">
          {pkg.saveProblem}
        </p>
      )}
      {dataProblems.length > 0 && (
        <div className="alert alert-error" role="alert">
          <h2>Reglerne for dobbeltkompensation kunne ikke indlæses</h2>
          <ul>
            {dataProblems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {loading ? (
        dataProblems.length === 0 && <p role="status">{PACKAGE_INTRO.loading}</p>
      ) : purposes.data && rules.data ? (
        <PackageEditor
          versions={catalog.loaded.map((l) => l.version)}
          vocabulary={purposes.data}
          rules={rules.data}
          pkg={pkg}
          announce={setAnnouncement}
        />
      ) : null}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </section>
  );
}

function PackageEditor({
  versions,
  vocabulary,
  rules,
  pkg,
  announce,
}: {
  versions: readonly StandardVersion[];
  vocabulary: PurposesFile;
  rules: RulesFile;
  pkg: ReturnType<typeof usePackage>;
  announce: (message: string) => void;
}) {
  const purposes = useMemo(() => new Map(vocabulary.purposes.map((p) => [p.id, p])), [vocabulary]);
  const today = todayIso();
  const home = useLandingMunicipality(versions);
  const offered = useMemo(() => homeFirst(offeredVersions(versions, today), home), [versions, today, home]);
  const { grants, unresolved } = useMemo(
    () => resolveGrants(pkg.value.grants, versions),
    [pkg.value.grants, versions],
  );
  const byId = useMemo(() => new Map(grants.map((g) => [g.id, g])), [grants]);
  const flags = useMemo(
    () => evaluatePackage({ grants, childAge: pkg.value.childAge }, rules),
    [grants, pkg.value.childAge, rules],
  );
  const referenceProblems = useMemo(
    () => checkReferences(vocabulary, rules, versions),
    [vocabulary, rules, versions],
  );
  const compensation = flags.filter((f) => f.rule.kind !== 'legal-limit');
  const limits = flags.filter((f) => f.rule.kind === 'legal-limit');

  const remove = (line: StoredGrant, name: string) => {
    pkg.update((previous) => ({ ...previous, grants: previous.grants.filter((g) => g.id !== line.id) }));
    announce(`${name} er fjernet fra pakken.`);
  };

  return (
    <>
      {referenceProblems.length > 0 && (
        <div className="alert alert-warn" role="alert">
          <h2>Standarderne og reglerne passer ikke helt sammen</h2>
          <ul>
            {referenceProblems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <ChildAgeField
        age={pkg.value.childAge}
        onChange={(childAge) => pkg.update((previous) => ({ ...previous, childAge }))}
      />
      <AddGrantForm
        versions={offered}
        purposes={purposes}
        count={pkg.value.grants.length}
        onAdd={(grant, name) => {
          pkg.update((previous) => ({
            ...previous,
            grants: [...previous.grants, { ...grant, id: newGrantId(previous.grants) }],
          }));
          announce(`${name} er tilføjet pakken.`);
        }}
      />
      <PackageTable grants={grants} unresolved={unresolved} purposes={purposes} onRemove={remove} />
      {/* Randers' 2019 standards cite serviceloven; today barnets lov applies, some numbers marked to verify. */}
      {grantsByVersion(grants).map(({ version, interventionIds }) => (
        <LawInForceNotice
          key={version.id}
          version={version}
          decisionDate={today}
          interventionIds={interventionIds}
        />
      ))}

      <h2>Mulig dobbeltkompensation</h2>
      <p>{summary(compensation, grants.length)}</p>
      {compensation.map((flag) => (
        <FlagCard key={flag.key} flag={flag} grants={byId} purposes={purposes} rules={rules} />
      ))}
      {limits.length > 0 && (
        <>
          <h2>Lovens grænser</h2>
          {limits.map((flag) => (
            <FlagCard key={flag.key} flag={flag} grants={byId} purposes={purposes} rules={rules} />
          ))}
        </>
      )}
      <Accordion
        items={[
          {
            key: 'regler',
            title: `Reglerne, pakken kontrolleres efter (${rules.rules.length})`,
            content: (
              <ul>
                {rules.rules.map((rule) => (
                  <li key={rule.id}>
                    <strong>{rule.title}</strong> ({CERTAINTY_LABEL[rule.certainty]}): {rule.text}
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
        headingLevel={2}
      />
    </>
  );
}

/** The package's standard versions, each with the interventions granted from it: one law notice each. */
function grantsByVersion(
  grants: readonly ResolvedGrant[],
): { version: StandardVersion; interventionIds: string[] }[] {
  const byVersion = new Map<string, { version: StandardVersion; interventionIds: string[] }>();
  for (const grant of grants) {
    const entry = byVersion.get(grant.version.id) ?? { version: grant.version, interventionIds: [] };
    if (!entry.interventionIds.includes(grant.intervention.id))
      entry.interventionIds.push(grant.intervention.id);
    byVersion.set(grant.version.id, entry);
  }
  return [...byVersion.values()];
}

function summary(flags: readonly { certainty: 'double' | 'check' }[], grantCount: number): string {
  if (grantCount < 2) return 'Tilføj mindst to bevillinger for at se, om de overlapper.';
  if (flags.length === 0) return 'Reglerne finder ingen dobbeltkompensation i pakken.';
  const double = flags.filter((f) => f.certainty === 'double').length;
  const check = flags.length - double;
  return `${flags.length} fund: ${double} ${CERTAINTY_LABEL.double.toLowerCase()}, ${check} bør kontrolleres.`;
}

function ChildAgeField({ age, onChange }: { age: number | null; onChange: (age: number | null) => void }) {
  const id = useId();
  const [text, setText] = useState(age === null ? '' : String(age));
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="field">
      <label htmlFor={id}>Barnets alder i hele år (valgfrit)</label>
      <input
        id={id}
        inputMode="numeric"
        value={text}
        aria-invalid={error !== null || undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(event) => {
          const value = event.target.value;
          setText(value);
          const read = readDanishNumber(value);
          if (read.ok && read.value === null) {
            setError(null);
            onChange(null);
          } else if (
            read.ok &&
            read.value !== null &&
            Number.isInteger(read.value) &&
            read.value >= 0 &&
            read.value <= MAX_AGE
          ) {
            setError(null);
            onChange(read.value);
          } else {
            setError(`Barnets alder skal være et helt tal fra 0 til ${MAX_AGE}.`);
          }
        }}
      />
      <p className="hint" id={`${id}-hint`}>
        Bruges kun, hvor en regel har en aldersgrænse (ledsagelse: 12 til 18 år).
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function PackageTable({
  grants,
  unresolved,
  purposes,
  onRemove,
}: {
  grants: readonly ResolvedGrant[];
  unresolved: readonly StoredGrant[];
  purposes: ReadonlyMap<string, Purpose>;
  onRemove: (line: StoredGrant, name: string) => void;
}) {
  if (grants.length === 0 && unresolved.length === 0) return <p>Pakken er tom.</p>;
  return (
    <table>
      <caption>
        Bevillinger i pakken ({grants.length + unresolved.length} af højst {MAX_GRANTS})
      </caption>
      <thead>
        <tr>
          <th scope="col">Indsats</th>
          <th scope="col">Lovgrundlag</th>
          <th scope="col">Omfang</th>
          <th scope="col">Formål</th>
          <th scope="col">
            <span className="visually-hidden">Handling</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {grants.map((g) => {
          const measure = grantMeasure(g.intervention);
          const frequency = frequencyLabel(g.intervention, g.stored.frequency);
          return (
            <tr key={g.id}>
              <th scope="row">
                {g.intervention.name}
                <br />
                <small>
                  {g.version.municipality}, {standardName(g.version)}
                </small>
              </th>
              <td>{g.intervention.legalBasis.map(formatLegalBasis).join(', ')}</td>
              <td>
                {measure && g.amount !== null
                  ? `${formatNumber(g.amount)} ${amountLabel(measure.unit, measure.period).toLowerCase()}`
                  : (frequency ?? 'Ikke angivet')}
              </td>
              <td>
                {g.intervention.purposes.map((id) => purposes.get(id)?.label ?? id).join(', ') || '–'}
                {g.covers.length > 0 && (
                  <>
                    <br />
                    Betaler for: {g.covers.map((id) => purposes.get(id)?.label ?? id).join(', ')}
                  </>
                )}
              </td>
              <td>
                <button
                  type="button"
                  className="secondary"
                  aria-label={`Fjern ${g.intervention.name}`}
                  onClick={() => onRemove(g.stored, g.intervention.name)}
                >
                  Fjern
                </button>
              </td>
            </tr>
          );
        })}
        {unresolved.map((line) => (
          <tr key={line.id}>
            <th scope="row">Ukendt indsats »{line.interventionId}«</th>
            <td colSpan={3}>
              Standarden »{line.versionId}« eller indsatsen er ikke indlæst, så bevillingen indgår ikke i
              kontrollen.
            </td>
            <td>
              <button
                type="button"
                className="secondary"
                aria-label={`Fjern ${line.interventionId}`}
                onClick={() => onRemove(line, line.interventionId)}
              >
                Fjern
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { Suspense, useEffect, useId, useMemo, useState } from 'react';
import { dateProblem, formatIsoDate, todayIso } from '../../domain/case/dates.ts';
import {
  groupByStandard,
  landingMunicipality,
  municipalitiesOf,
  STATUS_LABEL,
  standardLabel,
  versionInForce,
} from '../../domain/format/catalog.ts';
import { ageBandFor, dimensionOf, hasLevels, orderedLevels } from '../../domain/format/levels.ts';
import type { StandardVersion } from '../../domain/format/schema.ts';
import { LawInForceNotice } from '../../shared/law/LawInForceNotice.tsx';
import { MUNICIPALITY_KEY, useStoredMunicipality } from '../../shared/standards/homeMunicipality.ts';
import { type LoadedVersion, useDeployment, useStandardCatalog } from '../../shared/standards/queries.ts';
import { SetAsideNotice } from '../../shared/storage/SetAsideNotice.tsx';
import { safeLocalStorage } from '../../shared/storage/storedList.ts';
import { DateInput } from '../../shared/ui/DateInput.tsx';
import { OnDemandHost, onDemand, preloadSoon } from '../../shared/ui/onDemand.ts';
import { ViewHeading, ViewLoading } from '../../shared/ui/ViewIntro.tsx';
import { parseAsString, useQueryStates } from '../../shared/url/queryState.ts';
import { InterventionDetails, preloadProposedAmount } from './InterventionDetails.tsx';
import { ESTIMATE_INTRO } from './intro.ts';
import type { ProposedInput } from './ProposedAmount.tsx';

export function versionLabel(version: StandardVersion): string {
  const approved = version.approved ? `godkendt ${formatIsoDate(version.approved.date)}` : 'ikke godkendt';
  return `${version.id} (${STATUS_LABEL[version.status]}, ${approved})`;
}

// The justification text and the standard's lint findings are below the figures: their code loads while the standards do, not
// with the first page.
const JUSTIFICATION = onDemand(() => import('./Justification.tsx').then((m) => m.Justification));
const LINT_FINDINGS = onDemand(() => import('../../shared/ui/LintFindings.tsx').then((m) => m.LintFindings));

const SELECTION_PARAMS = {
  standard: parseAsString,
  version: parseAsString,
  indsats: parseAsString,
  niveau: parseAsString,
};

/** A child's age as typed: whole years 0–17, null when empty, 'invalid' otherwise. */
function parseAge(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d{1,2}$/.test(trimmed)) return 'invalid';
  const age = Number(trimmed);
  return age <= 17 ? age : 'invalid';
}

/** Choose a standard, version, intervention and level; see what the standard says and check an amount. */
export function EstimateView() {
  const catalog = useStandardCatalog();
  useEffect(() => {
    // While the standards load: the parts shown below the figures.
    preloadSoon(JUSTIFICATION, LINT_FINDINGS, { preload: preloadProposedAmount });
  }, []);
  const [decisionDate, setDecisionDate] = useState(todayIso());
  const [selection, setSelection] = useQueryStates(SELECTION_PARAMS);
  const deployment = useDeployment();
  const [storedMunicipality, chooseMunicipality] = useStoredMunicipality();
  // The child's age stays in this page (never in the URL): it only picks the age band.
  const [ageText, setAgeText] = useState('');
  // The proposed amount as typed, for one version's intervention (`for`): its check reads it, and the
  // justification can take it. Another intervention starts empty. Never in the URL.
  const [proposed, setProposed] = useState<(ProposedInput & { for: string }) | null>(null);
  const ids = {
    date: useId(),
    municipality: useId(),
    standard: useId(),
    version: useId(),
    intervention: useId(),
    age: useId(),
  };

  const groups = useMemo(
    () => groupByStandard(catalog.loaded.map((entry) => entry.version)),
    [catalog.loaded],
  );
  const decisionDateProblem = dateProblem(decisionDate);
  const dateValid = decisionDateProblem === null;

  // Wait for every file: the landing municipality must not flip when a slower file arrives.
  if (catalog.loading) {
    return <ViewLoading intro={ESTIMATE_INTRO} />;
  }
  if (groups.length === 0) {
    return (
      <section aria-labelledby={ESTIMATE_INTRO.headingId}>
        <ViewHeading intro={ESTIMATE_INTRO} />
        <p>Ingen kvalitetsstandard kunne indlæses. Se fejlene ovenfor.</p>
      </section>
    );
  }

  // The municipality: of the standard chosen in the URL, else the one chosen in this browser, else the
  // deployment's home municipality. Adding another municipality's standard never changes where a user lands.
  const municipalities = municipalitiesOf(groups);
  const fromUrl = groups.find((g) => g.key === selection.standard);
  const municipality =
    fromUrl?.municipality ??
    landingMunicipality(municipalities, {
      stored: storedMunicipality,
      home: deployment?.municipality ?? null,
    });
  const here = groups.filter((g) => g.municipality === municipality);
  // Default standard: the municipality's first one with numeric levels; a standard in the URL wins.
  const group =
    fromUrl ??
    here.find((g) => g.versions.some((v) => v.interventions.some(hasLevels))) ??
    here[0] ??
    groups[0];
  if (!group) return null;
  const inForce = dateValid ? versionInForce(group.versions, decisionDate) : null;
  const version = group.versions.find((v) => v.id === selection.version) ?? inForce ?? group.versions[0];
  if (!version) return null;
  const loaded = catalog.loaded.find((entry) => entry.version === version) as LoadedVersion;
  const intervention =
    version.interventions.find((i) => i.id === selection.indsats) ??
    version.interventions.find(hasLevels) ??
    version.interventions[0];
  if (!intervention) return null;
  const proposedFor = `${version.id}/${intervention.id}`;
  const proposedInput: ProposedInput =
    proposed?.for === proposedFor
      ? { text: proposed.text, period: proposed.period }
      : { text: '', period: hasLevels(intervention) ? intervention.measure.period : 'week' };
  const levelKeys = hasLevels(intervention)
    ? orderedLevels(version, intervention.measure).map((l) => l.key)
    : [];
  const dimension = hasLevels(intervention) ? dimensionOf(version, intervention.measure) : null;
  const age = dimension?.kind === 'age' ? parseAge(ageText) : null;
  const band = dimension && age !== null && age !== 'invalid' ? ageBandFor(dimension, age) : null;
  const levelKey =
    dimension?.kind === 'age' && typeof age === 'number'
      ? band && levelKeys.includes(band.id)
        ? band.id
        : null
      : (levelKeys.find((key) => key === selection.niveau) ?? levelKeys[0] ?? null);

  return (
    <section aria-labelledby={ESTIMATE_INTRO.headingId}>
      <ViewHeading intro={ESTIMATE_INTRO} />
      <SetAsideNotice
        storage={safeLocalStorage()}
        baseKey={MUNICIPALITY_KEY}
        title="Det gemte valg af kommune kunne ikke læses"
        fileStem="kommune"
      />
      <form
        className="no-print"
        onSubmit={(event) => event.preventDefault()}
        aria-label="Valg af standard og indsats"
      >
        <fieldset>
          <legend>Standard</legend>
          <div className="field-row">
            <DateInput
              id={ids.date}
              legend="Afgørelsesdato"
              value={decisionDate}
              onChange={setDecisionDate}
              hint="Bestemmer, hvilken version der er gældende."
              error={dateValid ? null : `Afgørelsesdato: ${decisionDateProblem}.`}
            />
            <div className="field">
              <label htmlFor={ids.municipality}>Kommune</label>
              <select
                id={ids.municipality}
                value={group.municipality}
                aria-describedby={`${ids.municipality}-hint`}
                onChange={(event) => {
                  chooseMunicipality(event.target.value);
                  setAgeText('');
                  void setSelection({ standard: null, version: null, indsats: null, niveau: null });
                }}
              >
                {municipalities.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
              <p className="hint" id={`${ids.municipality}-hint`}>
                {deployment?.municipality
                  ? `Denne side er ${deployment.municipality}s; dit valg huskes i denne browser.`
                  : 'Dit valg huskes i denne browser.'}
              </p>
            </div>
            <div className="field">
              <label htmlFor={ids.standard}>Kvalitetsstandard</label>
              <select
                id={ids.standard}
                value={group.key}
                onChange={(event) =>
                  void setSelection({
                    standard: event.target.value,
                    version: null,
                    indsats: null,
                    niveau: null,
                  })
                }
              >
                {groups
                  .filter((g) => g.municipality === group.municipality)
                  .map((g) => (
                    <option key={g.key} value={g.key}>
                      {standardLabel(g)}
                    </option>
                  ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.version}>Version</label>
              <select
                id={ids.version}
                value={version.id}
                onChange={(event) => void setSelection({ version: event.target.value })}
              >
                {group.versions.map((v) => (
                  <option key={v.id} value={v.id}>
                    {versionLabel(v)}
                    {v === inForce ? ' – gældende på afgørelsesdatoen' : ''}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {dateValid && inForce === null && (
            <p className="alert alert-warn" role="status">
              Ingen version af denne standard er gældende den {formatIsoDate(decisionDate)}. Den viste version
              er valgt manuelt eller er den nyeste.
            </p>
          )}
          {dateValid && inForce !== null && version !== inForce && (
            <p className="alert alert-warn" role="status">
              Den valgte version er ikke den, der er gældende den {formatIsoDate(decisionDate)} ({inForce.id}
              ).
            </p>
          )}
        </fieldset>
        <fieldset>
          <legend>Indsats og niveau</legend>
          <div className="field">
            <label htmlFor={ids.intervention}>Indsats</label>
            <select
              id={ids.intervention}
              value={intervention.id}
              onChange={(event) => {
                setAgeText('');
                void setSelection({ indsats: event.target.value, niveau: null });
              }}
            >
              {version.interventions.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
                </option>
              ))}
            </select>
          </div>
          {dimension?.kind === 'age' && (
            <div className="field">
              <label htmlFor={ids.age}>Barnets alder (hele år)</label>
              <input
                id={ids.age}
                inputMode="numeric"
                autoComplete="off"
                value={ageText}
                aria-invalid={age === 'invalid'}
                aria-describedby={`${ids.age}-hint${age === 'invalid' ? ` ${ids.age}-error` : ''}`}
                onChange={(event) => setAgeText(event.target.value)}
              />
              <p className="hint" id={`${ids.age}-hint`}>
                Alderen vælger aldersgruppen; den gemmes ikke og kommer ikke i adressen.
              </p>
              {age === 'invalid' && (
                <p className="field-error" id={`${ids.age}-error`} role="alert">
                  Barnets alder: skriv et helt tal fra 0 til 17.
                </p>
              )}
              {typeof age === 'number' && band === null && (
                <p className="alert alert-warn" role="status">
                  Standarden har ingen aldersgruppe for {age} år, så den fastsætter intet omfang for barnet.
                </p>
              )}
              {typeof age === 'number' && band !== null && (
                <p className="alert alert-info" role="status">
                  {age} år hører til aldersgruppen »{band.label}«.
                </p>
              )}
            </div>
          )}
          {hasLevels(intervention) && (levelKey !== null || dimension?.kind === 'age') && (
            <LevelChoice
              version={version}
              interventionId={intervention.id}
              levelKeys={levelKeys}
              selected={levelKey}
              onChange={(key) => {
                setAgeText('');
                void setSelection({ niveau: key });
              }}
            />
          )}
        </fieldset>
      </form>
      <LawInForceNotice version={version} decisionDate={decisionDate} interventionIds={[intervention.id]} />
      <dl className="print-only">
        <dt>Afgørelsesdato</dt>
        <dd>{dateValid ? formatIsoDate(decisionDate) : 'ikke angivet'}</dd>
        <dt>Kvalitetsstandard</dt>
        <dd>{standardLabel(group)}</dd>
        <dt>Version</dt>
        <dd>{versionLabel(version)}</dd>
      </dl>
      <InterventionDetails
        key={`${version.id}/${intervention.id}`}
        version={version}
        intervention={intervention}
        levelKey={levelKey}
        findings={loaded.findings}
        proposed={proposedInput}
        onProposed={(input) => setProposed({ ...input, for: proposedFor })}
      />
      <Suspense fallback={null}>
        <OnDemandHost
          key={`begrundelse/${version.id}/${intervention.id}`}
          component={JUSTIFICATION}
          props={{ version, intervention, levelKey, decisionDate, proposed: proposedInput }}
        />
      </Suspense>
      <Suspense fallback={null}>
        <OnDemandHost
          component={LINT_FINDINGS}
          props={{
            findings: loaded.findings,
            headingId: 'estimate-lint',
            heading: `Kontrol af standarden ${version.id}`,
          }}
        />
      </Suspense>
      <p className="no-print">
        <button type="button" className="secondary" onClick={() => window.print()}>
          Udskriv estimatet
        </button>{' '}
        {/* A council's way from the version shown to a draft of it, in the editor. */}
        <a href={`?visning=rediger&fra=${encodeURIComponent(version.id)}`}>
          Start et udkast af denne version
        </a>
      </p>
    </section>
  );
}

function LevelChoice(props: {
  version: StandardVersion;
  interventionId: string;
  levelKeys: string[];
  selected: string | null;
  onChange: (key: string) => void;
}) {
  const name = useId();
  const intervention = props.version.interventions.find((i) => i.id === props.interventionId);
  if (!intervention || !hasLevels(intervention)) return null;
  const dimension = props.version.dimensions.find((d) => d.id === intervention.measure.dimension);
  return (
    <fieldset>
      <legend>{dimension?.label ?? 'Niveau'}</legend>
      <ul className="radio-list">
        {props.levelKeys.map((key) => {
          const label = dimension?.values.find((v) => v.id === key)?.label ?? key;
          return (
            <li key={key}>
              <label>
                <input
                  type="radio"
                  name={name}
                  value={key}
                  checked={key === props.selected}
                  onChange={() => props.onChange(key)}
                />{' '}
                {label}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

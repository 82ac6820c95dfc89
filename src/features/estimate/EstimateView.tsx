import { useId, useMemo, useState } from 'react';
import {
  DATE_INPUT_MAX,
  DATE_INPUT_MIN,
  dateProblem,
  formatIsoDate,
  todayIso,
} from '../../domain/case/dates.ts';
import { groupByStandard, STATUS_LABEL, versionInForce } from '../../domain/format/catalog.ts';
import { hasLevels, orderedLevels } from '../../domain/format/levels.ts';
import type { StandardVersion } from '../../domain/format/schema.ts';
import { LawInForceNotice } from '../../shared/law/LawInForceNotice.tsx';
import { type LoadedVersion, useStandardCatalog } from '../../shared/standards/queries.ts';
import { LintFindings } from '../../shared/ui/LintFindings.tsx';
import { parseAsString, useQueryStates } from '../../shared/url/queryState.ts';
import { InterventionDetails } from './InterventionDetails.tsx';

export function versionLabel(version: StandardVersion): string {
  const approved = version.approved ? `godkendt ${formatIsoDate(version.approved.date)}` : 'ikke godkendt';
  return `${version.id} (${STATUS_LABEL[version.status]}, ${approved})`;
}

const SELECTION_PARAMS = {
  standard: parseAsString,
  version: parseAsString,
  indsats: parseAsString,
  niveau: parseAsString,
};

/** Choose a standard, version, intervention and level; see what the standard says and check an amount. */
export function EstimateView() {
  const catalog = useStandardCatalog();
  const [decisionDate, setDecisionDate] = useState(todayIso());
  const [selection, setSelection] = useQueryStates(SELECTION_PARAMS);
  const ids = { date: useId(), standard: useId(), version: useId(), intervention: useId() };

  const groups = useMemo(
    () => groupByStandard(catalog.loaded.map((entry) => entry.version)),
    [catalog.loaded],
  );
  const decisionDateProblem = dateProblem(decisionDate);
  const dateValid = decisionDateProblem === null;

  if (catalog.status === 'pending' || (catalog.loaded.length === 0 && catalog.pendingFiles.length > 0)) {
    return (
      <section aria-labelledby="estimate-title">
        <h1 id="estimate-title">Estimat af støtte</h1>
        <p role="status">Henter kvalitetsstandarderne …</p>
      </section>
    );
  }
  if (groups.length === 0) {
    return (
      <section aria-labelledby="estimate-title">
        <h1 id="estimate-title">Estimat af støtte</h1>
        <p>Ingen kvalitetsstandard kunne indlæses. Se fejlene ovenfor.</p>
      </section>
    );
  }

  // Default standard: the first one with numeric levels; a standard chosen in the URL wins if it exists.
  const group =
    groups.find((g) => g.key === selection.standard) ??
    groups.find((g) => g.versions.some((v) => v.interventions.some(hasLevels))) ??
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
  const levelKeys = hasLevels(intervention)
    ? orderedLevels(version, intervention.measure).map((l) => l.key)
    : [];
  const levelKey = levelKeys.find((key) => key === selection.niveau) ?? levelKeys[0] ?? null;

  return (
    <section aria-labelledby="estimate-title">
      <h1 id="estimate-title">Estimat af støtte</h1>
      <p className="no-print">
        Vælg standard, indsats og vurderet niveau. Du ser standardens omfang pr. uge, måned og år med kilde
        til hvert tal, og kan kontrollere et foreslået omfang mod niveauet.
      </p>
      <form
        className="no-print"
        onSubmit={(event) => event.preventDefault()}
        aria-label="Valg af standard og indsats"
      >
        <fieldset>
          <legend>Standard</legend>
          <div className="field-row">
            <div className="field">
              <label htmlFor={ids.date}>Afgørelsesdato</label>
              <input
                id={ids.date}
                type="date"
                min={DATE_INPUT_MIN}
                max={DATE_INPUT_MAX}
                value={decisionDate}
                aria-describedby={`${ids.date}-hint`}
                aria-invalid={!dateValid}
                onChange={(event) => setDecisionDate(event.target.value)}
              />
              <p className="hint" id={`${ids.date}-hint`}>
                Bestemmer, hvilken version der er gældende.
              </p>
              {!dateValid && (
                <p className="field-error" role="alert">
                  Afgørelsesdato: {decisionDateProblem}.
                </p>
              )}
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
                {groups.map((g) => (
                  <option key={g.key} value={g.key}>
                    {g.municipality} – nr. {g.number}: {g.title}
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
              onChange={(event) => void setSelection({ indsats: event.target.value, niveau: null })}
            >
              {version.interventions.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
                </option>
              ))}
            </select>
          </div>
          {hasLevels(intervention) && levelKey !== null && (
            <LevelChoice
              version={version}
              interventionId={intervention.id}
              levelKeys={levelKeys}
              selected={levelKey}
              onChange={(key) => void setSelection({ niveau: key })}
            />
          )}
        </fieldset>
      </form>
      <LawInForceNotice version={version} decisionDate={decisionDate} interventionIds={[intervention.id]} />
      <dl className="print-only">
        <dt>Afgørelsesdato</dt>
        <dd>{dateValid ? formatIsoDate(decisionDate) : 'ikke angivet'}</dd>
        <dt>Kvalitetsstandard</dt>
        <dd>
          {group.municipality} – nr. {group.number}: {group.title}
        </dd>
        <dt>Version</dt>
        <dd>{versionLabel(version)}</dd>
      </dl>
      <InterventionDetails
        key={`${version.id}/${intervention.id}`}
        version={version}
        intervention={intervention}
        levelKey={levelKey}
        findings={loaded.findings}
      />
      <LintFindings
        findings={loaded.findings}
        headingId="estimate-lint"
        heading={`Kontrol af standarden ${version.id}`}
      />
      <p className="no-print">
        <button type="button" className="secondary" onClick={() => window.print()}>
          Udskriv estimatet
        </button>
      </p>
    </section>
  );
}

function LevelChoice(props: {
  version: StandardVersion;
  interventionId: string;
  levelKeys: string[];
  selected: string;
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

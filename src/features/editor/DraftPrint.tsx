/**
 * The draft as a council approves it: the standard's details and, per intervention, its level table and the
 * deadlines, with every change against the version it was started from marked (new, changed with the earlier
 * wording, removed). Printed with the browser's print (or saved as PDF).
 */
import { bandText, changesAgainst, DEADLINE_UNIT, type Mark } from '../../domain/editor/changes.ts';
import { STATUS_LABEL } from '../../domain/format/catalog.ts';
import type { StandardVersion } from '../../domain/format/schema.ts';
import { PER_PERIOD, UNIT_LABEL } from '../../domain/format/units.ts';
import { formatLegalBasis } from '../../shared/ui/Citation.tsx';

function MarkText({ mark }: { mark: Mark | undefined }) {
  if (!mark || mark.kind === 'same') return <>uændret</>;
  if (mark.kind === 'new') return <strong className="change-mark">Ny</strong>;
  return (
    <>
      <strong className="change-mark">Ændret</strong> (før: {mark.before})
    </>
  );
}

/** A printed table's header row: one column header per name. Serves the level tables and the deadlines. */
function ColumnHeads({ names }: { names: readonly string[] }) {
  return (
    <thead>
      <tr>
        {names.map((name) => (
          <th key={name} scope="col">
            {name}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export function DraftPrint({ version, base }: { version: StandardVersion; base: StandardVersion | null }) {
  const marks = changesAgainst(version, base);
  const dimensionLabel = (dimension: string, key: string) =>
    version.dimensions.find((d) => d.id === dimension)?.values.find((v) => v.id === key)?.label ?? key;
  return (
    <article className="draft-print" aria-labelledby="udskrift-titel">
      <h2 id="udskrift-titel">
        {version.municipality}: {version.standard.title}
      </h2>
      <p>
        Version {version.id}, status {STATUS_LABEL[version.status]}, gælder fra {version.effective.from}
        {version.effective.to ? ` til ${version.effective.to}` : ''}.{' '}
        {base
          ? `Ændringer er markeret i forhold til ${base.id}.`
          : 'Udkastet er ikke startet fra en version; intet er markeret som ændret.'}
      </p>
      <p>Lovgrundlag: {version.legalBasis.map(formatLegalBasis).join('; ')}</p>
      {version.interventions.map((intervention) => (
        <section key={intervention.id} aria-labelledby={`udskrift-${intervention.id}`}>
          <h3 id={`udskrift-${intervention.id}`}>
            {intervention.name}
            {marks.interventions.get(intervention.id)?.kind === 'new' ? ' (ny indsats)' : ''}
          </h3>
          <p>Lovgrundlag: {intervention.legalBasis.map(formatLegalBasis).join('; ')}</p>
          {intervention.measure.kind === 'levels' ? (
            <table>
              <caption>
                {intervention.name}: niveauer ({UNIT_LABEL[intervention.measure.unit].many}{' '}
                {PER_PERIOD[intervention.measure.period]})
              </caption>
              <ColumnHeads names={['Niveau', 'Ordlyd', 'Grænser', 'Ændring']} />
              <tbody>
                {intervention.measure.levels.map((level) => (
                  <tr key={level.key}>
                    <th scope="row">
                      {dimensionLabel(
                        intervention.measure.kind === 'levels' ? intervention.measure.dimension : '',
                        level.key,
                      )}
                    </th>
                    <td>{level.text}</td>
                    <td>
                      {level.individualAssessment === true
                        ? 'intet tal – individuel vurdering'
                        : bandText(level.lower, level.upper)}
                    </td>
                    <td>
                      <MarkText mark={marks.levels.get(`${intervention.id}/${level.key}`)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : intervention.measure.kind === 'frequencies' ? (
            <p>Kontakthyppighed: {intervention.measure.options.map((o) => o.label).join(', ')}.</p>
          ) : (
            <p>Ingen tal i standarden: {intervention.measure.note}</p>
          )}
        </section>
      ))}
      {version.deadlines.length > 0 ? (
        <table>
          <caption>Frister</caption>
          <ColumnHeads names={['Frist', 'Længde', 'Ændring']} />
          <tbody>
            {version.deadlines.map((deadline) => (
              <tr key={deadline.id}>
                <th scope="row">{deadline.label}</th>
                <td>
                  {deadline.amount} {DEADLINE_UNIT[deadline.unit]}
                </td>
                <td>
                  <MarkText mark={marks.deadlines.get(deadline.id)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {version.rules.length > 0 ? (
        <>
          <h3>Lokale regler</h3>
          <ul>
            {version.rules.map((rule) => (
              <li key={rule.id}>{rule.text}</li>
            ))}
          </ul>
        </>
      ) : null}
      {marks.other.length > 0 ? (
        <p>
          <strong className="change-mark">Også ændret</strong> i forhold til {base?.id}:{' '}
          {marks.other.join(', ')}.
        </p>
      ) : null}
      {marks.removed.length > 0 ? (
        <>
          <h3>Fjernet i forhold til {base?.id}</h3>
          <ul>
            {marks.removed.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}

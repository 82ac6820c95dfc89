import { standardName } from '../../domain/format/catalog.ts';
import type { Flag } from '../../domain/package/double-compensation.ts';
import type { Certainty, Provision, RulesFile } from '../../domain/package/double-compensation-rules.ts';
import type { Purpose } from '../../domain/package/purposes.ts';
import { CitationText, formatLegalBasis } from '../../shared/ui/Citation.tsx';
import type { ResolvedGrant } from './resolve.ts';

export const CERTAINTY_LABEL: Record<Certainty, string> = {
  double: 'Dobbeltkompensation',
  check: 'Bør kontrolleres',
};

function provisionsOf(flag: Flag): Provision[] {
  const rule = flag.rule;
  if (rule.kind === 'same-purpose') return [];
  return rule.kind === 'combination'
    ? [...rule.subject.provisions, ...rule.with.provisions]
    : rule.subject.provisions;
}

/** The intervention's own legal limits that a legal-limit rule compares with. */
function limitsOf(flag: Flag, involved: readonly ResolvedGrant[]) {
  const rule = flag.rule;
  if (rule.kind !== 'legal-limit') return [];
  const ids =
    rule.check.compare === 'amount-at-most' ? [rule.check.limit] : [rule.check.from, rule.check.below];
  return involved.flatMap((grant) =>
    grant.intervention.legalLimits.filter((l) => ids.includes(l.id)).map((limit) => ({ grant, limit })),
  );
}

/** One flag: which grants, which purpose or rule, how sure, what to look at, and every source. */
export function FlagCard({
  flag,
  grants,
  purposes,
  rules,
}: {
  flag: Flag;
  grants: ReadonlyMap<string, ResolvedGrant>;
  purposes: ReadonlyMap<string, Purpose>;
  rules: RulesFile;
}) {
  const involved = flag.grantIds
    .map((id) => grants.get(id))
    .filter((g): g is ResolvedGrant => g !== undefined);
  const titleId = `flag-${flag.key.replace(/[^a-z0-9-]/g, '-')}`;
  const verify = provisionsOf(flag).filter((p) => p.verify !== undefined);
  const detail = flag.indication ?? flag.detail;
  // A standard's own rule cites its own sources; a national rule, the rules file's.
  const ruleSources = flag.localTo ?? rules;
  return (
    <article
      className={`alert ${flag.certainty === 'double' ? 'alert-error' : 'alert-warn'}`}
      aria-labelledby={titleId}
    >
      <h3 id={titleId}>
        <span className="badge">{CERTAINTY_LABEL[flag.certainty]}</span> {flag.rule.title}
      </h3>
      <p>
        <strong>Bevillinger:</strong>{' '}
        {involved
          .map(
            (g) =>
              `${g.intervention.name} (${g.intervention.legalBasis.map(formatLegalBasis).join(', ')}; ${standardName(g.version)})`,
          )
          .join(involved.length === 2 ? ' og ' : '; ')}
      </p>
      {flag.sharedPurposes.length > 0 && (
        <p>
          <strong>{flag.rule.kind === 'same-purpose' ? 'Fælles formål' : 'Betaler for det samme'}:</strong>{' '}
          {flag.sharedPurposes.map((id) => purposes.get(id)?.label ?? id).join(', ')}
        </p>
      )}
      <p>
        <strong>Regel:</strong> {flag.rule.text}
      </p>
      {flag.rule.uncertainty && (
        <p>
          <strong>Usikkert:</strong> {flag.rule.uncertainty}
        </p>
      )}
      {detail && (
        <div>
          {flag.indication && (
            <p>
              <strong>Indikation, ikke en afgørelse:</strong>
            </p>
          )}
          <p>{detail.text}</p>
          {detail.formula && (
            <p>
              <strong>Beregning:</strong> {detail.formula}
            </p>
          )}
          {detail.assumption && (
            <p>
              <strong>Antagelse:</strong> {detail.assumption}
            </p>
          )}
        </div>
      )}
      <p>
        <strong>Se på:</strong> {flag.rule.lookAt}
      </p>
      {verify.length > 0 && (
        <ul>
          {verify.map((p) => (
            <li key={formatLegalBasis(p)}>
              {formatLegalBasis(p)} (bør verificeres): {p.verify}
            </li>
          ))}
        </ul>
      )}
      <h4>Kilder</h4>
      <ul className="footnotes">
        {involved.flatMap((g) => [
          ...g.intervention.legalBasis.map((basis) => (
            <li key={`${g.id}-${formatLegalBasis(basis)}`}>
              {g.intervention.name}, lovgrundlag {formatLegalBasis(basis)}:{' '}
              <CitationText version={g.version} citation={basis.citation} />
            </li>
          )),
          <li key={`${g.id}-purpose`}>
            {g.intervention.name}, formål:{' '}
            <CitationText version={g.version} citation={g.intervention.purpose.citation} />
          </li>,
        ])}
        {flag.rule.citations.map((citation) => (
          <li
            key={`${citation.source}-${citation.section}-${'quote' in citation ? citation.quote : citation.summary}`}
          >
            Reglen: <CitationText version={ruleSources} citation={citation} />
          </li>
        ))}
        {limitsOf(flag, involved).map(({ grant, limit }) => (
          <li key={`${grant.id}-${limit.id}`}>
            {grant.intervention.name}, lovens grænse »{limit.label}«:{' '}
            <CitationText version={grant.version} citation={limit.citation} />
          </li>
        ))}
        {flag.rule.kind === 'placement-line' && !flag.localTo && (
          <li>
            Linjen: <CitationText version={ruleSources} citation={flag.rule.linePerMonth.citation} />
          </li>
        )}
      </ul>
    </article>
  );
}

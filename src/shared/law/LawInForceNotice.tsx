/**
 * The law in force on a decision date, beside a standard version: where the standard cites a provision that
 * is no longer in force (Randers' 2019 standards cite serviceloven § 52; a 2026 decision falls under barnets
 * lov), it says which provision applies then and how sure the mapping is. Data: standards/national/law.json.
 */
import { useQuery } from '@tanstack/react-query';
import { formatIsoDate, isIsoDate } from '../../domain/case/dates.ts';
import { standardName } from '../../domain/format/catalog.ts';
import type { LegalBasis, StandardVersion } from '../../domain/format/schema.ts';
import {
  type Certainty,
  type LawFile,
  lawFileSchema,
  type ProvisionRef,
  repealedCitations,
} from '../../domain/law/law.ts';
import { nationalFileQueryOptions } from '../standards/queries.ts';
import { formatLegalBasis } from '../ui/Citation.tsx';

export const LAW_FILE = 'law.json';

export const lawFileQueryOptions = () => nationalFileQueryOptions(LAW_FILE, lawFileSchema);

/** The law file is loaded once and shared by every view that names the law in force. */
export function useLawFile() {
  return useQuery(lawFileQueryOptions());
}

/** "barnets lov § 32, stk. 1, nr. 3"; a range is written "§§ 87–88". The one formatter of provisions. */
export const formatProvision: (ref: ProvisionRef) => string = formatLegalBasis;

export const CERTAINTY_LABEL: Record<Certainty, string | null> = {
  stated: null,
  verify: 'skal verificeres',
  inferred: 'udledt, skal verificeres',
};

/** A compound provision ("§ 84, jf. § 44") cites both paragraphs of its law: each is looked up on its own. */
function provisionsOf(basis: LegalBasis): Pick<LegalBasis, 'law' | 'paragraph' | 'stk' | 'nr'>[] {
  const { jf, citation: _citation, ...main } = basis;
  return jf ? [main, { law: basis.law, ...jf }] : [main];
}

/** Every provision the version cites (the standard's own and its interventions'), with who cites it. */
function citedProvisions(version: StandardVersion, interventionIds?: readonly string[]) {
  const own = interventionIds
    ? []
    : version.legalBasis.flatMap((basis) =>
        provisionsOf(basis).map((p) => ({ basis: p, citedBy: 'standarden' })),
      );
  const interventions = version.interventions
    .filter((i) => interventionIds === undefined || interventionIds.includes(i.id))
    .flatMap((i) =>
      i.legalBasis.flatMap((basis) => provisionsOf(basis).map((p) => ({ basis: p, citedBy: i.name }))),
    );
  return [...own, ...interventions];
}

export function LawInForceNotice({
  version,
  decisionDate,
  interventionIds,
}: {
  version: StandardVersion;
  /** YYYY-MM-DD; nothing is shown for an empty or invalid date. */
  decisionDate: string;
  /** Only the provisions these interventions cite (estimate, package); default: all the version cites. */
  interventionIds?: readonly string[];
}) {
  const law = useLawFile();
  if (law.status === 'error') {
    return (
      <div className="alert alert-error" role="alert">
        Oplysningerne om gældende lov kunne ikke indlæses ({LAW_FILE}): {law.error.message}
      </div>
    );
  }
  // A polite live region that is always there, so a warning that appears when the date changes is read out
  // (WCAG 4.1.3). Not role="status": the views that place this notice keep their own status message.
  return (
    <div className="law-in-force-region" aria-live="polite">
      {law.status === 'success' && isIsoDate(decisionDate) ? (
        <LawInForceText
          law={law.data}
          version={version}
          decisionDate={decisionDate}
          interventionIds={interventionIds}
        />
      ) : null}
    </div>
  );
}

function LawInForceText({
  law,
  version,
  decisionDate,
  interventionIds,
}: {
  law: LawFile;
  version: StandardVersion;
  decisionDate: string;
  interventionIds: readonly string[] | undefined;
}) {
  const repealed = repealedCitations(law, citedProvisions(version, interventionIds), decisionDate);
  if (repealed.length === 0) return null;
  const date = formatIsoDate(decisionDate);
  const sourceIds = new Set(repealed.flatMap((r) => (r.mapping ? [r.mapping.citation.source] : [])));
  const sources = law.sources.filter((s) => sourceIds.has(s.id));
  return (
    <div className="alert alert-warn law-in-force">
      <p>
        <strong>Lovgrundlaget er ændret.</strong> {version.municipality}s {standardName(version)} henviser til
        bestemmelser, der ikke gælder den {date}:
      </p>
      <ul>
        {repealed.map((r) => {
          const certainty = r.mapping ? CERTAINTY_LABEL[r.mapping.certainty] : null;
          return (
            <li key={formatProvision(r.cited)}>
              Standarden henviser til {formatProvision(r.cited)}
              {r.citedBy === 'standarden' ? '' : ` (${r.citedBy})`};{' '}
              {r.mapping ? (
                <>
                  den {date} gælder {formatProvision(r.mapping.after)}
                  {certainty ? (
                    <>
                      {' '}
                      (<span className="badge">{certainty}</span>
                      {r.mapping.note ? `: ${r.mapping.note}` : ''})
                    </>
                  ) : r.mapping.note ? (
                    ` (${r.mapping.note})`
                  ) : (
                    ''
                  )}
                  .
                </>
              ) : (
                <>
                  den {date} gælder {r.inForce ? r.inForce.name.toLowerCase() : 'en anden lov'}, og vores data
                  kender ikke den tilsvarende bestemmelse: slå den op.
                </>
              )}
            </li>
          );
        })}
      </ul>
      {sources.length > 0 ? (
        <p className="hint">
          Kilde: {sources.map((s) => `${s.publisher}: ${s.title} (${s.reference})`).join('; ')}.
        </p>
      ) : null}
    </div>
  );
}

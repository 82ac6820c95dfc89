/**
 * The text of LawInForceNotice, loaded on demand: where the standard cites a provision that is not in force
 * on the decision date, which provision applies then and how sure the mapping is.
 */
import { formatIsoDate } from '../../domain/case/dates.ts';
import { standardName } from '../../domain/format/catalog.ts';
import type { LegalBasis, StandardVersion } from '../../domain/format/schema.ts';
import { type LawFile, repealedCitations } from '../../domain/law/law.ts';
import { LAW_FILE } from './LawInForceNotice.tsx';
import { CERTAINTY_LABEL, formatProvision, useLawFile } from './lawFile.ts';

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

export interface LawInForceProps {
  version: StandardVersion;
  /** YYYY-MM-DD, checked by LawInForceNotice. */
  decisionDate: string;
  /** Only the provisions these interventions cite (estimate, package); default: all the version cites. */
  interventionIds?: readonly string[];
}

/** The warning where the version cites a provision not in force on the date; an error if the law file failed. */
export function LawInForce({ version, decisionDate, interventionIds }: LawInForceProps) {
  const law = useLawFile();
  if (law.status === 'error') {
    return (
      <div className="alert alert-error" role="alert">
        Oplysningerne om gældende lov kunne ikke indlæses ({LAW_FILE}): {law.error.message}
      </div>
    );
  }
  if (law.status !== 'success') return null;
  return (
    <LawInForceText
      law={law.data}
      version={version}
      decisionDate={decisionDate}
      interventionIds={interventionIds}
    />
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

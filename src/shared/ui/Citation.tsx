import type { Citation, StandardVersion } from '../../domain/format/schema.ts';

/** "serviceloven § 52, stk. 3, nr. 6" (the domain's one provision formatter). */
export { formatLegalBasis } from '../../domain/law/provision.ts';

/** A citation as it is printed in a case file: document, section, the quoted words. */
export function CitationText({
  version,
  citation,
}: {
  /** Where the citation's source is declared: a standard version, or a national data file. */
  version: Pick<StandardVersion, 'sources'>;
  citation: Citation;
}) {
  const source = version.sources.find((s) => s.id === citation.source);
  return (
    <span className="citation">
      <cite>{source ? `${source.publisher}: ${source.title}` : citation.source}</cite>, afsnit »
      {citation.section}«: <q>{citation.quote}</q>
      {source ? <span className="citation-ref"> (kilde: {source.reference})</span> : null}
    </span>
  );
}

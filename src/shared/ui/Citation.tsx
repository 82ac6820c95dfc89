import type { Evidence, StandardVersion } from '../../domain/format/schema.ts';

/** "serviceloven § 52, stk. 3, nr. 6" (the domain's one provision formatter, src/domain/law/provision.ts). */
export { formatLegalBasis } from '../../domain/law/provision.ts';

/**
 * A citation as it is printed in a case file: document, section, the quoted words, and where the document is
 * (a public address is a link). A summary is labelled as one and never shown in quotation marks.
 */
export function CitationText({
  version,
  citation,
}: {
  /** Where the citation's source is declared: a standard version, or a national data file. */
  version: Pick<StandardVersion, 'sources'>;
  citation: Evidence;
}) {
  const source = version.sources.find((s) => s.id === citation.source);
  const reference = source?.reference ?? '';
  const url = /^https:\/\/\S+$/.test(reference) ? reference : null;
  return (
    <span className="citation">
      <cite>{source ? `${source.publisher}: ${source.title}` : citation.source}</cite>, afsnit »
      {citation.section}«:{' '}
      {'quote' in citation ? <q>{citation.quote}</q> : <>resumé, ikke et citat: {citation.summary}</>}
      {source ? (
        <span className="citation-ref"> (kilde: {url ? <a href={url}>{url}</a> : reference})</span>
      ) : null}
    </span>
  );
}

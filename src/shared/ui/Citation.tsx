import type { Evidence, LegalBasis, StandardVersion } from '../../domain/format/schema.ts';

const LAW_SHORT: Record<LegalBasis['law'], string> = {
  serviceloven: 'serviceloven',
  'barnets-lov': 'barnets lov',
  retssikkerhedsloven: 'retssikkerhedsloven',
  forvaltningsloven: 'forvaltningsloven',
};

function paragraphText(provision: { paragraph: string; stk?: number; nr?: number }): string {
  const sign = /[–-]/.test(provision.paragraph) ? '§§' : '§';
  let text = `${sign} ${provision.paragraph}`;
  if (provision.stk !== undefined) text += `, stk. ${provision.stk}`;
  if (provision.nr !== undefined) text += `, nr. ${provision.nr}`;
  return text;
}

/**
 * "serviceloven § 52, stk. 3, nr. 6"; a range of paragraphs is written "barnets lov §§ 87–88"; a compound
 * provision "serviceloven § 84, jf. § 44" (each paragraph with its own stk. and nr.).
 */
export function formatLegalBasis(basis: Pick<LegalBasis, 'law' | 'paragraph' | 'stk' | 'nr' | 'jf'>): string {
  const jf = basis.jf ? `, jf. ${paragraphText(basis.jf)}` : '';
  return `${LAW_SHORT[basis.law]} ${paragraphText(basis)}${jf}`;
}

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

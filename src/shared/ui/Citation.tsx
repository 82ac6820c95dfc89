import type { Citation, LegalBasis, StandardVersion } from '../../domain/format/schema.ts';

const LAW_SHORT: Record<LegalBasis['law'], string> = {
  serviceloven: 'serviceloven',
  'barnets-lov': 'barnets lov',
  retssikkerhedsloven: 'retssikkerhedsloven',
  forvaltningsloven: 'forvaltningsloven',
};

/** "serviceloven § 52, stk. 3, nr. 6"; a range of paragraphs is written "barnets lov §§ 87–88". */
export function formatLegalBasis(basis: Pick<LegalBasis, 'law' | 'paragraph' | 'stk' | 'nr'>): string {
  const sign = /[–-]/.test(basis.paragraph) ? '§§' : '§';
  let text = `${LAW_SHORT[basis.law]} ${sign} ${basis.paragraph}`;
  if (basis.stk !== undefined) text += `, stk. ${basis.stk}`;
  if (basis.nr !== undefined) text += `, nr. ${basis.nr}`;
  return text;
}

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

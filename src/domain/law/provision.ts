/** Provisions in words: the one formatter, used by the domain's texts and by the UI (shared/ui/Citation.tsx). */
import type { LegalBasis } from '../format/schema.ts';

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

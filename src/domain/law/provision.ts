/** Provisions in words: the one formatter, used by the domain's texts and by the UI (shared/ui/Citation.tsx). */
import type { LegalBasis } from '../format/schema.ts';

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

/**
 * Ids derived from Danish labels, so no one types an id: "Svære problemer/begrænsninger" → "svaere-problemer-
 * begraensninger". ASCII only (æ→ae, ø→oe, å→aa, other accents dropped), lower case, words joined by hyphens.
 */

const LETTERS: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ü: 'u', ö: 'oe', ä: 'ae', é: 'e' };

/** An id from a label; "" when the label holds no letter or digit. */
export function idFromLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/[æøåüöäé]/g, (letter) => LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * An id from a label that is not among `taken`: the label's id, or with "-2", "-3" … added. A label with no
 * letter or digit gets `fallback` (e.g. "niveau") as its stem.
 */
export function uniqueIdFromLabel(label: string, taken: Iterable<string>, fallback = 'id'): string {
  const used = new Set(taken);
  const stem = idFromLabel(label) || fallback;
  if (!used.has(stem)) return stem;
  for (let n = 2; ; n += 1) {
    const candidate = `${stem}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/**
 * Ids derived from Danish labels, so a council never types one by hand: "Svære problemer" → "svaere-problemer",
 * "Over 13 år" → "over-13-aar", "Særlig familievejlederordning (§ 11)" → "saerlig-familievejlederordning-11".
 * ASCII only (æ→ae, ø→oe, å→aa, other accents dropped), lower case, words joined by one hyphen. Pure.
 */

const DANISH: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', Æ: 'ae', Ø: 'oe', Å: 'aa' };

/** The ASCII id for a label; '' when the label has no letter or digit at all. */
export function idFromLabel(label: string): string {
  return label
    .replace(/[æøåÆØÅ]/g, (letter) => DANISH[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * An id for a label that is not among `taken`: the derived id, or the id with "-2", "-3", … added. A label
 * with no letter or digit gets `fallback` (e.g. "niveau") as its base.
 */
export function uniqueIdFromLabel(label: string, taken: Iterable<string>, fallback = 'id'): string {
  const used = new Set(taken);
  const base = idFromLabel(label) || idFromLabel(fallback) || 'id';
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

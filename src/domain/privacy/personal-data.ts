/**
 * The app needs no personal data. A Danish CPR number (DDMMÅÅ-XXXX, with or without the hyphen or a space)
 * typed into any free-text field is found here, so the field can warn and the value is never stored,
 * exported, put in an id, a URL or a file name until it is removed.
 *
 * A match must be a real day and month (01–31, 01–12) and stand alone: not part of a longer run of digits
 * (a 12-digit case count is not a CPR number). The modulus-11 check is deliberately not applied: numbers
 * issued since 2007 need not satisfy it, and a false alarm is better than a CPR number kept.
 */

const CPR_LIKE = /(?<![\d])(\d{2})(\d{2})(\d{2})[-\s]?(\d{4})(?![\d])/g;

export interface CprMatch {
  /** The text as typed, e.g. "010203-1234". */
  text: string;
  /** Index of the first character in the input. */
  index: number;
}

/** Every CPR-like number in the text, in order. */
export function findCprLike(input: string): CprMatch[] {
  const matches: CprMatch[] = [];
  for (const match of input.matchAll(CPR_LIKE)) {
    const day = Number(match[1]);
    const month = Number(match[2]);
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    matches.push({ text: match[0], index: match.index ?? 0 });
  }
  return matches;
}

export function containsCprLike(input: string): boolean {
  return findCprLike(input).length > 0;
}

/** Deep check of a value about to be stored or exported: the JSON paths of strings with a CPR-like number. */
export function pathsWithCprLike(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return containsCprLike(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => pathsWithCprLike(item, [...path, index]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
      pathsWithCprLike(child, [...path, key]),
    );
  }
  return [];
}

/** The message a field shows next to itself while it holds a CPR-like number. */
export const CPR_WARNING =
  'Feltet ser ud til at indeholde et CPR-nummer. Fjern det: appen gemmer, eksporterer og deler ikke personnumre, så værdien bliver ikke gemt, før det er fjernet.';

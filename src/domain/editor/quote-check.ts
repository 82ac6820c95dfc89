/**
 * A level's figures must be in the words it quotes. A draft copied from another standard whose figures were
 * changed but whose quotes were not would cite a source for a number the source does not give; the editor
 * warns at the level. Only stated edges are checked (a derived edge is by definition not in the quote). Pure.
 */
import { numbersIn } from '../format/lint.ts';

interface LevelLike {
  lower?: unknown;
  upper?: unknown;
  citation?: unknown;
}

function statedValue(bound: unknown): number | null {
  if (bound === null || typeof bound !== 'object') return null;
  const { value, stated } = bound as { value?: unknown; stated?: unknown };
  return stated === true && typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The stated figures of a level that its quote does not contain; [] when all are there or nothing is quoted. */
export function figuresMissingFromQuote(level: LevelLike): number[] {
  const quote = (level.citation as { quote?: unknown } | null | undefined)?.quote;
  if (typeof quote !== 'string' || quote.trim() === '') return [];
  const inQuote = new Set(numbersIn(quote));
  return [statedValue(level.lower), statedValue(level.upper)].filter(
    (value): value is number => value !== null && !inQuote.has(value),
  );
}

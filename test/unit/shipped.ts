/**
 * Standard files for the tests, parsed with the app's schema: the copies in `test/fixtures/standards/`,
 * never the shipped `standards/` folder, so adding or changing a shipped standard never turns a test red.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseStandardText, type StandardVersion } from '../../src/domain/format/schema.ts';

export const FIXTURES = 'test/fixtures/standards';

export function loadShipped(file: string): StandardVersion {
  const result = parseStandardText(file, readFileSync(resolve(FIXTURES, file), 'utf8'));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.file} ${p.path}: ${p.message}`).join('\n'));
  return result.value;
}

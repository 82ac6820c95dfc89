/** The shipped standard files, parsed with the app's schema, for the golden tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseStandardText, type StandardVersion } from '../../src/domain/format/schema.ts';

export function loadShipped(file: string): StandardVersion {
  const result = parseStandardText(file, readFileSync(resolve('standards', file), 'utf8'));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.file} ${p.path}: ${p.message}`).join('\n'));
  return result.value;
}

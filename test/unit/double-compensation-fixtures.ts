/** The shipped standards 1–3 and national rules, and a way to make a grant of any of their interventions. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Grant } from '../../src/domain/package/double-compensation.ts';
import { rulesFileSchema } from '../../src/domain/package/double-compensation-rules.ts';
import { purposesFileSchema } from '../../src/domain/package/purposes.ts';
import { loadShipped } from './shipped.ts';

export const VERSIONS = [
  loadShipped('randers-1-2019-12-09.json'),
  loadShipped('randers-2-2019-12-09.json'),
  loadShipped('randers-3-2019-12-09.json'),
];

const national = (file: string) => JSON.parse(readFileSync(resolve('standards/national', file), 'utf8'));
export const RULES = rulesFileSchema.parse(national('double-compensation.json'));
export const VOCABULARY = purposesFileSchema.parse(national('purposes.json'));

export const INTERVENTION_IDS = VERSIONS.flatMap((v) => v.interventions.map((i) => i.id));

/** A grant of the shipped intervention `interventionId`, with the line id `id`. */
export function grant(
  id: string,
  interventionId: string,
  amount: number | null = null,
  covers: string[] = [],
): Grant {
  for (const version of VERSIONS) {
    const intervention = version.interventions.find((i) => i.id === interventionId);
    if (intervention) return { id, version, intervention, amount, covers };
  }
  throw new Error(`No shipped intervention ${interventionId}`);
}

/**
 * The vocabulary of purposes and needs (`standards/national/purposes.json`): the ids an intervention
 * declares in `purposes` (and a grant may state in `coverOptions`), so that the double-compensation rules
 * can compare grants under different provisions. A council adjusts the vocabulary in the file, not in code.
 */
import { z } from 'zod/mini';
import {
  checkCitationSources,
  evidenceSchema,
  idSchema,
  reportDuplicates,
  sourceSchema,
} from '../format/schema.ts';

export const PURPOSES_FILE = 'purposes.json';

const text = z.string().check(z.trim(), z.minLength(1, 'må ikke være tom'));

export const purposeSchema = z.strictObject({
  id: idSchema,
  /** Short Danish label shown in the package, e.g. "Aflastning af familien". */
  label: text,
  description: text,
  citation: evidenceSchema,
});
export type Purpose = z.infer<typeof purposeSchema>;

export const purposesFileSchema = z
  .strictObject({
    formatVersion: z.literal(1),
    sources: z.array(sourceSchema).check(z.minLength(1, 'mindst én kilde skal være angivet')),
    purposes: z.array(purposeSchema).check(z.minLength(1, 'ordforrådet skal have mindst ét formål')),
  })
  .check(
    z.superRefine((file, ctx) => {
      checkCitationSources(file, file.sources, ctx);
      reportDuplicates(
        file.purposes.map((p) => p.id),
        ['purposes'],
        ctx,
      );
    }),
  );
export type PurposesFile = z.infer<typeof purposesFileSchema>;

/**
 * The vocabulary of purposes and needs (`standards/national/purposes.json`): the ids an intervention
 * declares in `purposes` (and a grant may state in `coverOptions`), so that the double-compensation rules
 * can compare grants under different provisions. A council adjusts the vocabulary in the file, not in code.
 */
import { z } from 'zod';
import { type Citation, citationSchema, idSchema, type Source, sourceSchema } from './schema.ts';

export const PURPOSES_FILE = 'purposes.json';

const text = z.string().trim().min(1, 'må ikke være tom');

export const purposeSchema = z.strictObject({
  id: idSchema,
  /** Short Danish label shown in the package, e.g. "Aflastning af familien". */
  label: text,
  description: text,
  citation: citationSchema,
});
export type Purpose = z.infer<typeof purposeSchema>;

export const purposesFileSchema = z
  .strictObject({
    formatVersion: z.literal(1),
    sources: z.array(sourceSchema).min(1, 'mindst én kilde skal være angivet'),
    purposes: z.array(purposeSchema).min(1, 'ordforrådet skal have mindst ét formål'),
  })
  .superRefine((file, ctx) => {
    checkSourcesAndIds(
      file.sources,
      file.purposes.map((p, i) => ({ citation: p.citation, path: ['purposes', i, 'citation'] })),
      file.purposes.map((p) => p.id),
      'purposes',
      ctx,
    );
  });
export type PurposesFile = z.infer<typeof purposesFileSchema>;

/**
 * Shared by the national files that carry their own sources: every citation names a declared source,
 * and the ids of a list are unique.
 */
export function checkSourcesAndIds(
  sources: readonly Source[],
  citations: readonly { citation: Citation; path: (string | number)[] }[],
  ids: readonly string[],
  idsPath: string,
  ctx: z.RefinementCtx,
): void {
  const sourceIds = new Set(sources.map((s) => s.id));
  for (const { citation, path } of citations) {
    if (!sourceIds.has(citation.source)) {
      ctx.addIssue({
        code: 'custom',
        message: `kilden "${citation.source}" er ikke angivet under "sources"`,
        path: [...path, 'source'],
      });
    }
  }
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) {
      ctx.addIssue({ code: 'custom', message: `id "${id}" bruges mere end én gang`, path: [idsPath, index] });
    }
    seen.add(id);
  });
}

/**
 * Reading the files of `standards/` in the browser: the schema (with zod), zod's messages in Danish and the
 * lint. A chunk of its own, loaded beside the manifest (queries.ts): the first page carries none of it.
 */
import '../../domain/format/messages-da.ts';
import type { z } from 'zod/mini';
import { readVersionFile } from '../../domain/format/catalog-check.ts';
import { type ManifestRead, readManifest } from '../../domain/format/manifest.ts';
import { parseNationalText } from '../../domain/format/national-file.ts';
import type { ParseResult } from '../../domain/format/schema.ts';

/** A standard file read with the schema, then linted, as the build checks it (catalog-check.ts). */
export function readStandardFile(file: string, text: string): ReturnType<typeof readVersionFile> {
  return readVersionFile(file, text);
}

/** The manifest, line by line (manifest.ts). */
export function readManifestFile(text: string): ManifestRead {
  return readManifest(text);
}

/** A national data file with the schema its reader gives. */
export function readNationalFile<T>(file: string, text: string, schema: z.ZodMiniType<T>): ParseResult<T> {
  return parseNationalText(file, text, schema);
}

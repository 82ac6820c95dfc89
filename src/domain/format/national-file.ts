/**
 * Reading one national data file (`standards/national/<file>`) with its schema. Apart from national.ts, which
 * registers every national file's schema, so that a page that reads one file does not load the others'.
 */
import type { z } from 'zod/mini';
import { NATIONAL_FOLDER } from './catalog.ts';
import { type ParseResult, parseJsonText } from './schema.ts';

/** Parse the text of a national data file with its schema; problems name `national/<file>` and the path. */
export function parseNationalText<T>(file: string, text: string, schema: z.ZodMiniType<T>): ParseResult<T> {
  return parseJsonText(`${NATIONAL_FOLDER}/${file}`, text, schema);
}

/**
 * National data (not a municipality's): files under `standards/national/`, such as which law is in force
 * when, the vocabulary of purposes and the double-compensation rules. Each file name has its own zod schema
 * here, so the build, `npm run check:standards` and the browser validate them alike.
 */
import type { z } from 'zod/mini';
import { lawFileSchema } from '../law/law.ts';
import { DOUBLE_COMPENSATION_FILE, rulesFileSchema } from '../package/double-compensation-rules.ts';
import './messages-da.ts';
import { PURPOSES_FILE, purposesFileSchema } from '../package/purposes.ts';
import { NATIONAL_FOLDER } from './catalog.ts';
import { parseNationalText } from './national-file.ts';
import type { SchemaProblem } from './schema.ts';

export { NATIONAL_FOLDER, parseNationalText };

/** File name → the schema of that file. A file without an entry here is reported, not ignored. */
export const NATIONAL_DATA: Record<string, z.ZodMiniType> = {
  'law.json': lawFileSchema,
  [PURPOSES_FILE]: purposesFileSchema,
  [DOUBLE_COMPENSATION_FILE]: rulesFileSchema,
};

/** Check every file of the national folder against its schema. */
export function checkNationalData(files: ReadonlyMap<string, string>): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  for (const [file, text] of files) {
    const schema = NATIONAL_DATA[file];
    if (!schema) {
      problems.push({
        file: `${NATIONAL_FOLDER}/${file}`,
        path: '$',
        message: 'ingen kendt filtype: filen bruges ikke',
      });
      continue;
    }
    const parsed = parseNationalText(file, text, schema);
    if (!parsed.ok) problems.push(...parsed.problems);
  }
  for (const file of Object.keys(NATIONAL_DATA)) {
    if (!files.has(file))
      problems.push({ file: `${NATIONAL_FOLDER}/${file}`, path: '$', message: 'filen mangler' });
  }
  return problems;
}

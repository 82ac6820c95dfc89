/**
 * `npm run check:standards [folder | file …]`: validates standard files with the app's zod schema and lints
 * them. With a folder (default `standards/`, or the one SERVICENIVEAU_STANDARDS names), the manifest, every
 * listed file, the national data and the processing deadlines; with one
 * or more files (anywhere, inside the folder or not), each file on its own: a standard version, a manifest
 * (`index.json`) or a national data file (by its name). Schema errors (file and JSON path) fail the command;
 * lint findings are printed as warnings. A file that cannot be read or checked is named, never a bare crash.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { checkProcessingFolder, PROCESSING_FOLDER } from '../src/domain/case/processing-deadlines.ts';
import { MANIFEST_FILE } from '../src/domain/format/catalog.ts';
import { type CheckedFile, checkCatalog } from '../src/domain/format/catalog-check.ts';
import { lintVersion } from '../src/domain/format/lint.ts';
import { readManifest } from '../src/domain/format/manifest.ts';
import '../src/domain/format/messages-da.ts';
import {
  checkNationalData,
  NATIONAL_DATA,
  NATIONAL_FOLDER,
  parseNationalText,
} from '../src/domain/format/national.ts';
import { parseStandardText, type SchemaProblem } from '../src/domain/format/schema.ts';
import { readStandardsFolder, standardsFolderPath } from './standards-folder.ts';

function printFile(file: CheckedFile): number {
  if (file.version === null) {
    for (const problem of file.problems)
      console.error(`FEJL ${problem.file} ${problem.path}: ${problem.message}`);
    return file.problems.length;
  }
  console.log(
    `OK   ${file.file} (${file.version.id}, ${file.version.municipality}, status ${file.version.status})`,
  );
  for (const finding of file.findings) {
    const where = finding.interventionId ? ` [${finding.interventionId}]` : '';
    console.log(
      `${finding.severity === 'warning' ? 'ADVARSEL' : 'INFO'} ${file.file}${where}: ${finding.message}`,
    );
  }
  return 0;
}

function printProblems(problems: readonly SchemaProblem[]): number {
  for (const problem of problems) console.error(`FEJL ${problem.file} ${problem.path}: ${problem.message}`);
  return problems.length;
}

/** One file on its own, wherever it is. Returns the number of errors. */
function checkOneFile(path: string): number {
  const name = basename(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return printProblems([{ file: path, path: '$', message: `kan ikke læses: ${(error as Error).message}` }]);
  }
  if (name === MANIFEST_FILE) {
    const read = readManifest(text);
    if (read.problems.length === 0)
      console.log(`OK   ${path} (${read.manifest?.versions.length ?? 0} filer)`);
    return printProblems(read.problems.map((p) => ({ ...p, file: path })));
  }
  const schema = NATIONAL_DATA[name];
  if (schema && basename(resolve(path, '..')) === NATIONAL_FOLDER) {
    const parsed = parseNationalText(name, text, schema);
    if (parsed.ok) console.log(`OK   ${path} (nationale data)`);
    return parsed.ok ? 0 : printProblems(parsed.problems.map((p) => ({ ...p, file: path })));
  }
  const parsed = parseStandardText(path, text);
  return printFile(
    parsed.ok
      ? { file: path, version: parsed.value, problems: [], findings: lintVersion(parsed.value) }
      : { file: path, version: null, problems: parsed.problems, findings: [] },
  );
}

function checkFolder(folder: string): number {
  const check = checkCatalog(readStandardsFolder(folder));
  // National data (law in force, purposes, double-compensation rules) is checked where the folder has it.
  const nationalFolder = join(folder, NATIONAL_FOLDER);
  // So are the municipalities' processing deadlines (sagsbehandlingsfrister).
  const processingFolder = join(folder, PROCESSING_FOLDER);
  const processing = existsSync(processingFolder)
    ? checkProcessingFolder(readStandardsFolder(processingFolder))
    : null;
  let errors = printProblems([
    ...check.problems,
    ...(existsSync(nationalFolder) ? checkNationalData(readStandardsFolder(nationalFolder)) : []),
    ...(processing?.problems ?? []),
  ]);
  for (const file of check.files) errors += printFile(file);
  for (const file of processing?.files ?? []) {
    if (file.value !== null) {
      console.log(
        `OK   ${PROCESSING_FOLDER}/${file.file} (${file.value.municipality}, ${file.value.deadlines.length} frister)`,
      );
    }
  }
  console.log(
    `${check.files.length} standardfiler${existsSync(nationalFolder) ? ' og de nationale data' : ''} kontrolleret, ${errors} fejl.`,
  );
  return errors;
}

const targets = process.argv.slice(2);
let errors = 0;
// No argument: the folder SERVICENIVEAU_STANDARDS names, else standards/.
for (const target of targets.length > 0 ? targets : [standardsFolderPath(process.cwd())]) {
  const path = resolve(target);
  try {
    if (!existsSync(path)) errors += printProblems([{ file: target, path: '$', message: 'findes ikke' }]);
    else if (statSync(path).isDirectory()) errors += checkFolder(path);
    else {
      errors += checkOneFile(target);
      console.log(`${target} kontrolleret.`);
    }
  } catch (error) {
    errors += printProblems([
      {
        file: target,
        path: '$',
        message: `kontrollen fejlede: ${error instanceof Error ? error.message : String(error)}`,
      },
    ]);
  }
}
if (targets.length > 1) console.log(`${errors} fejl i alt.`);
process.exitCode = errors > 0 ? 1 : 0;

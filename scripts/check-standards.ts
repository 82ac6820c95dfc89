/**
 * `npm run check:standards [folder]`: validates every standard file with the app's zod schema and lints it.
 * Schema errors (file and JSON path) fail the command; lint findings are printed as warnings.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkProcessingFolder, PROCESSING_FOLDER } from '../src/domain/case/processing-deadlines.ts';
import { checkCatalog } from '../src/domain/format/catalog.ts';
import { checkNationalData, NATIONAL_FOLDER } from '../src/domain/format/national.ts';
import { readStandardsFolder, standardsFolderPath } from './standards-folder.ts';

// The folder named on the command line, else SERVICENIVEAU_STANDARDS, else standards/.
const folder = process.argv[2] ? resolve(process.argv[2]) : standardsFolderPath(process.cwd());
const check = checkCatalog(readStandardsFolder(folder));
// National data (law in force, purposes, double-compensation rules) is checked where the folder has it.
const nationalFolder = join(folder, NATIONAL_FOLDER);
// So are the municipalities' processing deadlines (sagsbehandlingsfrister).
const processingFolder = join(folder, PROCESSING_FOLDER);
const processing = existsSync(processingFolder)
  ? checkProcessingFolder(readStandardsFolder(processingFolder))
  : null;
const problems = [
  ...check.problems,
  ...(existsSync(nationalFolder) ? checkNationalData(readStandardsFolder(nationalFolder)) : []),
  ...(processing?.problems ?? []),
];
let errors = problems.length;
for (const problem of problems) console.error(`FEJL ${problem.file} ${problem.path}: ${problem.message}`);
for (const file of check.files) {
  if (file.version === null) {
    errors += file.problems.length;
    for (const problem of file.problems)
      console.error(`FEJL ${problem.file} ${problem.path}: ${problem.message}`);
    continue;
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
}
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
process.exitCode = errors > 0 ? 1 : 0;

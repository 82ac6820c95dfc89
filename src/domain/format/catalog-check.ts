/**
 * The whole folder check the build and `npm run check:standards` run: every file read with the schema and
 * linted. Apart from the catalogue (catalog.ts), so the app's first page does not carry the schema or the lint:
 * the browser reads and lints each file as it loads (src/shared/standards/reading.ts).
 */
import { duplicateVersionIds, MANIFEST_FILE } from './catalog.ts';
import { type LintFinding, lintVersion } from './lint.ts';
import { readManifest } from './manifest.ts';
import './messages-da.ts';
import { type ParseResult, parseStandardText, type SchemaProblem, type StandardVersion } from './schema.ts';

/** A standard file read with the schema, then linted: no version is shown or checked without its findings. */
export function readVersionFile(
  file: string,
  text: string,
): ParseResult<{ version: StandardVersion; findings: LintFinding[] }> {
  const parsed = parseStandardText(file, text);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { version: parsed.value, findings: lintVersion(parsed.value) } };
}

export interface CheckedFile {
  file: string;
  version: StandardVersion | null;
  problems: SchemaProblem[];
  findings: LintFinding[];
}

export interface CatalogCheck {
  files: CheckedFile[];
  /** Problems that are not about one version file: the manifest, duplicate ids, unlisted files. */
  problems: SchemaProblem[];
}

/**
 * Check a folder of standards as the build and `npm run check:standards` see it.
 * `files` maps every JSON file name in the folder (the manifest included) to its text.
 */
export function checkCatalog(files: ReadonlyMap<string, string>): CatalogCheck {
  const problems: SchemaProblem[] = [];
  const manifestText = files.get(MANIFEST_FILE);
  if (manifestText === undefined) {
    return { files: [], problems: [{ file: MANIFEST_FILE, path: '$', message: 'manifestet mangler' }] };
  }
  const manifest = readManifest(manifestText);
  problems.push(...manifest.problems);
  if (manifest.manifest === null) return { files: [], problems };

  const listed = manifest.manifest.versions.map((entry) => entry.file);
  for (const name of files.keys()) {
    if (name !== MANIFEST_FILE && !listed.includes(name)) {
      problems.push({
        file: name,
        path: '$',
        message: `filen er ikke nævnt i ${MANIFEST_FILE} og bliver derfor ikke indlæst`,
      });
    }
  }
  const checked = listed.map((file): CheckedFile => {
    const text = files.get(file);
    if (text === undefined) {
      return {
        file,
        version: null,
        problems: [{ file, path: '$', message: `${MANIFEST_FILE} nævner en fil, der ikke findes` }],
        findings: [],
      };
    }
    const read = readVersionFile(file, text);
    if (!read.ok) return { file, version: null, problems: read.problems, findings: [] };
    return { file, ...read.value, problems: [] };
  });
  problems.push(
    ...duplicateVersionIds(
      checked.flatMap((entry) => (entry.version ? [{ file: entry.file, version: entry.version }] : [])),
    ),
  );
  return { files: checked, problems };
}

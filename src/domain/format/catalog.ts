/**
 * The catalogue of standard versions: the manifest, the files it names, which version is in force on a
 * date. Pure: the callers (the build, the check command, the browser) read the files; this decides.
 */
import type { SchemaProblem, StandardVersion } from './schema.ts';

export const MANIFEST_FILE = 'index.json';
/** How a file of standards/ may be named in the manifest: a plain file name, never a path. */
export const STANDARD_FILE_NAME = /^[A-Za-z0-9._-]+\.json$/;
/** The folder of standards/ that holds the national data files (the law in force, purposes, ...). */
export const NATIONAL_FOLDER = 'national';

/**
 * The file names the manifest's text lists, read without its schema: only to ask for the files early. The
 * manifest itself is read line by line with the schema (manifest.ts); a name this returns is never trusted
 * beyond that. Text that is not a manifest names no files.
 */
export function filesNamedIn(text: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  const versions =
    json !== null && typeof json === 'object' ? (json as { versions?: unknown }).versions : null;
  if (!Array.isArray(versions)) return [];
  return versions.flatMap((entry: unknown) => {
    const file = entry !== null && typeof entry === 'object' ? (entry as { file?: unknown }).file : undefined;
    return typeof file === 'string' && STANDARD_FILE_NAME.test(file) ? [file] : [];
  });
}

/** A version's status as the UI says it. */
export const STATUS_LABEL: Record<StandardVersion['status'], string> = {
  'in-force': 'gældende',
  draft: 'udkast',
  example: 'eksempel',
  repealed: 'ophævet',
};

/**
 * Versions whose id another file already uses: the first file listed keeps the id, each later one is
 * reported (the app cannot tell them apart, so it would otherwise leave one unreachable without a word).
 */
export function duplicateVersionIds(
  loaded: readonly { file: string; version: Pick<StandardVersion, 'id'> }[],
): SchemaProblem[] {
  const seen = new Map<string, string>();
  const problems: SchemaProblem[] = [];
  for (const entry of loaded) {
    const other = seen.get(entry.version.id);
    if (other !== undefined) {
      problems.push({
        file: entry.file,
        path: '$.id',
        message: `id "${entry.version.id}" bruges også i ${other}; versionen i denne fil vises ikke`,
      });
    } else seen.set(entry.version.id, entry.file);
  }
  return problems;
}

/** Is the version in force on a date (YYYY-MM-DD)? Drafts and examples are never in force. */
export function inForceOn(version: StandardVersion, date: string): boolean {
  if (version.status === 'draft' || version.status === 'example') return false;
  return version.effective.from <= date && (version.effective.to === null || date <= version.effective.to);
}

/**
 * The version to preselect for a decision date: among the versions of one standard in force on that date,
 * the one that took effect last. Null when none is in force: the caller says so rather than guessing.
 */
export function versionInForce(versions: readonly StandardVersion[], date: string): StandardVersion | null {
  const candidates = versions.filter((version) => inForceOn(version, date));
  candidates.sort((a, b) =>
    a.effective.from < b.effective.from ? 1 : a.effective.from > b.effective.from ? -1 : 0,
  );
  return candidates[0] ?? null;
}

export interface StandardGroup {
  key: string;
  municipality: string;
  /** The municipality's number for the standard, where it has one. */
  number: number | undefined;
  title: string;
  versions: StandardVersion[];
}

/** "standard nr. 3", or "standarden »Aflastning og afløsning«" where the standard has no number. */
export function standardName(version: Pick<StandardVersion, 'standard'>): string {
  return version.standard.number === undefined
    ? `standarden »${version.standard.title}«`
    : `standard nr. ${version.standard.number}`;
}

/** "Randers Kommune – nr. 3: Foranstaltninger …", or without a number where the standard has none. */
export function standardLabel(standard: {
  municipality: string;
  number?: number | undefined;
  title: string;
}): string {
  const number = standard.number === undefined ? '' : ` – nr. ${standard.number}`;
  return `${standard.municipality}${number}: ${standard.title}`;
}

/** The versions grouped by standard (municipality and number), in a stable order. */
export function groupByStandard(versions: readonly StandardVersion[]): StandardGroup[] {
  const groups = new Map<string, StandardGroup>();
  for (const version of versions) {
    const group: StandardGroup = groups.get(version.standard.key) ?? {
      key: version.standard.key,
      municipality: version.municipality,
      number: version.standard.number,
      title: version.standard.title,
      versions: [],
    };
    group.versions.push(version);
    groups.set(version.standard.key, group);
  }
  const list = [...groups.values()];
  for (const group of list) group.versions.sort((a, b) => b.effective.from.localeCompare(a.effective.from));
  return list.sort(
    (a, b) =>
      a.municipality.localeCompare(b.municipality, 'da') ||
      (a.number ?? Number.POSITIVE_INFINITY) - (b.number ?? Number.POSITIVE_INFINITY) ||
      a.title.localeCompare(b.title, 'da'),
  );
}

/**
 * The municipality whose standards a user lands on: the one the user chose in this browser, where it still has
 * standards; otherwise the deployment's home municipality (the manifest's `deployment.municipality`), where it
 * has standards; otherwise the first in alphabetical order. Adding another municipality's file never changes it.
 */
export function landingMunicipality(
  municipalities: readonly string[],
  choice: { stored: string | null; home: string | null },
): string | null {
  if (choice.stored !== null && municipalities.includes(choice.stored)) return choice.stored;
  if (choice.home !== null && municipalities.includes(choice.home)) return choice.home;
  return [...municipalities].sort((a, b) => a.localeCompare(b, 'da'))[0] ?? null;
}

/** The municipalities with at least one loaded standard, in alphabetical order. */
export function municipalitiesOf(groups: readonly StandardGroup[]): string[] {
  return [...new Set(groups.map((group) => group.municipality))].sort((a, b) => a.localeCompare(b, 'da'));
}

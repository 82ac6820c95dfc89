/**
 * Loading the standard versions in the browser: the manifest, then each file it names, each in its own
 * query, parsed with the same zod schema as the build. One broken file fails only its own query.
 */
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import type { z } from 'zod/mini';
import { duplicateVersionIds, MANIFEST_FILE, readManifest } from '../../domain/format/catalog.ts';
import type { LintFinding } from '../../domain/format/lint.ts';
import { NATIONAL_FOLDER, parseNationalText } from '../../domain/format/national-file.ts';
import {
  type Deployment,
  parseStandardText,
  type SchemaProblem,
  type StandardVersion,
} from '../../domain/format/schema.ts';

export class StandardFileError extends Error {
  readonly problems: SchemaProblem[];
  constructor(problems: SchemaProblem[]) {
    super(problems.map((p) => `${p.file} ${p.path}: ${p.message}`).join('\n'));
    this.name = 'StandardFileError';
    this.problems = problems;
  }
}

export function standardsUrl(file: string): string {
  return `${import.meta.env.BASE_URL}standards/${file.split('/').map(encodeURIComponent).join('/')}`;
}

/** Files asked for before any query (fetchEarly), each taken by the first query that reads it. */
const early = new Map<string, Promise<Response>>();

/**
 * Start fetching a file of `standards/` now, before the view that reads it has loaded: the page knows from
 * the address which view comes (src/app/views.ts). The query that reads the file takes this response.
 */
export function fetchEarly(file: string): void {
  if (!early.has(file))
    early.set(file, fetch(standardsUrl(file), { headers: { Accept: 'application/json' } }));
}

async function fetchText(file: string, signal: AbortSignal): Promise<string> {
  const started = early.get(file);
  early.delete(file);
  const response = await (started ??
    fetch(standardsUrl(file), { signal, headers: { Accept: 'application/json' } }));
  if (!response.ok) {
    throw new StandardFileError([
      { file, path: '$', message: `kunne ikke hentes (HTTP ${response.status} ${response.statusText})` },
    ]);
  }
  return response.text();
}

/**
 * The lint, in a chunk of its own: the first page does not carry it. Its download starts with the manifest's,
 * so it is there when the files are; a failed download is forgotten, so the next file's query asks again.
 */
let lint: Promise<typeof import('../../domain/format/lint.ts')> | null = null;
function loadLint(): Promise<typeof import('../../domain/format/lint.ts')> {
  lint ??= import('../../domain/format/lint.ts').catch((error: unknown) => {
    lint = null;
    throw error;
  });
  return lint;
}

/**
 * A file read with its schema, with zod's own messages in Danish: messages-da.ts is loaded the first time a
 * file fails (a page whose files are valid never needs it), and the file is read again. Should that load
 * fail, the problems are reported as they are: never lost for want of a translation.
 */
let danish: Promise<unknown> | null = null;
async function readInDanish<T>(read: () => T, failed: (result: T) => boolean): Promise<T> {
  const first = read();
  if (!failed(first)) return first;
  danish ??= import('../../domain/format/messages-da.ts').catch((error: unknown) => {
    danish = null;
    throw error;
  });
  try {
    await danish;
  } catch {
    return first;
  }
  return read();
}

export const manifestQueryOptions = () =>
  queryOptions({
    queryKey: ['standards', 'manifest'],
    queryFn: async ({ signal }) => {
      loadLint().catch(() => undefined);
      // Line by line: a bad line is reported and the other lines load (it used to take every standard offline).
      const text = await fetchText(MANIFEST_FILE, signal);
      const read = await readInDanish(
        () => readManifest(text),
        (result) => result.problems.length > 0,
      );
      if (read.manifest === null) throw new StandardFileError(read.problems);
      return { ...read.manifest, problems: read.problems };
    },
    staleTime: 5 * 60_000,
    // A manifest that is missing or not a manifest will not mend by asking again (it took 7 s of retries).
    retry: (count, error) => !(error instanceof StandardFileError) && count < 2,
  });

export interface LoadedVersion {
  file: string;
  version: StandardVersion;
  findings: LintFinding[];
}

export const standardFileQueryOptions = (file: string) =>
  queryOptions({
    queryKey: ['standards', 'file', file],
    queryFn: async ({ signal }): Promise<LoadedVersion> => {
      const text = await fetchText(file, signal);
      const parsed = await readInDanish(
        () => parseStandardText(file, text),
        (result) => !result.ok,
      );
      if (!parsed.ok) throw new StandardFileError(parsed.problems);
      // Every version is shown with its findings (a gap beside a figure): no figure before the lint has run.
      const { lintVersion } = await loadLint();
      return { file, version: parsed.value, findings: lintVersion(parsed.value) };
    },
    staleTime: 5 * 60_000,
    // A schema error will not go away by asking again.
    retry: (count, error) => !(error instanceof StandardFileError) && count < 2,
  });

export interface FailedFile {
  file: string;
  problems: SchemaProblem[];
}

export interface Catalog {
  status: 'pending' | 'error' | 'success';
  /** A problem with the manifest itself: nothing can be listed. */
  manifestProblems: SchemaProblem[];
  loaded: LoadedVersion[];
  failed: FailedFile[];
  /**
   * The manifest or a file it names is still loading. The views wait for every file: parts that arrive first
   * would be pushed down by the rest, and the landing municipality must not flip when a slower file arrives.
   */
  loading: boolean;
}

function problemsOf(file: string, error: unknown): SchemaProblem[] {
  if (error instanceof StandardFileError) return error.problems;
  return [{ file, path: '$', message: error instanceof Error ? error.message : String(error) }];
}

/** Every version the manifest names: the ones that loaded, the ones that failed, with their problems. */
export function useStandardCatalog(): Catalog {
  const manifest = useQuery(manifestQueryOptions());
  const files = manifest.data?.versions.map((entry) => entry.file) ?? [];
  const results = useQueries({ queries: files.map((file) => standardFileQueryOptions(file)) });
  if (manifest.status === 'pending') {
    return {
      status: 'pending',
      manifestProblems: [],
      loaded: [],
      failed: [],
      loading: true,
    };
  }
  if (manifest.status === 'error') {
    return {
      status: 'error',
      manifestProblems: problemsOf(MANIFEST_FILE, manifest.error),
      loaded: [],
      failed: [],
      loading: false,
    };
  }
  const candidates: LoadedVersion[] = [];
  const failed: FailedFile[] = [];
  let loading = false;
  results.forEach((result, index) => {
    const file = files[index] ?? '';
    if (result.status === 'success') candidates.push(result.data);
    else if (result.status === 'error') failed.push({ file, problems: problemsOf(file, result.error) });
    else loading = true;
  });
  // Two files with one version id: the first listed is used, the other is reported, not silently unreachable.
  const duplicates = duplicateVersionIds(candidates);
  const loaded = candidates.filter((entry) => !duplicates.some((d) => d.file === entry.file));
  for (const problem of duplicates) failed.push({ file: problem.file, problems: [problem] });
  return {
    status: 'success',
    manifestProblems: manifest.data.problems,
    loaded,
    failed,
    loading,
  };
}

/** The deployment's own settings from the manifest (home municipality, responsible authority); null if none. */
export function useDeployment(): Deployment | null {
  return useQuery(manifestQueryOptions()).data?.deployment ?? null;
}

/**
 * A national data file (`standards/national/<file>`), parsed with its schema inside the query: a wrong
 * shape fails this query with the file and JSON path, and nothing else.
 */
export const nationalFileQueryOptions = <T>(file: string, schema: z.ZodMiniType<T>) =>
  queryOptions({
    queryKey: ['standards', 'national', file],
    queryFn: async ({ signal }): Promise<T> => {
      const text = await fetchText(`${NATIONAL_FOLDER}/${file}`, signal);
      const parsed = await readInDanish(
        () => parseNationalText(file, text, schema),
        (result) => !result.ok,
      );
      if (!parsed.ok) throw new StandardFileError(parsed.problems);
      return parsed.value;
    },
    staleTime: 5 * 60_000,
    retry: (count, error) => !(error instanceof StandardFileError) && count < 2,
  });

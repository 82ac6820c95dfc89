/**
 * Loading the standard versions in the browser: the manifest, then each file it names, each in its own
 * query, parsed with the same zod schema as the build. One broken file fails only its own query.
 */
import { queryOptions, type UseQueryResult, useQueries, useQuery } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import type { z } from 'zod/mini';
import {
  duplicateVersionIds,
  filesNamedIn,
  MANIFEST_FILE,
  NATIONAL_FOLDER,
} from '../../domain/format/catalog.ts';
import type { LintFinding } from '../../domain/format/lint.ts';
import type { Deployment, SchemaProblem, StandardVersion } from '../../domain/format/schema.ts';

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

/**
 * Files asked for before any query (fetchEarly), each taken by the first query that reads it within
 * EARLY_FOR_MS: a response asked for long ago is never taken for a file's current text.
 */
const early = new Map<string, { response: Promise<Response>; at: number }>();
const EARLY_FOR_MS = 15_000;

/** The response asked for early for `file`, if it was asked for within EARLY_FOR_MS. */
function earlyResponse(file: string): Promise<Response> | undefined {
  const asked = early.get(file);
  return asked !== undefined && Date.now() - asked.at <= EARLY_FOR_MS ? asked.response : undefined;
}

/**
 * Start fetching a file of `standards/` now, before the view that reads it has loaded: the page knows from
 * the address which view comes (src/app/views.ts). The query that reads the file takes this response.
 */
export function fetchEarly(file: string): void {
  if (earlyResponse(file) === undefined)
    early.set(file, {
      response: fetch(standardsUrl(file), { headers: { Accept: 'application/json' } }),
      at: Date.now(),
    });
}

async function fetchText(file: string, signal: AbortSignal): Promise<string> {
  const started = earlyResponse(file);
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
 * The schema, zod's Danish messages and the lint (reading.ts), in a chunk of their own: the first page does not
 * carry them. Its download starts with the manifest's; a failed download is forgotten, so the next query asks
 * again.
 */
let reader: Promise<typeof import('./reading.ts')> | null = null;
function loadReader(): Promise<typeof import('./reading.ts')> {
  reader ??= import('./reading.ts').catch((error: unknown) => {
    reader = null;
    throw error;
  });
  return reader;
}

/** Start loading the reader now (main.tsx), in a task of its own; the manifest's query then finds it loading. */
export function preloadStandardsReader(): void {
  loadReader().catch(() => undefined);
}

/**
 * Resolves in a task of its own. Files that arrive together would otherwise be read in one long task, and
 * the page would not answer a click or a key until every one was read.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export const manifestQueryOptions = () =>
  queryOptions({
    queryKey: ['standards', 'manifest'],
    queryFn: async ({ signal }) => {
      const reading = loadReader();
      reading.catch(() => undefined);
      const text = await fetchText(MANIFEST_FILE, signal);
      // The files it names are asked for now, while the reader loads; the manifest is then read line by line:
      // a bad line is reported and the other lines load (it used to take every standard offline).
      for (const file of filesNamedIn(text)) fetchEarly(file);
      const { readManifestFile } = await reading;
      // The reader's own evaluation (zod's schemas) was a task; reading the manifest is the next one.
      await nextTask();
      const read = readManifestFile(text);
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
      const [text, reading] = await Promise.all([fetchText(file, signal), loadReader()]);
      await nextTask();
      // Every version is shown with its findings (a gap beside a figure): no figure before the lint has run.
      const read = reading.readStandardFile(file, text);
      if (!read.ok) throw new StandardFileError(read.problems);
      return { file, ...read.value };
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

/**
 * Every version the manifest names: the ones that loaded, the ones that failed, with their problems.
 *
 * The query results arrive as urgent updates, which React renders in one task; a view's figures are a large
 * render. So the catalogue says it is still loading until a deferred render (a transition, rendered in slices
 * that let the browser answer between them) takes the settled catalogue. A catalogue already settled when a
 * view mounts is shown at once.
 */
export function useStandardCatalog(): Catalog {
  const catalog = useCatalogAsLoaded();
  const settled = useDeferredValue(!catalog.loading);
  return settled || catalog.loading ? catalog : { ...catalog, loading: true };
}

type FileOutcome = { status: 'success'; data: LoadedVersion } | { status: 'error'; error: Error };

/**
 * The files' outcomes once none is still loading, null until then: useQueries' `combine`. Its value stays
 * the same while the files arrive one by one, so a view renders once when the last has come, not once per file.
 */
function settledFiles(results: UseQueryResult<LoadedVersion>[]): FileOutcome[] | null {
  if (results.some((result) => result.status === 'pending')) return null;
  return results.map((result) =>
    result.status === 'success'
      ? { status: 'success', data: result.data }
      : { status: 'error', error: result.error as Error },
  );
}

/** The catalogue as the queries stand now. */
function useCatalogAsLoaded(): Catalog {
  const manifest = useQuery(manifestQueryOptions());
  const files = manifest.data?.versions.map((entry) => entry.file) ?? [];
  const outcomes = useQueries({
    queries: files.map((file) => standardFileQueryOptions(file)),
    combine: settledFiles,
  });
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
  if (outcomes === null) {
    return {
      status: 'success',
      manifestProblems: manifest.data.problems,
      loaded: [],
      failed: [],
      loading: true,
    };
  }
  const candidates: LoadedVersion[] = [];
  const failed: FailedFile[] = [];
  outcomes.forEach((outcome, index) => {
    const file = files[index] ?? '';
    if (outcome.status === 'success') candidates.push(outcome.data);
    else failed.push({ file, problems: problemsOf(file, outcome.error) });
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
    loading: false,
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
      const [text, reading] = await Promise.all([
        fetchText(`${NATIONAL_FOLDER}/${file}`, signal),
        loadReader(),
      ]);
      const parsed = reading.readNationalFile(file, text, schema);
      if (!parsed.ok) throw new StandardFileError(parsed.problems);
      return parsed.value;
    },
    staleTime: 5 * 60_000,
    retry: (count, error) => !(error instanceof StandardFileError) && count < 2,
  });

/**
 * Loading the municipalities' processing deadlines: the folder's manifest, then each file in its own query,
 * parsed with the domain's zod/mini schema inside the query function. One broken file fails only its query.
 */
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import {
  PROCESSING_FOLDER,
  PROCESSING_MANIFEST,
  type ProcessingFile,
  parseProcessingFile,
  parseProcessingManifest,
} from '../../domain/case/processing-deadlines.ts';
import type { SchemaProblem } from '../../domain/format/schema.ts';
import { StandardFileError, standardsUrl } from '../../shared/standards/queries.ts';

/** The file's text; null when the server has no such file (404). */
async function fetchText(path: string, signal: AbortSignal): Promise<string | null> {
  const response = await fetch(standardsUrl(`${PROCESSING_FOLDER}/${path}`), {
    signal,
    headers: { Accept: 'application/json' },
  });
  if (response.status === 404 && path === PROCESSING_MANIFEST) return null;
  if (!response.ok) {
    throw new StandardFileError([
      {
        file: `${PROCESSING_FOLDER}/${path}`,
        path: '$',
        message: `kunne ikke hentes (HTTP ${response.status} ${response.statusText})`,
      },
    ]);
  }
  return response.text();
}

const retry = (count: number, error: Error) => !(error instanceof StandardFileError) && count < 2;

export const processingManifestQueryOptions = () =>
  queryOptions({
    queryKey: ['standards', PROCESSING_FOLDER, PROCESSING_MANIFEST],
    queryFn: async ({ signal }) => {
      // A deployment that publishes no processing deadlines has no folder: nothing to list, not an error.
      const text = await fetchText(PROCESSING_MANIFEST, signal);
      if (text === null) return [];
      const parsed = parseProcessingManifest(text);
      if (!parsed.ok) throw new StandardFileError(parsed.problems);
      return parsed.value.files.map((entry) => entry.file);
    },
    staleTime: 5 * 60_000,
    retry,
  });

export const processingFileQueryOptions = (file: string) =>
  queryOptions({
    queryKey: ['standards', PROCESSING_FOLDER, 'file', file],
    queryFn: async ({ signal }): Promise<ProcessingFile> => {
      const parsed = parseProcessingFile(file, (await fetchText(file, signal)) ?? '');
      if (!parsed.ok) throw new StandardFileError(parsed.problems);
      return parsed.value;
    },
    staleTime: 5 * 60_000,
    retry,
  });

export interface ProcessingCatalog {
  status: 'pending' | 'error' | 'success';
  files: { file: string; value: ProcessingFile }[];
  problems: SchemaProblem[];
}

function problemsOf(file: string, error: unknown): SchemaProblem[] {
  if (error instanceof StandardFileError) return error.problems;
  return [
    {
      file: `${PROCESSING_FOLDER}/${file}`,
      path: '$',
      message: error instanceof Error ? error.message : String(error),
    },
  ];
}

export function useProcessingCatalog(): ProcessingCatalog {
  const manifest = useQuery(processingManifestQueryOptions());
  const names = manifest.data ?? [];
  const results = useQueries({ queries: names.map((file) => processingFileQueryOptions(file)) });
  if (manifest.status === 'pending') return { status: 'pending', files: [], problems: [] };
  if (manifest.status === 'error') {
    return { status: 'error', files: [], problems: problemsOf(PROCESSING_MANIFEST, manifest.error) };
  }
  const files: ProcessingCatalog['files'] = [];
  const problems: SchemaProblem[] = [];
  let pending = false;
  results.forEach((result, index) => {
    const file = names[index] ?? '';
    if (result.status === 'success') files.push({ file, value: result.data });
    else if (result.status === 'error') problems.push(...problemsOf(file, result.error));
    else pending = true;
  });
  return { status: pending && files.length === 0 ? 'pending' : 'success', files, problems };
}

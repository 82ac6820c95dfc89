/**
 * Reads a caseload file into counts: in a Web Worker where the browser has one, otherwise (jsdom in the
 * tests) on the main thread after yielding once, so the "reading" status can show.
 */
import {
  aggregateRows,
  type Caseload,
  type CsvProblem,
  parseCaseloadCsv,
} from '../../domain/council/caseload.ts';
import { decodeCsvBytes } from '../../domain/csv/csv.ts';

export interface CaseloadFileResult {
  caseload: Caseload;
  rowCount: number;
  format: 'cases' | 'counts';
  problems: CsvProblem[];
  problemCount: number;
}

export function parseOnMainThread(text: string): CaseloadFileResult {
  const parsed = parseCaseloadCsv(text);
  return { ...parsed, caseload: aggregateRows(parsed.rows), rowCount: parsed.rows.length };
}

export interface CaseloadFileRead extends CaseloadFileResult {
  /** The encoding the bytes were read in: UTF-8, or Windows-1252 (Danish Excel's default) when not UTF-8. */
  encoding: 'UTF-8' | 'Windows-1252';
}

/** A file's bytes: decoded (UTF-8, else Windows-1252, and says which), then parsed. */
export async function readCaseloadBytes(bytes: Uint8Array): Promise<CaseloadFileRead> {
  const { text, encoding } = decodeCsvBytes(bytes);
  return { ...(await readCaseloadText(text)), encoding };
}

export async function readCaseloadText(text: string): Promise<CaseloadFileResult> {
  if (typeof Worker === 'undefined') {
    await new Promise((resolve) => setTimeout(resolve, 0));
    return parseOnMainThread(text);
  }
  const worker = new Worker(new URL('./caseload.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<CaseloadFileResult>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<CaseloadFileResult>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message || 'filen kunne ikke læses'));
      worker.postMessage(text);
    });
  } finally {
    worker.terminate();
  }
}

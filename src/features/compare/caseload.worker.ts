/// <reference lib="webworker" />
/** Parses a caseload CSV off the main thread, so a file of 100,000 rows does not freeze the page. */
import { aggregateRows, parseCaseloadCsv } from '../../domain/council/caseload.ts';

self.onmessage = (event: MessageEvent<string>) => {
  const parsed = parseCaseloadCsv(event.data);
  self.postMessage({
    caseload: aggregateRows(parsed.rows),
    rowCount: parsed.rows.length,
    format: parsed.format,
    problems: parsed.problems,
    problemCount: parsed.problemCount,
  });
};

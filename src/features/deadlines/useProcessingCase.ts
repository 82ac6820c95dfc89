/**
 * The application being looked at in "Sagsbehandlingsfrist": municipality file, the help applied for and its
 * dates, kept in this tab's sessionStorage like the case dates (useCaseDates.ts explains why): never in the
 * URL, never sent. A stored value that cannot be read starts empty.
 */
import { z } from 'zod/mini';
import { useSessionObject } from './useSessionObject.ts';

export const PROCESSING_CASE_KEY = 'serviceniveau.sagsbehandlingsfrist.v1';

const shortText = z.nullable(z.string().check(z.maxLength(200)));
const dateText = z.nullable(z.string().check(z.maxLength(10)));
const storedSchema = z.object({ file: shortText, deadlineId: shortText, start: dateText, done: dateText });
export type ProcessingCase = z.infer<typeof storedSchema>;

export const EMPTY_PROCESSING_CASE: ProcessingCase = {
  file: null,
  deadlineId: null,
  start: null,
  done: null,
};

export function useProcessingCase(): [ProcessingCase, (patch: Partial<ProcessingCase>) => void] {
  const [state, patch] = useSessionObject(PROCESSING_CASE_KEY, storedSchema, EMPTY_PROCESSING_CASE);
  return [state, patch];
}

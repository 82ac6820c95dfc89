/**
 * The application being looked at in "Sagsbehandlingsfrist": municipality file, the help applied for and its
 * dates, kept in this tab's sessionStorage like the case dates (useCaseDates.ts explains why): never in the
 * URL, never sent. A stored value that cannot be read starts empty.
 */
import { useEffect, useState } from 'react';
import { z } from 'zod/mini';

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

function read(): ProcessingCase {
  try {
    const text = sessionStorage.getItem(PROCESSING_CASE_KEY);
    if (text === null) return EMPTY_PROCESSING_CASE;
    const parsed = z.safeParse(storedSchema, JSON.parse(text));
    return parsed.success ? parsed.data : EMPTY_PROCESSING_CASE;
  } catch {
    return EMPTY_PROCESSING_CASE;
  }
}

export function useProcessingCase(): [ProcessingCase, (patch: Partial<ProcessingCase>) => void] {
  const [state, setState] = useState<ProcessingCase>(read);
  useEffect(() => {
    try {
      sessionStorage.setItem(PROCESSING_CASE_KEY, JSON.stringify(state));
    } catch {
      // Storage full or disabled: the section still works, the values are only not kept.
    }
  }, [state]);
  return [state, (patch) => setState((current) => ({ ...current, ...patch }))];
}

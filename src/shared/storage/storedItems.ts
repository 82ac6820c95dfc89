/**
 * Stored lists and fields read with a zod schema, item by item (the package's grants, a case's dates): each
 * item that fails is rejected with its number and reason in Danish, for setAside.ts to keep.
 */
import type { z } from 'zod/mini';
import '../../domain/format/messages-da.ts';
import { type Rejected, rawOf } from './storedList.ts';

/** The first issue of a failed parse, as "path: message". */
export function firstIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'ukendt format';
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

/**
 * A stored list read item by item: each item that fails the schema is rejected with its number and reason;
 * items beyond `max` are rejected too (the cap is stated in the UI), never silently dropped. `value` that is not
 * an array at all rejects as one item.
 */
export function parseItems<T>(
  value: unknown,
  schema: z.ZodMiniType<T>,
  options: { max: number; label: (index: number) => string; listLabel: string },
): { items: T[]; rejected: Rejected[] } {
  if (!Array.isArray(value)) {
    return {
      items: [],
      rejected: [{ what: options.listLabel, reason: 'er ikke en liste', raw: rawOf(value) }],
    };
  }
  const items: T[] = [];
  const rejected: Rejected[] = [];
  value.forEach((entry, index) => {
    if (items.length >= options.max) {
      rejected.push({
        what: options.label(index),
        reason: `listen kan rumme højst ${options.max}`,
        raw: rawOf(entry),
      });
      return;
    }
    const parsed = schema.safeParse(entry);
    if (parsed.success) items.push(parsed.data);
    else rejected.push({ what: options.label(index), reason: firstIssue(parsed.error), raw: rawOf(entry) });
  });
  return { items, rejected };
}

/** One field of a stored object read on its own: the parsed value, or the fallback and a rejection. */
export function parseField<T>(
  value: unknown,
  schema: z.ZodMiniType<T>,
  fallback: T,
  what: string,
): { value: T; rejected: Rejected | null } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { value: parsed.data, rejected: null };
  return { value: fallback, rejected: { what, reason: firstIssue(parsed.error), raw: rawOf(value) } };
}

/**
 * Processing deadlines (sagsbehandlingsfrister) as the municipalities publish them: one file per municipality
 * under `standards/processing-deadlines/`, listed in that folder's `index.json`, each row quoted verbatim with
 * its source. Checked by this zod/mini schema at build, by `npm run check:standards`, in the tests and in the
 * browser. Pure: the caller reads the files.
 *
 * A row states its figure in the unit the municipality uses: days, weeks, months or working days (arbejdsdage,
 * Monday–Friday except public holidays; see working-days.ts). Nothing is converted between units, and no
 * figure is added that the source does not state.
 */
import { z } from 'zod/mini';
import '../format/messages-da.ts';
import {
  checkCitationSources,
  citationSchema,
  idSchema,
  isoDateSchema,
  legalBasisSchema,
  type ParseResult,
  parseJsonText,
  referencedProvisionSchema,
  type SchemaProblem,
  sourceSchema,
  textSchema,
} from '../format/schema.ts';
import { addPeriod, daysBetween } from './date-arithmetic.ts';
import { isIsoDate } from './dates.ts';
import { addWorkingDays, type HolidayCalendar, type SkippedHoliday } from './working-days.ts';

export const PROCESSING_FOLDER = 'processing-deadlines';
export const PROCESSING_MANIFEST = 'index.json';

const text = textSchema;

/** A provision as the row cites it (the municipality's 2020 page cites serviceloven, Herning's barnets lov). */
export const citedProvisionSchema = z.strictObject({
  law: legalBasisSchema.shape.law,
  ...referencedProvisionSchema.shape,
});
export type CitedProvision = z.infer<typeof citedProvisionSchema>;

export const processingUnitSchema = z.enum(['days', 'weeks', 'months', 'working-days']);
export type ProcessingUnit = z.infer<typeof processingUnitSchema>;

/** The date a deadline counts from. */
export const processingStartSchema = z.enum([
  'application-received',
  'complaint-received',
  'notification-received',
  'aware',
  'investigation-finished',
]);
export type ProcessingStart = z.infer<typeof processingStartSchema>;

/** What is due when the deadline runs out. */
export const processingKindSchema = z.enum([
  'decision',
  'contact',
  'receipt',
  'reassessment',
  'investigation',
  'offer',
]);
export type ProcessingKind = z.infer<typeof processingKindSchema>;

/** Something in the source a reader should know, shown as found, not corrected. */
export const findingSchema = z.strictObject({ text, citation: z.optional(citationSchema) });

export const processingDeadlineSchema = z.strictObject({
  id: idSchema,
  /** The help (or step) as the municipality names it. */
  help: text,
  provisions: z.array(citedProvisionSchema),
  kind: processingKindSchema,
  from: processingStartSchema,
  amount: z.number().check(z.int(), z.positive(), z.lte(1000, 'højst 1000')),
  unit: processingUnitSchema,
  /** What the row adds, e.g. "sideløbende med afdækning eller børnefaglig undersøgelse", or where `from` comes from. */
  note: z.optional(text),
  findings: z._default(z.array(findingSchema), []),
  citation: citationSchema,
});
export type ProcessingDeadline = z.infer<typeof processingDeadlineSchema>;

export const processingFileSchema = z
  .strictObject({
    formatVersion: z.literal(1),
    id: idSchema,
    municipality: text,
    title: text,
    /** The date the page states (updated or approved), or null when the stored copy shows none. */
    updated: z.nullable(isoDateSchema),
    sources: z.array(sourceSchema).check(z.minLength(1, 'mindst én kilde skal være angivet')),
    deadlines: z.array(processingDeadlineSchema).check(z.minLength(1, 'mindst én frist skal være angivet')),
  })
  .check(
    z.superRefine((file, ctx) => {
      checkCitationSources(file, file.sources, ctx);
      const seen = new Set<string>();
      file.deadlines.forEach((deadline, index) => {
        if (seen.has(deadline.id)) {
          ctx.addIssue({
            code: 'custom',
            message: `id "${deadline.id}" bruges mere end én gang`,
            path: ['deadlines', index, 'id'],
          });
        }
        seen.add(deadline.id);
      });
    }),
  );
export type ProcessingFile = z.infer<typeof processingFileSchema>;

export const processingManifestSchema = z.strictObject({
  files: z.array(
    z.strictObject({
      file: z.string().check(z.regex(/^[A-Za-z0-9._-]+\.json$/, 'skal være et filnavn')),
    }),
  ),
});
export type ProcessingManifest = z.infer<typeof processingManifestSchema>;

export function parseProcessingFile(file: string, text: string): ParseResult<ProcessingFile> {
  return parseJsonText(`${PROCESSING_FOLDER}/${file}`, text, processingFileSchema);
}

export function parseProcessingManifest(text: string): ParseResult<ProcessingManifest> {
  return parseJsonText(`${PROCESSING_FOLDER}/${PROCESSING_MANIFEST}`, text, processingManifestSchema);
}

/**
 * Check a processing-deadlines folder (file name → text): the manifest, every file it lists, files it does
 * not list, and ids used by two files. One broken file is reported and does not stop the others.
 */
export function checkProcessingFolder(files: ReadonlyMap<string, string>): {
  problems: SchemaProblem[];
  files: { file: string; value: ProcessingFile | null }[];
} {
  const manifestText = files.get(PROCESSING_MANIFEST);
  if (manifestText === undefined) {
    return {
      problems: [
        { file: `${PROCESSING_FOLDER}/${PROCESSING_MANIFEST}`, path: '$', message: 'filen mangler' },
      ],
      files: [],
    };
  }
  const manifest = parseProcessingManifest(manifestText);
  if (!manifest.ok) return { problems: manifest.problems, files: [] };
  const problems: SchemaProblem[] = [];
  const checked: { file: string; value: ProcessingFile | null }[] = [];
  const ids = new Map<string, string>();
  manifest.value.files.forEach(({ file }, index) => {
    const text = files.get(file);
    if (text === undefined) {
      problems.push({
        file: `${PROCESSING_FOLDER}/${PROCESSING_MANIFEST}`,
        path: `$.files[${index}].file`,
        message: `filen "${file}" findes ikke`,
      });
      checked.push({ file, value: null });
      return;
    }
    const parsed = parseProcessingFile(file, text);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      checked.push({ file, value: null });
      return;
    }
    const other = ids.get(parsed.value.id);
    if (other !== undefined) {
      problems.push({
        file: `${PROCESSING_FOLDER}/${file}`,
        path: '$.id',
        message: `id "${parsed.value.id}" bruges også af ${other}`,
      });
    }
    ids.set(parsed.value.id, file);
    checked.push({ file, value: parsed.value });
  });
  const listed = new Set(manifest.value.files.map((f) => f.file));
  for (const name of files.keys()) {
    if (name !== PROCESSING_MANIFEST && !listed.has(name)) {
      problems.push({
        file: `${PROCESSING_FOLDER}/${name}`,
        path: '$',
        message: `filen står ikke i ${PROCESSING_FOLDER}/${PROCESSING_MANIFEST} og bruges ikke`,
      });
    }
  }
  return { problems, files: checked };
}

/** The deadline's date from its start date, in the row's own unit. */
export interface ProcessingDue {
  date: string;
  /** The end-of-month clamp moved the date (months only). */
  clamped: boolean;
  /** Holidays the working-day count skipped (working days only). */
  holidaysSkipped: SkippedHoliday[];
}

export function processingDue(
  deadline: ProcessingDeadline,
  start: string,
  calendar: HolidayCalendar,
): ProcessingDue {
  if (deadline.unit === 'working-days') {
    const result = addWorkingDays(start, deadline.amount, calendar);
    return { date: result.date, clamped: false, holidaysSkipped: result.holidaysSkipped };
  }
  const added = addPeriod(start, deadline.amount, deadline.unit);
  return { date: added.date, clamped: added.clamped, holidaysSkipped: [] };
}

export type ProcessingStatus =
  | { kind: 'met'; on: string }
  | { kind: 'met-late'; on: string; daysLate: number }
  | { kind: 'overdue'; days: number }
  | { kind: 'due'; days: number }
  | { kind: 'upcoming'; days: number };

/** Status against the date the step was taken (if it was), else against the reference date. */
export function processingStatus(
  due: string,
  doneOn: string | null,
  reference: string,
  dueSoonDays: number,
): ProcessingStatus {
  if (doneOn !== null && isIsoDate(doneOn)) {
    const late = daysBetween(due, doneOn);
    return late <= 0 ? { kind: 'met', on: doneOn } : { kind: 'met-late', on: doneOn, daysLate: late };
  }
  const days = daysBetween(reference, due);
  if (days < 0) return { kind: 'overdue', days: -days };
  return days <= dueSoonDays ? { kind: 'due', days } : { kind: 'upcoming', days };
}

/**
 * The law in force by date: national data (`standards/national/law.json`), not code. It says which law holds
 * the children's provisions on a date (serviceloven until 31.12.2023, barnets lov from 01.01.2024), how a
 * provision of serviceloven maps to barnets lov, what the law says about the deadlines a standard restates,
 * and the national deadlines a standard does not set. Pure: the caller reads the file.
 *
 * Source of the mapping: shared/domain.md »The law changed on 1 January 2024: Barnets Lov (BL)«:
 * "The children's provisions moved from serviceloven into Barnets Lov (lov nr. 721 of 2023 …)".
 */
import { z } from 'zod/mini';
import { addCalendarDays } from '../case/date-arithmetic.ts';
import {
  type CaseEvent,
  caseEventSchema,
  checkCitationSources,
  citationSchema,
  idSchema,
  isoDateSchema,
  type LegalBasis,
  legalBasisSchema,
  sourceSchema,
} from '../format/schema.ts';

const text = z.string().check(z.trim(), z.minLength(1, 'må ikke være tom'));

export const lawIdSchema = legalBasisSchema.shape.law;
export type LawId = z.infer<typeof lawIdSchema>;

/** A provision without its citation: "barnets lov § 32, stk. 1, nr. 3". `paragraph` may be a range "87–88". */
export const provisionRefSchema = z.strictObject({
  law: lawIdSchema,
  paragraph: text,
  stk: z.optional(z.int().check(z.positive())),
  nr: z.optional(z.int().check(z.positive())),
});
export type ProvisionRef = z.infer<typeof provisionRefSchema>;

/** How sure the data is of a mapping: stated by the source, or to be verified, or inferred (domain.md's words). */
export const certaintySchema = z.enum(['stated', 'verify', 'inferred']);
export type Certainty = z.infer<typeof certaintySchema>;

/** One law holding the children's provisions over a period of dates (both ends inclusive; null is open). */
export const lawPeriodSchema = z.strictObject({
  law: lawIdSchema,
  name: text,
  abbreviation: text,
  from: z.nullable(isoDateSchema),
  to: z.nullable(isoDateSchema),
  citation: citationSchema,
});
export type LawPeriod = z.infer<typeof lawPeriodSchema>;

/** Where a subject moved: the provision before and after the change. */
export const mappingSchema = z
  .strictObject({
    subject: idSchema,
    label: text,
    before: provisionRefSchema,
    after: provisionRefSchema,
    certainty: certaintySchema,
    /** Words the reference alone cannot carry, e.g. "(og § 81 for rådgivning)" or why it is to be verified. */
    note: z.optional(text),
    citation: citationSchema,
  })
  .check(
    z.refine((m) => m.certainty === 'stated' || m.note !== undefined, {
      message: 'en usikker oversættelse (verify/inferred) skal have en note, der siger hvorfor',
      path: ['note'],
    }),
  );
export type Mapping = z.infer<typeof mappingSchema>;

/** What one law says about a deadline the standard restates. `figure: case` = the law leaves it to the case. */
export const deadlineLawRuleSchema = z.strictObject({
  law: lawIdSchema,
  provision: provisionRefSchema,
  text,
  figure: z.enum(['law', 'case']),
  citation: citationSchema,
});
export type DeadlineLawRule = z.infer<typeof deadlineLawRuleSchema>;

/** The law behind the standard's deadlines, matched by the event they count from and whether they repeat. */
export const deadlineSubjectSchema = z.strictObject({
  subject: idSchema,
  label: text,
  from: caseEventSchema,
  repeats: z.boolean(),
  rules: z.array(deadlineLawRuleSchema).check(z.minLength(1)),
});
export type DeadlineSubject = z.infer<typeof deadlineSubjectSchema>;

/** A deadline the standard does not set: the law's or another authority's published rule. */
export const nationalDeadlineSchema = z.strictObject({
  id: idSchema,
  label: text,
  from: caseEventSchema,
  amount: z.int().check(z.positive()),
  unit: z.enum(['days', 'weeks', 'months']),
  /** The law that must be in force on the `from` date; null: whichever law is in force. */
  appliesUnder: z.nullable(lawIdSchema),
  /** "… or at this event if it comes after `from`, whichever is first" (BL § 95: a parallel investigation). */
  earlierAt: z.optional(caseEventSchema),
  /** The event that meets the deadline; null when the app does not record it (the family's complaint). */
  target: z.nullable(caseEventSchema),
  /** Whose deadline it is: the authority's (can be overdue) or the family's (it runs out). */
  party: z.enum(['authority', 'family']),
  provision: z.optional(provisionRefSchema),
  note: z.optional(text),
  citation: citationSchema,
});
export type NationalDeadline = z.infer<typeof nationalDeadlineSchema>;

export const lawFileSchema = z
  .strictObject({
    formatVersion: z.literal(1),
    sources: z.array(sourceSchema).check(z.minLength(1)),
    periods: z.array(lawPeriodSchema).check(z.minLength(1)),
    mappings: z.array(mappingSchema),
    deadlineSubjects: z.array(deadlineSubjectSchema),
    deadlines: z.array(nationalDeadlineSchema),
  })
  .check(
    z.superRefine((file, ctx) => {
      checkCitationSources(file, file.sources, ctx);
      file.periods.forEach((p, i) => {
        if (p.from !== null && p.to !== null && p.to < p.from) {
          ctx.addIssue({ code: 'custom', message: 'slutdato er før startdato', path: ['periods', i, 'to'] });
        }
      });
      // The periods must follow each other day by day: no gap (a date with no law) and no overlap.
      for (let i = 1; i < file.periods.length; i++) {
        const previous = file.periods[i - 1];
        const current = file.periods[i];
        if (!previous || !current) continue;
        if (previous.to === null || current.from === null || nextDay(previous.to) !== current.from) {
          ctx.addIssue({
            code: 'custom',
            message: 'perioderne skal følge hinanden: en periode starter dagen efter, at den forrige slutter',
            path: ['periods', i, 'from'],
          });
        }
      }
    }),
  );
export type LawFile = z.infer<typeof lawFileSchema>;

function nextDay(iso: string): string {
  return addCalendarDays(iso, 1);
}

/** The law holding the children's provisions on a date; null when the data has no period for it. */
export function lawInForce(file: LawFile, date: string): LawPeriod | null {
  return (
    file.periods.find((p) => (p.from === null || p.from <= date) && (p.to === null || date <= p.to)) ?? null
  );
}

export function isInForce(file: LawFile, law: LawId, date: string): boolean {
  return lawInForce(file, date)?.law === law;
}

/** Does `ref` name exactly the provision `basis` (law, paragraph, stk, nr)? */
export function sameProvision(a: ProvisionRef, b: ProvisionRef): boolean {
  return a.law === b.law && a.paragraph === b.paragraph && a.stk === b.stk && a.nr === b.nr;
}

/**
 * Does `general` cover `specific`: the same law and paragraph, and the same stk and nr where `general` names
 * them ("serviceloven § 84" covers "serviceloven § 84, stk. 1"; "§ 52, stk. 3" covers "§ 52, stk. 3, nr. 4").
 */
export function coversProvision(general: ProvisionRef, specific: ProvisionRef): boolean {
  return (
    general.law === specific.law &&
    general.paragraph === specific.paragraph &&
    (general.stk === undefined || general.stk === specific.stk) &&
    (general.nr === undefined || general.nr === specific.nr)
  );
}

/** A provision the standard cites that is not in force on a date, and what applies then (if the data knows). */
export interface RepealedCitation {
  cited: ProvisionRef;
  /** Where the standard cites it: the standard itself, or an intervention's name. */
  citedBy: string;
  /** The law in force on the date, or null when no period covers it. */
  inForce: LawPeriod | null;
  /** The mapping to the provision in force; null: the data has no mapping for this provision. */
  mapping: Mapping | null;
}

/**
 * Every provision a standard cites whose law is not in force on `date`, with the provision that applies
 * then. Domain.md: "A tool that estimates a decision dated after 2023 should say which provision applies then."
 */
export function repealedCitations(
  file: LawFile,
  citations: readonly { basis: Pick<LegalBasis, 'law' | 'paragraph' | 'stk' | 'nr'>; citedBy: string }[],
  date: string,
): RepealedCitation[] {
  const inForce = lawInForce(file, date);
  const result: RepealedCitation[] = [];
  for (const { basis, citedBy } of citations) {
    // Only the laws the periods are about can be "not in force"; retssikkerhedsloven etc. are not tracked.
    if (!file.periods.some((p) => p.law === basis.law)) continue;
    if (inForce?.law === basis.law) continue;
    const cited: ProvisionRef = { law: basis.law, paragraph: basis.paragraph };
    if (basis.stk !== undefined) cited.stk = basis.stk;
    if (basis.nr !== undefined) cited.nr = basis.nr;
    // A provision of the earlier law that stays in force (a mapping within the same law), such as
    // serviceloven § 84, stk. 1, which barnets lov § 90 still applies, is not repealed: cited as "§ 84" or
    // as "§ 84, stk. 1".
    if (
      file.mappings.some(
        (m) =>
          m.after.law === m.before.law && (sameProvision(m.before, cited) || coversProvision(m.after, cited)),
      )
    )
      continue;
    // The exact mapping first; else the most specific mapping of a provision that covers the cited one.
    const candidates = file.mappings.filter((m) => m.after.law === inForce?.law);
    const mapping =
      candidates.find((m) => sameProvision(m.before, cited)) ??
      candidates
        .filter((m) => coversProvision(m.before, cited))
        .sort((a, b) => specificity(b.before) - specificity(a.before))[0] ??
      null;
    if (!result.some((r) => sameProvision(r.cited, cited))) result.push({ cited, citedBy, inForce, mapping });
  }
  return result;
}

function specificity(ref: ProvisionRef): number {
  return (ref.stk === undefined ? 0 : 1) + (ref.nr === undefined ? 0 : 1);
}

/** The law's rule behind a deadline of the standard (matched by its `from` event and `repeats`), on a date. */
export function deadlineLawRule(
  file: LawFile,
  deadline: { from: CaseEvent; repeats: boolean },
  date: string,
): { subject: DeadlineSubject; rule: DeadlineLawRule | null } | null {
  const subject = file.deadlineSubjects.find(
    (s) => s.from === deadline.from && s.repeats === deadline.repeats,
  );
  if (!subject) return null;
  const law = lawInForce(file, date);
  return { subject, rule: subject.rules.find((r) => r.law === law?.law) ?? null };
}

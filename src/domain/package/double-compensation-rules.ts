/**
 * The format of `standards/national/double-compensation.json`: the rules that find double compensation in
 * a family's package. A rule names the grants it is about by provision (law, §, stk., nr.) or by purpose id
 * from the vocabulary, never by an intervention's id, so a council can adjust it and it applies to any
 * municipality's standards. The evaluation is in `double-compensation.ts`.
 */
import { z } from 'zod/mini';
import {
  checkCitationSources,
  citationSchema,
  evidenceSchema,
  idSchema,
  legalBasisSchema,
  reportDuplicates,
  sourceSchema,
} from '../format/schema.ts';

export const DOUBLE_COMPENSATION_FILE = 'double-compensation.json';

const text = z.string().check(z.trim(), z.minLength(1, 'må ikke være tom'));

/** A provision a rule refers to. `verify`: the source itself marks this number as inferred. */
export const provisionSchema = z.strictObject({
  law: legalBasisSchema.shape.law,
  paragraph: text,
  stk: z.optional(z.int().check(z.positive())),
  nr: z.optional(z.int().check(z.positive())),
  verify: z.optional(text),
});
export type Provision = z.infer<typeof provisionSchema>;

/** Which grants a side of a rule is about: those under one of the provisions, or with one of the purposes. */
export const selectorSchema = z
  .strictObject({
    provisions: z._default(z.array(provisionSchema), []),
    purposes: z._default(z.array(idSchema), []),
  })
  .check(
    z.refine((s) => s.provisions.length > 0 || s.purposes.length > 0, {
      message: 'skal nævne mindst én bestemmelse eller ét formål',
    }),
  );
export type Selector = z.infer<typeof selectorSchema>;

export const certaintySchema = z.enum(['double', 'check']);
export type Certainty = z.infer<typeof certaintySchema>;

/** A figure the rule uses that is the app's (or the council's) assumption, not a source's. */
const assumptionSchema = z.strictObject({
  value: z.number().check(z.positive()),
  basis: z.literal('assumption'),
  note: text,
});
const statedFigureSchema = z.strictObject({
  value: z.number().check(z.positive()),
  basis: z.literal('stated'),
  citation: citationSchema,
});

const ruleBase = {
  id: idSchema,
  /** Short Danish title of the rule. */
  title: text,
  /** The rule in Danish, as the flag explains it. */
  text,
  /** What the caseworker should look at. */
  lookAt: text,
  /** Where the source is uncertain, the flag says so in these words. */
  uncertainty: z.optional(text),
  certainty: certaintySchema,
  citations: z.array(evidenceSchema).check(z.minLength(1, 'en regel skal have mindst én kilde')),
};

export const samePurposeRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal('same-purpose'),
  /** Two grants under different provisions that both declare one of these purposes. */
  purposes: z.array(idSchema).check(z.minLength(1)),
});

/** How many compensated hours fall on the days of a respite grant. */
export const coincidingHoursSchema = z.strictObject({
  kind: z.literal('coinciding-hours'),
  /** Over how many days of the week the compensated hours are taken to be spread. */
  daysPerWeek: z.union([assumptionSchema, statedFigureSchema]),
});
export type CoincidingHours = z.infer<typeof coincidingHoursSchema>;

export const combinationRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal('combination'),
  subject: selectorSchema,
  with: selectorSchema,
  /** When the subject grant is stated to pay for a purpose the other grant has (a merudgift for respite). */
  certaintyWhenCovered: z.optional(certaintySchema),
  indication: z.optional(coincidingHoursSchema),
});

export const placementLineRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal('placement-line'),
  /** The grants in døgn whose sum is compared with the line. */
  subject: selectorSchema,
  /** Døgn per month at or above which the help is treated as a placement, with its source. */
  linePerMonth: statedFigureSchema,
  /** Døgn per month from which the flag warns that the amount is near the line. */
  nearPerMonth: z.union([assumptionSchema, statedFigureSchema]),
});

export const legalLimitRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal('legal-limit'),
  subject: selectorSchema,
  /** Ids of the intervention's `legalLimits`: an amount at most, or an age within [from, below). */
  check: z.discriminatedUnion('compare', [
    z.strictObject({ compare: z.literal('amount-at-most'), limit: idSchema }),
    z.strictObject({ compare: z.literal('age-within'), from: idSchema, below: idSchema }),
  ]),
});

export const ruleSchema = z.discriminatedUnion('kind', [
  samePurposeRuleSchema,
  combinationRuleSchema,
  placementLineRuleSchema,
  legalLimitRuleSchema,
]);
export type Rule = z.infer<typeof ruleSchema>;
export type SamePurposeRule = z.infer<typeof samePurposeRuleSchema>;
export type CombinationRule = z.infer<typeof combinationRuleSchema>;
export type PlacementLineRule = z.infer<typeof placementLineRuleSchema>;
export type LegalLimitRule = z.infer<typeof legalLimitRuleSchema>;

export const rulesFileSchema = z
  .strictObject({
    formatVersion: z.literal(1),
    sources: z.array(sourceSchema).check(z.minLength(1, 'mindst én kilde skal være angivet')),
    rules: z.array(ruleSchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((file, ctx) => {
      checkCitationSources(file, file.sources, ctx);
      reportDuplicates(
        file.rules.map((rule) => rule.id),
        ['rules'],
        ctx,
      );
    }),
  );
export type RulesFile = z.infer<typeof rulesFileSchema>;

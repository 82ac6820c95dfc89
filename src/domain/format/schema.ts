/**
 * The format of one standard version: one JSON file under `standards/`.
 *
 * This schema is the single source of the types (`z.infer`) and is used unchanged by the build
 * (vite plugin), by `npm run check:standards`, by the tests and by the browser when it loads a file.
 * Every object is strict: an unknown or misspelt key is an error, never silently ignored.
 */

import { z } from 'zod/mini';
import { STANDARD_FILE_NAME } from './catalog.ts';
import {
  amountLimitProblem,
  MAX_YEAR,
  MIN_YEAR,
  monthsPerYearProblem,
  weeksPerYearProblem,
} from './limits.ts';

// zod's own messages (wrong type, unknown key) are Danish where they are shown: messages-da.ts.
// No code generated at run time: the app runs under a Content-Security-Policy without 'unsafe-eval', and zod's
// JIT would otherwise probe `new Function` (a CSP violation on every load).
z.config({ jitless: true });

/** How a file must write a date; the editor, which takes dates in three fields, says it its own way. */
export const DATE_FORMAT_MESSAGE = 'skal være en dato på formen ÅÅÅÅ-MM-DD';

/** A real calendar date written as YYYY-MM-DD (no 2019-02-30, no 40/06/1976). */
export const isoDateSchema = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, DATE_FORMAT_MESSAGE),
    z.refine(isRealCalendarDate, 'er ikke en rigtig kalenderdato'),
    z.refine(isYearInRange, `skal ligge mellem ${MIN_YEAR} og ${MAX_YEAR}`),
  );

function isYearInRange(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

export function isRealCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** Lower-case identifiers used to refer from one part of a file to another. */
export const idSchema = z
  .string()
  .check(
    z.regex(/^[a-z0-9æøå]+(?:-[a-z0-9æøå]+)*$/, 'skal være et id med små bogstaver, tal og bindestreger'),
  );

export const textSchema = z.string().check(z.trim(), z.minLength(1, 'må ikke være tom'));
const text = textSchema;
const positiveInt = z.int().check(z.positive());

/** Where a figure or rule comes from: a declared source, the section in it, and the words quoted verbatim. */
export const citationSchema = z.strictObject({
  source: idSchema,
  section: text,
  quote: text,
});
export type Citation = z.infer<typeof citationSchema>;

/**
 * What a source says in other words, where no verbatim quote is at hand (a brief's summary of the law). It is
 * shown as a summary, never as a quote: a paraphrase must not pass for the source's own words.
 */
export const summarySchema = z.strictObject({
  source: idSchema,
  section: text,
  summary: text,
});
export type Summary = z.infer<typeof summarySchema>;

/** A quote where the source's words are at hand, otherwise a summary that says it is one. */
export const evidenceSchema = z.union([citationSchema, summarySchema]);
export type Evidence = z.infer<typeof evidenceSchema>;

export const sourceSchema = z.strictObject({
  id: idSchema,
  title: text,
  publisher: text,
  /** Where the text can be found: a file name, a public reference, a URL. */
  reference: text,
  kind: z.enum(['standard', 'law', 'decision', 'notice', 'brief']),
});
export type Source = z.infer<typeof sourceSchema>;

/** A paragraph of the same law that a provision is read with: "§ 44, jf. § 84, stk. 1". */
export const referencedProvisionSchema = z.strictObject({
  paragraph: text,
  stk: z.optional(positiveInt),
  nr: z.optional(positiveInt),
});
export type ReferencedProvision = z.infer<typeof referencedProvisionSchema>;

/**
 * A provision of law, e.g. serviceloven § 52, stk. 3, nr. 6, or a compound one, "serviceloven § 84, jf. § 44":
 * `jf` names the paragraph of the same law it is read with, with its own stk. and nr.
 */
export const legalBasisSchema = z.strictObject({
  law: z.enum(['serviceloven', 'barnets-lov', 'retssikkerhedsloven', 'forvaltningsloven']),
  paragraph: text,
  stk: z.optional(positiveInt),
  nr: z.optional(positiveInt),
  jf: z.optional(referencedProvisionSchema),
  citation: citationSchema,
});
export type LegalBasis = z.infer<typeof legalBasisSchema>;

export const unitSchema = z.enum(['hours', 'days', 'kroner']);
export type Unit = z.infer<typeof unitSchema>;
export const periodSchema = z.enum(['week', 'month', 'year']);
export type Period = z.infer<typeof periodSchema>;

/**
 * One edge of a level's band. `stated` is false when the source gives no figure for this edge and it is
 * implied by the neighbouring level (the seed writes "Op til 3 timer om ugen": the lower edge is the
 * upper edge of the level below). An implied edge carries a note that says so.
 */
export const boundSchema = z
  .strictObject({
    value: z.number().check(z.nonnegative()),
    inclusive: z.boolean(),
    stated: z.boolean(),
    note: z.optional(text),
  })
  .check(
    z.refine((bound) => bound.stated || bound.note !== undefined, {
      message:
        'en grænse, der ikke står i kilden (stated: false), skal have en note, der forklarer hvorfra den kommer',
      path: ['note'],
    }),
  );
export type Bound = z.infer<typeof boundSchema>;

export const levelSchema = z
  .strictObject({
    /** The dimension value this level applies to (e.g. "lette"), declared in `dimensions`. */
    key: idSchema,
    /** The band as the source words it, e.g. "1-2 timer om ugen". */
    text,
    /** null: the source states no lower edge (from zero). */
    lower: z.nullable(boundSchema),
    /** null: open-ended, an individual assessment above the lower edge. */
    upper: z.nullable(boundSchema),
    /**
     * true: the source states no figure at all for this level; the amount is an individual assessment. Such a
     * level has neither edge (lower and upper are null), and nothing is computed from it.
     */
    individualAssessment: z.optional(z.literal(true)),
    citation: citationSchema,
  })
  .check(
    z.refine((level) => level.lower !== null || level.upper !== null || level.individualAssessment === true, {
      message:
        'et niveau skal have mindst én grænse, eller "individualAssessment": true, når kilden ikke angiver noget tal',
    }),
    z.refine(
      (level) => level.individualAssessment !== true || (level.lower === null && level.upper === null),
      {
        message: 'et niveau med individuel vurdering ("individualAssessment": true) kan ikke have grænser',
        path: ['individualAssessment'],
      },
    ),
    z.refine(
      (level) =>
        level.lower === null ||
        level.upper === null ||
        level.lower.value < level.upper.value ||
        (level.lower.value === level.upper.value && level.lower.inclusive && level.upper.inclusive),
      { message: 'nedre grænse skal være mindre end øvre grænse', path: ['upper'] },
    ),
  );
export type Level = z.infer<typeof levelSchema>;

const dimensionValueSchema = z.strictObject({ id: idSchema, label: text, description: z.optional(text) });
const atLeastOneValue = z.minLength(1, 'en dimension skal have mindst én værdi');

/** An age in whole years, as a child's age is given (0 to 17: children's help ends at 18). */
const ageSchema = z.int().check(z.nonnegative(), z.lte(17, 'en alder i børneområdet er højst 17 år'));

/**
 * What the levels are keyed by, of one of three kinds:
 * - `ordered`: a scale of severity or need, values in increasing order; levels should grow along it.
 * - `age`: age bands in whole years, `fromAge` to `toAge` inclusive; `toAge` null is open at the top
 *   ("Over 13 år"). A child's age picks the band; bands for different ages do not overlap in amount.
 * - `category`: unordered values (e.g. which other help the family has); no order of amounts is implied.
 */
export const dimensionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    id: idSchema,
    kind: z.literal('ordered'),
    label: text,
    /** Values in increasing order of need: the lint checks that levels grow along this order. */
    values: z.array(dimensionValueSchema).check(atLeastOneValue),
    citation: z.optional(citationSchema),
  }),
  z.strictObject({
    id: idSchema,
    kind: z.literal('age'),
    label: text,
    /** Age bands in increasing order of age. */
    values: z
      .array(
        z
          .strictObject({
            id: idSchema,
            label: text,
            fromAge: ageSchema,
            toAge: z.nullable(ageSchema),
            description: z.optional(text),
          })
          .check(
            z.refine((band) => band.toAge === null || band.toAge >= band.fromAge, {
              message: '"toAge" må ikke være mindre end "fromAge"',
              path: ['toAge'],
            }),
          ),
      )
      .check(atLeastOneValue),
    citation: z.optional(citationSchema),
  }),
  z.strictObject({
    id: idSchema,
    kind: z.literal('category'),
    label: text,
    /** Unordered values. */
    values: z.array(dimensionValueSchema).check(atLeastOneValue),
    citation: z.optional(citationSchema),
  }),
]);
export type Dimension = z.infer<typeof dimensionSchema>;
export type DimensionKind = Dimension['kind'];
export type AgeDimension = Extract<Dimension, { kind: 'age' }>;
export type AgeBand = AgeDimension['values'][number];

/** Amounts in bands keyed by a dimension (severity, age band, …), per a unit and period. */
export const levelsMeasureSchema = z.strictObject({
  kind: z.literal('levels'),
  unit: unitSchema,
  period: periodSchema,
  dimension: idSchema,
  levels: z.array(levelSchema).check(z.minLength(1, 'skal have mindst ét niveau')),
});
export type LevelsMeasure = z.infer<typeof levelsMeasureSchema>;

/** No numeric levels: the source describes how often contact can be, and how long the help lasts. */
export const frequenciesMeasureSchema = z.strictObject({
  kind: z.literal('frequencies'),
  options: z
    .array(z.strictObject({ id: idSchema, label: text }))
    .check(z.minLength(1, 'skal have mindst én kontakthyppighed')),
  optionsCitation: citationSchema,
  duration: z.strictObject({ text, citation: citationSchema }),
});
export type FrequenciesMeasure = z.infer<typeof frequenciesMeasureSchema>;

/** The source gives no figures for this intervention: nothing is shown as a municipal figure. */
export const unquantifiedMeasureSchema = z.strictObject({
  kind: z.literal('unquantified'),
  /** The unit a caseworker states a grant in (hours per week, døgn per year, kroner per month). */
  grantUnit: unitSchema,
  grantPeriod: periodSchema,
  note: text,
});

export const measureSchema = z.discriminatedUnion('kind', [
  levelsMeasureSchema,
  frequenciesMeasureSchema,
  unquantifiedMeasureSchema,
]);
export type Measure = z.infer<typeof measureSchema>;

/** A figure that the law itself fixes (not the municipality), with the law as its citation. */
export const legalLimitSchema = z.strictObject({
  id: idSchema,
  label: text,
  value: z.number().check(z.nonnegative()),
  unit: z.enum(['hours', 'days', 'kroner', 'years', 'months']),
  period: z.optional(periodSchema),
  citation: evidenceSchema,
});
export type LegalLimit = z.infer<typeof legalLimitSchema>;

export const interventionSchema = z.strictObject({
  id: idSchema,
  name: text,
  legalBasis: z.array(legalBasisSchema).check(z.minLength(1, 'en indsats skal have mindst ét lovgrundlag')),
  purpose: z.strictObject({ text, citation: evidenceSchema }),
  /** Ids from the purpose vocabulary (`standards/purposes.json`), used by the double-compensation rules. */
  purposes: z._default(z.array(idSchema), []),
  /**
   * Purposes from the vocabulary that one grant of this intervention may be stated to pay for, chosen per
   * grant by the caseworker (a merudgift may pay for care, respite or escort). Empty: not asked.
   */
  coverOptions: z._default(z.array(idSchema), []),
  measure: measureSchema,
  legalLimits: z._default(z.array(legalLimitSchema), []),
});
export type Intervention = z.infer<typeof interventionSchema>;

/** A conversion convention; the file must say whether the source states it or it is an assumption. */
export const conventionSchema = z.union([
  z.strictObject({
    value: z.number().check(z.positive()),
    basis: z.literal('stated'),
    citation: citationSchema,
  }),
  z.strictObject({ value: z.number().check(z.positive()), basis: z.literal('assumption'), note: text }),
]);
export type Convention = z.infer<typeof conventionSchema>;

/** The events of a case that deadlines count from. */
export const caseEventSchema = z.enum([
  'aware',
  'investigation-finished',
  'decision-made',
  'decision-received',
  'help-started',
  'follow-up-held',
]);
export type CaseEvent = z.infer<typeof caseEventSchema>;

export const deadlineSchema = z.strictObject({
  id: idSchema,
  label: text,
  from: caseEventSchema,
  amount: positiveInt,
  unit: z.enum(['days', 'weeks', 'months']),
  /** true: counts again from each follow-up (a cadence), not once. */
  repeats: z.boolean(),
  /** Who sets the figure: the law (restated by the standard) or the municipality's own decision. */
  setBy: z.enum(['law', 'municipality']),
  citation: citationSchema,
});
export type Deadline = z.infer<typeof deadlineSchema>;

const ruleBase = {
  id: idSchema,
  /** The interventions of this standard the rule applies to. */
  interventions: z.array(idSchema).check(z.minLength(1, 'en regel skal gælde mindst én indsats')),
  /** The rule in Danish, as the app shows it. */
  text,
  citation: citationSchema,
};

/**
 * What a standard says beyond its table, for that municipality only (national rules stay in the national
 * files): a placement line ("15 døgn pr. måned eller mere er en anbringelse"), how a døgn is counted (noon to
 * noon), the longest stay at a time, and a compensation that is reduced when the help is granted (tabt
 * arbejdsfortjeneste). Each carries its citation.
 */
export const localRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...ruleBase,
    kind: z.literal('placement-line'),
    /** At or over this amount per period the help is a placement (anbringelse), not this intervention. */
    value: z.number().check(z.positive()),
    unit: unitSchema,
    period: periodSchema,
  }),
  z.strictObject({
    ...ruleBase,
    kind: z.literal('day-count'),
    /** A døgn runs from this time of day to the same or another time the next day, e.g. 12:00 to 12:00. */
    from: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'skal være et klokkeslæt TT:MM')),
    to: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'skal være et klokkeslæt TT:MM')),
  }),
  z.strictObject({
    ...ruleBase,
    kind: z.literal('max-stay'),
    /** The longest one stay may last. */
    value: positiveInt,
    unit: z.enum(['days', 'weeks']),
  }),
  z.strictObject({
    ...ruleBase,
    kind: z.literal('reduces-compensation'),
    /** The purpose (from purposes.json) of the compensation to reduce, e.g. "pasning-i-hjemmet". */
    reduces: idSchema,
  }),
]);
export type LocalRule = z.infer<typeof localRuleSchema>;

/** The current format. Version 1 files (dimensions without a kind) are migrated on reading, see below. */
export const FORMAT_VERSION = 2;

export const standardVersionSchema = z
  .strictObject({
    formatVersion: z.literal(
      FORMAT_VERSION,
      'formatVersion skal være 2 (filer i version 1 opgraderes ved indlæsning)',
    ),
    /** Unique id of this version, e.g. "randers-3-2019-12-09". */
    id: idSchema,
    municipality: text,
    standard: z.strictObject({
      /** Same for all versions of one standard, e.g. "randers-3". */
      key: idSchema,
      /** The municipality's own number for the standard, where it has one (Randers: 1–5). */
      number: z.optional(positiveInt),
      title: text,
    }),
    status: z.enum(['in-force', 'draft', 'example', 'repealed']),
    approved: z.nullable(z.strictObject({ by: text, date: isoDateSchema, citation: citationSchema })),
    effective: z.strictObject({
      from: isoDateSchema,
      to: z.nullable(isoDateSchema),
      note: z.optional(text),
    }),
    sources: z.array(sourceSchema).check(z.minLength(1, 'mindst én kilde skal være angivet')),
    legalBasis: z.array(legalBasisSchema).check(z.minLength(1, 'standarden skal have mindst ét lovgrundlag')),
    conventions: z.strictObject({ weeksPerYear: conventionSchema, monthsPerYear: conventionSchema }),
    dimensions: z._default(z.array(dimensionSchema), []),
    interventions: z
      .array(interventionSchema)
      .check(z.minLength(1, 'en standard skal have mindst én indsats')),
    deadlines: z._default(z.array(deadlineSchema), []),
    /** The standard's own rules beyond its table, for this municipality. */
    rules: z._default(z.array(localRuleSchema), []),
    /** Other standards this one must be read with (double compensation across standards 1–3). */
    relatedStandards: z._default(z.array(z.strictObject({ key: idSchema, reason: citationSchema })), []),
  })
  .check(
    z.superRefine((version, ctx) => {
      const dimensionIds = new Map(version.dimensions.map((d) => [d.id, new Set(d.values.map((v) => v.id))]));
      checkCitationSources(version, version.sources, ctx);
      checkPhysicalLimits(version, ctx);
      if (version.effective.to !== null && version.effective.to < version.effective.from) {
        ctx.addIssue({ code: 'custom', message: 'slutdato er før startdato', path: ['effective', 'to'] });
      }
      reportDuplicates(
        version.interventions.map((i) => i.id),
        ['interventions'],
        ctx,
      );
      reportDuplicates(
        version.deadlines.map((d) => d.id),
        ['deadlines'],
        ctx,
      );
      reportDuplicates(
        version.rules.map((r) => r.id),
        ['rules'],
        ctx,
      );
      const interventionIds = new Set(version.interventions.map((i) => i.id));
      version.rules.forEach((rule, r) => {
        rule.interventions.forEach((id, n) => {
          if (!interventionIds.has(id)) {
            ctx.addIssue({
              code: 'custom',
              message: `indsatsen "${id}" findes ikke under "interventions"`,
              path: ['rules', r, 'interventions', n],
            });
          }
        });
      });
      version.interventions.forEach((intervention, i) => {
        if (intervention.measure.kind !== 'levels') return;
        const measure = intervention.measure;
        const values = dimensionIds.get(measure.dimension);
        if (!values) {
          ctx.addIssue({
            code: 'custom',
            message: `dimensionen "${measure.dimension}" er ikke angivet under "dimensions"`,
            path: ['interventions', i, 'measure', 'dimension'],
          });
          return;
        }
        measure.levels.forEach((level, l) => {
          if (!values.has(level.key)) {
            ctx.addIssue({
              code: 'custom',
              message: `"${level.key}" er ikke en værdi i dimensionen "${measure.dimension}"`,
              path: ['interventions', i, 'measure', 'levels', l, 'key'],
            });
          }
        });
        reportDuplicates(
          measure.levels.map((level) => level.key),
          ['interventions', i, 'measure', 'levels'],
          ctx,
        );
      });
    }),
  );
export type StandardVersion = z.infer<typeof standardVersionSchema>;
/** The JSON as written in a file, before defaults are filled in. */
export type StandardVersionInput = z.input<typeof standardVersionSchema>;

/**
 * No figure of a file may be impossible: more hours than a week has, 8 døgn a week, 400 døgn a year, 0,001
 * weeks per year (`limits.ts`). Each is reported at its own path, so a file that would blank a page with a
 * figure like 1e308 fails the build, `check:standards` and the browser's check alike.
 */
function checkPhysicalLimits(
  version: {
    conventions: { weeksPerYear: Convention; monthsPerYear: Convention };
    interventions: readonly Pick<Intervention, 'legalLimits' | 'measure'>[];
  },
  ctx: z.core.$RefinementCtx,
): void {
  const conventionChecks = [
    ['weeksPerYear', weeksPerYearProblem],
    ['monthsPerYear', monthsPerYearProblem],
  ] as const;
  for (const [key, problemOf] of conventionChecks) {
    const problem = problemOf(version.conventions[key].value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['conventions', key, 'value'] });
  }
  version.interventions.forEach((intervention, i) => {
    intervention.legalLimits.forEach((limit, l) => {
      if (
        limit.period === undefined ||
        (limit.unit !== 'hours' && limit.unit !== 'days' && limit.unit !== 'kroner')
      )
        return;
      const problem = amountLimitProblem(limit.value, limit.unit, limit.period);
      if (problem)
        ctx.addIssue({
          code: 'custom',
          message: problem,
          path: ['interventions', i, 'legalLimits', l, 'value'],
        });
    });
    const measure = intervention.measure;
    if (measure.kind !== 'levels') return;
    measure.levels.forEach((level, l) => {
      for (const edge of ['lower', 'upper'] as const) {
        const bound = level[edge];
        const problem = bound === null ? null : amountLimitProblem(bound.value, measure.unit, measure.period);
        if (problem) {
          ctx.addIssue({
            code: 'custom',
            message: problem,
            path: ['interventions', i, 'measure', 'levels', l, edge, 'value'],
          });
        }
      }
    });
  });
}

/** Ids of one list must be unique: the second and later uses are reported at their index. */
export function reportDuplicates(
  ids: readonly string[],
  path: (string | number)[],
  ctx: z.core.$RefinementCtx,
): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) {
      ctx.addIssue({ code: 'custom', message: `id "${id}" bruges mere end én gang`, path: [...path, index] });
    }
    seen.add(id);
  });
}

/**
 * Every citation anywhere in a parsed file must name a source the file declares; a citation that does not
 * is reported at its own path. Used by the standard files and by the national data files alike.
 */
export function checkCitationSources(
  value: unknown,
  sources: readonly { id: string }[],
  ctx: z.core.$RefinementCtx,
): void {
  const ids = new Set(sources.map((source) => source.id));
  visitCitations(value, [], (citation, path) => {
    if (!ids.has(citation.source)) {
      ctx.addIssue({
        code: 'custom',
        message: `kilden "${citation.source}" er ikke angivet under "sources"`,
        path: [...path, 'source'],
      });
    }
  });
}

/**
 * Every citation in a value, with its path. Iterative (an explicit stack, not recursion), so a deeply nested
 * or huge file cannot overflow the call stack; paths are built only for the citations found.
 */
function visitCitations(
  root: unknown,
  rootPath: (string | number)[],
  visit: (citation: Evidence, path: (string | number)[]) => void,
): void {
  interface Frame {
    value: unknown;
    parent: Frame | null;
    key: string | number | null;
  }
  const pathOf = (frame: Frame): (string | number)[] => {
    const parts: (string | number)[] = [];
    for (let f: Frame | null = frame; f !== null && f.key !== null; f = f.parent) parts.push(f.key);
    return [...rootPath, ...parts.reverse()];
  };
  const stack: Frame[] = [{ value: root, parent: null, key: null }];
  const found: Frame[] = [];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const value = frame.value;
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) {
        stack.push({ value: value[index], parent: frame, key: index });
      }
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    const record = value as Record<string, unknown>;
    if (
      typeof record.source === 'string' &&
      (typeof record.quote === 'string' || typeof record.summary === 'string') &&
      typeof record.section === 'string'
    ) {
      found.push(frame);
      continue;
    }
    const entries = Object.entries(record);
    for (let index = entries.length - 1; index >= 0; index--) {
      const [key, child] = entries[index] as [string, unknown];
      stack.push({ value: child, parent: frame, key });
    }
  }
  for (const frame of found) visit(frame.value as Evidence, pathOf(frame));
}

/** An address on the web, https only (a deployment's own pages). */
export const httpsUrlSchema = z
  .string()
  .check(z.regex(/^https:\/\/[^\s/]+(\/\S*)?$/, 'skal være en webadresse, der begynder med https://'));

/**
 * What one deployment says of itself: the municipality whose standards a user lands on (the user may choose
 * another in this browser), and the responsible authority for the header and footer: its name, how to contact it,
 * and the address of its accessibility statement (tilgængelighedserklæring; webtilgængelighedsloven asks for one
 * per website, made by the responsible public body — so it is a setting, never shipped as a figure of ours).
 */
export const deploymentSchema = z.strictObject({
  municipality: text,
  authority: z.strictObject({
    name: text,
    url: z.optional(httpsUrlSchema),
    email: z.optional(text),
    phone: z.optional(text),
  }),
  accessibilityStatement: z.optional(httpsUrlSchema),
});
export type Deployment = z.infer<typeof deploymentSchema>;

/** The manifest `standards/index.json`: the deployment's settings and which files the app loads. */
/** One line of the manifest: a file to load. Checked line by line, so one bad line stops only itself. */
export const manifestEntrySchema = z.strictObject({
  file: z.string().check(z.regex(STANDARD_FILE_NAME, 'skal være et filnavn')),
});

export const manifestSchema = z.strictObject({
  deployment: z.optional(deploymentSchema),
  versions: z.array(manifestEntrySchema),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** A schema problem as a person reads it: the file, the JSON path, the message. */
export interface SchemaProblem {
  file: string;
  path: string;
  message: string;
}

export function formatJsonPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '$';
  return `$${path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('')}`;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: SchemaProblem[] };

/** A file's text as JSON, or its syntax error naming the file (at `$`). Serves every parse of a file's text. */
function parseJsonSyntax(file: string, text: string): ParseResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      problems: [{ file, path: '$', message: `ugyldig JSON: ${(error as Error).message}` }],
    };
  }
}

/** Parse a file's text with a schema: JSON syntax errors and schema errors both name the file and where. */
export function parseJsonText<T>(file: string, text: string, schema: z.ZodMiniType<T>): ParseResult<T> {
  const json = parseJsonSyntax(file, text);
  return json.ok ? parseWithSchema(file, json.value, schema) : json;
}

/** At most this many schema problems of one file are listed; a last line gives the total. */
export const MAX_LISTED_PROBLEMS = 100;

/**
 * The first MAX_LISTED_PROBLEMS problems and, when there are more, a last line with the total: a file with
 * 240,000 errors neither floods the page nor overflows a `push(...problems)`.
 */
export function capProblems(
  file: string,
  problems: readonly SchemaProblem[],
  total = problems.length,
): SchemaProblem[] {
  if (total <= MAX_LISTED_PROBLEMS) return [...problems];
  return [
    ...problems.slice(0, MAX_LISTED_PROBLEMS),
    {
      file,
      path: '$',
      message: `i alt ${total.toLocaleString('da-DK')} fejl i filen; de første ${MAX_LISTED_PROBLEMS} er vist`,
    },
  ];
}

/**
 * The most values (objects, arrays, strings, numbers …) a data file may hold. The largest shipped file holds a
 * few thousand; a file far beyond is refused before it is validated, so the validator can neither take seconds
 * nor overflow its stack (zod collects issues with a spread, which fails near 120,000 of them).
 */
export const MAX_JSON_VALUES = 50_000;

/** How many values a parsed JSON holds, counted without recursion and stopping past `limit`. */
export function countJsonValues(json: unknown, limit = MAX_JSON_VALUES): number {
  let count = 0;
  const stack: unknown[] = [json];
  while (stack.length > 0 && count <= limit) {
    const value = stack.pop();
    count++;
    if (Array.isArray(value)) for (const item of value) stack.push(item);
    else if (value !== null && typeof value === 'object')
      for (const item of Object.values(value)) stack.push(item);
  }
  return count;
}

export function parseWithSchema<T>(file: string, json: unknown, schema: z.ZodMiniType<T>): ParseResult<T> {
  if (countJsonValues(json) > MAX_JSON_VALUES) {
    return {
      ok: false,
      problems: [
        {
          file,
          path: '$',
          message: `filen er for stor: mere end ${MAX_JSON_VALUES.toLocaleString('da-DK')} værdier (en standardfil har nogle få tusinde)`,
        },
      ],
    };
  }
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues;
  const listed = issues.slice(0, MAX_LISTED_PROBLEMS).map((issue) => ({
    file,
    path: formatJsonPath(issue.path),
    message: issue.message,
  }));
  return { ok: false, problems: capProblems(file, listed, issues.length) };
}

/**
 * A file written in format version 1, brought to the current format. Version 1 had one kind of dimension, a
 * scale in increasing order of need, which is version 2's `ordered`; nothing else changed incompatibly. Anything
 * that is not a version 1 file is returned unchanged for the schema to judge.
 */
export function migrateStandardJson(json: unknown): unknown {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return json;
  const record = json as Record<string, unknown>;
  if (record.formatVersion !== 1) return json;
  const dimensions = Array.isArray(record.dimensions)
    ? record.dimensions.map((dimension: unknown) =>
        dimension !== null && typeof dimension === 'object' && !('kind' in dimension)
          ? { ...dimension, kind: 'ordered' }
          : dimension,
      )
    : record.dimensions;
  return { ...record, formatVersion: FORMAT_VERSION, ...(dimensions === undefined ? {} : { dimensions }) };
}

export function parseStandardText(file: string, text: string): ParseResult<StandardVersion> {
  const json = parseJsonSyntax(file, text);
  return json.ok ? parseStandard(file, json.value) : json;
}

export function parseStandard(file: string, json: unknown): ParseResult<StandardVersion> {
  return parseWithSchema(file, migrateStandardJson(json), standardVersionSchema);
}

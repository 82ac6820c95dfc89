/**
 * Double compensation in a family's package: which grants may pay for the same thing, and why.
 *
 * Seed 004 (Randers Kommune, kvalitetsstandard nr. 3): "kommunen er forpligtet til at sikre, at der ikke
 * sker dobbeltkompensation, det vil sige at dit barn, du som forælder eller familien ikke modtager hjælp
 * efter forskellige bestemmelser til det samme formål og behov. Det gælder særligt for indsatserne i
 * kvalitetsstandard 1, 2 og 3."
 *
 * The rules are data (`standards/national/double-compensation.json`); this module evaluates them. It is
 * pure and independent of the order of the grants: the grants are put in a canonical order first, and a
 * flag is identified by its rule and the grants it is about.
 */

import type {
  Intervention,
  LegalBasis,
  LegalLimit,
  Period,
  StandardVersion,
  Unit,
} from '../format/schema.ts';
import { conventionsOf, convertAmount, formatNumber, PER_PERIOD, UNIT_LABEL } from '../format/units.ts';
import { sameProvision } from '../law/law.ts';
import type {
  Certainty,
  CoincidingHours,
  CombinationRule,
  LegalLimitRule,
  PlacementLineRule,
  Provision,
  Rule,
  RulesFile,
  SamePurposeRule,
  Selector,
} from './double-compensation-rules.ts';
import type { PurposesFile } from './purposes.ts';

/** One line of the package: a grant of an intervention of a standard version. */
export interface Grant {
  /** The line's own id (two lines may be the same intervention). */
  id: string;
  version: StandardVersion;
  intervention: Intervention;
  /** In the unit and period of `grantMeasure`; null where the intervention has none or none is given. */
  amount: number | null;
  /** Purposes from the intervention's `coverOptions` this grant is stated to pay for. */
  covers: readonly string[];
}

export interface PackageInput {
  grants: readonly Grant[];
  /** Whole years; null when not given (rules that need it are then not evaluated). */
  childAge: number | null;
}

/** A figure behind a flag and the arithmetic that made it, in Danish. */
export interface FlagDetail {
  text: string;
  formula: string | null;
  /** An assumption the figure rests on (not a source's figure), in the data's own words. */
  assumption: string | null;
}

export interface Indication extends FlagDetail {
  compensatedHoursPerYear: number;
  coincidingHoursPerYear: number;
}

export interface Flag {
  /** The rule and the grants: the same flag has the same key whatever the order of the grants. */
  key: string;
  rule: Rule;
  certainty: Certainty;
  /** The grants concerned: for a combination the rule's subject first; otherwise in canonical order. */
  grantIds: string[];
  /** The purposes the grants share (or that the subject grant is stated to pay for). */
  sharedPurposes: string[];
  detail: FlagDetail | null;
  indication: Indication | null;
  /**
   * Set where the flag comes from a standard's own rule (not the national rules): the version whose rule it
   * is, and where its citations' sources are declared. The rule then holds for that municipality only.
   */
  localTo?: StandardVersion;
}

/** The unit and period a grant of the intervention is stated in; null where it has no amount (frequencies). */
export function grantMeasure(intervention: Intervention): { unit: Unit; period: Period } | null {
  const measure = intervention.measure;
  if (measure.kind === 'levels') return { unit: measure.unit, period: measure.period };
  if (measure.kind === 'unquantified') return { unit: measure.grantUnit, period: measure.grantPeriod };
  return null;
}

/**
 * A provision matches a legal basis when law and § agree and, where it names stk. or nr., those agree too. A
 * compound basis ("§ 84, jf. § 44") matches either of its paragraphs.
 */
export function provisionMatches(provision: Provision, basis: LegalBasis): boolean {
  const matches = (p: { paragraph: string; stk?: number; nr?: number }) =>
    provision.law === basis.law &&
    provision.paragraph === p.paragraph &&
    (provision.stk === undefined || provision.stk === p.stk) &&
    (provision.nr === undefined || provision.nr === p.nr);
  return matches(basis) || (basis.jf !== undefined && matches(basis.jf));
}

/** Does a side of a rule select this intervention: one of its provisions, or one of its declared purposes? */
export function selects(selector: Selector, intervention: Intervention): boolean {
  return (
    selector.provisions.some((p) => intervention.legalBasis.some((basis) => provisionMatches(p, basis))) ||
    selector.purposes.some((purpose) => intervention.purposes.includes(purpose))
  );
}

/** Two interventions are under the same provision when they share one legal basis exactly. */
export function shareProvision(a: Intervention, b: Intervention): boolean {
  return a.legalBasis.some((x) => b.legalBasis.some((y) => sameProvision(x, y)));
}

const intersect = (a: readonly string[], b: readonly string[]) =>
  [...new Set(a)].filter((x) => b.includes(x));

/**
 * Evaluate every rule on the package: the national rules (what the law says), then each standard's own rules
 * for its municipality's grants. The result is the same for any order of `input.grants`.
 */
export function evaluatePackage(input: PackageInput, rules: RulesFile): Flag[] {
  const grants = canonicalOrder(input.grants);
  return [
    ...rules.rules.flatMap((rule) => evaluateRule(rule, grants, input.childAge)),
    ...localFlags(grants),
  ];
}

/**
 * A standard's own rules, for the grants of that standard (Nyborg's § 44: "Aflastninger på 15 døgn pr. måned
 * eller mere er en anbringelse og skal behandles som sådan"; "Evt. udbetaling af tabt arbejdsfortjeneste skal
 * reduceres, når der bevilges aflastning og/eller afløsning"). A rule in one municipality's file is never
 * applied to another municipality's grants; a compensation to reduce may be granted under any standard of the
 * same municipality (Nyborg's tabt arbejdsfortjeneste is in another of its standards).
 */
function localFlags(grants: readonly Grant[]): Flag[] {
  const flags: Flag[] = [];
  const versions = [...new Map(grants.map((g) => [g.version.id, g.version])).values()];
  for (const version of versions) {
    const own = grants.filter((g) => g.version.id === version.id);
    for (const local of version.rules) {
      const covered = own.filter((g) => local.interventions.includes(g.intervention.id));
      if (covered.length === 0) continue;
      const id = `lokal-${version.id}-${local.id}`;
      const citations = [local.citation];
      if (local.kind === 'reduces-compensation') {
        const reduced = grants.filter(
          (g) =>
            g.version.municipality === version.municipality &&
            g.intervention.purposes.includes(local.reduces),
        );
        if (reduced.length === 0) continue;
        const rule: SamePurposeRule = {
          id,
          kind: 'same-purpose',
          title: `${version.municipality}s regel: ${local.text}`,
          text: `${local.text} Reglen står i ${version.municipality}s egen standard og gælder kommunens bevillinger.`,
          lookAt: 'Om kompensationen allerede er nedsat for den tid, aflastningen eller afløsningen dækker.',
          certainty: 'double',
          purposes: [local.reduces],
          citations,
        };
        const ids = [...reduced, ...covered].map((g) => g.id);
        flags.push({ ...flag(rule, ids), sharedPurposes: [local.reduces], localTo: version });
      } else if (local.kind === 'placement-line') {
        const parts = covered.flatMap((grant) => {
          const measure = grantMeasure(grant.intervention);
          if (measure?.unit !== local.unit || grant.amount === null) return [];
          const inRule = convertAmount(grant.amount, measure.period, local.period, conventionsOf(version));
          return [{ grant, inRule }];
        });
        const total = parts.reduce((sum, p) => sum + p.inRule, 0);
        if (parts.length === 0 || total < local.value) continue;
        const per = `${UNIT_LABEL[local.unit].many} ${PER_PERIOD[local.period]}`;
        const perMonth = convertAmount(local.value, local.period, 'month', conventionsOf(version));
        const figure = { value: perMonth, basis: 'stated' as const, citation: local.citation };
        const rule: PlacementLineRule = {
          id,
          kind: 'placement-line',
          title: `${version.municipality}s grænse for anbringelse`,
          text: `${local.text} Grænsen står i ${version.municipality}s egen standard og gælder kommunens bevillinger.`,
          lookAt:
            'Om hjælpen skal behandles som en anbringelse, og hvad det ændrer for de øvrige bevillinger.',
          certainty: 'check',
          subject: { provisions: [], purposes: [] },
          linePerMonth: figure,
          nearPerMonth: figure,
          citations,
        };
        flags.push({
          ...flag(
            rule,
            parts.map((p) => p.grant.id),
          ),
          key: id,
          localTo: version,
          detail: {
            text: `I alt ${n(total)} ${per}: på eller over ${version.municipality}s grænse på ${n(local.value)} ${per}.`,
            formula: parts.map((p) => `${p.grant.intervention.name}: ${n(p.inRule)} ${per}`).join('; '),
            assumption: null,
          },
        });
      }
    }
  }
  return flags;
}

function evaluateRule(rule: Rule, grants: readonly Grant[], childAge: number | null): Flag[] {
  switch (rule.kind) {
    case 'same-purpose':
      return samePurpose(rule, grants);
    case 'combination':
      return combination(rule, grants);
    case 'placement-line':
      return placementLine(rule, grants);
    case 'legal-limit':
      return legalLimit(rule, grants, childAge);
  }
}

function canonicalOrder(grants: readonly Grant[]): Grant[] {
  const key = (g: Grant) =>
    [g.version.id, g.intervention.id, g.amount ?? '', [...g.covers].sort().join(','), g.id].join('|');
  return [...grants].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function pairKey(rule: Rule, ids: readonly string[]): string {
  return `${rule.id}:${[...ids].sort().join('+')}`;
}

function flag(rule: Rule, grantIds: string[], extra: Partial<Flag> = {}): Flag {
  return {
    key: pairKey(rule, grantIds),
    rule,
    certainty: rule.certainty,
    grantIds,
    sharedPurposes: [],
    detail: null,
    indication: null,
    ...extra,
  };
}

/**
 * Rule 1, same purpose under different provisions (seed 004): "ikke modtager hjælp efter forskellige
 * bestemmelser til det samme formål og behov". Two grants whose interventions share no legal basis and
 * both declare one of the rule's purposes.
 */
function samePurpose(rule: SamePurposeRule, grants: readonly Grant[]): Flag[] {
  const flags: Flag[] = [];
  grants.forEach((a, i) => {
    for (const b of grants.slice(i + 1)) {
      if (shareProvision(a.intervention, b.intervention)) continue;
      const shared = intersect(intersect(a.intervention.purposes, b.intervention.purposes), rule.purposes);
      if (shared.length > 0) flags.push(flag(rule, [a.id, b.id], { sharedPurposes: shared }));
    }
  });
  return flags;
}

/**
 * Rules 2, 3, 4 and 6: a grant of one kind together with a grant of another (merudgifter beside help that
 * covers the same cost; tabt arbejdsfortjeneste beside respite; ledsagelse beside a 24-hour stay). Where
 * the subject grant is stated to pay for a purpose the other grant has, `certaintyWhenCovered` applies;
 * where it is stated to pay only for other things, the pair is not flagged; where nothing is stated, the
 * rule's own certainty applies (check it).
 */
function combination(rule: CombinationRule, grants: readonly Grant[]): Flag[] {
  const flags = new Map<string, Flag>();
  for (const subject of grants) {
    if (!selects(rule.subject, subject.intervention)) continue;
    for (const other of grants) {
      if (other === subject || !selects(rule.with, other.intervention)) continue;
      const key = pairKey(rule, [subject.id, other.id]);
      // Both ways round can match; the first in canonical order is the subject, whatever the input order.
      if (flags.has(key)) continue;
      const covered = intersect(subject.covers, other.intervention.purposes);
      // The caseworker has stated what the subject grant pays for, and it is none of the other's purposes.
      if (rule.certaintyWhenCovered !== undefined && subject.covers.length > 0 && covered.length === 0)
        continue;
      const certainty =
        covered.length > 0 && rule.certaintyWhenCovered !== undefined
          ? rule.certaintyWhenCovered
          : rule.certainty;
      const indication = rule.indication ? coincidingHours(rule.indication, subject, other) : null;
      flags.set(key, flag(rule, [subject.id, other.id], { certainty, sharedPurposes: covered, indication }));
    }
  }
  return [...flags.values()];
}

/**
 * Rule 3's indication: tabt arbejdsfortjeneste compensates care at home, and "is to be reduced when respite
 * or relief is granted". How many of the compensated hours per year fall on the respite: for respite in
 * døgn, the døgn per year × the compensated hours per week ÷ the days per week the hours are spread over;
 * for relief in hours, the relief hours per year. Never more than the compensated hours. An indication,
 * not a decision: the actual reduction is the caseworker's assessment.
 */
export function coincidingHours(spec: CoincidingHours, subject: Grant, other: Grant): Indication | null {
  const own = grantMeasure(subject.intervention);
  const theirs = grantMeasure(other.intervention);
  if (!own || !theirs || own.unit !== 'hours' || subject.amount === null || other.amount === null)
    return null;
  const conventions = conventionsOf(subject.version);
  const hoursPerWeek = convertAmount(subject.amount, own.period, 'week', conventions);
  const compensated = convertAmount(subject.amount, own.period, 'year', conventions);
  const perYear = convertAmount(other.amount, theirs.period, 'year', conventionsOf(other.version));
  const days = spec.daysPerWeek.value;
  let raw: number;
  let formula: string;
  if (theirs.unit === 'days') {
    raw = (perYear * hoursPerWeek) / days;
    formula = `${n(perYear)} døgn om året × ${n(hoursPerWeek)} timer om ugen ÷ ${n(days)} dage om ugen = ${n(raw)} timer om året`;
  } else if (theirs.unit === 'hours') {
    raw = perYear;
    formula = `${n(perYear)} timers afløsning om året`;
  } else {
    return null;
  }
  const coinciding = Math.min(raw, compensated);
  const compensatedFormula = `${n(hoursPerWeek)} timer om ugen × ${n(conventions.weeksPerYear)} uger = ${n(compensated)} kompenserede timer om året`;
  return {
    compensatedHoursPerYear: compensated,
    coincidingHoursPerYear: coinciding,
    text: `Omkring ${n(coinciding)} af ${n(compensated)} kompenserede timer om året falder sammen med aflastningen eller afløsningen.`,
    formula: `${compensatedFormula}; ${formula}${raw > compensated ? ` (højst de ${n(compensated)} kompenserede timer)` : ''}.`,
    assumption:
      theirs.unit === 'days' && spec.daysPerWeek.basis === 'assumption' ? spec.daysPerWeek.note : null,
  };
}

/**
 * Rule 5, respite versus placement: Ankestyrelsen's principle decision 44-11 treated Thursday to Monday
 * every week as a placement; Nyborg's standard treats 15 døgn per month or more as a placement. The sum
 * of the package's respite in døgn per month is compared with the line and with the point from which
 * the flag warns that it is near.
 */
function placementLine(rule: PlacementLineRule, grants: readonly Grant[]): Flag[] {
  const counted = grants.flatMap((grant) => {
    const measure = grantMeasure(grant.intervention);
    if (!selects(rule.subject, grant.intervention) || measure?.unit !== 'days' || grant.amount === null)
      return [];
    // A standard with its own placement line for this intervention is judged by it (see `localFlags`).
    if (hasOwnPlacementLine(grant)) return [];
    const perMonth = convertAmount(grant.amount, measure.period, 'month', conventionsOf(grant.version));
    const converted = measure.period === 'month' ? '' : ` = ${n(perMonth)} døgn om måneden`;
    const part = `${grant.intervention.name}: ${n(grant.amount)} døgn ${PER_PERIOD[measure.period]}${converted}`;
    return [{ grant, perMonth, part }];
  });
  const total = counted.reduce((sum, c) => sum + c.perMonth, 0);
  if (counted.length === 0 || total < rule.nearPerMonth.value) return [];
  const line = rule.linePerMonth.value;
  const parts = counted.map((c) => c.part);
  return [
    {
      ...flag(
        rule,
        counted.map((c) => c.grant.id),
      ),
      // One flag per package for this rule: its key does not change when another respite grant is added.
      key: rule.id,
      detail: {
        text:
          total >= line
            ? `I alt ${n(total)} døgn om måneden: på eller over linjen på ${n(line)} døgn om måneden.`
            : `I alt ${n(total)} døgn om måneden: nær linjen på ${n(line)} døgn om måneden (advarsel fra ${n(rule.nearPerMonth.value)}).`,
        formula:
          parts.length > 1 ? `${parts.join('; ')}; i alt ${n(total)} døgn om måneden.` : `${parts[0]}.`,
        assumption: rule.nearPerMonth.basis === 'assumption' ? rule.nearPerMonth.note : null,
      },
    },
  ];
}

function hasOwnPlacementLine(grant: Grant): boolean {
  return grant.version.rules.some(
    (rule) => rule.kind === 'placement-line' && rule.interventions.includes(grant.intervention.id),
  );
}

/**
 * Figures the law itself fixes, carried by the intervention as `legalLimits` (ledsagelse: 15 hours per
 * month, ages 12 to 18; tabt arbejdsfortjeneste: normally at most 37 hours per week).
 */
function legalLimit(rule: LegalLimitRule, grants: readonly Grant[], childAge: number | null): Flag[] {
  const flags: Flag[] = [];
  for (const grant of grants) {
    if (!selects(rule.subject, grant.intervention)) continue;
    const limit = (id: string) => grant.intervention.legalLimits.find((l) => l.id === id);
    const check = rule.check;
    if (check.compare === 'amount-at-most') {
      const max = limit(check.limit);
      const measure = grantMeasure(grant.intervention);
      if (!max || !measure || grant.amount === null || max.unit !== measure.unit) continue;
      const period = max.period ?? measure.period;
      const amount = convertAmount(grant.amount, measure.period, period, conventionsOf(grant.version));
      if (amount <= max.value) continue;
      flags.push(
        flag(rule, [grant.id], {
          detail: {
            text: `${amountText(amount, max.unit, period)} er over lovens ${amountText(max.value, max.unit, period)}.`,
            formula:
              period === measure.period
                ? null
                : `${amountText(grant.amount, measure.unit, measure.period)} = ${amountText(amount, measure.unit, period)}`,
            assumption: null,
          },
        }),
      );
    } else {
      const from = limit(check.from);
      const below = limit(check.below);
      if (!from || !below || childAge === null) continue;
      if (childAge >= from.value && childAge < below.value) continue;
      flags.push(
        flag(rule, [grant.id], {
          detail: {
            text: `Barnet er ${n(childAge)} år; loven giver ret fra ${n(from.value)} år til ${n(below.value)} år.`,
            formula: null,
            assumption: null,
          },
        }),
      );
    }
  }
  return flags;
}

function amountText(value: number, unit: LegalLimit['unit'], period: Period): string {
  const label = unit === 'years' ? 'år' : unit === 'months' ? 'måneder' : UNIT_LABEL[unit].many;
  return `${n(value)} ${label} ${PER_PERIOD[period]}`;
}

const n = formatNumber;

/**
 * References the files make to each other: purpose ids (interventions, cover options, rules) that the
 * vocabulary lacks, and legal limits a rule names that an intervention it selects does not carry.
 * Problems are shown, never hidden; the rest of the package still works.
 */
export function checkReferences(
  vocabulary: PurposesFile,
  rules: RulesFile,
  versions: readonly StandardVersion[],
): string[] {
  const known = new Set(vocabulary.purposes.map((p) => p.id));
  const problems: string[] = [];
  const unknown = (ids: readonly string[], where: string) => {
    for (const id of ids)
      if (!known.has(id)) problems.push(`${where}: formålet "${id}" findes ikke i ordforrådet`);
  };
  for (const version of versions) {
    for (const intervention of version.interventions) {
      unknown(intervention.purposes, `${version.id}, ${intervention.name}`);
      unknown(intervention.coverOptions, `${version.id}, ${intervention.name} (coverOptions)`);
    }
  }
  for (const rule of rules.rules) {
    const where = `reglen "${rule.id}"`;
    if (rule.kind === 'same-purpose') unknown(rule.purposes, where);
    if (rule.kind === 'combination') unknown([...rule.subject.purposes, ...rule.with.purposes], where);
    if (rule.kind === 'placement-line' || rule.kind === 'legal-limit') unknown(rule.subject.purposes, where);
    if (rule.kind !== 'legal-limit') continue;
    const ids =
      rule.check.compare === 'amount-at-most' ? [rule.check.limit] : [rule.check.from, rule.check.below];
    for (const version of versions) {
      for (const intervention of version.interventions) {
        if (!selects(rule.subject, intervention)) continue;
        for (const id of ids) {
          if (!intervention.legalLimits.some((l) => l.id === id)) {
            problems.push(`${where}: ${version.id}, ${intervention.name} har ingen lovgrænse "${id}"`);
          }
        }
      }
    }
  }
  return problems;
}

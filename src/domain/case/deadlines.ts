/**
 * The deadlines of a case: from the dates a caseworker has, every deadline of the standard
 * (`version.deadlines`) and of the national data (`law.json` → `deadlines`), with its date, the rule and
 * citation behind it, the provision in force, and its status against a reference date. Pure.
 *
 * No figure lives here: 4 months, 2 weeks, 3 and 6 months come from the standard file; the 4-week complaint
 * deadline and barnets lov § 95 from law.json. Missing dates leave the deadlines that count from them open.
 */

import type { CaseEvent, Citation, Deadline, StandardVersion } from '../format/schema.ts';
import {
  type DeadlineLawRule,
  type DeadlineSubject,
  deadlineLawRule,
  type LawFile,
  type LawPeriod,
  lawInForce,
  type ProvisionRef,
} from '../law/law.ts';
import { addPeriod, daysBetween } from './date-arithmetic.ts';
import { dateProblem, isDateInRange } from './dates.ts';

/** The events that happen once in a case; follow-ups happen many times. */
export type SingleEvent = Exclude<CaseEvent, 'follow-up-held'>;

export const SINGLE_EVENTS: readonly SingleEvent[] = [
  'aware',
  'investigation-finished',
  'decision-made',
  'decision-received',
  'help-started',
];

/** The dates a caseworker has entered (YYYY-MM-DD); null or an empty list when not (yet) known. */
export interface CaseDates {
  events: Record<SingleEvent, string | null>;
  followUps: string[];
}

export function emptyCaseDates(): CaseDates {
  return {
    events: {
      aware: null,
      'investigation-finished': null,
      'decision-made': null,
      'decision-received': null,
      'help-started': null,
    },
    followUps: [],
  };
}

/**
 * The event a deadline counting from `from` leads to: the step of the case process that meets it.
 * Seed 004: the investigation ends within 4 months of awareness; the decision within 2 weeks after the
 * investigation; follow-up within 3 months after the help starts "og derefter mindst halvårligt".
 */
export const TARGET_EVENT: Record<CaseEvent, CaseEvent | null> = {
  aware: 'investigation-finished',
  'investigation-finished': 'decision-made',
  'decision-made': null,
  'decision-received': null,
  'help-started': 'follow-up-held',
  'follow-up-held': 'follow-up-held',
};

/**
 * A display convention, not a rule of the standard or the law: a deadline this many days away or nearer is
 * shown as "due in N days"; further away as "upcoming".
 */
export const DUE_SOON_DAYS = 14;

export type DeadlineStatus =
  /** The date the deadline counts from is not entered. */
  | { kind: 'open'; waitingFor: CaseEvent }
  /** The event happened on or before the deadline. */
  | { kind: 'met'; on: string }
  /** The event happened after the deadline. */
  | { kind: 'met-late'; on: string; daysLate: number }
  /** The event has not happened and the reference date is after the deadline. */
  | { kind: 'overdue'; days: number }
  /** Not happened, deadline within DUE_SOON_DAYS of the reference date (0: today). */
  | { kind: 'due'; days: number }
  | { kind: 'upcoming'; days: number }
  /** Barnets lov § 95 leaves the cadence to the case, and the case's cadence is not given (nor the local rule chosen). */
  | { kind: 'needs-cadence' }
  /** A deadline of the family (the complaint), which the app does not record: it runs, or it has run out. */
  | { kind: 'running'; days: number }
  | { kind: 'expired'; days: number };

/**
 * Status rules (the issue's): "met" when the event it leads to happened on or before the deadline; "met N
 * days late" when it happened after; "overdue by N days" when it has not happened and the reference date is
 * after the deadline; otherwise due in N days / upcoming.
 */
export function deadlineStatus(
  date: string,
  targetDate: string | null,
  reference: string,
  party: 'authority' | 'family',
): DeadlineStatus {
  if (party === 'family') {
    const days = daysBetween(reference, date);
    return days < 0 ? { kind: 'expired', days: -days } : { kind: 'running', days };
  }
  if (targetDate !== null) {
    const late = daysBetween(date, targetDate);
    return late <= 0 ? { kind: 'met', on: targetDate } : { kind: 'met-late', on: targetDate, daysLate: late };
  }
  const days = daysBetween(reference, date);
  if (days < 0) return { kind: 'overdue', days: -days };
  return days <= DUE_SOON_DAYS ? { kind: 'due', days } : { kind: 'upcoming', days };
}

/**
 * The follow-up cadence after the first follow-up under barnets lov § 95 ("Kommunalbestyrelsen skal i
 * forbindelse med den første opfølgning træffe beslutning om den fremadrettede tilrettelæggelse af
 * opfølgningen"): decided in the case, or the standard's own figure applied as a local rule. null: not given.
 */
export type CaseCadence =
  | { kind: 'case'; amount: number; unit: 'weeks' | 'months' }
  | { kind: 'local' }
  | null;

export interface ComputedDeadline {
  /** Unique per row (a repeating deadline has one row per follow-up). */
  key: string;
  id: string;
  label: string;
  /** Where the rule comes from: the standard file, or the national data (law.json). */
  origin: 'standard' | 'national';
  from: CaseEvent;
  fromDate: string | null;
  target: CaseEvent | null;
  amount: number;
  unit: Deadline['unit'];
  /** null while the date it counts from is missing. */
  date: string | null;
  /** The end-of-month clamp moved the date (31.10 + 4 months = 28/29.02). */
  clamped: boolean;
  /** BL § 95: the deadline is the end of a parallel investigation, which came before the counted date. */
  earlierAtApplied: boolean;
  /**
   * Who sets the figure, as it stands on `lawDate`: under BL § 95 the standard's 6 months is the
   * municipality's own (local) rule, or the case has decided its own cadence.
   */
  setBy: 'law' | 'municipality' | 'case';
  /** Where the law leaves the figure to the case: which answer was given (null where the law sets it). */
  cadence: 'case' | 'local' | 'unanswered' | null;
  /** Why `setBy` differs from the standard file's, or null. */
  setByNote: string | null;
  citation: Citation;
  /** The date the law in force was looked up on: the date the deadline counts from, else the fallback. */
  lawDate: string;
  law: LawPeriod | null;
  /** The law in force on the deadline's date, when it is another than `law` (the law changed meanwhile). */
  lawOnDeadline: LawPeriod | null;
  /** The law's subject and rule for this deadline on `lawDate` (null: the law sets no such deadline). */
  lawSubject: DeadlineSubject | null;
  lawRule: DeadlineLawRule | null;
  /** The provision a national deadline rests on, where the data names one. */
  provision: ProvisionRef | null;
  party: 'authority' | 'family';
  note: string | null;
  /** 1-based number of a repeating deadline's row. */
  occurrence: number;
  status: DeadlineStatus;
}

function occurrences(dates: CaseDates, event: CaseEvent): string[] {
  if (event === 'follow-up-held') return [...dates.followUps].filter(isDateInRange).sort();
  const date = dates.events[event];
  return date !== null && isDateInRange(date) ? [date] : [];
}

/** The first time `event` happened on or after `from` (strictly after when it is the same event). */
function targetDate(
  dates: CaseDates,
  event: CaseEvent | null,
  from: string,
  sameEvent: boolean,
): string | null {
  if (event === null) return null;
  return occurrences(dates, event).find((d) => (sameEvent ? d > from : d >= from)) ?? null;
}

export interface DeadlineInput {
  version: StandardVersion;
  law: LawFile;
  dates: CaseDates;
  /** The date statuses are measured against (default today, chosen by the caller). */
  reference: string;
  /** The follow-up cadence decided in the case (BL § 95), or the local rule; null or absent: not given. */
  cadence?: CaseCadence;
}

/**
 * Where a deadline counts from a date the caseworker has not entered, the law is looked up on the decision
 * date, else on the reference date.
 */
export function fallbackLawDate(dates: CaseDates, reference: string): string {
  const decision = dates.events['decision-made'];
  return decision !== null && isDateInRange(decision) ? decision : reference;
}

export function computeDeadlines({
  version,
  law,
  dates,
  reference,
  cadence = null,
}: DeadlineInput): ComputedDeadline[] {
  const fallback = fallbackLawDate(dates, reference);
  const rows: Omit<ComputedDeadline, 'lawOnDeadline'>[] = [];

  for (const deadline of version.deadlines) {
    const target = TARGET_EVENT[deadline.from];
    const starts = occurrences(dates, deadline.from);
    const counted = deadline.repeats ? starts : starts.slice(0, 1);
    const base = {
      id: deadline.id,
      label: deadline.label,
      origin: 'standard' as const,
      from: deadline.from,
      target,
      citation: deadline.citation,
      party: 'authority' as const,
      provision: null,
      note: null,
      earlierAtApplied: false,
    };
    const withLaw = (lawDate: string) => {
      const found = deadlineLawRule(law, deadline, lawDate);
      const rule = found?.rule ?? null;
      const common = {
        lawDate,
        law: lawInForce(law, lawDate),
        lawSubject: found?.subject ?? null,
        lawRule: rule,
      };
      // Barnets lov § 95: the cadence after the first follow-up is decided in the case. The standard's figure
      // is then the municipality's local rule, used only when chosen; else the case's own cadence.
      if (rule?.figure !== 'case') {
        return {
          ...common,
          amount: deadline.amount,
          unit: deadline.unit,
          setBy: deadline.setBy,
          setByNote: null,
          cadence: null,
        };
      }
      const local = `${deadline.amount} ${UNIT_WORD[deadline.unit]}`;
      if (cadence?.kind === 'case') {
        return {
          ...common,
          amount: cadence.amount,
          unit: cadence.unit,
          setBy: 'case' as const,
          setByNote: `${rule.text} Hyppigheden er besluttet i sagen: ${cadence.amount} ${UNIT_WORD[cadence.unit]}.`,
          cadence: 'case' as const,
        };
      }
      if (cadence?.kind === 'local') {
        return {
          ...common,
          amount: deadline.amount,
          unit: deadline.unit,
          setBy: 'municipality' as const,
          setByNote: `${rule.text} Standardens ${local} bruges som lokal regel (valgt for sagen).`,
          cadence: 'local' as const,
        };
      }
      return {
        ...common,
        amount: deadline.amount,
        unit: deadline.unit,
        setBy: 'municipality' as const,
        setByNote: `${rule.text} Angiv hyppigheden, der er besluttet i sagen, eller vælg standardens ${local} som lokal regel.`,
        cadence: 'unanswered' as const,
      };
    };
    if (counted.length === 0) {
      rows.push({
        ...base,
        ...withLaw(fallback),
        key: `${deadline.id}#1`,
        fromDate: null,
        date: null,
        clamped: false,
        occurrence: 1,
        status: { kind: 'open', waitingFor: deadline.from },
      });
      continue;
    }
    counted.forEach((fromDate, index) => {
      const rule = withLaw(fromDate);
      const key = `${deadline.id}#${index + 1}`;
      if (rule.cadence === 'unanswered') {
        rows.push({
          ...base,
          ...rule,
          key,
          fromDate,
          date: null,
          clamped: false,
          occurrence: index + 1,
          status: { kind: 'needs-cadence' },
        });
        return;
      }
      const { date, clamped } = addPeriod(fromDate, rule.amount, rule.unit);
      const reached = targetDate(dates, target, fromDate, target === deadline.from);
      rows.push({
        ...base,
        ...rule,
        key,
        fromDate,
        date,
        clamped,
        occurrence: index + 1,
        status: deadlineStatus(date, reached, reference, 'authority'),
      });
    });
  }

  for (const deadline of law.deadlines) {
    const fromDate = occurrences(dates, deadline.from)[0] ?? null;
    const lawDate = fromDate ?? fallback;
    const inForce = lawInForce(law, lawDate);
    if (deadline.appliesUnder !== null && inForce?.law !== deadline.appliesUnder) continue;
    const base = {
      key: `${deadline.id}#1`,
      id: deadline.id,
      label: deadline.label,
      origin: 'national' as const,
      from: deadline.from,
      fromDate,
      target: deadline.target,
      amount: deadline.amount,
      unit: deadline.unit,
      setBy: 'law' as const,
      setByNote: null,
      cadence: null,
      citation: deadline.citation,
      lawDate,
      law: inForce,
      lawSubject: null,
      lawRule: null,
      party: deadline.party,
      provision: deadline.provision ?? null,
      note: deadline.note ?? null,
      occurrence: 1,
    };
    if (fromDate === null) {
      rows.push({
        ...base,
        date: null,
        clamped: false,
        earlierAtApplied: false,
        status: { kind: 'open', waitingFor: deadline.from },
      });
      continue;
    }
    const counted = addPeriod(fromDate, deadline.amount, deadline.unit);
    let date = counted.date;
    let clamped = counted.clamped;
    let earlierAtApplied = false;
    // "… at the end of a parallel investigation or 3 months after start, whichever is first" (BL § 95):
    // the earlier event counts only when it comes after the start (the investigation ran in parallel).
    const earlier = deadline.earlierAt ? (occurrences(dates, deadline.earlierAt)[0] ?? null) : null;
    if (earlier !== null && earlier > fromDate && earlier < date) {
      date = earlier;
      clamped = false;
      earlierAtApplied = true;
    }
    const reached = targetDate(dates, deadline.target, fromDate, deadline.target === deadline.from);
    rows.push({
      ...base,
      date,
      clamped,
      earlierAtApplied,
      status: deadlineStatus(date, reached, reference, deadline.party),
    });
  }

  // A timeline: by date, the open ones (no date yet) last; equal dates keep the file order.
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const da = a.row.date ?? '9999-99-99';
      const db = b.row.date ?? '9999-99-99';
      return da < db ? -1 : da > db ? 1 : a.index - b.index;
    })
    .map(({ row }): ComputedDeadline => {
      // A deadline that runs across 01.01.2024 counts under the law of its start; say that the law changed.
      const onDeadline = row.date === null ? null : lawInForce(law, row.date);
      return { ...row, lawOnDeadline: onDeadline && onDeadline.law !== row.law?.law ? onDeadline : null };
    });
}

const UNIT_WORD: Record<Deadline['unit'], string> = { days: 'dage', weeks: 'uger', months: 'måneder' };

/** A problem with the entered dates, naming the field. */
export interface DateProblem {
  field: CaseEvent;
  /** Index of the follow-up, for `follow-up-held`. */
  index?: number;
  message: string;
}

/**
 * Dates that cannot be right: not a calendar date, or a step before the step it follows. Help may start
 * before the investigation ends (seed 004: "foreløbig eller akut støtte … sideløbende med undersøgelsen"),
 * so that order is not checked.
 */
export function checkCaseDates(dates: CaseDates, labels: Record<CaseEvent, string>): DateProblem[] {
  const problems: DateProblem[] = [];
  for (const event of SINGLE_EVENTS) {
    const value = dates.events[event];
    const problem = value === null ? null : dateProblem(value);
    if (problem !== null) problems.push({ field: event, message: `${labels[event]}: ${problem}.` });
  }
  dates.followUps.forEach((value, index) => {
    // An empty entry is a follow-up not yet filled in, not a wrong date.
    const problem = value === '' ? null : dateProblem(value);
    if (problem !== null) {
      problems.push({
        field: 'follow-up-held',
        index,
        message: `${labels['follow-up-held']} nr. ${index + 1}: ${problem}.`,
      });
    }
  });
  const order: [SingleEvent, SingleEvent][] = [
    ['aware', 'investigation-finished'],
    ['investigation-finished', 'decision-made'],
    ['decision-made', 'decision-received'],
  ];
  for (const [before, after] of order) {
    const a = dates.events[before];
    const b = dates.events[after];
    if (a !== null && b !== null && isDateInRange(a) && isDateInRange(b) && b < a) {
      problems.push({
        field: after,
        message: `${labels[after]} ligger før ${labels[before].toLowerCase()}.`,
      });
    }
  }
  const started = dates.events['help-started'];
  if (started !== null && isDateInRange(started)) {
    dates.followUps.forEach((value, index) => {
      if (isDateInRange(value) && value < started) {
        problems.push({
          field: 'follow-up-held',
          index,
          message: `${labels['follow-up-held']} nr. ${index + 1} ligger før ${labels['help-started'].toLowerCase()}.`,
        });
      }
    });
  }
  return problems;
}

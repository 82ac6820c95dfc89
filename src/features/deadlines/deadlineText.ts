/** The Danish words of the deadlines view: event names, statuses, periods. Used by the view, print and .ics. */
import { formatIsoDate } from '../../domain/case/dates.ts';
import type { ComputedDeadline, DeadlineStatus } from '../../domain/case/deadlines.ts';
import type { ProcessingUnit } from '../../domain/case/processing-deadlines.ts';
import type { CaseEvent, Deadline } from '../../domain/format/schema.ts';

export const EVENT_LABEL: Record<CaseEvent, string> = {
  aware: 'Opmærksom på behov for særlig støtte',
  'investigation-finished': 'Børnefaglig undersøgelse afsluttet',
  'decision-made': 'Afgørelse truffet',
  'decision-received': 'Afgørelse modtaget af familien',
  'help-started': 'Støtte iværksat',
  'follow-up-held': 'Opfølgning holdt',
};

/** Singular and plural of each unit a deadline counts in: a standard's deadlines and the processing deadlines. */
const UNIT: Record<Deadline['unit'] | ProcessingUnit, [string, string]> = {
  days: ['dag', 'dage'],
  weeks: ['uge', 'uger'],
  months: ['måned', 'måneder'],
  'working-days': ['arbejdsdag', 'arbejdsdage'],
};

export function periodText(amount: number, unit: Deadline['unit'] | ProcessingUnit): string {
  const [one, many] = UNIT[unit];
  return `${amount} ${amount === 1 ? one : many}`;
}

function days(n: number): string {
  return `${n} ${n === 1 ? 'dag' : 'dage'}`;
}

/** A deadline's status in words; a processing deadline's status (a subset of the kinds) reads the same. */
export function statusText(status: DeadlineStatus): string {
  switch (status.kind) {
    case 'open':
      return `Åben: afventer datoen »${EVENT_LABEL[status.waitingFor]}«`;
    case 'met':
      return `Overholdt (${formatIsoDate(status.on)})`;
    case 'met-late':
      return `Nået for sent: ${days(status.daysLate)} efter fristen (${formatIsoDate(status.on)})`;
    case 'overdue':
      return `Overskredet med ${days(status.days)}`;
    case 'due':
      return status.days === 0 ? 'Forfalder i dag' : `Forfalder om ${days(status.days)}`;
    case 'upcoming':
      return `Kommende (om ${days(status.days)})`;
    case 'needs-cadence':
      return 'Åben: angiv hyppigheden besluttet i sagen (barnets lov § 95)';
    case 'running':
      return status.days === 0 ? 'Udløber i dag' : `Løber (udløber om ${days(status.days)})`;
    case 'expired':
      return `Udløbet for ${days(status.days)} siden`;
  }
}

/** A CSS class per status, so the print and the screen can mark overdue ones. */
export function statusClass(status: DeadlineStatus): string {
  switch (status.kind) {
    case 'overdue':
    case 'met-late':
      return 'status-bad';
    case 'due':
      return 'status-soon';
    case 'met':
      return 'status-ok';
    default:
      return 'status-neutral';
  }
}

/** "4 måneder efter »Opmærksom på behov for særlig støtte« (31.10.2023)" */
export function countText(row: ComputedDeadline): string {
  const from = `${periodText(row.amount, row.unit)} efter »${EVENT_LABEL[row.from]}«`;
  return row.fromDate ? `${from} (${formatIsoDate(row.fromDate)})` : from;
}

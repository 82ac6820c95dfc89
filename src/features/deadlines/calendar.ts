/**
 * The deadlines as an iCalendar file: one all-day event per dated deadline, with its rule and citation. No
 * personal data: the file holds only dates, the rules and the standard's name, never a name or case number.
 */
import { formatIsoDate } from '../../domain/case/dates.ts';
import type { ComputedDeadline } from '../../domain/case/deadlines.ts';
import { type CalendarEvent, writeCalendar } from '../../domain/case/ics.ts';
import type { StandardVersion } from '../../domain/format/schema.ts';
import type { LawFile } from '../../domain/law/law.ts';
import { formatProvision } from '../../shared/law/lawFile.ts';
import { countText, statusText } from './deadlineText.ts';

export function sourceTitle(row: ComputedDeadline, version: StandardVersion, law: LawFile): string {
  const sources = row.origin === 'standard' ? version.sources : law.sources;
  const source = sources.find((s) => s.id === row.citation.source);
  return source ? `${source.publisher}: ${source.title}` : row.citation.source;
}

export function calendarEvents(
  rows: readonly ComputedDeadline[],
  version: StandardVersion,
  law: LawFile,
  reference: string,
): CalendarEvent[] {
  return rows.flatMap((row) => {
    if (row.date === null) return [];
    const lines = [
      `${row.label}: ${countText(row)}.`,
      `Fastsat af: ${row.setBy === 'law' ? 'loven' : row.setBy === 'case' ? 'sagen' : 'kommunen'}.${row.setByNote ? ` ${row.setByNote}` : ''}`,
      `Kilde: ${sourceTitle(row, version, law)}, afsnit »${row.citation.section}«: »${row.citation.quote}«`,
    ];
    if (row.lawRule) lines.push(`Gældende lov: ${formatProvision(row.lawRule.provision)}.`);
    if (row.clamped) lines.push('Datoen er rykket til månedens sidste dag (dagen findes ikke i måneden).');
    lines.push(`Status den ${formatIsoDate(reference)}: ${statusText(row.status)}.`);
    lines.push(`Standard: ${version.municipality}, ${version.id}.`);
    return [
      {
        uid: `${version.id}-${row.key.replace('#', '-')}-${row.date}`,
        date: row.date,
        summary: `Frist: ${row.label}`,
        description: lines.join('\n'),
      },
    ];
  });
}

export function deadlinesCalendar(
  rows: readonly ComputedDeadline[],
  version: StandardVersion,
  law: LawFile,
  reference: string,
  now: Date,
): string {
  return writeCalendar(calendarEvents(rows, version, law, reference), {
    prodId: '-//Serviceniveau//Frister//DA',
    uidDomain: 'serviceniveau.local',
    name: 'Frister i sagen',
    now,
  });
}

/**
 * A minimal iCalendar (RFC 5545) writer for all-day events. Pure: the caller passes the time stamp.
 *
 * - RFC 5545 § 3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break. Long
 *   content lines SHOULD be split into a multiple line representations using a line 'folding' technique":
 *   CRLF followed by a single space. Octets are UTF-8 bytes; a character is never split.
 * - § 3.1: content lines are delimited by CRLF.
 * - § 3.3.11 TEXT: backslash, semicolon and comma are escaped with a backslash; a line break is written \n.
 * - § 3.3.4 DATE: an all-day event is DTSTART;VALUE=DATE:YYYYMMDD with DTEND the next day (non-inclusive).
 * - § 3.8.4.7 UID and § 3.8.7.2 DTSTAMP are required in every VEVENT.
 */

import { addCalendarDays } from './date-arithmetic.ts';
import { isIsoDate } from './dates.ts';

export interface CalendarEvent {
  /** Stable and unique within the calendar; the writer appends "@<domain>". */
  uid: string;
  /** YYYY-MM-DD: an all-day event on this date. */
  date: string;
  summary: string;
  description?: string;
}

export interface CalendarOptions {
  /** PRODID, e.g. "-//Serviceniveau//Frister//DA". */
  prodId: string;
  /** The right-hand side of every UID. */
  uidDomain: string;
  /** When the file was written (DTSTAMP), as an instant. */
  now: Date;
  /** X-WR-CALNAME, the name mail clients show for the calendar. */
  name?: string;
}

/** Escape a TEXT value (RFC 5545 § 3.3.11). */
export function escapeText(value: string): string {
  return (
    value
      // § 3.3.11: TEXT excludes the control characters other than HTAB; line breaks are escaped below.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
  );
}

const encoder = new TextEncoder();

/** Fold one content line into lines of at most 75 octets; continuation lines start with one space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // The first line holds 75 octets; a continuation line holds 74 after its leading space.
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function basicDate(iso: string): string {
  return iso.replace(/-/g, '');
}

/** 20261125T105203Z */
export function utcStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/** The whole calendar as text: CRLF line ends, folded lines, one VEVENT per event. */
export function writeCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  const stamp = utcStamp(options.now);
  for (const event of events) {
    if (!isIsoDate(event.date)) throw new RangeError(`not a calendar date: ${event.date}`);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}@${options.uidDomain}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
      `DTEND;VALUE=DATE:${basicDate(addCalendarDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, utcStamp, writeCalendar } from '../../src/domain/case/ics.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;

/** Undo folding (RFC 5545 § 3.1: a CRLF followed by one space is removed). */
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('the iCalendar writer (RFC 5545)', () => {
  const options = {
    prodId: '-//Serviceniveau//Frister//DA',
    uidDomain: 'serviceniveau.invalid',
    now: new Date(Date.UTC(2026, 10, 25, 10, 52, 3)),
  };

  it('given two deadlines, then one VEVENT each, all-day dates, UID and DTSTAMP, CRLF line ends', () => {
    const text = writeCalendar(
      [
        { uid: 'afgoerelse-1', date: '2024-02-29', summary: 'Frist: Afgørelse om støtte' },
        { uid: 'klagefrist-1', date: '2025-12-31', summary: 'Klagefrist', description: 'Linje 1\nLinje 2' },
      ],
      options,
    );
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain('DTSTART;VALUE=DATE:20240229\r\nDTEND;VALUE=DATE:20240301\r\n');
    // Year end: DTEND is the next day, in the next year.
    expect(text).toContain('DTSTART;VALUE=DATE:20251231\r\nDTEND;VALUE=DATE:20260101\r\n');
    expect(text).toContain('UID:afgoerelse-1@serviceniveau.invalid\r\n');
    expect(text).toContain('DTSTAMP:20261125T105203Z\r\n');
    expect(text).toContain('DESCRIPTION:Linje 1\\nLinje 2\r\n');
  });

  it('given any summary and description, then every unfolded line is a well-formed content line', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 400 }), (summary, description) => {
        const text = writeCalendar([{ uid: 'x-1', date: '2024-02-29', summary, description }], options);
        const lines = unfold(text).split('\r\n').slice(0, -1);
        // RFC 5545 § 3.1: contentline = name *(";" param) ":" value CRLF; no bare CR or LF inside a value.
        for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z-]*(;[A-Z-]+=[^:;\r\n]+)*:[^\r\n]*$/);
        expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
      }),
    );
  });

  it('given TEXT with backslash, semicolon, comma and line breaks, then each is escaped', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    expect(escapeText('a\u0000b\u001Fc\td')).toBe('abc\td');
  });

  it('given a line of 75 octets, then it is not folded; 76 octets are', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('given Danish letters (2 octets each) across the fold, then no character is split and no line exceeds 75 octets', () => {
    const line = `SUMMARY:${'æøå'.repeat(30)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(unfold(folded)).toBe(line);
  });

  it('given any text, then folding keeps every line within 75 octets and unfolding restores it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (value) => {
        const line = `DESCRIPTION:${escapeText(value)}`;
        const folded = foldLine(line);
        for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
        expect(unfold(folded)).toBe(line);
      }),
    );
  });

  it('given an instant, then DTSTAMP is UTC in basic format', () => {
    expect(utcStamp(new Date('2024-01-01T00:00:00.000Z'))).toBe('20240101T000000Z');
  });

  it('given a date that is not in the calendar, then the writer refuses', () => {
    expect(() => writeCalendar([{ uid: 'x', date: '2023-02-29', summary: 'x' }], options)).toThrow(
      RangeError,
    );
  });
});

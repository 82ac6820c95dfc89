import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCaseloadCsv } from '../../src/domain/council/caseload.ts';
import { decodeCsvBytes, neutraliseFormula, splitCsv, toCsv } from '../../src/domain/csv/csv.ts';

function casesCsv(n: number, at?: { line: number; text: string }): string {
  const lines = ['sag;indsats;niveau'];
  for (let i = 0; i < n; i++) lines.push(`${i + 1};doegnaflastning;lette`);
  if (at) lines.splice(at.line - 1, 0, at.text);
  return `${lines.join('\n')}\n`;
}

describe('reading a caseload CSV', () => {
  it('given one unclosed quote among 1,005 rows (issue 11: "1,000 of 1,005 cases vanished"), then it is reported with the lines it would swallow and the other rows count', () => {
    const text = casesCsv(1004, { line: 6, text: '5;"doegnaflastning;lette' });
    const parsed = parseCaseloadCsv(text);
    expect(parsed.rows).toHaveLength(1004);
    expect(parsed.problemCount).toBe(1);
    expect(parsed.problems[0]?.line).toBe(6);
    expect(parsed.problems[0]?.message).toContain('linje 7–1006 (1000 linjer)');
  });

  it('given blank lines (issue 11: "line numbers are wrong after blank lines"), then a bad row is reported at its true line', () => {
    const parsed = parseCaseloadCsv('indsats;niveau\n\n\ndoegnaflastning;lette\n\n;lette\n');
    expect(parsed.problems).toEqual([{ line: 6, message: 'feltet »indsats« er tomt' }]);
    expect(parsed.rows).toHaveLength(1);
  });

  it('given CRLF line ends and a quoted field with a semicolon, then fields are split right', () => {
    expect(splitCsv('a;b\r\n"x;y";"say ""hi"""\r\n').records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x;y', 'say "hi"'] },
    ]);
  });

  it('given a count of 400 digits, then the row is refused and named', () => {
    const parsed = parseCaseloadCsv(`indsats;niveau;antal\ndoegnaflastning;lette;${'9'.repeat(400)}\n`);
    expect(parsed.rows).toEqual([]);
    expect(parsed.problems[0]?.line).toBe(2);
  });

  it('given any text, then parsing never throws and every reported line exists in the file', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom('indsats;niveau', 'doegnaflastning;lette', '', '"', ';"x', 'a;b;c', '"a""b";c'),
            fc.string({ maxLength: 12 }),
          ),
          { maxLength: 30 },
        ),
        (lines) => {
          const text = lines.join('\n');
          const parsed = parseCaseloadCsv(text);
          const lineCount = text.split(/\r\n|\n|\r/).length;
          for (const problem of parsed.problems) {
            expect(problem.line).toBeGreaterThanOrEqual(1);
            expect(problem.line).toBeLessThanOrEqual(lineCount);
          }
          expect(parsed.problems.length).toBeLessThanOrEqual(parsed.problemCount);
        },
      ),
    );
  });

  it('given a file of valid rows with blank lines anywhere, then no row is lost', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 50 }), (pattern) => {
        const lines = ['indsats;niveau', ...pattern.map((row) => (row ? 'doegnaflastning;lette' : ''))];
        const parsed = parseCaseloadCsv(lines.join('\n'));
        expect(parsed.rows).toHaveLength(pattern.filter(Boolean).length);
        expect(parsed.problemCount).toBe(0);
      }),
    );
  });
});

describe('encodings', () => {
  it('given Windows-1252 bytes for "Døgn;æøå", then they are read as Windows-1252 and the letters survive', () => {
    const bytes = Uint8Array.from([0x44, 0xf8, 0x67, 0x6e, 0x3b, 0xe6, 0xf8, 0xe5]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'Døgn;æøå', encoding: 'Windows-1252' });
  });

  it('given UTF-8 bytes, then they are read as UTF-8', () => {
    expect(decodeCsvBytes(new TextEncoder().encode('Døgn;æøå'))).toEqual({
      text: 'Døgn;æøå',
      encoding: 'UTF-8',
    });
  });
});

describe('writing CSV: formulas neutralised', () => {
  it('given a level text beginning with "=" (issue 11: "goes unchanged into the CSV export"), then it is written with a leading apostrophe', () => {
    const csv = toCsv(
      ['tekst'],
      [['=HYPERLINK("http://x")'], ['+1'], ['-2+3'], ['@SUM(A1)'], ['Op til 3 timer']],
    );
    expect(csv.split('\r\n').slice(1, 6)).toEqual([
      `"'=HYPERLINK(""http://x"")"`,
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
      'Op til 3 timer',
    ]);
  });

  it('given numbers, then they stay numbers with a decimal comma (a negative difference is not neutralised)', () => {
    expect(toCsv(['a', 'b'], [[-120, 8.666]]).split('\r\n')[1]).toBe('-120;8,67');
  });

  it('given any text, then no written cell begins with a formula character', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(neutraliseFormula(text)).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStandardsFolder } from '../../scripts/standards-folder.ts';
import { danishHolidays } from '../../src/domain/case/danish-holidays.ts';
import {
  checkProcessingFolder,
  type ProcessingFile,
  parseProcessingFile,
  processingDue,
  processingStatus,
} from '../../src/domain/case/processing-deadlines.ts';
import { runCheckStandards } from '../check-standards-cli.ts';

/** Valid fixture files (copies of shipped ones and a fictional working-days municipality). */
const fixtures = resolve('test/fixtures/standards/processing-deadlines');
/** A folder with a broken file and a manifest line for a missing file. */
const broken = resolve('test/fixtures/processing-deadlines-broken');
const dk = danishHolidays();

function fixture(name: string): ProcessingFile {
  const parsed = parseProcessingFile(name, readFileSync(resolve(fixtures, name), 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

describe('processing deadlines (fixtures)', () => {
  it('given a municipality that states 20 working days, then an application of 26.03.2026 is due 28.04.2026', () => {
    const file = fixture('eksempel-arbejdsdage.json');
    const contact = file.deadlines.find((d) => d.id === 'fast-kontaktperson');
    if (!contact) throw new Error('fixture row missing');
    const due = processingDue(contact, '2026-03-26', dk);
    // Weekends and Easter 2026 (02.04, 03.04, 06.04) are skipped.
    expect(due.date).toBe('2026-04-28');
    expect(due.holidaysSkipped.map((h) => h.name)).toEqual(['Skærtorsdag', 'Langfredag', 'Anden påskedag']);
  });

  it('given a deadline in months, then it counts calendar months with the end-of-month clamp', () => {
    const months = fixture('eksempel-arbejdsdage.json').deadlines.find((d) => d.unit === 'months');
    if (!months) throw new Error('fixture row missing');
    expect(processingDue(months, '2025-12-31', dk)).toEqual({
      date: '2026-02-28',
      clamped: true,
      holidaysSkipped: [],
    });
  });

  it('given a folder with a broken file and a missing file, then each is reported and the good file is kept', () => {
    const result = checkProcessingFolder(readStandardsFolder(broken));
    expect(result.files.find((f) => f.file === 'eksempel-arbejdsdage.json')?.value?.id).toBe(
      'eksempel-arbejdsdage',
    );
    const where = result.problems.map((p) => `${p.file} ${p.path}`);
    expect(where).toContain('processing-deadlines/eksempel-fejl.json $.deadlines[0].unit');
    expect(where).toContain('processing-deadlines/index.json $.files[2].file');
  });

  it('given a citation of an undeclared source or a repeated id, then each is reported at its path', () => {
    const text = readFileSync(resolve(fixtures, 'eksempel-arbejdsdage.json'), 'utf8');
    const json = JSON.parse(text) as { deadlines: { id: string; citation: { source: string } }[] };
    const [first, second] = json.deadlines;
    if (!first || !second) throw new Error('fixture rows missing');
    second.citation.source = 'ukendt';
    second.id = first.id;
    const parsed = parseProcessingFile('x.json', JSON.stringify(json));
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.path).sort()).toEqual([
      '$.deadlines[1].citation.source',
      '$.deadlines[1].id',
    ]);
  });

  it('given a file not listed in the manifest, then it is reported', () => {
    const files = readStandardsFolder(fixtures);
    files.set('ekstra.json', '{}');
    const problems = checkProcessingFolder(files).problems;
    expect(problems.some((p) => p.file === 'processing-deadlines/ekstra.json')).toBe(true);
  });

  it('given the status rules, then met, late, overdue, due and upcoming follow the dates', () => {
    expect(processingStatus('2026-04-28', '2026-04-28', '2026-05-10', 14)).toEqual({
      kind: 'met',
      on: '2026-04-28',
    });
    expect(processingStatus('2026-04-28', '2026-04-30', '2026-05-10', 14)).toEqual({
      kind: 'met-late',
      on: '2026-04-30',
      daysLate: 2,
    });
    expect(processingStatus('2026-04-28', null, '2026-05-01', 14)).toEqual({ kind: 'overdue', days: 3 });
    expect(processingStatus('2026-04-28', null, '2026-04-28', 14)).toEqual({ kind: 'due', days: 0 });
    expect(processingStatus('2026-04-28', null, '2026-04-01', 14)).toEqual({ kind: 'upcoming', days: 27 });
  });
});

describe('processing deadlines (Herning, golden, on the fixture copy of the shipped file)', () => {
  it('given Herning, then § 32, stk. 1, nr. 3 has 4 weeks', () => {
    // sources.md, Herning: "§ 32, stk. 1, nr. 3 Udpegning af en fast kontaktperson for barnet eller den unge
    // eller for hele familien 4 uger, sideløbende med afdækning eller børnefaglig undersøgelse"
    const parsed = parseProcessingFile(
      'herning.json',
      readFileSync(resolve(fixtures, 'herning.json'), 'utf8'),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const row = parsed.value.deadlines.find((d) =>
      d.provisions.some((p) => p.law === 'barnets-lov' && p.paragraph === '32' && p.stk === 1 && p.nr === 3),
    );
    expect(row).toMatchObject({ amount: 4, unit: 'weeks', from: 'application-received' });
    expect(row?.citation.quote).toContain('4 uger, sideløbende med afdækning eller børnefaglig undersøgelse');
    if (!row) throw new Error('no row');
    expect(processingDue(row, '2026-03-26', dk).date).toBe('2026-04-23');
  });
});

describe('npm run check:standards with processing deadlines', () => {
  it('given a standards folder whose processing-deadlines folder is broken, then it exits non-zero naming file and path', () => {
    const folder = mkdtempSync(join(tmpdir(), 'serviceniveau-check-'));
    try {
      mkdirSync(join(folder, 'processing-deadlines'));
      writeFileSync(join(folder, 'index.json'), '{ "versions": [] }');
      for (const [name, text] of readStandardsFolder(broken)) {
        writeFileSync(join(folder, 'processing-deadlines', name), text);
      }
      const { status, output } = runCheckStandards(folder);
      expect(status).toBe(1);
      expect(output).toContain('FEJL processing-deadlines/eksempel-fejl.json $.deadlines[0].unit');
      expect(output).toContain('FEJL processing-deadlines/index.json $.files[2].file');
      expect(output).toContain('OK   processing-deadlines/eksempel-arbejdsdage.json');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});

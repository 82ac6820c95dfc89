import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type JsonPath, setAt } from '../../src/domain/editor/draft.ts';
import { duplicateVersionIds } from '../../src/domain/format/catalog.ts';
import { checkCatalog } from '../../src/domain/format/catalog-check.ts';
import { readManifest } from '../../src/domain/format/manifest.ts';
import {
  checkCitationSources,
  MAX_LISTED_PROBLEMS,
  parseStandardText,
} from '../../src/domain/format/schema.ts';
import { runCheckStandards } from '../check-standards-cli.ts';

const GOOD_FILE = 'test/fixtures/broken-standards/randers-3-2019-12-09.json';
const good = readFileSync(GOOD_FILE, 'utf8');
const goodJson = (): unknown => JSON.parse(good);
/** The good file with values replaced at the given paths. */
function edited(...edits: [JsonPath, unknown][]): string {
  return JSON.stringify(edits.reduce((json, [path, value]) => setAt(json, path, value), goodJson()));
}

const runCheck = runCheckStandards;

describe('figures with a physical limit in standard files', () => {
  it('given a level of 1e308 døgn a year (issue 11: "passes the schema, the build and check:standards"), then it is a schema error at its path', () => {
    const text = edited([['interventions', 2, 'measure', 'levels', 3, 'lower', 'value'], 1e308]);
    const parsed = parseStandardText('stor.json', text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems).toContainEqual({
        file: 'stor.json',
        path: '$.interventions[2].measure.levels[3].lower.value',
        message: 'kan højst være 366 døgn om året (et skudår har 366 døgn)',
      });
    }
  });

  it('given 200 hours a week, 0,001 weeks a year and a date in year 9999, then each is named', () => {
    const text = edited(
      [['interventions', 1, 'measure', 'levels', 0, 'upper', 'value'], 200],
      [['conventions', 'weeksPerYear', 'value'], 0.001],
      [['effective', 'to'], '9999-12-31'],
    );
    const parsed = parseStandardText('x.json', text);
    const paths = parsed.ok ? [] : parsed.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '$.interventions[1].measure.levels[0].upper.value',
        '$.conventions.weeksPerYear.value',
        '$.effective.to',
      ]),
    );
  });
});

describe('schema errors are capped, and no file overflows the stack', () => {
  it('given a file with 5,000 errors, then the first 100 are listed and a last line gives the total', () => {
    const values = Array.from({ length: 5000 }, (_, i) => ({ id: `X ${i}`, label: 'x' }));
    const parsed = parseStandardText('mange.json', edited([['dimensions', 0, 'values'], values]));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems).toHaveLength(MAX_LISTED_PROBLEMS + 1);
      expect(parsed.problems.at(-1)?.message).toMatch(/^i alt 5\.\d{3} fejl i filen; de første 100 er vist$/);
    }
  });

  it('given a file that would give ~240,000 errors (issue 11: "overflows the validator\'s stack"), then it is refused with a message instead', () => {
    const values = Array.from({ length: 240_000 }, (_, i) => ({ id: `X ${i}`, label: 'x' }));
    const parsed = parseStandardText('enorm.json', edited([['dimensions', 0, 'values'], values]));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]?.message).toMatch(/filen er for stor/);
  });

  it('given citations nested 100,000 levels deep, then the citation walk does not overflow', () => {
    let deep: unknown = { source: 'ukendt', section: 'x', quote: 'y' };
    for (let i = 0; i < 100_000; i++) deep = { next: deep };
    const issues: unknown[] = [];
    checkCitationSources(deep, [{ id: 'kendt' }], {
      addIssue: (issue: unknown) => issues.push(issue),
    } as unknown as Parameters<typeof checkCitationSources>[2]);
    expect(issues).toHaveLength(1);
  });
});

describe('the manifest, line by line', () => {
  it('given one bad line (issue 11: "takes every standard offline"), then it names itself and the other lines load', () => {
    const read = readManifest(
      JSON.stringify({
        versions: [{ file: 'a.json' }, { fil: 'b.json' }, { file: '../c.json' }, { file: 'd.json' }],
      }),
    );
    expect(read.manifest?.versions.map((v) => v.file)).toEqual(['a.json', 'd.json']);
    expect(read.problems.map((p) => p.path).sort()).toEqual([
      '$.versions[1]',
      '$.versions[1].file',
      '$.versions[2].file',
    ]);
  });

  it('given text that is not JSON, then there is no manifest and the problem says so', () => {
    expect(readManifest('{"versions": [').manifest).toBeNull();
  });

  it('given any JSON, then reading the manifest never throws and every listed file is a plain file name', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const read = readManifest(JSON.stringify({ versions: Array.isArray(value) ? value : [value] }));
        for (const entry of read.manifest?.versions ?? [])
          expect(entry.file).toMatch(/^[A-Za-z0-9._-]+\.json$/);
      }),
    );
  });

  it("given two files with one version id, then the second is named in the app's check too", () => {
    const version = { id: 'randers-3-2019-12-09' };
    expect(
      duplicateVersionIds([
        { file: 'a.json', version },
        { file: 'b.json', version },
      ]),
    ).toEqual([
      {
        file: 'b.json',
        path: '$.id',
        message: 'id "randers-3-2019-12-09" bruges også i a.json; versionen i denne fil vises ikke',
      },
    ]);
    const check = checkCatalog(
      new Map([
        ['index.json', JSON.stringify({ versions: [{ file: 'a.json' }, { file: 'b.json' }] })],
        ['a.json', good],
        ['b.json', good],
      ]),
    );
    expect(check.problems).toContainEqual(expect.objectContaining({ file: 'b.json', path: '$.id' }));
  });
});

describe('npm run check:standards FILE', () => {
  it('given one file outside the folder (issue 11: "never checks it"), then that file is checked and its error named', () => {
    const folder = mkdtempSync(join(tmpdir(), 'serviceniveau-check-'));
    const file = join(folder, 'forslag.json');
    writeFileSync(file, edited([['interventions', 2, 'measure', 'levels', 2, 'upper', 'value'], 400]));
    const result = runCheck(file);
    expect(result.status).toBe(1);
    expect(result.output).toContain(
      `FEJL ${file} $.interventions[2].measure.levels[2].upper.value: kan højst være 366 døgn om året`,
    );
  }, 60_000);

  it('given a file with ~100,000 schema errors (issue 11: "the CLI crashes without naming the file"), then the file is named with the reason', () => {
    const folder = mkdtempSync(join(tmpdir(), 'serviceniveau-check-'));
    const file = join(folder, 'enorm.json');
    const values = Array.from({ length: 100_000 }, (_, i) => ({ id: `X ${i}`, label: 'x' }));
    writeFileSync(file, edited([['dimensions', 0, 'values'], values]));
    const result = runCheck(file);
    expect(result.status).toBe(1);
    expect(result.output).toContain(`FEJL ${file} $: filen er for stor`);
  }, 60_000);

  it('given a good file outside the folder, then it passes with its lint findings', () => {
    const result = runCheck(GOOD_FILE);
    expect(result.status).toBe(0);
    expect(result.output).toContain(`OK   ${GOOD_FILE} (randers-3-2019-12-09`);
  }, 60_000);
});

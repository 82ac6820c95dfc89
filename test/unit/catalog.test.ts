import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStandardsFolder } from '../../scripts/standards-folder.ts';
import { filesNamedIn, inForceOn, versionInForce } from '../../src/domain/format/catalog.ts';
import { checkCatalog } from '../../src/domain/format/catalog-check.ts';
import { readManifest } from '../../src/domain/format/manifest.ts';
import { checkNationalData } from '../../src/domain/format/national.ts';
import type { StandardVersion } from '../../src/domain/format/schema.ts';
import { runCheckStandards } from '../check-standards-cli.ts';
import { loadShipped } from './shipped.ts';

const good = readFileSync('test/fixtures/standards/randers-3-2019-12-09.json', 'utf8');
const manifest = (...files: string[]) => JSON.stringify({ versions: files.map((file) => ({ file })) });

describe('the catalogue of standard files', () => {
  it('given the fixture folder, then every listed file parses and nothing is unlisted', () => {
    const check = checkCatalog(readStandardsFolder('test/fixtures/standards'));
    expect(check.problems).toEqual([]);
    expect(check.files.every((file) => file.version !== null)).toBe(true);
    expect(check.files.map((file) => file.file)).toContain('randers-3-2019-12-09.json');
  });

  it('given one broken file next to a good one, then the broken one names its file and paths and the good one loads', () => {
    const check = checkCatalog(readStandardsFolder('test/fixtures/broken-standards'));
    const [ok, broken] = check.files;
    expect(ok?.version?.id).toBe('randers-3-2019-12-09');
    expect(broken?.version).toBeNull();
    expect(broken?.problems.map((p) => `${p.file} ${p.path}`)).toEqual([
      'randers-3-broken.json $.approved.date',
      'randers-3-broken.json $.interventions[2].measure.levels[1].upper.value',
    ]);
  });

  it('given a file that the manifest does not list, then it is reported as not loaded', () => {
    const check = checkCatalog(
      new Map([
        ['index.json', manifest('a.json')],
        ['a.json', good],
        ['b.json', good],
      ]),
    );
    expect(check.problems).toContainEqual(expect.objectContaining({ file: 'b.json' }));
  });

  it('given a manifest naming a missing file, then that file has a problem', () => {
    const check = checkCatalog(new Map([['index.json', manifest('missing.json')]]));
    expect(check.files[0]?.problems[0]?.message).toContain('findes');
  });

  it('given two files with the same id, then the second is reported', () => {
    const check = checkCatalog(
      new Map([
        ['index.json', manifest('a.json', 'b.json')],
        ['a.json', good],
        ['b.json', good],
      ]),
    );
    expect(check.problems).toContainEqual(expect.objectContaining({ file: 'b.json', path: '$.id' }));
  });

  it('given a manifest with an unknown key, then the key is reported at its path', () => {
    const check = checkCatalog(new Map([['index.json', '{"versions": [], "filer": []}']]));
    expect(check.problems[0]).toMatchObject({ file: 'index.json', path: '$.filer' });
  });
});

describe('the files a manifest names, asked for before its schema has loaded', () => {
  it('given a manifest, then its file names come in its order, as the schema reads them', () => {
    const text = manifest('randers-3-2019-12-09.json', 'nyborg-45.json');
    expect(filesNamedIn(text)).toEqual(['randers-3-2019-12-09.json', 'nyborg-45.json']);
    expect(filesNamedIn(text)).toEqual(readManifest(text).manifest?.versions.map((entry) => entry.file));
  });

  it('given a path, a name that is not JSON or a line without a file, then that line names nothing', () => {
    const text = JSON.stringify({
      versions: [
        { file: '../secret.json' },
        { file: 'a/b.json' },
        { file: 'notes.txt' },
        { name: 'x.json' },
        7,
        null,
      ],
    });
    expect(filesNamedIn(text)).toEqual([]);
    // The schema rejects every one of those lines too: nothing is fetched that the manifest would not load.
    expect(readManifest(text).manifest?.versions).toEqual([]);
  });

  it('given text that is not a manifest, then no file is named', () => {
    for (const text of ['', '{', 'null', '[]', '{"versions": "a.json"}', '"index.json"']) {
      expect(filesNamedIn(text)).toEqual([]);
    }
  });
});

describe('npm run check:standards', () => {
  it('given the broken fixture folder, then it exits non-zero and prints the file and path', () => {
    const { status, output } = runCheckStandards('test/fixtures/broken-standards');
    expect(status).toBe(1);
    expect(output).toContain('FEJL randers-3-broken.json $.interventions[2].measure.levels[1].upper.value');
    expect(output).toContain('85–108 døgn om året er ikke dækket af noget niveau');
    // Starting tsx takes seconds on a loaded machine; 5 s (the default) made this test flaky.
  }, 60_000);
});

describe('which version is in force', () => {
  const v2019 = loadShipped('randers-3-2019-12-09.json');
  const later: StandardVersion = {
    ...v2019,
    id: 'randers-3-2026-01-01',
    effective: { from: '2026-01-01', to: null },
  };
  const ended: StandardVersion = { ...v2019, effective: { from: '2019-12-09', to: '2025-12-31' } };
  const draft: StandardVersion = { ...v2019, id: 'udkast', status: 'draft' };

  it('given a decision date before approval, then no version is in force', () => {
    expect(versionInForce([v2019], '2019-12-08')).toBeNull();
    expect(inForceOn(v2019, '2019-12-09')).toBe(true);
  });

  it('given two versions, then the one that took effect last on the date wins, and the end date is inclusive', () => {
    expect(versionInForce([ended, later], '2025-12-31')?.id).toBe('randers-3-2019-12-09');
    expect(versionInForce([ended, later], '2026-01-01')?.id).toBe('randers-3-2026-01-01');
  });

  it('given a draft, then it is never in force', () => {
    expect(versionInForce([draft], '2026-11-25')).toBeNull();
  });
});

describe('the national data files', () => {
  it('given the shipped national folder, then every file has a schema and validates', () => {
    expect(checkNationalData(readStandardsFolder('standards/national'))).toEqual([]);
  });

  it('given a national file with a misspelt key and an unknown file, then both are named with their paths', () => {
    const files = readStandardsFolder('standards/national');
    const purposes = JSON.parse(files.get('purposes.json') ?? '{}') as Record<string, unknown>;
    purposes.formaal = [];
    files.set('purposes.json', JSON.stringify(purposes));
    files.set('noter.json', '{}');
    const problems = checkNationalData(files);
    expect(problems).toContainEqual({
      file: 'national/purposes.json',
      path: '$',
      message: 'Ukendt nøgle: "formaal"',
    });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'national/noter.json' }));
  });
});

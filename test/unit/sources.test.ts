/**
 * Citations in data: quotes are the sources' own (Danish) words, and sources are cited by title and public
 * address, never by a path in this repository. Checked on the fixtures, every shipped standard file and the
 * national purposes and double-compensation rules (law.json is maintained with the case deadlines and is not
 * checked here yet).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FOLDERS = ['standards', 'standards/national', 'test/fixtures/standards'];

function jsonFiles(): { file: string; json: unknown }[] {
  return FOLDERS.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.json') && name !== 'index.json' && name !== 'law.json')
      .map((name) => ({
        file: join(folder, name),
        json: JSON.parse(readFileSync(join(folder, name), 'utf8')),
      })),
  );
}

function collect(value: unknown, key: string, out: string[]): string[] {
  if (Array.isArray(value)) for (const item of value) collect(item, key, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, child] of Object.entries(value)) {
      if (k === key && typeof child === 'string') out.push(child);
      else collect(child, key, out);
    }
  }
  return out;
}

/** Words of English prose that no Danish source uses. */
const ENGLISH = /\b(the|and|is|are|of|when|with|which|approved|hours|per|week|normally|only|costs)\b/i;

describe('citations in the standard files', () => {
  it('given every quote field of every standard file, then none is an English paraphrase', () => {
    const english = jsonFiles().flatMap(({ file, json }) =>
      collect(json, 'quote', [])
        .filter((q) => ENGLISH.test(q))
        .map((q) => `${file}: ${q}`),
    );
    expect(english).toEqual([]);
  });

  it('given the check itself, then it finds the paraphrase the Randers files used to show as a quote', () => {
    expect(ENGLISH.test('Approved by the city council (byrådet) on 9 December 2019')).toBe(true);
    expect(ENGLISH.test('Vedtaget af byrådet den 9. december 2019')).toBe(false);
  });

  it('given every source of every standard file, then none points into this repository', () => {
    const paths = jsonFiles().flatMap(({ file, json }) =>
      collect(json, 'reference', [])
        .filter((ref) => /(^|\s)(shared|standards|test|src)\/|\.(md|txt)\b/.test(ref))
        .map((ref) => `${file}: ${ref}`),
    );
    expect(paths).toEqual([]);
  });

  it('given Randers’ approvals, then they quote the pages as printed, typo included', () => {
    const approval = (file: string) =>
      (
        JSON.parse(readFileSync(join('test/fixtures/standards', file), 'utf8')) as {
          approved: { citation: { quote: string } };
        }
      ).approved.citation.quote;
    expect(approval('randers-1-2019-12-09.json')).toBe('Vedtaget af byrådet den 9. december 2019');
    expect(approval('randers-2-2019-12-09.json')).toBe('Vedtaget af byrådet de. 9. december 2019');
    expect(approval('randers-3-2019-12-09.json')).toBe('Vedtaget af byrådet den 9. december 2019');
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStandardsFolder } from '../../scripts/standards-folder.ts';
import {
  checkDraft,
  draftFileName,
  editDraft,
  exportDraft,
  getAt,
  importStandardFile,
  numberOrText,
  parseStoredDrafts,
  serializeDrafts,
  setAt,
  startDraft,
} from '../../src/domain/council/draft.ts';
import { checkCatalog } from '../../src/domain/format/catalog.ts';
import { loadShipped } from './shipped.ts';

const NOW = '2026-01-05T10:00:00.000Z';
const randers = () => loadShipped('randers-3-2019-12-09.json');
// interventions[2] is døgnaflastning, levels[2] is svære in the shipped file.
const SEVERE_UPPER = ['interventions', 2, 'measure', 'levels', 2, 'upper', 'value'] as const;

describe('drafts of a standard version', () => {
  it('given a draft started from the version in force, then it is a valid, unapproved draft with the same findings', () => {
    const draft = startDraft(randers(), 'a1', '2026-01-05', NOW);
    const check = checkDraft(draft);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.version.status).toBe('draft');
    expect(check.version.approved).toBeNull();
    expect(check.version.id).toBe('randers-3-udkast-a1');
    expect(check.findings.some((f) => f.code === 'gap')).toBe(true);
  });

  it('given svære raised to 108 døgn, then the 85–108 gap finding disappears as one types', () => {
    // Seed 004: svære "Op til 84 døgn om året" leaves 85–108 døgn uncovered.
    const draft = startDraft(randers(), 'a1', '2026-01-05', NOW);
    expect(getAt(draft.json, SEVERE_UPPER)).toBe(84);
    const edited = editDraft(draft, SEVERE_UPPER, 108, '2026-01-05T11:00:00.000Z');
    expect(edited.updatedAt).toBe('2026-01-05T11:00:00.000Z');
    expect(getAt(draft.json, SEVERE_UPPER)).toBe(84);
    const check = checkDraft(edited);
    expect(check.ok && check.findings.some((f) => f.code === 'gap')).toBe(false);
  });

  it('given an upper edge typed below the lower edge or as text, then the schema names the field', () => {
    const draft = startDraft(randers(), 'a1', '2026-01-05', NOW);
    const below = checkDraft(editDraft(draft, SEVERE_UPPER, 50, NOW));
    expect(below.ok).toBe(false);
    if (!below.ok)
      expect(below.problems.map((p) => p.path)).toContain('$.interventions[2].measure.levels[2].upper');
    const text = checkDraft(editDraft(draft, SEVERE_UPPER, numberOrText('otte'), NOW));
    expect(text.ok).toBe(false);
    if (!text.ok) expect(text.problems[0]?.path).toBe('$.interventions[2].measure.levels[2].upper.value');
  });

  it('given edit → validation → export → import, then the imported draft equals the edited one', () => {
    const edited = editDraft(startDraft(randers(), 'a1', '2026-01-05', NOW), SEVERE_UPPER, 108, NOW);
    const text = exportDraft(edited);
    const imported = importStandardFile(draftFileName(edited), text, 'b2', NOW);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(imported.draft.json).toEqual(edited.json);
    expect(imported.findings.some((f) => f.code === 'gap')).toBe(false);
  });

  it('given an exported draft dropped into a standards folder, then the catalogue check passes it', () => {
    const draft = startDraft(randers(), 'a1', '2026-01-05', NOW);
    const folder = mkdtempSync(join(tmpdir(), 'serviceniveau-draft-'));
    writeFileSync(join(folder, draftFileName(draft)), exportDraft(draft));
    writeFileSync(join(folder, 'index.json'), JSON.stringify({ versions: [{ file: draftFileName(draft) }] }));
    const check = checkCatalog(readStandardsFolder(folder));
    expect(check.problems).toEqual([]);
    expect(check.files[0]?.problems).toEqual([]);
    expect(check.files[0]?.version?.status).toBe('draft');
  });

  it('given a file that is not JSON or fails the schema, then import reports the file and path and adds nothing', () => {
    const broken = importStandardFile('x.json', '{ "id": ', 'k', NOW);
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems[0]?.file).toBe('x.json');
    const wrong = importStandardFile('y.json', JSON.stringify({ ...randers(), status: 'maybe' }), 'k', NOW);
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.problems.map((p) => p.path)).toContain('$.status');
  });

  it('given saved drafts, then they read back; a corrupted one is set aside without losing the others', () => {
    const a = startDraft(randers(), 'a1', '2026-01-05', NOW);
    expect(parseStoredDrafts(serializeDrafts([a])).drafts).toEqual([a]);
    const mixed = JSON.stringify({ formatVersion: 1, drafts: [a, { key: 3 }] });
    const stored = parseStoredDrafts(mixed);
    expect(stored.drafts).toEqual([a]);
    expect(stored.corrupted).toHaveLength(1);
    expect(parseStoredDrafts('{not json').corrupted[0]?.reason).toContain('ugyldig JSON');
    expect(parseStoredDrafts('[1,2]').corrupted).toHaveLength(1);
    expect(parseStoredDrafts(null)).toEqual({ drafts: [], corrupted: [] });
  });

  it('given setAt on a path that does not exist in an array, then it refuses', () => {
    expect(() => setAt({ a: [1] }, ['a', 3], 2)).toThrow(RangeError);
    expect(setAt({ a: { b: 1 } }, ['a', 'b'], undefined)).toEqual({ a: {} });
  });

  it.each([
    ['12', 12],
    ['2,5', 2.5],
    ['', ''],
    ['tolv', 'tolv'],
  ])('given "%s" typed in a number field, then it is kept as %j', (input, expected) => {
    expect(numberOrText(input)).toBe(expected);
  });
});

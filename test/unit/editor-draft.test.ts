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
  numberOrText,
  parseStoredDraft,
  parseStoredDrafts,
  serializeDrafts,
  setAt,
} from '../../src/domain/editor/draft.ts';
import {
  importStandardFile,
  startBlank,
  startCopy,
  startNewVersion,
  type TakenIds,
  versionIdConflict,
} from '../../src/domain/editor/start.ts';
import { checkCatalog } from '../../src/domain/format/catalog-check.ts';
import { loadShipped } from './shipped.ts';

const NOW = '2026-01-05T10:00:00.000Z';
const randers = () => loadShipped('randers-3-2019-12-09.json');
const SHIPPED: TakenIds = { shipped: ['randers-3-2019-12-09'], drafts: [] };
const startDraft = (version: ReturnType<typeof randers>, key: string, today: string, now: string) =>
  startNewVersion(version, key, today, now, SHIPPED).draft;
const NO_IMPORTS = { ...SHIPPED, imported: [] };
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
    expect(check.version.id).toBe('randers-3-2026-01-05');
    expect(check.version.standard.key).toBe('randers-3');
    expect(check.version.effective).toMatchObject({ from: '2026-01-05', to: null });
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
    const imported = importStandardFile(draftFileName(edited), text, 'b2', NOW, NO_IMPORTS);
    expect(imported.ok).toBe(true);
    if (!imported.ok || !('draft' in imported)) return;
    expect(imported.draft.json).toEqual(edited.json);
    expect(imported.messages).toEqual([]);
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
    const broken = importStandardFile('x.json', '{ "id": ', 'k', NOW, NO_IMPORTS);
    expect(broken.ok === false && 'problems' in broken && broken.problems[0]?.file).toBe('x.json');
    const wrong = importStandardFile(
      'y.json',
      JSON.stringify({ ...randers(), status: 'maybe' }),
      'k',
      NOW,
      NO_IMPORTS,
    );
    expect(wrong.ok === false && 'problems' in wrong && wrong.problems.map((p) => p.path)).toContain(
      '$.status',
    );
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

describe('a draft never shares an id with a shipped version or another draft', () => {
  const shippedText = JSON.stringify(randers(), null, 2);

  it('given the shipped file imported, then it becomes a draft with its own id, and both changes are said', () => {
    const result = importStandardFile('randers-3-2019-12-09.json', shippedText, 'k1', NOW, NO_IMPORTS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const json = result.draft.json as { id: string; status: string };
    expect(json.id).toBe('randers-3-2019-12-09-2');
    expect(json.status).toBe('draft');
    expect(result.draft.basedOn).toBe('randers-3-2019-12-09');
    expect(result.messages.join(' ')).toContain('»randers-3-2019-12-09« var allerede i brug');
    expect(result.messages.join(' ')).toContain('Status er sat til »udkast«');
  });

  it('given the same file imported twice, then the second import is refused, naming the draft it already is', () => {
    const first = importStandardFile('a.json', shippedText, 'k1', NOW, NO_IMPORTS);
    if (!first.ok) throw new Error('first import failed');
    const again = importStandardFile('b.json', shippedText, 'k2', NOW, {
      shipped: SHIPPED.shipped,
      drafts: [first.draft],
      imported: [first.draft],
    });
    expect(again.ok).toBe(false);
    expect('duplicateOf' in again && again.duplicateOf).toBe('k1');
    expect('message' in again && again.message).toContain('allerede importeret');
  });

  it('given two new versions started the same day, then the second is renamed and says so', () => {
    const first = startNewVersion(randers(), 'k1', '2026-01-05', NOW, SHIPPED);
    expect(first.messages).toEqual([]);
    const second = startNewVersion(randers(), 'k2', '2026-01-05', NOW, {
      shipped: SHIPPED.shipped,
      drafts: [first.draft],
    });
    expect((second.draft.json as { id: string }).id).toBe('randers-3-2026-01-05-2');
    expect(second.messages[0]).toContain('»randers-3-2026-01-05«');
  });

  it('given a typed id, then a shipped id or another draft’s id is refused with the reason; its own id is not', () => {
    const first = startNewVersion(randers(), 'k1', '2026-01-05', NOW, SHIPPED).draft;
    const taken = { shipped: SHIPPED.shipped, drafts: [first] };
    expect(versionIdConflict('randers-3-2019-12-09', 'k2', taken)).toContain('udgivet version');
    expect(versionIdConflict('randers-3-2026-01-05', 'k2', taken)).toContain('andet udkast');
    expect(versionIdConflict('randers-3-2026-01-05', 'k1', taken)).toBeNull();
  });

  it('given a copy, then it keeps the content under a new id, as a draft', () => {
    const copy = startCopy(randers(), 'k1', NOW, SHIPPED).draft;
    expect((copy.json as { id: string }).id).toBe('randers-3-2019-12-09-kopi');
    expect(checkDraft(copy).ok).toBe(true);
  });

  it('given a copy for another municipality, then it is that municipality’s, with no number carried over, and the council is told what is still the original’s', () => {
    // The issue: a draft from Randers dressed as Nyborg still said "Randers Kommune, nr. 3".
    const copy = startCopy(randers(), 'k1', NOW, SHIPPED, 'Nyborg Kommune');
    const json = copy.draft.json as {
      municipality: string;
      standard: { key: string; number?: number };
      id: string;
    };
    expect(json.municipality).toBe('Nyborg Kommune');
    expect(json.standard.number).toBeUndefined();
    expect(json.standard.key).toMatch(/^nyborg-/);
    expect(json.id).toBe(`${json.standard.key}-kopi`);
    expect(copy.messages[0]).toContain('stadig Randers Kommunes');
    expect(checkDraft(copy.draft).ok).toBe(true);
  });

  it('given a blank start, then the ids come from the labels (ASCII) and the schema lists what is missing', () => {
    const blank = startBlank(
      { municipality: 'Nyborg Kommune', title: 'Aflastning og afløsning', number: null, today: '2026-01-05' },
      'k1',
      NOW,
      SHIPPED,
    ).draft;
    const json = blank.json as { id: string; standard: { key: string } };
    expect(json.standard.key).toBe('nyborg-aflastning-og-afloesning');
    expect(json.id).toBe('nyborg-aflastning-og-afloesning-2026-01-05');
    const check = checkDraft(blank);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problems.map((p) => p.path)).toContain('$.sources');
  });

  it('given a stored item of the wrong shape, then it is reported, not thrown', () => {
    expect(parseStoredDraft('{"key": 1}')).toMatchObject({ ok: false });
    expect(parseStoredDraft('nope')).toMatchObject({ ok: false });
    const good = startDraft(randers(), 'a1', '2026-01-05', NOW);
    expect(parseStoredDraft(JSON.stringify(good))).toEqual({ ok: true, draft: good });
  });
});

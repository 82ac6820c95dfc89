import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changesAgainst } from '../../src/domain/editor/changes.ts';
import { checkDraft, exportDraft, setAt } from '../../src/domain/editor/draft.ts';
import { applyPastedLevels, applyPlacementLine } from '../../src/domain/editor/paste-apply.ts';
import {
  type ProposedLevel,
  type ProposedPlacementLine,
  parsePastedTable,
} from '../../src/domain/editor/paste-table.ts';
import {
  describePath,
  fieldId,
  fieldIdCandidates,
  parseJsonPath,
  sectionOf,
} from '../../src/domain/editor/paths.ts';
import { figuresMissingFromQuote } from '../../src/domain/editor/quote-check.ts';
import { startBlank, startNewVersion } from '../../src/domain/editor/start.ts';
import { runCheckStandards } from '../check-standards-cli.ts';
import { loadShipped } from './shipped.ts';

const NOW = '2026-01-05T10:00:00.000Z';
const levelsOf = (text: string) =>
  parsePastedTable(text).filter((r): r is ProposedLevel => r.kind === 'level');
const citation = (quote: string) => ({ source: 'randers-ks3', section: 'Kvalitetsstandard nr. 3', quote });

// Seed 004, "Døgnaflastning": "Lette problemer/begrænsninger Op til 36 døgn om året" … "Over 108 døgn om året".
const RESPITE = `Lette problemer/begrænsninger  Op til 36 døgn om året
Moderate problemer/begrænsninger Op til 60 døgn om året
Svære problemer/begrænsninger Op til 84 døgn om året
Fuldstændige problemer/begrænsninger Over 108 døgn om året`;

/** Randers 3's døgnaflastning made from blank with the domain's own steps, as the editor does them. */
function randersFromBlank(): unknown {
  let json = startBlank(
    { municipality: 'Randers Kommune', title: 'Kvalitetsstandard nr. 3', number: 3, today: '2026-01-05' },
    'k1',
    NOW,
    { shipped: [], drafts: [] },
  ).draft.json;
  json = setAt(
    json,
    ['sources'],
    [
      {
        id: 'randers-ks3',
        title:
          'Kvalitetsstandard for foranstaltninger i form af familiekonsulent, kontaktperson og døgnaflastning',
        publisher: 'Randers Kommune',
        reference: 'https://www.randers.dk/',
        kind: 'standard',
      },
    ],
  );
  const basis = {
    law: 'serviceloven',
    paragraph: '52',
    stk: 3,
    citation: citation('… foranstaltninger efter servicelovens § 52, stk.3.'),
  };
  json = setAt(json, ['legalBasis'], [basis]);
  json = setAt(
    json,
    ['interventions'],
    [
      {
        id: 'doegnaflastning',
        name: 'Døgnaflastning',
        legalBasis: [{ ...basis, nr: 5 }],
        purpose: { text: 'Aflastning', citation: citation('Formålet med en døgnaflastningsordning …') },
        purposes: [],
        coverOptions: [],
        measure: { kind: 'levels', unit: 'hours', period: 'week', dimension: '', levels: [] },
        legalLimits: [],
      },
    ],
  );
  const applied = applyPastedLevels(json, 0, levelsOf(RESPITE), {
    source: 'randers-ks3',
    section: 'Døgnaflastning – niveautabel',
  });
  if (!applied.ok) throw new Error(applied.message);
  return applied.json;
}

describe('accepting pasted rows', () => {
  it('given seed 004’s respite table, then a severity dimension, døgn per year and each row quoted', () => {
    const json = randersFromBlank();
    const check = checkDraft({ key: 'k1', json });
    expect(check.ok ? [] : check.problems).toEqual([]);
    if (!check.ok) return;
    const [dimension] = check.version.dimensions;
    expect(dimension?.label).toBe('Sværhedsgrad');
    expect(dimension?.values.map((v) => v.id)).toEqual([
      'lette-problemer-begraensninger',
      'moderate-problemer-begraensninger',
      'svaere-problemer-begraensninger',
      'fuldstaendige-problemer-begraensninger',
    ]);
    const measure = check.version.interventions[0]?.measure;
    expect(measure).toMatchObject({ kind: 'levels', unit: 'days', period: 'year' });
    if (measure?.kind !== 'levels') return;
    expect(measure.levels[3]?.citation.quote).toBe(
      'Fuldstændige problemer/begrænsninger Over 108 døgn om året',
    );
    // The hole the seed leaves is reported, not filled.
    expect(check.findings.some((f) => f.code === 'gap')).toBe(true);
  });

  it('given rows of different periods accepted together, then it is refused with the reason', () => {
    const rows = levelsOf('Lette 1-2 timer om ugen\nSvære op til 36 døgn om året');
    const result = applyPastedLevels(randersFromBlank(), 0, rows, { source: 'randers-ks3', section: 'x' });
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.message).toContain('forskellige enheder eller perioder');
  });

  it('given Nyborg’s age bands, then an age-group dimension with one value per band', () => {
    // sources.md: "Som udgangspunkt bevilges der aflastningsophold op til: • 3-5 årige: 6 døgn pr. måned …"
    const rows = levelsOf(
      'Som udgangspunkt bevilges der aflastningsophold op til:\n• 3-5 årige: 6 døgn pr. måned\n• Over 13 år: 12 døgn pr. måned',
    );
    const result = applyPastedLevels(randersFromBlank(), 0, rows, { source: 'randers-ks3', section: 'x' });
    if (!result.ok) throw new Error(result.message);
    const json = result.json as {
      dimensions: {
        label: string;
        kind: string;
        values: { id: string; fromAge: number; toAge: number | null }[];
      }[];
    };
    expect(json.dimensions.map((d) => [d.label, d.kind])).toEqual([
      ['Sværhedsgrad', 'ordered'],
      ['Aldersgruppe', 'age'],
    ]);
    // "Over 13 år" in whole years is from 14, with no upper age.
    expect(json.dimensions[1]?.values).toEqual([
      { id: '3-5-aarige', label: '3-5 årige', fromAge: 3, toAge: 5 },
      { id: 'over-13-aar', label: 'Over 13 år', fromAge: 14, toAge: null },
    ]);
    expect(checkDraft({ key: 'k1', json: result.json }).ok).toBe(true);
  });

  it('given the draft exported into a temp folder, then `npm run check:standards` accepts the file unchanged', () => {
    const json = randersFromBlank();
    const check = checkDraft({ key: 'k1', json });
    if (!check.ok) throw new Error('draft invalid');
    const folder = mkdtempSync(join(tmpdir(), 'serviceniveau-editor-'));
    const file = `${check.version.id}.json`;
    writeFileSync(join(folder, file), exportDraft({ json }));
    writeFileSync(join(folder, 'index.json'), JSON.stringify({ versions: [{ file }] }));
    const { status, output } = runCheckStandards(folder);
    expect(status).toBe(0);
    // The check's own words: the file is OK and there are no errors.
    expect(output).toMatch(new RegExp(`^OK {3}${file} `, 'm'));
    expect(output).not.toMatch(/^FEJL /m);
    expect(output).toContain('1 standardfiler kontrolleret, 0 fejl.');
  });
});

describe('changes against the base version, for the print', () => {
  it('given svære raised from 84 to 108, then that level is marked changed with its earlier wording, the others not', () => {
    const base = loadShipped('randers-3-2019-12-09.json');
    const started = startNewVersion(base, 'k1', '2026-01-05', NOW, { shipped: [base.id], drafts: [] }).draft;
    const json = setAt(
      setAt(started.json, ['interventions', 2, 'measure', 'levels', 2, 'upper', 'value'], 108),
      ['interventions', 2, 'measure', 'levels', 2, 'text'],
      'Op til 108 døgn om året',
    );
    const check = checkDraft({ key: 'k1', json });
    if (!check.ok) throw new Error('draft invalid');
    const marks = changesAgainst(check.version, base);
    expect(marks.levels.get('doegnaflastning/svære')).toEqual({
      kind: 'changed',
      before: 'Op til 84 døgn om året (over 60 til og med 84)',
    });
    expect(marks.levels.get('doegnaflastning/lette')).toEqual({ kind: 'same' });
    expect(marks.removed).toEqual([]);
    // A new version has new dates and no approval: said, not hidden.
    expect(marks.other).toEqual(['Vedtagelse', 'Gyldighed']);
  });
});

describe('paths of schema messages', () => {
  it('maps a problem path to its field, its groups and its section', () => {
    const path = parseJsonPath('$.interventions[1].measure.levels[0].upper.value');
    expect(path).toEqual(['interventions', 1, 'measure', 'levels', 0, 'upper', 'value']);
    expect(fieldId(path)).toBe('felt-interventions-1-measure-levels-0-upper-value');
    expect(fieldIdCandidates(path)[1]).toBe('felt-interventions-1-measure-levels-0-upper');
    expect(sectionOf(path)).toBe('indsats-1');
    expect(sectionOf(parseJsonPath('$.sources'))).toBe('kilder');
    expect(sectionOf(parseJsonPath('$'))).toBe('detaljer');
    // The summary names the field in the form's words; the intervention is named by its section.
    expect(describePath(path)).toBe('Niveau 1, øvre grænse, tal');
    expect(describePath(parseJsonPath('$.interventions[0].legalBasis[1].citation.quote'))).toBe(
      'Bestemmelse 2, kilde, citat',
    );
    expect(describePath(parseJsonPath('$.effective.to'))).toBe('gyldighed, til');
  });
});

describe('a level’s figures and its quote', () => {
  it('given svære raised to 108 but still quoting "Op til 84 døgn om året", then 108 is named as missing from the quote', () => {
    // Seed 004: "Svære problemer/begrænsninger Op til 84 døgn om året".
    const quote = {
      source: 'randers-ks3',
      section: 'x',
      quote: 'Svære problemer/begrænsninger Op til 84 døgn om året',
    };
    const derived = { value: 60, inclusive: false, stated: false, note: 'afledt' };
    expect(
      figuresMissingFromQuote({
        lower: derived,
        upper: { value: 84, inclusive: true, stated: true },
        citation: quote,
      }),
    ).toEqual([]);
    expect(
      figuresMissingFromQuote({
        lower: derived,
        upper: { value: 108, inclusive: true, stated: true },
        citation: quote,
      }),
    ).toEqual([108]);
  });

  it('given Nyborg’s "3-5 årige: 6 døgn pr. måned" with op til 6, then nothing is missing', () => {
    expect(
      figuresMissingFromQuote({
        lower: null,
        upper: { value: 6, inclusive: true, stated: true },
        citation: { source: 'n', section: 'x', quote: '3-5 årige: 6 døgn pr. måned' },
      }),
    ).toEqual([]);
  });
});

describe('a pasted placement line', () => {
  it('given Nyborg’s "15 døgn pr. måned eller mere er en anbringelse", then a local rule for the intervention, quoted', () => {
    const [row] = parsePastedTable(
      'Aflastninger på 15 døgn pr. måned eller mere er en anbringelse og skal behandles som sådan.',
    ) as ProposedPlacementLine[];
    if (row?.kind !== 'placement-line') throw new Error('not proposed as a placement line');
    const result = applyPlacementLine(randersFromBlank(), 0, row, {
      source: 'randers-ks3',
      section: 'Aflastning',
    });
    if (!result.ok) throw new Error(result.message);
    const check = checkDraft({ key: 'k1', json: result.json });
    expect(check.ok ? [] : check.problems).toEqual([]);
    if (!check.ok) return;
    expect(check.version.rules).toEqual([
      {
        id: 'anbringelse-15-doegn',
        kind: 'placement-line',
        interventions: ['doegnaflastning'],
        value: 15,
        unit: 'days',
        period: 'month',
        text: row.quote,
        citation: { source: 'randers-ks3', section: 'Aflastning', quote: row.quote },
      },
    ]);
  });
});

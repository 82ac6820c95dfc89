import { describe, expect, it } from 'vitest';
import { isRealCalendarDate, parseStandard, parseStandardText } from '../../src/domain/format/schema.ts';
import { loadShipped } from './shipped.ts';

describe('the standard file schema', () => {
  it('given the shipped Randers standard 3, then it parses', () => {
    expect(loadShipped('randers-3-2019-12-09.json').id).toBe('randers-3-2019-12-09');
  });

  it('given an unknown key deep in a level, then it is rejected with the file and the JSON path', () => {
    const json = structuredClone(loadShipped('randers-3-2019-12-09.json')) as unknown as {
      interventions: { measure: { levels: Record<string, unknown>[] } }[];
    };
    const level = json.interventions[1]?.measure.levels[0];
    if (!level) throw new Error('fixture changed');
    level.maks = 3;
    const result = parseStandard('x.json', json);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({
      file: 'x.json',
      path: '$.interventions[1].measure.levels[0]',
      message: 'Ukendt nøgle: "maks"',
    });
  });

  it('given a date that is not in the calendar, then it is rejected where it stands', () => {
    const json = structuredClone(loadShipped('randers-3-2019-12-09.json')) as unknown as {
      approved: { date: string };
    };
    json.approved.date = '2019-02-30';
    const result = parseStandard('x.json', json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('$.approved.date');
  });

  it('given a citation naming an undeclared source, then the path points at it', () => {
    const json = structuredClone(loadShipped('randers-3-2019-12-09.json')) as unknown as {
      deadlines: { citation: { source: string } }[];
    };
    const deadline = json.deadlines[1];
    if (!deadline) throw new Error('fixture changed');
    deadline.citation.source = 'ukendt-kilde';
    const result = parseStandard('x.json', json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('$.deadlines[1].citation.source');
  });

  it('given broken JSON, then the problem names the file', () => {
    const result = parseStandardText('broken.json', '{ "id": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.file).toBe('broken.json');
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2019-12-09', true],
    ['2019-13-01', false],
    ['2019-04-31', false],
    ['1976-06-40', false],
  ])('given %s, then real calendar date is %s', (date, expected) => {
    expect(isRealCalendarDate(date)).toBe(expected);
  });
});

describe('format version 2', () => {
  const v2 = () =>
    structuredClone(loadShipped('randers-3-2019-12-09.json')) as unknown as Record<string, unknown> & {
      dimensions: Record<string, unknown>[];
      standard: Record<string, unknown>;
      legalBasis: Record<string, unknown>[];
      rules: unknown[];
    };

  it('given a file in format 1 (a dimension without a kind), then it is read as an ordered scale', () => {
    const json = v2();
    json.formatVersion = 1;
    for (const dimension of json.dimensions) delete dimension.kind;
    const result = parseStandard('v1.json', json);
    expect(result.ok && result.value.formatVersion).toBe(2);
    expect(result.ok && result.value.dimensions[0]?.kind).toBe('ordered');
  });

  it('given format 2 with a dimension without a kind, then it is an error at that dimension', () => {
    const json = v2();
    delete json.dimensions[0]?.kind;
    const result = parseStandard('x.json', json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('$.dimensions[0].kind');
  });

  it('given no standard number, then it parses (Nyborg numbers none of its standards)', () => {
    const json = v2();
    delete json.standard.number;
    const result = parseStandard('x.json', json);
    expect(result.ok && result.value.standard.number).toBeUndefined();
  });

  it('given a compound legal basis with stk. on both paragraphs, then it parses', () => {
    const json = v2();
    const basis = json.legalBasis[0];
    if (!basis) throw new Error('fixture');
    Object.assign(basis, { paragraph: '44', stk: 1, jf: { paragraph: '84', stk: 1 } });
    delete basis.nr;
    const result = parseStandard('x.json', json);
    expect(result.ok && result.value.legalBasis[0]?.jf).toEqual({ paragraph: '84', stk: 1 });
  });

  it('given a local rule naming an intervention the file does not have, then the path is named', () => {
    const json = v2();
    json.rules = [
      {
        id: 'linje',
        kind: 'placement-line',
        interventions: ['findes-ikke'],
        value: 15,
        unit: 'days',
        period: 'month',
        text: 'Linje',
        citation: { source: 'randers-ks3', section: 'x', quote: 'y' },
      },
    ];
    const result = parseStandard('x.json', json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('$.rules[0].interventions[0]');
  });

  it('given an age band that ends before it starts, then it is refused at "toAge"', () => {
    const json = structuredClone(loadShipped('nyborg-44-2019-03-06.json')) as unknown as {
      dimensions: { values: { fromAge: number; toAge: number | null }[] }[];
    };
    const band = json.dimensions[0]?.values[1];
    if (!band) throw new Error('fixture');
    band.toAge = 2;
    const result = parseStandard('x.json', json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('$.dimensions[0].values[1].toAge');
  });
});

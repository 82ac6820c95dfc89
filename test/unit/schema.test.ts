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

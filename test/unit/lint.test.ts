import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ceilingOf, levelsContaining, orderedLevels } from '../../src/domain/format/levels.ts';
import {
  gapBetween,
  lintVersion,
  numbersIn,
  overlapBetween,
  wholeUnitRange,
} from '../../src/domain/format/lint.ts';
import type { Bound, Level, StandardVersion } from '../../src/domain/format/schema.ts';
import { loadShipped } from './shipped.ts';

const base = loadShipped('randers-3-2019-12-09.json');
const b = (value: number, inclusive: boolean, stated = true): Bound =>
  stated ? { value, inclusive, stated } : { value, inclusive, stated, note: 'afledt' };

/** Randers 3 with the contact person's levels replaced. */
function withContactLevels(levels: Array<Pick<Level, 'key' | 'lower' | 'upper'>>): StandardVersion {
  const version = structuredClone(base);
  const contact = version.interventions.find((i) => i.id === 'fast-kontaktperson');
  if (contact?.measure.kind !== 'levels') throw new Error('fixture');
  const citation = contact.measure.levels[0]?.citation;
  if (!citation) throw new Error('fixture');
  // The wording names the stated edges, as the seed's rows do ("1-2 timer om ugen").
  const wording = (level: Pick<Level, 'lower' | 'upper'>) =>
    [level.lower, level.upper]
      .filter((bound) => bound?.stated)
      .map((bound) => bound?.value)
      .join('–');
  contact.measure.levels = levels.map((level) => ({ ...level, text: `${wording(level)} timer`, citation }));
  return version;
}
const contactFindings = (version: StandardVersion) =>
  lintVersion(version).filter((f) => f.interventionId === 'fast-kontaktperson' && f.severity === 'warning');

describe('lint of level tables', () => {
  it('given touching bands (2 inclusive, then over 2), then no gap and no overlap', () => {
    expect(gapBetween(b(2, true), b(2, false))).toBeNull();
    expect(overlapBetween(b(2, true), b(2, false))).toBeNull();
  });

  it('given two exclusive edges at the same value, then that single value is a gap', () => {
    expect(gapBetween(b(3, false), b(3, false))).toEqual({ lower: b(3, true), upper: b(3, true) });
  });

  it('given two inclusive edges at the same value, then that value is an overlap', () => {
    expect(overlapBetween(b(3, true), b(3, true))).toEqual({ lower: b(3, true), upper: b(3, true) });
  });

  it('given the gap (84, 108], then the whole døgn in it are 85 to 108', () => {
    expect(wholeUnitRange({ lower: b(84, false), upper: b(108, true) })).toEqual([85, 108]);
    expect(wholeUnitRange({ lower: b(84, true), upper: b(85, false) })).toEqual([84, 84]);
    expect(wholeUnitRange({ lower: b(84.2, false), upper: b(84.8, true) })).toBeNull();
  });

  it('given overlapping bands, then the overlap is reported with both levels', () => {
    const findings = contactFindings(
      withContactLevels([
        { key: 'lette', lower: b(1, true), upper: b(3, true) },
        { key: 'moderate', lower: b(2, false), upper: b(4, true) },
        { key: 'svære', lower: b(4, false), upper: b(6, true) },
        { key: 'fuldstændige', lower: b(6, false), upper: null },
      ]),
    );
    expect(findings.map((f) => [f.code, f.levels])).toEqual([['overlap', ['lette', 'moderate']]]);
    expect(findings[0]?.message).toContain('hører til både');
  });

  it('given a level that gives less than the one below, then it is reported as not increasing', () => {
    const findings = contactFindings(
      withContactLevels([
        { key: 'lette', lower: b(1, true), upper: b(5, true) },
        { key: 'moderate', lower: null, upper: b(3, true) },
        { key: 'svære', lower: b(5, false), upper: b(8, true) },
        { key: 'fuldstændige', lower: b(8, false), upper: null },
      ]),
    );
    expect(findings.filter((f) => f.code === 'not-increasing').map((f) => f.levels)).toEqual([
      ['lette', 'moderate'],
    ]);
  });

  it('given an open-ended level below the top, then it is a warning', () => {
    const findings = contactFindings(
      withContactLevels([
        { key: 'lette', lower: b(1, true), upper: null },
        { key: 'moderate', lower: b(2, false), upper: b(3, true) },
      ]),
    );
    expect(findings.map((f) => f.code)).toContain('open-ended-below-top');
  });

  it('given an implied lower edge that is not the upper edge below, then it is a warning', () => {
    const findings = contactFindings(
      withContactLevels([
        { key: 'lette', lower: b(1, true), upper: b(2, true) },
        { key: 'moderate', lower: b(2, false, false), upper: b(3, true) },
        { key: 'svære', lower: b(2.5, false, false), upper: b(5, true) },
        { key: 'fuldstændige', lower: b(5, false), upper: null },
      ]),
    );
    expect(findings.map((f) => f.code)).toEqual(['overlap', 'implied-bound-mismatch']);
  });

  it('given a severity value with no level, then it is reported as information', () => {
    const findings = lintVersion(
      withContactLevels([
        { key: 'lette', lower: b(1, true), upper: b(2, true) },
        { key: 'moderate', lower: b(2, false), upper: null },
      ]),
    ).filter((f) => f.code === 'missing-level');
    expect(findings.map((f) => f.levels[0])).toEqual(['svære', 'fuldstændige']);
  });
});

/** Four increasing, touching bands from generated edges: a table whose lint is clean. */
const cleanTable = fc
  .uniqueArray(fc.integer({ min: 1, max: 500 }), { minLength: 4, maxLength: 4 })
  .map((edges) => [...edges].sort((x, y) => x - y))
  .map(([e0 = 0, e1 = 0, e2 = 0, e3 = 0]) =>
    withContactLevels([
      { key: 'lette', lower: b(e0, true), upper: b(e1, true) },
      { key: 'moderate', lower: b(e1, false), upper: b(e2, true) },
      { key: 'svære', lower: b(e2, false), upper: b(e3, true) },
      { key: 'fuldstændige', lower: b(e3, false), upper: null },
    ]),
  );

describe('properties of level lookup', () => {
  it('given a standard whose lint is clean, then a higher severity never has a lower ceiling', () => {
    fc.assert(
      fc.property(cleanTable, (version) => {
        expect(contactFindings(version)).toEqual([]);
        const contact = version.interventions.find((i) => i.id === 'fast-kontaktperson');
        if (contact?.measure.kind !== 'levels') return;
        const ceilings = orderedLevels(version, contact.measure).map(
          (l) => ceilingOf(l) ?? Number.POSITIVE_INFINITY,
        );
        for (let i = 1; i < ceilings.length; i++)
          expect(ceilings[i]).toBeGreaterThanOrEqual(ceilings[i - 1] ?? 0);
      }),
    );
  });

  it('given a lint-clean table, then every amount from the lowest edge up lies in exactly one level', () => {
    fc.assert(
      fc.property(cleanTable, fc.double({ min: 0, max: 1000, noNaN: true }), (version, amount) => {
        const contact = version.interventions.find((i) => i.id === 'fast-kontaktperson');
        if (contact?.measure.kind !== 'levels') return;
        const levels = orderedLevels(version, contact.measure);
        const lowest = levels[0]?.lower?.value ?? 0;
        const count = levelsContaining(amount, levels).length;
        expect(count).toBe(amount >= lowest ? 1 : 0);
      }),
    );
  });
});

describe('the wording of a level against its figures', () => {
  it('given every level of Randers standard 3, then its text names exactly its stated edges', () => {
    expect(lintVersion(base).filter((f) => f.code === 'text-mismatch')).toEqual([]);
  });

  it('given a draft that raises svære respite to 108 but keeps "Op til 84 døgn om året", then the text is flagged', () => {
    const draft = structuredClone(base);
    const respite = draft.interventions.find((i) => i.id === 'doegnaflastning');
    const svaere = respite?.measure.kind === 'levels' ? respite.measure.levels[2] : undefined;
    if (!svaere?.upper) throw new Error('fixture');
    svaere.upper.value = 108;
    const findings = lintVersion(draft).filter((f) => f.code === 'text-mismatch');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toBe(
      'Døgnaflastning: teksten for »Svære problemer/begrænsninger« (»Op til 84 døgn om året«) nævner 84, men de angivne grænser er over 60 og højst 108 døgn om året.',
    );
  });

  it.each([
    ['1-2 timer om ugen', [1, 2]],
    ['Op til 2,5 timer', [2.5]],
    ['1.000 kr. om måneden', [1000]],
    ['Individuel vurdering', []],
  ])('given "%s", then the numbers are %j', (text, expected) => {
    expect(numbersIn(text)).toEqual(expected);
  });
});

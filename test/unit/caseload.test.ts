import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Assumptions,
  aggregateRows,
  comparableTotals,
  computeImpact,
  impactRows,
  parseCaseloadCsv,
  parseCount,
  pointOf,
  totalCases,
} from '../../src/domain/council/caseload.ts';
import { toCsv } from '../../src/domain/csv/csv.ts';
import { parseStandardText } from '../../src/domain/format/schema.ts';
import { loadShipped } from './shipped.ts';

const randers = () => loadShipped('randers-3-2019-12-09.json');
const assumptions = (over: Partial<Assumptions> = {}): Assumptions => ({
  point: 'upper',
  openEnded: {},
  unitCosts: {},
  ...over,
});

describe('caseload impact', () => {
  it('given 2 lette and 1 svære contact-person cases at the upper edge, then hours per year are checked by hand', () => {
    // Seed 004: lette "1-2 timer om ugen", svære "Op til 5 timer om ugen"; 52 weeks per year (the file's assumption).
    // By hand: 2 × 2 × 52 = 208 and 1 × 5 × 52 = 260, in all 468 hours a year.
    const impact = computeImpact({ 'fast-kontaktperson': { lette: 2, svære: 1 } }, randers(), assumptions());
    const contact = impact.interventions[0];
    expect(contact?.levels.find((l) => l.levelKey === 'lette')?.annual).toBe(208);
    expect(contact?.levels.find((l) => l.levelKey === 'svære')?.annual).toBe(260);
    expect(impact.annualHours).toBe(468);
    expect(impact.annualDays).toBe(0);
  });

  it('given the middle point and a unit cost, then døgn and kroner are checked by hand', () => {
    // Seed 004: lette "Op til 36 døgn om året" (from 0: middle 18), moderate "Op til 60" (over 36: middle 48).
    // By hand: 3 × 18 + 1 × 48 = 102 døgn; at 2.000 kr. per døgn 204.000 kr.
    const impact = computeImpact(
      { doegnaflastning: { lette: 3, moderate: 1 } },
      randers(),
      assumptions({ point: 'middle', unitCosts: { 'doegnaflastning.days': 2000 } }),
    );
    expect(impact.annualDays).toBe(102);
    expect(impact.kroner).toBe(204_000);
  });

  it('given cases in an open-ended level and no assumption, then they are not computed and nothing is invented', () => {
    // Seed 004: "Fuldstændige problemer/begrænsninger Over 108 døgn om året".
    const impact = computeImpact(
      { doegnaflastning: { fuldstændige: 2, lette: 1 } },
      randers(),
      assumptions(),
    );
    const top = impact.interventions[0]?.levels.find((l) => l.levelKey === 'fuldstændige');
    expect(top?.annual).toBeNull();
    expect(top?.problem).toBe('open-ended-without-assumption');
    expect(impact.casesNotComputed).toBe(2);
    expect(impact.annualDays).toBe(36);
  });

  it('given the council’s value for the open-ended level, then it is used and marked as an assumption', () => {
    const impact = computeImpact(
      { doegnaflastning: { fuldstændige: 2 } },
      randers(),
      assumptions({ openEnded: { 'doegnaflastning.days.year': 120 } }),
    );
    expect(impact.annualDays).toBe(240);
    expect(
      impact.interventions[0]?.levels.find((l) => l.levelKey === 'fuldstændige')?.fromOpenEndedAssumption,
    ).toBe(true);
  });

  it('given an open-ended value typed for døgn per year, then a version stating døgn per month does not use it', () => {
    const perMonth = structuredClone(randers());
    const respite = perMonth.interventions.find((i) => i.id === 'doegnaflastning');
    if (respite?.measure.kind !== 'levels') throw new Error('fixture changed');
    respite.measure.period = 'month';
    const impact = computeImpact(
      { doegnaflastning: { fuldstændige: 1 } },
      perMonth,
      assumptions({ openEnded: { 'doegnaflastning.days.year': 120 } }),
    );
    expect(impact.casesNotComputed).toBe(1);
    expect(impact.annualDays).toBe(0);
  });

  it('given an open-ended value below the level’s lower edge, then the level is not computed', () => {
    expect(
      pointOf({ lower: { value: 108, inclusive: false, stated: true }, upper: null }, 'upper', 100).problem,
    ).toBe('open-ended-below-lower');
  });

  it('given cases for a level the version does not have, then they are reported, not counted', () => {
    const impact = computeImpact(
      { doegnaflastning: { '0-6-aar': 4 }, ukendt: { lette: 1 } },
      randers(),
      assumptions(),
    );
    expect(impact.casesNotInVersion).toEqual([
      { interventionId: 'doegnaflastning', levelKey: '0-6-aar', cases: 4 },
      { interventionId: 'ukendt', levelKey: 'lette', cases: 1 },
    ]);
    expect(impact.annualDays).toBe(0);
  });

  it('given two versions, then the rows carry the difference from the first', () => {
    const next = structuredClone(randers());
    next.id = 'forslag';
    const respite = next.interventions.find((i) => i.id === 'doegnaflastning');
    if (respite?.measure.kind !== 'levels') throw new Error('fixture changed');
    const severe = respite.measure.levels.find((l) => l.key === 'svære');
    if (!severe?.upper) throw new Error('fixture changed');
    severe.upper.value = 108;
    const caseload = { doegnaflastning: { svære: 5 } };
    const rows = impactRows([
      computeImpact(caseload, randers(), assumptions()),
      computeImpact(caseload, next, assumptions()),
    ]);
    // By hand: 5 × 84 = 420 and 5 × 108 = 540, a difference of 120 døgn a year.
    expect(rows[0]?.annual).toEqual([420, 540]);
    expect(rows[0]?.delta).toEqual([0, 120]);
  });

  it('given the same caseload as cases or as counts, then the totals agree', () => {
    const cases = parseCaseloadCsv(
      'sag;indsats;niveau\n1;doegnaflastning;lette\n2;doegnaflastning;lette\n3;fast-kontaktperson;svære\n',
    );
    const counts = parseCaseloadCsv(
      'indsats,niveau,antal\ndoegnaflastning,lette,2\nfast-kontaktperson,svære,1\n',
    );
    expect(cases.format).toBe('cases');
    expect(counts.format).toBe('counts');
    expect(aggregateRows(cases.rows)).toEqual(aggregateRows(counts.rows));
    expect(totalCases(aggregateRows(cases.rows))).toBe(3);
  });

  it('given bad rows, then each is reported with its line and left out', () => {
    const parsed = parseCaseloadCsv(
      'indsats;niveau;antal\ndoegnaflastning;lette;-1\n;lette;2\ndoegnaflastning;;2\ndoegnaflastning;lette;3\n',
    );
    expect(parsed.rows).toEqual([{ interventionId: 'doegnaflastning', levelKey: 'lette', count: 3 }]);
    expect(parsed.problems.map((p) => p.line)).toEqual([2, 3, 4]);
    expect(parsed.problems[0]?.message).toContain('»antal«');
  });

  it('given a file without the header columns, then the first line is reported', () => {
    const parsed = parseCaseloadCsv('a,b\n1,2\n');
    expect(parsed.rows).toEqual([]);
    expect(parsed.problems[0]?.line).toBe(1);
  });

  it.each([
    ['', 0],
    ['7', 7],
    ['2,5', null],
    ['-1', null],
    ['tre', null],
  ])('given the count "%s" typed in the grid, then it reads %s', (input, expected) => {
    expect(parseCount(input)).toBe(expected);
  });

  it('given any counts, then annual amounts are finite, non-negative and grow with the point', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), fc.nat(1000), (a, b, c) => {
        const caseload = { 'fast-kontaktperson': { lette: a, moderate: b, svære: c } };
        const lower = computeImpact(caseload, randers(), assumptions({ point: 'lower' })).annualHours;
        const middle = computeImpact(caseload, randers(), assumptions({ point: 'middle' })).annualHours;
        const upper = computeImpact(caseload, randers(), assumptions({ point: 'upper' })).annualHours;
        return Number.isFinite(upper) && lower >= 0 && lower <= middle && middle <= upper;
      }),
    );
  });

  it('given a table, then the CSV is semicolon separated with decimal commas and empty missing cells', () => {
    expect(toCsv(['a', 'b;c'], [[1234.5, null]])).toBe('\uFEFFa;"b;c"\r\n1234,5;\r\n');
  });
});

describe('caseload across different populations', () => {
  it('given Randers keyed on severity and another standard keyed on age, then no difference is taken, only each total', () => {
    const file = 'eksempel-aldersgrupper-fiktiv.json';
    const parsed = parseStandardText(file, readFileSync(`test/fixtures/examples/${file}`, 'utf8'));
    if (!parsed.ok) throw new Error('fixture');
    const ages = parsed.value;
    const caseload = { doegnaflastning: { lette: 2, '0-6-aar': 3 } };
    const impacts = [randers(), ages].map((v) => computeImpact(caseload, v, assumptions()));
    // Before: "+… døgn" between 2 severity cases and 3 age-band cases. Different cases are never subtracted.
    expect(comparableTotals(impacts)).toEqual([true, false]);
    const row = impactRows(impacts).find((r) => r.interventionId === 'doegnaflastning');
    expect(row?.samePopulation).toEqual([true, false]);
    expect(row?.delta).toEqual([0, null]);
  });

  it('given the same standard twice, then the totals are comparable and the difference is 0', () => {
    const caseload = { doegnaflastning: { lette: 2 } };
    const impacts = [randers(), randers()].map((v) => computeImpact(caseload, v, assumptions()));
    expect(comparableTotals(impacts)).toEqual([true, true]);
    expect(impactRows(impacts)[0]?.delta).toEqual([0, 0]);
  });
});

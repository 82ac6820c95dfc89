/**
 * Golden cases from seed 004 (Randers Kommune, kvalitetsstandard nr. 3). Each case names the sentence or
 * table row of the seed it checks.
 */
import { describe, expect, it } from 'vitest';
import { assessAmount, bandInPeriods } from '../../src/domain/estimate/estimate.ts';
import {
  hasLevels,
  type LeveledIntervention,
  levelsContaining,
  orderedLevels,
} from '../../src/domain/format/levels.ts';
import { lintVersion } from '../../src/domain/format/lint.ts';
import { conventionsOf } from '../../src/domain/format/units.ts';
import { loadShipped } from './shipped.ts';

const version = loadShipped('randers-3-2019-12-09.json');
const conventions = conventionsOf(version);

function leveled(id: string): LeveledIntervention {
  const intervention = version.interventions.find((i) => i.id === id);
  if (!intervention || !hasLevels(intervention)) throw new Error(`${id} has no levels`);
  return intervention;
}
const contact = leveled('fast-kontaktperson');
const respite = leveled('doegnaflastning');
const levelOf = (intervention: LeveledIntervention, key: string) => {
  const level = orderedLevels(version, intervention.measure).find((l) => l.key === key);
  if (!level) throw new Error(key);
  return level;
};
const at = (intervention: LeveledIntervention, amount: number) =>
  levelsContaining(amount, orderedLevels(version, intervention.measure)).map((l) => l.key);

describe('Randers standard 3, metadata', () => {
  it('given the file, then it is standard 3 of Randers Kommune under SEL § 52, stk. 3', () => {
    expect(version.municipality).toBe('Randers Kommune');
    expect(version.standard.number).toBe(3);
    expect(version.legalBasis[0]).toMatchObject({ law: 'serviceloven', paragraph: '52', stk: 3 });
    // domain.md: "Approved by the city council (byrådet) on 9 December 2019"
    expect(version.approved).toMatchObject({ by: 'Byrådet', date: '2019-12-09' });
  });

  it('given "1) familiekonsulenten, som indgår under lovens nr. 3, 2) Fast kontaktperson og 3) døgnaflastning", then the three interventions and their nr.', () => {
    expect(version.interventions.map((i) => [i.id, i.legalBasis[0]?.nr])).toEqual([
      ['familiekonsulent', 3],
      ['fast-kontaktperson', 6],
      ['doegnaflastning', 5],
    ]);
  });

  it('given "daglig kontakt, kontakt én gang om ugen, hver 14. dag, en gang om måneden til udelukkende telefonisk kontakt", then the family consultant has those five frequencies and no numeric levels', () => {
    const consultant = version.interventions.find((i) => i.id === 'familiekonsulent');
    expect(consultant?.measure.kind).toBe('frequencies');
    if (consultant?.measure.kind !== 'frequencies') return;
    expect(consultant.measure.options.map((o) => o.id)).toEqual([
      'daglig',
      'ugentlig',
      'hver-14-dag',
      'maanedlig',
      'telefonisk',
    ]);
    expect(consultant.measure.duration.citation.quote).toBe(
      'Indsatsen kan variere fra flere måneder og op til år.',
    );
  });
});

describe('Fast kontaktperson, hours per week', () => {
  it('given "Lette problemer/begrænsninger 1-2 timer om ugen", then 1 and 2 hours are lette and 0,5 is below', () => {
    expect(at(contact, 1)).toEqual(['lette']);
    expect(at(contact, 2)).toEqual(['lette']);
    expect(at(contact, 0.5)).toEqual([]);
    expect(assessAmount(version, contact, levelOf(contact, 'lette'), 0.5, 'week', conventions).position).toBe(
      'below',
    );
  });

  it('given "Moderate problemer/begrænsninger Op til 3 timer om ugen", then 2,5 and 3 hours are moderate and 3,01 is above it', () => {
    expect(at(contact, 2.5)).toEqual(['moderate']);
    expect(at(contact, 3)).toEqual(['moderate']);
    const moderate = levelOf(contact, 'moderate');
    expect(assessAmount(version, contact, moderate, 3.01, 'week', conventions).position).toBe('above');
    expect(assessAmount(version, contact, moderate, 3, 'week', conventions).position).toBe('within');
  });

  it('given "Svære problemer/begrænsninger Op til 5 timer om ugen", then 5 hours is svære and 5,5 is not', () => {
    expect(at(contact, 5)).toEqual(['svære']);
    expect(at(contact, 5.5)).toEqual(['fuldstændige']);
  });

  it('given "Fuldstændige problemer/begrænsninger Over 5 timer om ugen", then it has no ceiling and 5 hours exactly is not in it', () => {
    const top = levelOf(contact, 'fuldstændige');
    expect(top.upper).toBeNull();
    expect(top.lower).toMatchObject({ value: 5, inclusive: false, stated: true });
    expect(assessAmount(version, contact, top, 5, 'week', conventions).position).toBe('below');
    const big = assessAmount(version, contact, top, 40, 'week', conventions);
    expect(big).toMatchObject({ position: 'within', openEnded: true });
  });

  it('given 52 weeks a year (the file’s stated assumption), then "Op til 3 timer om ugen" is up to 13 hours a month and 156 a year', () => {
    const rows = bandInPeriods(levelOf(contact, 'moderate'), contact, conventions);
    expect(rows.map((r) => [r.period, r.lower?.value, r.upper?.value])).toEqual([
      ['week', 2, 3],
      ['month', (2 * 52) / 12, 13],
      ['year', 104, 156],
    ]);
    expect(rows[0]?.formula).toBeNull();
    expect(rows[2]?.formula).toBe('× 52 uger pr. år');
  });

  it('given a proposal of 13 hours a month, then it is 3 hours a week: within moderate', () => {
    const result = assessAmount(version, contact, levelOf(contact, 'moderate'), 13, 'month', conventions);
    expect(result.amountInStandardPeriod).toBeCloseTo(3, 10);
    expect(result.position).toBe('within');
  });
});

describe('Døgnaflastning, døgn per year', () => {
  it('given "Lette … Op til 36 døgn om året", "Moderate … Op til 60", "Svære … Op til 84", then the bands meet at 36 and 60', () => {
    expect(at(respite, 36)).toEqual(['lette']);
    expect(at(respite, 37)).toEqual(['moderate']);
    expect(at(respite, 60)).toEqual(['moderate']);
    expect(at(respite, 61)).toEqual(['svære']);
    expect(at(respite, 84)).toEqual(['svære']);
  });

  it('given "Fuldstændige problemer/begrænsninger Over 108 døgn om året", then 85 to 108 døgn are covered by no level', () => {
    for (const days of [85, 96, 108]) expect(at(respite, days)).toEqual([]);
    expect(at(respite, 109)).toEqual(['fuldstændige']);
  });

  it('given the bands per year, then per month they are 3, 5, 7 and over 9 døgn (domain.md)', () => {
    const perMonth = ['lette', 'moderate', 'svære', 'fuldstændige'].map((key) => {
      const month = bandInPeriods(levelOf(respite, key), respite, conventions).find(
        (r) => r.period === 'month',
      );
      return [month?.lower?.value ?? null, month?.upper?.value ?? null];
    });
    expect(perMonth).toEqual([
      [null, 3],
      [3, 5],
      [5, 7],
      [9, null],
    ]);
  });

  it('given 100 døgn proposed for svære, then it is above the level and falls in the gap', () => {
    const result = assessAmount(version, respite, levelOf(respite, 'svære'), 100, 'year', conventions);
    expect(result).toMatchObject({ position: 'above', matchingLevels: [] });
  });
});

describe('lint of Randers standard 3', () => {
  const findings = lintVersion(version);

  it('given the respite table, then the 85–108 døgn hole is the only warning', () => {
    const warnings = findings.filter((f) => f.severity === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      code: 'gap',
      interventionId: 'doegnaflastning',
      levels: ['svære', 'fuldstændige'],
    });
    expect(warnings[0]?.message).toContain('85–108 døgn om året er ikke dækket af noget niveau');
  });

  it('given "Over 5 timer om ugen" and "Over 108 døgn om året", then both top levels are reported as open-ended', () => {
    expect(findings.filter((f) => f.code === 'open-ended-top').map((f) => f.interventionId)).toEqual([
      'fast-kontaktperson',
      'doegnaflastning',
    ]);
  });

  it('given the seed states no weeks per year, then the assumed conventions are reported', () => {
    expect(findings.filter((f) => f.code === 'assumed-convention')).toHaveLength(2);
  });
});

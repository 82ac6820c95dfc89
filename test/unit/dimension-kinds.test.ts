/**
 * Each kind of dimension behaves as what it is, in the lint and in the estimate. The golden figures are
 * Nyborg Kommune's, quoted from "Faglig uddybning af § 44"
 * (https://www.nyborg.dk/da/Borger/B%C3%B8rn-unge-og-familie/Kvalitetsstandarder-born-unge/Born-med-handicap/Kvalitetsstandard-44/Faglig-uddybning-44):
 * "Som udgangspunkt bevilges der aflastningsophold op til: • 3-5 årige: 6 døgn pr. måned • 6-9 årige: 8 døgn
 * pr. måned • 10-13 årige: 10 døgn pr. måned • Over 13 år: 12 døgn pr. måned" and "Aflastninger på 15 døgn pr.
 * måned eller mere er en anbringelse og skal behandles som sådan."
 */
import { describe, expect, it } from 'vitest';
import { assessAmount } from '../../src/domain/estimate/estimate.ts';
import {
  ageBandFor,
  dimensionOf,
  hasLevels,
  type LeveledIntervention,
  orderedLevels,
} from '../../src/domain/format/levels.ts';
import { lintVersion, warningsOf } from '../../src/domain/format/lint.ts';
import { parseStandard, type StandardVersion } from '../../src/domain/format/schema.ts';
import { conventionsOf } from '../../src/domain/format/units.ts';
import { loadShipped } from './shipped.ts';

const nyborg = () => loadShipped('nyborg-44-2019-03-06.json');
const randers = () => loadShipped('randers-3-2019-12-09.json');

function respite(version: StandardVersion): LeveledIntervention {
  const found = version.interventions.find((i) => i.id === 'aflastning' || i.id === 'doegnaflastning');
  if (!found || !hasLevels(found)) throw new Error('fixture');
  return found;
}

function assess(version: StandardVersion, levelKey: string, amount: number, period: 'month' | 'year') {
  const intervention = respite(version);
  const level = orderedLevels(version, intervention.measure).find((l) => l.key === levelKey);
  if (!level) throw new Error(`no level ${levelKey}`);
  return assessAmount(version, intervention, level, amount, period, conventionsOf(version));
}

describe('age bands (Nyborg § 44)', () => {
  it('given a child of 7, then the band is "6-9 årige", up to 8 døgn a month', () => {
    const version = nyborg();
    const intervention = respite(version);
    const band = ageBandFor(dimensionOf(version, intervention.measure), 7);
    expect(band?.label).toBe('6-9 årige');
    const level = orderedLevels(version, intervention.measure).find((l) => l.key === band?.id);
    expect(level?.upper?.value).toBe(8);
    expect(level?.text).toBe('op til 8 døgn pr. måned');
  });

  it('given ages 2, 13, 14 and 17, then 2 has no band, 13 is 10-13, 14 and 17 are "Over 13 år" (open at the top)', () => {
    const dimension = dimensionOf(nyborg(), respite(nyborg()).measure);
    expect(ageBandFor(dimension, 2)).toBeNull();
    expect(ageBandFor(dimension, 13)?.id).toBe('10-13-aarige');
    expect(ageBandFor(dimension, 14)?.id).toBe('over-13-aar');
    expect(ageBandFor(dimension, 17)?.id).toBe('over-13-aar');
  });

  it('given the lint, then bands for different ages are never called overlapping, and ages 0–2 are named as information', () => {
    // Before: three false "overlap" warnings (every band starts at 0 døgn).
    const findings = lintVersion(nyborg()).filter((f) => f.interventionId === 'aflastning');
    expect(warningsOf(findings)).toEqual([]);
    expect(findings.map((f) => f.code)).toEqual(['ages-not-covered']);
    expect(findings[0]?.message).toBe('Aflastning: standarden har ingen aldersgruppe for 0–2 år.');
  });

  it('given bands whose ages overlap or leave a gap, then the lint warns about the ages', () => {
    const version = nyborg();
    const dimension = version.dimensions[0];
    if (dimension?.kind !== 'age') throw new Error('fixture');
    const [a, b, c] = dimension.values;
    if (!a || !b || !c) throw new Error('fixture');
    b.fromAge = 5; // 3-5 and 5-9 both hold 5-year-olds
    c.fromAge = 11; // nobody holds 10-year-olds
    const codes = warningsOf(lintVersion(version)).map((f) => [f.code, f.message]);
    expect(codes).toContainEqual([
      'age-overlap',
      'Aflastning: aldersgrupperne »3-5 årige« og »6-9 årige« gælder begge for 5 år.',
    ]);
    expect(codes).toContainEqual([
      'age-gap',
      'Aflastning: 10 år er ikke dækket af nogen aldersgruppe (mellem »6-9 årige« og »10-13 årige«).',
    ]);
  });

  it('given 11 døgn a month for a 10-13-year-old, then it is over the band’s ceiling and never "another age band"', () => {
    // Before: "svarer til niveauet »Over 13 år«".
    const result = assess(nyborg(), '10-13-aarige', 11, 'month');
    expect(result.position).toBe('above');
    expect(result.matchingLevels).toEqual([]);
    expect(result.inGap).toBe(false);
    expect(result.placement).toBeNull();
  });

  it('given 13 døgn a month over 13 years, then it is above the top band, not in a gap, and below the placement line', () => {
    // Before: "hul mellem standardens niveauer".
    const result = assess(nyborg(), 'over-13-aar', 13, 'month');
    expect(result.position).toBe('above');
    expect(result.inGap).toBe(false);
    expect(result.placement).toBeNull();
  });

  it('given 16 døgn a month, then it is over the band and at or over Nyborg’s own placement line', () => {
    const result = assess(nyborg(), '6-9-aarige', 16, 'month');
    expect(result.position).toBe('above');
    expect(result.placement?.rule.value).toBe(15);
    expect(result.placement?.rule.citation.quote).toBe(
      'Aflastninger på 15 døgn pr. måned eller mere er en anbringelse og skal behandles som sådan.',
    );
    // 15 is "15 døgn pr. måned eller mere": on the line is a placement; 180 døgn a year is 15 a month.
    expect(assess(nyborg(), '6-9-aarige', 15, 'month').placement).not.toBeNull();
    expect(assess(nyborg(), '6-9-aarige', 180, 'year').placement?.amountInRulePeriod).toBe(15);
    expect(assess(nyborg(), '6-9-aarige', 14, 'month').placement).toBeNull();
  });

  it('given Randers, which states no placement line, then no amount is called a placement by a local rule', () => {
    expect(assess(randers(), 'fuldstændige', 400, 'year').placement).toBeNull();
  });
});

describe('an ordered scale (Randers 3)', () => {
  it('given 96 døgn a year at "svære", then it is above the level and in the 85–108 hole', () => {
    // Seed 004: "Svære problemer/begrænsninger Op til 84 døgn om året", "Fuldstændige … Over 108 døgn om året".
    const result = assess(randers(), 'svære', 96, 'year');
    expect(result.position).toBe('above');
    expect(result.inGap).toBe(true);
  });

  it('given 50 døgn a year at "lette", then it is above and corresponds to "moderate" (the scale is ordered)', () => {
    const result = assess(randers(), 'lette', 50, 'year');
    expect(result.matchingLevels).toEqual(['moderate']);
    expect(result.inGap).toBe(false);
  });

  it('given 200 døgn a year at the open top level, then it is within and open-ended, not a gap', () => {
    const result = assess(randers(), 'fuldstændige', 200, 'year');
    expect(result.position).toBe('within');
    expect(result.openEnded).toBe(true);
    expect(result.inGap).toBe(false);
  });

  it('given the lint, then the 85–108 døgn hole is still reported', () => {
    const gap = lintVersion(randers()).find((f) => f.code === 'gap');
    expect(gap?.message).toContain('85–108 døgn om året er ikke dækket af noget niveau');
  });
});

describe('unordered categories', () => {
  /** Randers 3's respite table re-keyed on which other help the family has: no order between the values. */
  function categories(): StandardVersion {
    const version = structuredClone(randers());
    const dimension = version.dimensions[0];
    if (!dimension) throw new Error('fixture');
    version.dimensions[0] = { ...dimension, kind: 'category' };
    return version;
  }

  it('given levels that do not grow and leave holes, then no gap, overlap or order warning is given', () => {
    // On an ordered scale the 85–108 hole is a warning; between categories there is no order to have holes in.
    const findings = lintVersion(categories()).filter((f) => f.interventionId === 'doegnaflastning');
    expect(findings.map((f) => f.code)).not.toContain('gap');
    expect(findings.map((f) => f.code)).not.toContain('not-increasing');
    expect(findings.map((f) => f.code)).toContain('open-ended');
  });

  it('given an amount above its category, then it is above that category only, with no "corresponds to"', () => {
    const result = assess(categories(), 'lette', 50, 'year');
    expect(result.position).toBe('above');
    expect(result.matchingLevels).toEqual([]);
    expect(result.inGap).toBe(false);
  });
});

describe('a level with no figure', () => {
  it('given a level marked individualAssessment, then it parses, is named by the lint and gets no position', () => {
    const json = structuredClone(randers()) as unknown as {
      interventions: { id: string; measure: { levels: Record<string, unknown>[] } }[];
    };
    const levels = json.interventions.find((i) => i.id === 'doegnaflastning')?.measure.levels;
    const top = levels?.[3];
    if (!top) throw new Error('fixture');
    Object.assign(top, {
      text: 'Individuel vurdering',
      lower: null,
      upper: null,
      individualAssessment: true,
    });
    const parsed = parseStandard('x.json', json);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const findings = lintVersion(parsed.value).filter((f) => f.interventionId === 'doegnaflastning');
    expect(findings.map((f) => f.code)).toContain('individual-assessment');
    // The sweep no longer sees an open-ended top below nothing, nor a hole above 84.
    expect(findings.map((f) => f.code)).not.toContain('gap');
    expect(assess(parsed.value, 'fuldstændige', 120, 'year').position).toBeNull();
  });

  it('given both edges null without individualAssessment, then the schema refuses it with a message', () => {
    const json = structuredClone(randers()) as unknown as {
      interventions: { id: string; measure: { levels: Record<string, unknown>[] } }[];
    };
    const top = json.interventions.find((i) => i.id === 'doegnaflastning')?.measure.levels[3];
    if (!top) throw new Error('fixture');
    Object.assign(top, { lower: null, upper: null });
    const parsed = parseStandard('x.json', json);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]?.message).toContain('individualAssessment');
  });
});

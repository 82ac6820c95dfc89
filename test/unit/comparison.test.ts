import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compareVersions,
  formatDelta,
  levelChartRows,
  summarizeIntervention,
  versionLabel,
  versionLabelParts,
} from '../../src/domain/council/comparison.ts';
import { parseStandardText, type StandardVersion } from '../../src/domain/format/schema.ts';
import { loadShipped } from './shipped.ts';

const randers = () => loadShipped('randers-3-2019-12-09.json');

function fictional(): StandardVersion {
  const file = 'eksempel-aldersgrupper-fiktiv.json';
  const parsed = parseStandardText(file, readFileSync(`test/fixtures/examples/${file}`, 'utf8'));
  if (!parsed.ok) throw new Error('fixture does not parse');
  return parsed.value;
}

/** Randers 3 with the gap closed: svære "op til 108 døgn om året", and the decision deadline at 3 weeks. */
function proposal(): StandardVersion {
  const v = structuredClone(randers());
  v.id = 'randers-3-forslag';
  v.status = 'draft';
  const respite = v.interventions.find((i) => i.id === 'doegnaflastning');
  if (respite?.measure.kind !== 'levels') throw new Error('fixture changed');
  const severe = respite.measure.levels.find((l) => l.key === 'svære');
  if (!severe?.upper) throw new Error('fixture changed');
  severe.upper.value = 108;
  severe.text = 'Op til 108 døgn om året';
  const deadline = v.deadlines.find((d) => d.id === 'afgoerelse');
  if (!deadline) throw new Error('fixture changed');
  deadline.amount = 3;
  return v;
}

describe('comparing standard versions', () => {
  it('given a version compared with itself, then there are no differences', () => {
    const result = compareVersions([randers(), randers()]);
    expect(result.hasDifferences).toBe(false);
    for (const i of result.interventions) expect(i.changes).toEqual(['unchanged', 'unchanged']);
  });

  it('given svære respite raised from 84 to 108 døgn, then exactly that row changes by +24', () => {
    // Seed 004: "Svære problemer/begrænsninger Op til 84 døgn om året".
    const result = compareVersions([randers(), proposal()]);
    expect(result.hasDifferences).toBe(true);
    const respite = result.interventions.find((i) => i.id === 'doegnaflastning');
    expect(respite?.alignment).toBe('aligned');
    expect(respite?.changes).toEqual(['unchanged', 'changed']);
    const changed = respite?.rows.filter((r) => r.changes[1] !== 'unchanged').map((r) => r.key);
    expect(changed).toEqual(['svære']);
    const severe = respite?.rows.find((r) => r.key === 'svære');
    expect(severe?.upperDelta).toEqual([0, 24]);
    expect(severe?.lowerDelta).toEqual([0, 0]);
    const top = respite?.rows.find((r) => r.key === 'fuldstændige');
    // An open-ended level has no upper edge: no difference is invented for it.
    expect(top?.upperDelta).toEqual([null, null]);
    const contact = result.interventions.find((i) => i.id === 'fast-kontaktperson');
    expect(contact?.changes).toEqual(['unchanged', 'unchanged']);
  });

  it('given the decision deadline changed from 2 to 3 weeks, then that deadline alone is changed', () => {
    // Seed 004: "skal der inden for 2 uger træffes afgørelse".
    const result = compareVersions([randers(), proposal()]);
    const changed = result.deadlines.filter((d) => d.changes[1] === 'changed').map((d) => d.id);
    expect(changed).toEqual(['afgoerelse']);
    expect(result.deadlines.find((d) => d.id === 'afgoerelse')?.cells.map((c) => c?.amount)).toEqual([2, 3]);
  });

  it('given the 85–108 døgn gap in the version in force, then its lint finding is carried in and shown as resolved by the proposal', () => {
    // Seed 004: svære "Op til 84 døgn om året", fuldstændige "Over 108 døgn om året".
    const result = compareVersions([randers(), proposal()]);
    const gap = result.findings[0]?.find((f) => f.code === 'gap' && f.interventionId === 'doegnaflastning');
    expect(gap?.message).toContain('85–108 døgn om året');
    expect(result.findings[1]?.some((f) => f.code === 'gap')).toBe(false);
    expect(result.findingsResolved[1]).toContainEqual(gap);
    expect(result.findingsAdded[1]).toEqual([]);
  });

  it('given an intervention removed and a legal basis changed, then both are reported', () => {
    const next = proposal();
    next.interventions = next.interventions.filter((i) => i.id !== 'familiekonsulent');
    const contact = next.interventions.find((i) => i.id === 'fast-kontaktperson');
    const basis = contact?.legalBasis[0];
    if (!basis) throw new Error('fixture changed');
    basis.law = 'barnets-lov';
    basis.paragraph = '32';
    basis.stk = 1;
    basis.nr = 3;
    const result = compareVersions([randers(), next]);
    expect(result.interventions.find((i) => i.id === 'familiekonsulent')?.changes).toEqual([
      'unchanged',
      'removed',
    ]);
    const c = result.interventions.find((i) => i.id === 'fast-kontaktperson');
    expect(c?.legalBasisChanged).toEqual([false, true]);
    expect(c?.legalBasis[1]).toEqual(['barnets lov § 32, stk. 1, nr. 3']);
    // Reversed, the intervention is added.
    const reversed = compareVersions([next, randers()]);
    expect(reversed.interventions.find((i) => i.id === 'familiekonsulent')?.changes).toEqual([
      'unchanged',
      'added',
    ]);
  });

  it('given the standard’s own legal basis moved to barnets lov, then the version-level change is reported', () => {
    const next = proposal();
    const basis = next.legalBasis[0];
    if (!basis) throw new Error('fixture changed');
    basis.law = 'barnets-lov';
    basis.paragraph = '32';
    const result = compareVersions([randers(), next]);
    expect(result.legalBasisChanged).toEqual([false, true]);
    expect(result.legalBasis[1]).toEqual(['barnets lov § 32, stk. 3']);
  });

  it('given levels keyed on severity in one version and age band in the other, then they are not forced together', () => {
    const result = compareVersions([randers(), fictional()]);
    const respite = result.interventions.find((i) => i.id === 'doegnaflastning');
    expect(respite?.alignment).toBe('different-dimensions');
    expect(respite?.rows).toEqual([]);
    expect(respite?.perVersion[0]?.map((c) => c.key)).toEqual(['lette', 'moderate', 'svære', 'fuldstændige']);
    expect(respite?.perVersion[1]?.map((c) => c.key)).toEqual(['0-6-aar', '7-12-aar', '13-17-aar']);
    expect(summarizeIntervention(result, 'doegnaflastning')).toContain('forskellige dimensioner');
  });

  it('given the summary sentence of a changed intervention, then it names the level and both ranges', () => {
    const result = compareVersions([randers(), proposal()]);
    expect(summarizeIntervention(result, 'doegnaflastning')).toBe(
      'Døgnaflastning (døgn om året) i forhold til randers-3-2019-12-09: 1 af 4 niveauer er ændret i randers-3-forslag (Svære problemer/begrænsninger over 60 og højst 84 → over 60 og højst 108).',
    );
    expect(summarizeIntervention(result, 'fast-kontaktperson')).toContain('har de samme 4 niveauer');
  });

  it('given the chart data, then each version has a row per level with the open end left empty', () => {
    const rows = levelChartRows(compareVersions([randers(), proposal()]), 'doegnaflastning');
    expect(rows).toHaveLength(8);
    expect(rows.find((r) => r.version === 'randers-3-forslag' && r.upper === 108)?.level).toBe(
      'Svære problemer/begrænsninger',
    );
    expect(rows.filter((r) => r.upper === null).map((r) => r.lower)).toEqual([108, 108]);
  });

  it('given fewer than two versions, then comparing is refused', () => {
    expect(() => compareVersions([randers()])).toThrow(RangeError);
  });

  it.each([
    [24, '+24'],
    [-2.5, '−2,5'],
    [0, '0'],
  ])('given a difference of %d, then it reads %s', (value, text) => {
    expect(formatDelta(value)).toBe(text);
  });
});

describe('comparing two municipalities', () => {
  it('given Randers 3 beside another municipality, then what one lacks "findes ikke", never "fjernet", and interventions match by purpose', () => {
    const result = compareVersions([randers(), fictional()]);
    expect(result.sameStandard).toEqual([true, false]);
    const consultant = result.interventions.find((i) => i.id === 'familiekonsulent');
    // Before: 'removed' ("fjernet"), as if the other municipality had repealed it.
    expect(consultant?.changes).toEqual(['unchanged', 'absent']);
    const respite = result.interventions.find((i) => i.id === 'doegnaflastning');
    expect(respite?.matchedBy).toEqual([null, 'purpose']);
    expect(respite?.changes[1]).toBe('different');
    expect(result.interventions.flatMap((i) => i.changes)).not.toContain('removed');
    expect(result.interventions.flatMap((i) => i.changes)).not.toContain('added');
    // Another municipality does not "fix" Randers' 85–108 hole: findings are compared within one standard only.
    expect(result.findingsResolved[1]).toEqual([]);
    expect(result.findingsAdded[1]).toEqual([]);
  });

  it('given døgn per year beside døgn per month, then both are shown per year side by side with the conversion named', () => {
    const result = compareVersions([randers(), fictional()]);
    const respite = result.interventions.find((i) => i.id === 'doegnaflastning');
    expect(respite?.common?.period).toBe('year');
    expect(respite?.common?.conversions).toEqual([null, '× 12 måneder pr. år']);
    // Randers' own figures stay as they are ("Op til 36 døgn om året").
    expect(respite?.common?.cells[0]?.[0]?.upper?.value).toBe(36);
    const ownMonthly = respite?.perVersion[1]?.[0]?.upper?.value ?? 0;
    expect(respite?.common?.cells[1]?.[0]?.upper?.value).toBe(ownMonthly * 12);
    const rows = levelChartRows(result, 'doegnaflastning');
    // Before: the chart headed "døgn om året" drew the monthly figures. Now every row names its unit.
    expect(new Set(rows.map((r) => r.unit))).toEqual(new Set(['døgn om året']));
    expect(summarizeIntervention(result, 'doegnaflastning')).toContain('× 12 måneder pr. år');
  });

  it('given an intervention sharing a provision but with another id, then it is matched by the provision', () => {
    const other = structuredClone(randers());
    other.standard.key = 'anden-kommune-3';
    const contact = other.interventions.find((i) => i.id === 'fast-kontaktperson');
    if (!contact) throw new Error('fixture');
    contact.id = 'kontaktperson';
    contact.purposes = [];
    const result = compareVersions([randers(), other]);
    const row = result.interventions.find((i) => i.id === 'fast-kontaktperson');
    expect(row?.ids).toEqual(['fast-kontaktperson', 'kontaktperson']);
    expect(row?.matchedBy).toEqual([null, 'provision']);
  });
});

describe('matching interventions that share a provision', () => {
  it('given Randers 2 (afløsning and aflastning both under § 84, jf. § 44) beside Nyborg § 44, then each meets its namesake by provision and purpose', () => {
    const result = compareVersions([
      loadShipped('randers-2-2019-12-09.json'),
      loadShipped('nyborg-44-2019-03-06.json'),
    ]);
    const pairs = result.interventions.map((i) => i.ids);
    // Before the purpose was weighed with the provision, Nyborg's aflastning met Randers' afløsning (listed first).
    expect(pairs).toContainEqual(['aflastning', 'aflastning']);
    expect(pairs).toContainEqual(['afloesning', 'afloesning']);
    expect(pairs).toContainEqual(['ledsagelse', null]);
  });
});

describe('the name a version goes by in a comparison', () => {
  it('given a standard with a number, then whose standard it is and which version, and the two joined', () => {
    expect(versionLabelParts(randers())).toEqual({
      standard: 'Randers Kommune, nr. 3',
      version: 'gældende, randers-3-2019-12-09',
    });
    expect(versionLabel(randers())).toBe('Randers Kommune, nr. 3 (gældende, randers-3-2019-12-09)');
  });

  it('given a standard without a number, then its title in quotation marks', () => {
    const nyborg = loadShipped('nyborg-45.json');
    expect(versionLabelParts(nyborg).standard).toBe(`Nyborg Kommune, »${nyborg.standard.title}«`);
    expect(nyborg.standard.number).toBeUndefined();
  });
});

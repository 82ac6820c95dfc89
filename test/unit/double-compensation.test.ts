import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readStandardsFolder } from '../../scripts/standards-folder.ts';
import { checkNationalData } from '../../src/domain/format/national.ts';
import type { StandardVersion } from '../../src/domain/format/schema.ts';
import {
  checkReferences,
  evaluatePackage,
  type Flag,
  type Grant,
} from '../../src/domain/package/double-compensation.ts';
import { rulesFileSchema } from '../../src/domain/package/double-compensation-rules.ts';
import { grant, INTERVENTION_IDS, RULES, VERSIONS, VOCABULARY } from './double-compensation-fixtures.ts';
import { loadShipped } from './shipped.ts';

const run = (grants: Grant[], childAge: number | null = null) => evaluatePackage({ grants, childAge }, RULES);
const byRule = (flags: Flag[], ruleId: string) => flags.filter((f) => f.rule.id === ruleId);

describe('the shipped double-compensation data', () => {
  it('given the national folder, then every file passes its schema', () => {
    expect(checkNationalData(readStandardsFolder('standards/national'))).toEqual([]);
  });

  it('given standards 1–3 and the rules, then every purpose and legal limit they name exists', () => {
    expect(checkReferences(VOCABULARY, RULES, VERSIONS)).toEqual([]);
  });

  it('given a purpose any intervention declares, then a same-purpose rule watches it', () => {
    const watched = new Set(RULES.rules.flatMap((r) => (r.kind === 'same-purpose' ? r.purposes : [])));
    const declared = VERSIONS.flatMap((v) => v.interventions.flatMap((i) => i.purposes));
    expect(declared.filter((p) => !watched.has(p))).toEqual([]);
  });

  it('given standards 1 and 2, then they carry no municipal figures, only the law’s', () => {
    for (const version of VERSIONS.slice(0, 2)) {
      expect(version.status).toBe('in-force');
      expect(version.approved?.date).toBe('2019-12-09');
      for (const intervention of version.interventions)
        expect(intervention.measure.kind).toBe('unquantified');
    }
    const limits = VERSIONS.flatMap((v) => v.interventions.flatMap((i) => i.legalLimits));
    expect(limits.map((l) => [l.id, l.value, l.unit, l.period ?? null])).toEqual([
      ['tabt-arbejdsfortjeneste-timer', 37, 'hours', 'week'],
      ['ledsagelse-timer', 15, 'hours', 'month'],
      ['ledsagelse-alder-fra', 12, 'years', null],
      ['ledsagelse-alder-til', 18, 'years', null],
      ['ledsagelse-opsparing', 6, 'months', null],
    ]);
    // The law's figures are quoted from barnets lov where its words are at hand; the brief's are summaries,
    // never shown as quotes.
    for (const limit of limits) {
      if ('quote' in limit.citation) expect(limit.citation.source).toBe('barnets-lov');
      else expect(limit.citation.source).toBe('domaene');
    }
  });

  it('given a rule citing an undeclared source, then the schema names the path', () => {
    const json = structuredClone(RULES) as unknown as { rules: { citations: { source: string }[] }[] };
    const first = json.rules[0]?.citations[0];
    if (!first) throw new Error('fixture changed');
    first.source = 'ukendt';
    const result = rulesFileSchema.safeParse(json);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('rules.0.citations.0.source');
  });
});

// Seed 004: "ikke modtager hjælp efter forskellige bestemmelser til det samme formål og behov".
describe('rule 1: the same purpose under different provisions', () => {
  it('given aflastning (§ 84) and døgnaflastning (§ 52, stk. 3, nr. 5), then it is double compensation', () => {
    const flags = run([grant('a', 'aflastning', 24), grant('b', 'doegnaflastning', 36)]);
    const [flag] = byRule(flags, 'samme-formaal-aflastning');
    expect(flag?.certainty).toBe('double');
    expect(flag?.sharedPurposes).toEqual(['aflastning']);
    expect(flag?.grantIds.sort()).toEqual(['a', 'b']);
  });

  it('given afløsning and aflastning, both under § 84, then the same-purpose rules do not fire', () => {
    const flags = run([
      grant('a', 'afloesning', 4),
      grant('b', 'aflastning', 24),
      grant('c', 'aflastning', 12),
    ]);
    expect(flags.filter((f) => f.rule.kind === 'same-purpose')).toEqual([]);
  });

  it('given ledsagelse and a contact person, then leisure is a shared purpose to check', () => {
    const [flag] = byRule(
      run([grant('a', 'ledsagelse', 10), grant('b', 'fast-kontaktperson', 2)]),
      'samme-formaal-fritid',
    );
    expect(flag?.certainty).toBe('check');
    expect(flag?.sharedPurposes).toEqual(['fritid-og-socialt-liv']);
  });

  it('given § 11 counselling and a family consultant, then parental guidance is to be checked', () => {
    const flags = run([grant('a', 'forebyggende-raadgivning', 2), grant('b', 'familiekonsulent')]);
    expect(byRule(flags, 'samme-formaal-raadgivning').map((f) => f.certainty)).toEqual(['check']);
  });

  it('given a contact person and respite (different purposes), then nothing is flagged', () => {
    expect(run([grant('a', 'fast-kontaktperson', 3), grant('b', 'doegnaflastning', 36)])).toEqual([]);
    expect(run([grant('a', 'familiekonsulent'), grant('b', 'fast-kontaktperson', 3)])).toEqual([]);
  });

  it('given two interventions under different provisions sharing another purpose, then the general rule fires', () => {
    const relief = grant('a', 'afloesning', 4);
    const careRelief: Grant = {
      ...relief,
      intervention: { ...relief.intervention, purposes: ['afloesning', 'pasning-i-hjemmet'] },
    };
    const flags = run([careRelief, grant('b', 'tabt-arbejdsfortjeneste', 20)]);
    expect(byRule(flags, 'samme-formaal-oevrige').map((f) => f.sharedPurposes)).toEqual([
      ['pasning-i-hjemmet'],
    ]);
    expect(
      byRule(
        run([grant('a', 'tabt-arbejdsfortjeneste', 10), grant('b', 'tabt-arbejdsfortjeneste', 10)]),
        'samme-formaal-oevrige',
      ),
    ).toEqual([]);
  });
});

// domain.md 2: "only costs that cannot be covered under other provisions (BL § 86, stk. 1; SEL § 41 likewise)".
describe('rule 2: merudgifter are subsidiary', () => {
  it('given a merudgift stated to pay for ledsagelse beside a ledsagelse grant, then it is double', () => {
    const flags = byRule(
      run([grant('m', 'merudgifter', 500, ['ledsagelse']), grant('l', 'ledsagelse', 10)]),
      'merudgifter-subsidiaere',
    );
    expect(flags.map((f) => [f.certainty, f.grantIds, f.sharedPurposes])).toEqual([
      ['double', ['m', 'l'], ['ledsagelse']],
    ]);
  });

  it('given a merudgift with nothing stated beside tabt arbejdsfortjeneste, then it is to be checked', () => {
    const flags = byRule(
      run([grant('m', 'merudgifter', 500), grant('t', 'tabt-arbejdsfortjeneste', 10)]),
      'merudgifter-subsidiaere',
    );
    expect(flags.map((f) => f.certainty)).toEqual(['check']);
  });

  it('given a merudgift stated to pay for other costs, or a contact person beside it, then nothing is flagged', () => {
    expect(
      run([grant('m', 'merudgifter', 500, ['andre-merudgifter']), grant('l', 'ledsagelse', 10)]).filter(
        (f) => f.rule.id === 'merudgifter-subsidiaere',
      ),
    ).toEqual([]);
    expect(run([grant('m', 'merudgifter', 500), grant('k', 'fast-kontaktperson', 2)])).toEqual([]);
  });
});

// domain.md 3: "Tabt arbejdsfortjeneste compensates care at home: it is to be reduced when respite or relief is granted".
describe('rule 3: tabt arbejdsfortjeneste beside respite or relief', () => {
  it('given 37 hours a week and 36 døgn a year, then 36 × 37 ÷ 7 of 1.924 hours coincide', () => {
    const [flag] = byRule(
      run([grant('t', 'tabt-arbejdsfortjeneste', 37), grant('d', 'doegnaflastning', 36)]),
      'tabt-arbejdsfortjeneste-nedsaettes',
    );
    expect(flag?.certainty).toBe('double');
    expect(flag?.indication?.compensatedHoursPerYear).toBe(1924);
    expect(flag?.indication?.coincidingHoursPerYear).toBeCloseTo((36 * 37) / 7, 10);
    expect(flag?.indication?.formula).toBe(
      '37 timer om ugen × 52 uger = 1.924 kompenserede timer om året; 36 døgn om året × 37 timer om ugen ÷ 7 dage om ugen = 190,29 timer om året.',
    );
    expect(flag?.indication?.assumption).toMatch(/^Antagelse/);
  });

  it('given relief in hours, then the relief hours per year coincide, never more than the compensated hours', () => {
    const [relief] = byRule(
      run([grant('t', 'tabt-arbejdsfortjeneste', 10), grant('a', 'afloesning', 4)]),
      'tabt-arbejdsfortjeneste-nedsaettes',
    );
    expect(relief?.indication?.coincidingHoursPerYear).toBe(208);
    const [capped] = byRule(
      run([grant('t', 'tabt-arbejdsfortjeneste', 2), grant('d', 'doegnaflastning', 365)]),
      'tabt-arbejdsfortjeneste-nedsaettes',
    );
    expect(capped?.indication?.coincidingHoursPerYear).toBe(104);
    expect(capped?.indication?.formula).toContain('højst de 104 kompenserede timer');
  });

  it('given tabt arbejdsfortjeneste beside a contact person or ledsagelse, then this rule does not fire', () => {
    const flags = run([
      grant('t', 'tabt-arbejdsfortjeneste', 20),
      grant('k', 'fast-kontaktperson', 3),
      grant('l', 'ledsagelse', 10),
    ]);
    expect(byRule(flags, 'tabt-arbejdsfortjeneste-nedsaettes')).toEqual([]);
  });
});

// domain.md 4: "Ledsagelse is excluded for children in a 24-hour stay under § 52, stk. 3, nr. 4, 5 or 7".
describe('rule 4: ledsagelse and a 24-hour stay', () => {
  it('given ledsagelse and døgnaflastning, then it is flagged and says the extent is uncertain', () => {
    const [flag] = byRule(
      run([grant('l', 'ledsagelse', 10), grant('d', 'doegnaflastning', 36)]),
      'ledsagelse-doegnophold',
    );
    expect(flag?.certainty).toBe('check');
    expect(flag?.grantIds).toEqual(['l', 'd']);
    expect(flag?.rule.uncertainty).toMatch(/usikkert, om ledsagelse er udelukket helt/);
  });

  it('given ledsagelse and respite under § 84 (not a § 52 stay), then it is not flagged', () => {
    expect(
      byRule(run([grant('l', 'ledsagelse', 10), grant('a', 'aflastning', 24)]), 'ledsagelse-doegnophold'),
    ).toEqual([]);
  });
});

// domain.md 5: "Nyborg's standard treats 15 døgn per month or more as a placement. Amounts near that line deserve a warning."
describe('rule 5: respite near or over the placement line', () => {
  it.each([
    [143, null],
    [144, 'nær linjen'],
    [179, 'nær linjen'],
    [180, 'på eller over linjen'],
  ])('given %s døgn a year of døgnaflastning, then the flag says %s', (days, words) => {
    const flags = byRule(run([grant('d', 'doegnaflastning', days)]), 'aflastning-eller-anbringelse');
    if (words === null) expect(flags).toEqual([]);
    else expect(flags[0]?.detail?.text).toContain(words);
  });

  it('given respite under two provisions, then their sum is compared', () => {
    const [flag] = byRule(
      run([grant('a', 'aflastning', 100), grant('d', 'doegnaflastning', 80)]),
      'aflastning-eller-anbringelse',
    );
    expect(flag?.detail?.text).toBe('I alt 15 døgn om måneden: på eller over linjen på 15 døgn om måneden.');
    expect(flag?.grantIds).toEqual(['a', 'd']);
  });
});

describe('the law’s own figures', () => {
  it.each([
    [15, 0],
    [16, 1],
  ])('given ledsagelse of %s hours a month, then %s flag', (hours, count) => {
    expect(byRule(run([grant('l', 'ledsagelse', hours)]), 'ledsagelse-timer')).toHaveLength(count);
  });

  it.each([
    [null, 0],
    [11, 1],
    [12, 0],
    [17, 0],
    [18, 1],
  ])('given a child aged %s with ledsagelse, then %s age flag', (age, count) => {
    expect(byRule(run([grant('l', 'ledsagelse', 10)], age), 'ledsagelse-alder')).toHaveLength(count);
  });

  it.each([
    [37, 0],
    [38, 1],
  ])('given tabt arbejdsfortjeneste of %s hours a week, then %s flag', (hours, count) => {
    expect(
      byRule(run([grant('t', 'tabt-arbejdsfortjeneste', hours)]), 'tabt-arbejdsfortjeneste-37-timer'),
    ).toHaveLength(count);
  });
});

const grantArb = (id: string) =>
  fc
    .record({
      intervention: fc.constantFrom(...INTERVENTION_IDS),
      amount: fc.integer({ min: 1, max: 400 }),
      covers: fc.subarray([
        'pasning-i-hjemmet',
        'aflastning',
        'afloesning',
        'ledsagelse',
        'andre-merudgifter',
      ]),
    })
    .map(({ intervention, amount, covers }) => {
      const g = grant(id, intervention, intervention === 'familiekonsulent' ? null : amount);
      return { ...g, covers: g.intervention.coverOptions.length > 0 ? covers : [] };
    });
const packageArb = fc
  .integer({ min: 0, max: 7 })
  .chain((size) => fc.tuple(...Array.from({ length: size }, (_, i) => grantArb(`g${i}`))));
const ageArb = fc.option(fc.integer({ min: 0, max: 20 }), { nil: null });
const view = (flags: Flag[]) =>
  flags.map((f) => [
    f.key,
    f.certainty,
    [...f.grantIds].sort(),
    f.detail?.text ?? null,
    f.indication?.text ?? null,
  ]);

describe('properties of the evaluation', () => {
  it('given any package in any order, then the flags are the same', () => {
    fc.assert(
      fc.property(packageArb, ageArb, fc.integer(), (grants, age, seed) => {
        const shuffled =
          fc.sample(fc.shuffledSubarray(grants, { minLength: grants.length }), { seed, numRuns: 1 })[0] ?? [];
        expect(view(run(shuffled, age))).toEqual(view(run(grants, age)));
      }),
    );
  });

  it('given any package, then adding one more grant never removes a flag', () => {
    fc.assert(
      fc.property(packageArb, grantArb('extra'), ageArb, (grants, extra, age) => {
        const before = new Set(run(grants, age).map((f) => f.key));
        const after = new Set(run([...grants, extra], age).map((f) => f.key));
        for (const key of before) expect(after.has(key)).toBe(true);
      }),
    );
  });

  it('given any package, then every flag names grants of the package and at least one source', () => {
    fc.assert(
      fc.property(packageArb, ageArb, (grants, age) => {
        const ids = new Set(grants.map((g) => g.id));
        for (const flag of run(grants, age)) {
          expect(flag.grantIds.every((id) => ids.has(id))).toBe(true);
          expect(flag.rule.citations.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('a standard’s own rules in the package', () => {
  // Nyborg's § 44 ("Faglig uddybning af § 44"): "Aflastninger på 15 døgn pr. måned eller mere er en anbringelse
  // og skal behandles som sådan." and "Evt. udbetaling af tabt arbejdsfortjeneste skal reduceres, når der
  // bevilges aflastning og/eller afløsning."
  const nyborg = loadShipped('nyborg-44-2019-03-06.json');
  const nyborgGrant = (id: string, interventionId: string, amount: number | null): Grant => {
    const intervention = nyborg.interventions.find((i) => i.id === interventionId);
    if (!intervention) throw new Error('fixture');
    return { id, version: nyborg, intervention, amount, covers: [] };
  };
  /** Randers' standard 1 as if it were Nyborg's: a tabt arbejdsfortjeneste of the same municipality. */
  const nyborgCompensation = (): Grant => {
    const version = { ...structuredClone(VERSIONS[0] as StandardVersion), municipality: 'Nyborg Kommune' };
    const intervention = version.interventions.find((i) => i.id === 'tabt-arbejdsfortjeneste');
    if (!intervention) throw new Error('fixture');
    return { id: 'taf', version, intervention, amount: 20, covers: [] };
  };
  const local = (flags: Flag[]) => flags.filter((f) => f.localTo !== undefined);

  it('given 16 døgn a month of Nyborg’s aflastning, then Nyborg’s own placement line is flagged, citing Nyborg', () => {
    const flags = local(run([nyborgGrant('a', 'aflastning', 16)]));
    expect(flags.map((f) => f.rule.kind)).toEqual(['placement-line']);
    expect(flags[0]?.detail?.text).toBe(
      'I alt 16 døgn om måneden: på eller over Nyborg Kommunes grænse på 15 døgn om måneden.',
    );
    expect(JSON.stringify(flags[0]?.rule.citations[0])).toContain(
      '15 døgn pr. måned eller mere er en anbringelse',
    );
    expect(local(run([nyborgGrant('a', 'aflastning', 14)]))).toEqual([]);
    // Nyborg's own line decides for Nyborg's grant: the national rule does not flag it a second time.
    expect(byRule(run([nyborgGrant('a', 'aflastning', 16)]), 'aflastning-eller-anbringelse')).toEqual([]);
    expect(byRule(run([grant('r', 'doegnaflastning', 192)]), 'aflastning-eller-anbringelse')).toHaveLength(1);
  });

  it('given 192 døgn a year of Randers’ døgnaflastning (16 a month), then no municipality’s local line is applied to Randers', () => {
    expect(local(run([grant('r', 'doegnaflastning', 192)]))).toEqual([]);
  });

  it('given Nyborg’s aflastning and tabt arbejdsfortjeneste of the same municipality, then the reduction is flagged as Nyborg’s rule', () => {
    const flags = local(run([nyborgGrant('a', 'aflastning', 4), nyborgCompensation()]));
    expect(flags.map((f) => [f.rule.kind, f.certainty, f.grantIds.sort()])).toEqual([
      ['same-purpose', 'double', ['a', 'taf']],
    ]);
    // Randers' tabt arbejdsfortjeneste is Randers': Nyborg's rule does not reach it.
    expect(
      local(run([nyborgGrant('a', 'aflastning', 4), grant('t', 'tabt-arbejdsfortjeneste', 20)])),
    ).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkNationalData, NATIONAL_DATA, parseNationalText } from '../../src/domain/format/national.ts';
import {
  deadlineLawRule,
  type LawFile,
  lawFileSchema,
  lawInForce,
  repealedCitations,
} from '../../src/domain/law/law.ts';
import { loadShipped } from './shipped.ts';

const LAW_TEXT = readFileSync(resolve('standards/national/law.json'), 'utf8');

function loadLaw(): LawFile {
  const parsed = parseNationalText('law.json', LAW_TEXT, lawFileSchema);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return parsed.value;
}

describe('the national law file', () => {
  it('given the shipped law.json, then it is registered and passes its schema', () => {
    expect(NATIONAL_DATA['law.json']).toBe(lawFileSchema);
    const problems = checkNationalData(new Map([['law.json', LAW_TEXT]]));
    // Other national files are checked by their own tests; here only law.json's problems count.
    expect(problems.filter((p) => p.file === 'national/law.json')).toEqual([]);
  });

  // domain.md: "SEL (to 2023-12-31) | BL (from 2024-01-01)".
  it('given the last day of serviceloven and the first of barnets lov, then each names its own law', () => {
    const law = loadLaw();
    expect(lawInForce(law, '2023-12-31')?.law).toBe('serviceloven');
    expect(lawInForce(law, '2024-01-01')?.law).toBe('barnets-lov');
    expect(lawInForce(law, '2019-12-09')?.law).toBe('serviceloven');
    expect(lawInForce(law, '2026-11-25')?.law).toBe('barnets-lov');
  });

  it('given periods with a gap, then the file is rejected at the period that does not follow on', () => {
    const json = JSON.parse(LAW_TEXT);
    json.periods[1].from = '2024-01-02';
    const parsed = parseNationalText('law.json', JSON.stringify(json), lawFileSchema);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.path)).toContain('$.periods[1].from');
  });

  it('given an uncertain mapping without a note, then the file is rejected', () => {
    const json = JSON.parse(LAW_TEXT);
    const index = json.mappings.findIndex((m: { certainty: string }) => m.certainty === 'verify');
    delete json.mappings[index].note;
    const parsed = parseNationalText('law.json', JSON.stringify(json), lawFileSchema);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.path)).toContain(`$.mappings[${index}].note`);
  });

  // sources.md, Herning: "§ 32, stk. 1, nr. 3 Udpegning af en fast kontaktperson for barnet eller den unge
  // eller for hele familien …" and "§ 32, stk. 1, nr. 7 Støtteophold i plejefamilie eller på børne- og
  // ungehjem …" confirm nr. 3 and nr. 7; nothing confirms nr. 5 for family treatment ("by list order; verify").
  it('given the confirming sources, then nr. 3 and nr. 7 are stated with them and nr. 5 stays to be verified', () => {
    const law = loadLaw();
    const bySubject = new Map(law.mappings.map((m) => [m.subject, m]));
    const source = (id: string) => law.sources.find((s) => s.id === id);
    const contact = bySubject.get('fast-kontaktperson');
    expect(contact?.certainty).toBe('stated');
    expect(contact?.citation.quote).toContain('§ 32, stk. 1, nr. 3 Udpegning af en fast kontaktperson');
    expect(source(contact?.citation.source ?? '')?.reference).toMatch(/^https:\/\/www\.herning\.dk\//);
    const respite = bySubject.get('aflastningsophold');
    expect(respite?.certainty).toBe('stated');
    expect(respite?.citation.quote).toContain('§ 32, stk. 1, nr. 7 Støtteophold');
    expect(bySubject.get('familiebehandling')?.certainty).toBe('verify');
    expect(bySubject.get('merudgifter')?.certainty).toBe('stated');
  });

  it('given the sources of the barnets lov mappings, then each is a public address, not a path here', () => {
    const law = loadLaw();
    const used = new Set(
      law.mappings.filter((m) => m.after.law === 'barnets-lov').map((m) => m.citation.source),
    );
    for (const source of law.sources.filter((s) => used.has(s.id) && s.id !== 'domaene-barnets-lov')) {
      expect(source.reference).toMatch(/^https:\/\//);
    }
  });
});

describe('provisions the standard cites that are no longer in force', () => {
  const version = loadShipped('randers-3-2019-12-09.json');
  const citations = [
    ...version.legalBasis.map((basis) => ({ basis, citedBy: 'standarden' })),
    ...version.interventions.flatMap((i) => i.legalBasis.map((basis) => ({ basis, citedBy: i.name }))),
  ];

  it('given a decision in 2023, then nothing is reported: serviceloven is in force', () => {
    expect(repealedCitations(loadLaw(), citations, '2023-12-31')).toEqual([]);
  });

  it('given a 2026 decision under the 2019 standard, then SEL § 52, stk. 3, nr. 6 maps to BL § 32, stk. 1, nr. 3 (confirmed)', () => {
    const found = repealedCitations(loadLaw(), citations, '2026-03-01');
    expect(found).toHaveLength(4);
    const contact = found.find((r) => r.cited.nr === 6);
    expect(contact?.inForce?.law).toBe('barnets-lov');
    expect(contact?.citedBy).toBe('Fast kontaktperson');
    expect(contact?.mapping?.after).toEqual({ law: 'barnets-lov', paragraph: '32', stk: 1, nr: 3 });
    expect(contact?.mapping?.certainty).toBe('stated');
  });

  it('given a cited provision the data does not map, then it is reported with no mapping rather than a guess', () => {
    const found = repealedCitations(
      loadLaw(),
      [{ basis: { law: 'serviceloven', paragraph: '999' }, citedBy: 'x' }],
      '2025-01-01',
    );
    expect(found).toEqual([expect.objectContaining({ mapping: null })]);
  });

  it('given a law the periods do not track (retssikkerhedsloven), then it is never called repealed', () => {
    const found = repealedCitations(
      loadLaw(),
      [{ basis: { law: 'retssikkerhedsloven', paragraph: '11', stk: 2 }, citedBy: 'x' }],
      '2025-01-01',
    );
    expect(found).toEqual([]);
  });
});

describe('the law behind a deadline of the standard', () => {
  // domain.md: "§ 95: … the cadence after that is decided and justified in the case".
  it('given the repeating follow-up on a 2024 date, then barnets lov § 95 leaves the figure to the case', () => {
    const found = deadlineLawRule(loadLaw(), { from: 'follow-up-held', repeats: true }, '2024-06-01');
    expect(found?.rule?.provision).toEqual({ law: 'barnets-lov', paragraph: '95' });
    expect(found?.rule?.figure).toBe('case');
  });
  it('given the repeating follow-up on a 2023 date, then serviceloven § 70 sets it', () => {
    const found = deadlineLawRule(loadLaw(), { from: 'follow-up-held', repeats: true }, '2023-06-01');
    expect(found?.rule?.provision).toEqual({ law: 'serviceloven', paragraph: '70' });
    expect(found?.rule?.figure).toBe('law');
  });
  it('given the decision deadline (the council’s own), then the law data has no rule for it', () => {
    expect(
      deadlineLawRule(loadLaw(), { from: 'investigation-finished', repeats: false }, '2024-06-01'),
    ).toBeNull();
  });
});

describe('provisions that survive the move to barnets lov', () => {
  // domain.md: "afløsning/aflastning | § 44 jf. § 84 | § 90 (still via SEL § 84, stk. 1)".
  it('given a standard citing serviceloven § 84 and § 44 on 25.11.2026, then § 84 is not called repealed and § 44 maps to § 90', () => {
    const law = loadLaw();
    const repealed = repealedCitations(
      law,
      [
        { basis: { law: 'serviceloven', paragraph: '84' }, citedBy: 'Aflastning' },
        { basis: { law: 'serviceloven', paragraph: '44' }, citedBy: 'Aflastning' },
      ],
      '2026-11-25',
    );
    expect(repealed.map((r) => [r.cited.paragraph, r.mapping?.after.paragraph])).toEqual([['44', '90']]);
  });

  // sources.md, barnets lov § 90: serviceloven "§ 84, stk. 1, om afløsning og aflastning" applies to children.
  it('given a standard citing serviceloven § 84, stk. 1, then it is in force, not "look it up"', () => {
    const repealed = repealedCitations(
      loadLaw(),
      [{ basis: { law: 'serviceloven', paragraph: '84', stk: 1 }, citedBy: 'Aflastning' }],
      '2026-11-25',
    );
    expect(repealed).toEqual([]);
  });

  it('given a cited number the data has no row for, then the covering mapping (§ 52, stk. 3 → § 32, stk. 1) is used', () => {
    const repealed = repealedCitations(
      loadLaw(),
      [{ basis: { law: 'serviceloven', paragraph: '52', stk: 3, nr: 4 }, citedBy: 'x' }],
      '2026-11-25',
    );
    expect(repealed[0]?.mapping?.after).toEqual({ law: 'barnets-lov', paragraph: '32', stk: 1 });
  });
});

describe('citations in law.json', () => {
  it('given a mapping citing an undeclared source, then the problem points at that citation', () => {
    const json = JSON.parse(LAW_TEXT);
    json.mappings[2].citation.source = 'ukendt-kilde';
    const parsed = parseNationalText('law.json', JSON.stringify(json), lawFileSchema);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems).toContainEqual({
        file: 'national/law.json',
        path: '$.mappings[2].citation.source',
        message: 'kilden "ukendt-kilde" er ikke angivet under "sources"',
      });
    }
  });
});

describe('counselling and family guidance (serviceloven § 11, stk. 7–8)', () => {
  // domain.md: "early preventive help | § 11 | § 30 (and § 81 for counselling/family guidance)".
  it('given Nyborg’s § 11, stk. 7 cited in 2026, then barnets lov § 81 applies; plain § 11 stays § 30', () => {
    const repealed = repealedCitations(
      loadLaw(),
      [
        { basis: { law: 'serviceloven', paragraph: '11', stk: 7 }, citedBy: 'Familievejleder' },
        { basis: { law: 'serviceloven', paragraph: '11' }, citedBy: 'Forebyggende' },
      ],
      '2026-03-26',
    );
    expect(repealed.map((r) => r.mapping?.after.paragraph)).toEqual(['81', '30']);
  });
});

describe('the sources of law.json', () => {
  it('given every source, then none is cited by a path of this repository', () => {
    for (const source of loadLaw().sources)
      expect(source.reference).not.toMatch(/shared\/|seeds\/|\.md\b|\.txt\b/);
  });
});

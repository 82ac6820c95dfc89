import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type JustificationInput,
  justificationText,
  sourceText,
} from '../../src/domain/estimate/justification.ts';
import { parseNationalText } from '../../src/domain/format/national.ts';
import { conventionsOf } from '../../src/domain/format/units.ts';
import { type LawFile, lawFileSchema } from '../../src/domain/law/law.ts';
import { containsCprLike } from '../../src/domain/privacy/personal-data.ts';
import { loadShipped } from './shipped.ts';

function loadLaw(): LawFile {
  const parsed = parseNationalText(
    'law.json',
    readFileSync(resolve('standards/national/law.json'), 'utf8'),
    lawFileSchema,
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const version = loadShipped('randers-3-2019-12-09.json');
const law = loadLaw();
const conventions = conventionsOf(version);
const intervention = (id: string) => {
  const found = version.interventions.find((i) => i.id === id);
  if (!found) throw new Error(`no intervention ${id}`);
  return found;
};

/** Randers' fast kontaktperson at the moderate level, decided 25.11.2026: each test changes what it is about. */
const contactModerate: JustificationInput = {
  version,
  intervention: intervention('fast-kontaktperson'),
  levelKey: 'moderate',
  decisionDate: '2026-11-25',
  law,
  conventions,
};

describe('the justification (begrundelse) for the estimate', () => {
  it('given Randers, fast kontaktperson, moderate, 25.11.2026, then it names barnets lov § 32, stk. 1, nr. 3 confirmed and the seed’s level', () => {
    const text = justificationText(contactModerate);
    // Seed 004, the table for fast kontaktperson: "Op til 3 timer om ugen".
    expect(text).toContain('»Op til 3 timer om ugen«');
    expect(text).toContain(
      'barnets lov § 32, stk. 1, nr. 3 (standarden henviser til serviceloven § 52, stk. 3, nr. 6',
    );
    expect(text).not.toContain('skal verificeres');
    expect(text).toContain('Randers Kommunes kvalitetsstandard nr. 3');
    expect(text).toContain('godkendt af');
    expect(text).toContain('09.12.2019');
    expect(text).toContain('Afgørelsen træffes den 25.11.2026');
    expect(text).toContain('https://www.herning.dk/');
    expect(text).not.toMatch(/shared\/|seeds\//);
    expect(containsCprLike(text ?? '')).toBe(false);
  });

  it('given a 2023 decision, then serviceloven is named as cited, with no barnets lov', () => {
    const text = justificationText({ ...contactModerate, decisionDate: '2023-06-01' });
    expect(text).toContain('Afgørelsen træffes den 01.06.2023 efter serviceloven § 52, stk. 3, nr. 6.');
    expect(text).not.toContain('barnets lov');
  });

  it('given an amount above the level, then it says an individual assessment is required; within, it does not', () => {
    const above = justificationText({ ...contactModerate, amount: { value: 4, period: 'week' } });
    expect(above).toContain('Der bevilges 4 timer om ugen.');
    expect(above).toContain(
      'Omfanget ligger over standardens niveau; det kræver en individuel vurdering af barnets behov og en begrundelse.',
    );
    const within = justificationText({ ...contactModerate, amount: { value: 3, period: 'week' } });
    expect(within).not.toContain('individuel vurdering');
    // 52 weeks a year is the file's assumption: 208 hours a year is 4 hours a week.
    const yearly = justificationText({ ...contactModerate, amount: { value: 208, period: 'year' } });
    expect(yearly).toContain('Der bevilges 208 timer om året (4 timer om ugen).');
    expect(yearly).toContain('individuel vurdering');
  });

  it('given the open-ended top level, then the text says the amount is set by individual assessment', () => {
    const text = justificationText({ ...contactModerate, levelKey: 'fuldstændige' });
    expect(text).toContain('»Over 5 timer om ugen«');
    expect(text).toContain(
      'Niveauet har ingen øvre grænse, så omfanget fastsættes efter en individuel vurdering.',
    );
  });

  it('given the family consultant (no hours), then no figure is invented and nr. 5 is still to be verified', () => {
    const text = justificationText({
      ...contactModerate,
      intervention: intervention('familiekonsulent'),
      levelKey: null,
    });
    expect(text).toContain('Standarden angiver ingen timetal for familiekonsulent');
    expect(text).toContain(
      'barnets lov § 32, stk. 1, nr. 5 (skal verificeres; standarden henviser til serviceloven § 52, stk. 3, nr. 3',
    );
  });

  it('given a decision date that is not a date, then there is no text rather than a wrong one', () => {
    expect(justificationText({ ...contactModerate, decisionDate: '2026-02-30' })).toBeNull();
  });

  it('given a source whose reference is not a public address, then only its publisher and title are written', () => {
    expect(sourceText({ publisher: 'P', title: 'T', reference: 'shared/seeds/004.txt' })).toBe('P: T');
    expect(sourceText({ publisher: 'P', title: 'T', reference: 'https://x.dk/a (note)' })).toBe(
      'P: T, https://x.dk/a',
    );
  });
});

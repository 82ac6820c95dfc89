import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idFromLabel, uniqueIdFromLabel } from '../../src/domain/format/ids.ts';

describe('ids derived from Danish labels', () => {
  it.each([
    ['Svære problemer/begrænsninger', 'svaere-problemer-begraensninger'],
    ['Over 13 år', 'over-13-aar'],
    ['3-5 årige', '3-5-aarige'],
    ['Døgnaflastning', 'doegnaflastning'],
    ['  Ærø Kommune  ', 'aeroe-kommune'],
    ['Afløsning – § 44, jf. § 84', 'afloesning-44-jf-84'],
    ['Café', 'cafe'],
  ])('given »%s«, then the id is %s', (label, id) => {
    expect(idFromLabel(label)).toBe(id);
  });

  it('given a label with no letter or digit, then the id is empty and the unique id uses the fallback', () => {
    expect(idFromLabel('§ – !')).toBe('');
    expect(uniqueIdFromLabel('§', [], 'niveau')).toBe('niveau');
  });

  it('given an id already taken, then a number is added until it is free', () => {
    expect(uniqueIdFromLabel('Lette', ['lette', 'lette-2'])).toBe('lette-3');
  });

  it('given any label, then the id is ASCII lower case words joined by single hyphens', () => {
    fc.assert(
      fc.property(fc.string(), (label) => {
        expect(idFromLabel(label)).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
      }),
    );
  });
});

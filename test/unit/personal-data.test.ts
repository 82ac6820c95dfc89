import { describe, expect, it } from 'vitest';
import { containsCprLike, findCprLike, pathsWithCprLike } from '../../src/domain/privacy/personal-data.ts';

describe('CPR-like numbers', () => {
  it('finds the forms the issue names: 010203-1234 and 0102031234, and with a space', () => {
    expect(findCprLike('barnet 010203-1234 bor')).toEqual([{ text: '010203-1234', index: 7 }]);
    expect(containsCprLike('0102031234')).toBe(true);
    expect(containsCprLike('010203 1234')).toBe(true);
  });

  it('ignores numbers that are not a day and month, and digits inside longer runs', () => {
    expect(containsCprLike('320103-1234')).toBe(false);
    expect(containsCprLike('011303-1234')).toBe(false);
    expect(containsCprLike('123456789012')).toBe(false);
    expect(containsCprLike('36 døgn om året')).toBe(false);
    expect(containsCprLike('2019-12-09')).toBe(false);
  });

  it('names the paths of a value that hold one', () => {
    expect(pathsWithCprLike({ a: 'ok', b: ['x', 'cpr 0102031234'] })).toEqual([['b', 1]]);
  });
});

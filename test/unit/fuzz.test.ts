import { readFileSync } from 'node:fs';
/**
 * Fuzzing every parser of outside input (issue 11): whatever the text, a parser returns an answer or a
 * problem and never throws, and what it accepts respects the domain's limits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setAt } from '../../src/domain/editor/draft.ts';
import { maxAmount } from '../../src/domain/format/limits.ts';
import { readManifest } from '../../src/domain/format/manifest.ts';
import { parseStandard, parseStandardText } from '../../src/domain/format/schema.ts';
import { readDanishNumber } from '../../src/domain/format/units.ts';
import { parseAsOpenEndedMap } from '../../src/features/compare/urlState.ts';
import { readStoredCase } from '../../src/features/deadlines/useCaseDates.ts';
import { MAX_GRANTS, readPackage } from '../../src/features/package/storage.ts';

const good: unknown = JSON.parse(
  readFileSync('test/fixtures/broken-standards/randers-3-2019-12-09.json', 'utf8'),
);

/** Random edits of a real file: any value anywhere replaced by any JSON value. */
const pathIn = (json: unknown): fc.Arbitrary<(string | number)[]> => {
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(value))
      value.forEach((v, i) => {
        walk(v, [...path, i]);
      });
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(json, []);
  return fc.constantFrom(...paths.filter((p) => p.length > 0));
};

describe('fuzzing the parsers', () => {
  it('given a real standard file with random values put anywhere, then parsing never throws and an accepted file keeps every level within the physical limits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(pathIn(good), fc.oneof(fc.jsonValue(), fc.double(), fc.string())), {
          minLength: 1,
          maxLength: 4,
        }),
        (edits) => {
          const json = edits.reduce<unknown>((value, [path, replacement]) => {
            try {
              return setAt(value, path, replacement);
            } catch {
              return value;
            }
          }, structuredClone(good));
          const parsed = parseStandard('fuzz.json', json);
          if (!parsed.ok) {
            expect(parsed.problems.length).toBeGreaterThan(0);
            return;
          }
          for (const intervention of parsed.value.interventions) {
            if (intervention.measure.kind !== 'levels') continue;
            const max = maxAmount(intervention.measure.unit, intervention.measure.period);
            for (const level of intervention.measure.levels) {
              for (const bound of [level.lower, level.upper])
                if (bound) expect(bound.value).toBeLessThanOrEqual(max);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('given any text as a standard file or manifest, then the answer is a value or named problems, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const parsed = parseStandardText('x.json', text);
        if (!parsed.ok) expect(parsed.problems.every((p) => p.file === 'x.json')).toBe(true);
        const manifest = readManifest(text);
        expect(manifest.manifest !== null || manifest.problems.length > 0).toBe(true);
      }),
    );
  });

  it('given any stored package text, then reading it never throws and keeps at most 200 valid grants', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .array(
              fc.record({
                id: fc.oneof(fc.constantFrom('b1', 'b2', 'b3'), fc.string()),
                versionId: fc.constant('randers-3-2019-12-09'),
                interventionId: fc.constant('doegnaflastning'),
                amount: fc.oneof(fc.double(), fc.constant(null)),
                frequency: fc.constant(null),
                covers: fc.constant([]),
              }),
              { maxLength: 5 },
            )
            .map((grants) => JSON.stringify({ formatVersion: 1, childAge: null, grants })),
        ),
        (text) => {
          const { value, rejected } = readPackage(text);
          expect(value.grants.length).toBeLessThanOrEqual(MAX_GRANTS);
          expect(new Set(value.grants.map((g) => g.id)).size).toBe(value.grants.length);
          for (const grant of value.grants) {
            if (grant.amount !== null) expect(Number.isFinite(grant.amount) && grant.amount > 0).toBe(true);
          }
          for (const r of rejected) expect(r.reason.length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('given any stored case text, then reading it never throws and keeps at most 50 follow-ups', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .record({
              events: fc.dictionary(fc.constantFrom('aware', 'decision-made', 'x'), fc.jsonValue()),
              followUps: fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.integer()), { maxLength: 60 }),
              reference: fc.jsonValue(),
            })
            .map((value) => JSON.stringify(value)),
        ),
        (text) => {
          const { value } = readStoredCase(text);
          expect(value.followUps.length).toBeLessThanOrEqual(50);
          for (const date of [...Object.values(value.events), value.reference]) {
            expect(date === null || (typeof date === 'string' && date.length <= 10)).toBe(true);
          }
        },
      ),
    );
  });

  it('given any URL value for the open-ended assumptions, then only possible amounts are kept', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('doegnaflastning.days.year', 'x.hours.week', 'y.days.month', 'z.foo'),
            fc.oneof(fc.double().map(String), fc.string(), fc.constantFrom('1e308', '9'.repeat(309), '-1')),
          ),
          { maxLength: 5 },
        ),
        (entries) => {
          const map = parseAsOpenEndedMap.parse(entries.map(([k, v]) => `${k}:${v}`).join('~')) ?? {};
          for (const [key, value] of Object.entries(map)) {
            const [unit, period] = key.split('.').slice(-2) as ['hours' | 'days', 'week' | 'month' | 'year'];
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(maxAmount(unit, period));
          }
        },
      ),
    );
  });

  it('given any text typed into a number field, then the reader answers without throwing and never returns a non-finite value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double().map(String), fc.bigInt().map(String)), (text) => {
        const read = readDanishNumber(text);
        if (read.ok && read.value !== null) expect(Number.isFinite(read.value)).toBe(true);
        if (!read.ok) expect(read.message.length).toBeGreaterThan(0);
      }),
    );
  });
});

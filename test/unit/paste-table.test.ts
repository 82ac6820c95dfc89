import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accountedLines,
  type PastedRow,
  type ProposedLevel,
  parsePastedTable,
} from '../../src/domain/editor/paste-table.ts';

const levels = (rows: PastedRow[]) => rows.filter((r): r is ProposedLevel => r.kind === 'level');
const notUnderstood = (rows: PastedRow[]) => rows.filter((r) => r.kind === 'not-understood');
const nonBlankLines = (text: string) =>
  text
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ number }) => number);

// Seed 004 (Randers Kommune, kvalitetsstandard nr. 3), "Fast kontaktperson", copied as the text file has it:
// the last label is hyphenated over two lines and its figure stands on a line of its own.
const RANDERS_CONTACT = `Niveau Omfang 

Lette problemer/begrænsninger  1-2 timer om ugen 

Moderate problemer/begrænsninger Op til 3 timer om ugen 

Svære problemer/begrænsninger Op til 5 timer om ugen 
 Fuldstændige problemer/begrænsnin-
ger 

Over 5 timer om ugen 
`;

// Seed 004, "Døgnaflastning".
const RANDERS_RESPITE = `Niveau Omfang 

Lette problemer/begrænsninger  Op til 36 døgn om året 

Moderate problemer/begrænsninger Op til 60 døgn om året 

Svære problemer/begrænsninger Op til 84 døgn om året 

Fuldstændige problemer/begrænsnin-
ger 

Over 108 døgn om året 
`;

// sources.md, Nyborg Kommune, "Faglig uddybning af § 44" (the list as the page shows it).
const NYBORG_44 = `Som udgangspunkt bevilges der aflastningsophold op til:
 • 3-5 årige: 6 døgn pr. måned
 • 6-9 årige: 8 døgn pr. måned
 • 10-13 årige: 10 døgn pr. måned
 • Over 13 år: 12 døgn pr. måned

Aflastninger på 15 døgn pr. måned eller mere er en anbringelse og skal behandles som sådan.`;

// sources.md, Sønderborg Kommune, "Sagsbehandlingstider for børnehandicapområdet": deadlines, not levels.
const SOENDERBORG = `Vejledning og rådgivning op til 6 uger § 11
Nødvendige merudgifter til børn op til 10 uger § 41
Tabt arbejdsfortjeneste op til 10 uger § 42
Særlige sociale ydelser op til 10 uger § 43
Personlig hjælp, pleje og vedligeholdelsestræning op til 10 uger § 44
Ledsagelse til unge 16-18 år, op til 15 timer pr. måned op til 10 uger § 45
Genvurdering af §§ 41, 43, 44,45 § 50 og § 52 op til 4 uger fra tidspunktet klagen er modtaget i forvaltningen
Genvurdering af § 42 op til 2 uger fra tidspunktet klagen er modtaget i forvaltningen
Sagsbehandling af børnefaglig undersøgelse, handleplan og foranstaltninger op til 4 måneder §§ 50, 140 og 52`;

// sources.md, Egedal Kommune: deadlines in weeks and days.
const EGEDAL = `Kvittering for modtagelse af underretning 6 dage (lovbestemt)
Konsulentbistand Serviceloven § 11. stk. 3 8 uger
Tabt arbejdsfortjeneste Serviceloven § 42 9 uger`;

describe('paste parser: Randers standard 3 (seed 004)', () => {
  it('given the fast kontaktperson table, then four levels in hours per week with the seed bounds', () => {
    // Seed 004: "Lette problemer/begrænsninger 1-2 timer om ugen … Over 5 timer om ugen".
    const rows = parsePastedTable(RANDERS_CONTACT);
    const found = levels(rows);
    expect(found.map((l) => l.label)).toEqual([
      'Lette problemer/begrænsninger',
      'Moderate problemer/begrænsninger',
      'Svære problemer/begrænsninger',
      'Fuldstændige problemer/begrænsninger',
    ]);
    expect(found.every((l) => l.unit === 'hours' && l.period === 'week')).toBe(true);
    expect(found.map((l) => [l.lower?.value ?? null, l.upper?.value ?? null])).toEqual([
      [1, 2],
      [2, 3],
      [3, 5],
      [5, null],
    ]);
    // "Op til 3 timer": the lower edge is derived from the level above, not stated, and says so.
    expect(found[1]?.lower).toMatchObject({ inclusive: false, stated: false });
    expect(found[1]?.lower?.note).toContain('Lette problemer/begrænsninger');
    // "Over 5 timer": stated, exclusive, no ceiling.
    expect(found[3]?.lower).toEqual({ value: 5, inclusive: false, stated: true });
    expect(found[3]?.quote).toBe('Fuldstændige problemer/begrænsninger Over 5 timer om ugen');
    expect(found[0]?.quote).toBe('Lette problemer/begrænsninger 1-2 timer om ugen');
    expect(found[0]?.text).toBe('1-2 timer om ugen');
    // The header row is shown as not understood, never dropped.
    expect(notUnderstood(rows).map((r) => r.quote)).toEqual(['Niveau Omfang']);
    expect(accountedLines(rows)).toEqual(nonBlankLines(RANDERS_CONTACT));
  });

  it('given the døgnaflastning table, then døgn per year with the 84 → 108 hole left as the seed has it', () => {
    // Seed 004: "Svære problemer/begrænsninger Op til 84 døgn om året" / "Over 108 døgn om året".
    const found = levels(parsePastedTable(RANDERS_RESPITE));
    expect(found.every((l) => l.unit === 'days' && l.period === 'year')).toBe(true);
    expect(found.map((l) => [l.lower?.value ?? null, l.upper?.value ?? null])).toEqual([
      [null, 36],
      [36, 60],
      [60, 84],
      [108, null],
    ]);
    expect(found[0]?.lower).toBeNull();
    expect(found[3]?.lower).toEqual({ value: 108, inclusive: false, stated: true });
    expect(found[3]?.quote).toBe('Fuldstændige problemer/begrænsninger Over 108 døgn om året');
  });
});

describe('paste parser: sources.md', () => {
  it('given Nyborg § 44 with its "op til:" lead-in, then four age bands of døgn per month, no floor invented', () => {
    // sources.md: "Som udgangspunkt bevilges der aflastningsophold op til: • 3-5 årige: 6 døgn pr. måned …
    // • Over 13 år: 12 døgn pr. måned".
    const rows = parsePastedTable(NYBORG_44);
    expect(rows[0]).toMatchObject({ kind: 'lead-in', qualifier: 'op til' });
    const bands = levels(rows).slice(0, 4);
    expect(bands.map((l) => l.label)).toEqual(['3-5 årige', '6-9 årige', '10-13 årige', 'Over 13 år']);
    expect(bands.map((l) => l.upper?.value)).toEqual([6, 8, 10, 12]);
    expect(bands.every((l) => l.lower === null && l.upper?.inclusive === true)).toBe(true);
    expect(bands.every((l) => l.unit === 'days' && l.period === 'month')).toBe(true);
    expect(bands.map((l) => l.age)).toEqual([
      { from: 3, fromInclusive: true, to: 5, toInclusive: true },
      { from: 6, fromInclusive: true, to: 9, toInclusive: true },
      { from: 10, fromInclusive: true, to: 13, toInclusive: true },
      { from: 13, fromInclusive: false, to: null, toInclusive: false },
    ]);
    expect(bands[3]?.quote).toBe('Over 13 år: 12 døgn pr. måned');
    expect(bands[0]?.notes.join(' ')).toContain('op til');
    expect(accountedLines(rows)).toEqual(nonBlankLines(NYBORG_44));
  });

  it('given the placement line, then it is proposed as a local rule from 15 døgn a month, not as a level', () => {
    // sources.md: "Aflastninger på 15 døgn pr. måned eller mere er en anbringelse og skal behandles som sådan."
    const rows = parsePastedTable(NYBORG_44);
    expect(levels(rows)).toHaveLength(4);
    expect(rows.at(-1)).toEqual({
      kind: 'placement-line',
      lines: [7],
      quote: 'Aflastninger på 15 døgn pr. måned eller mere er en anbringelse og skal behandles som sådan.',
      value: 15,
      unit: 'days',
      period: 'month',
    });
  });

  it('given "15 timers ledsagelse om måneden", then exactly 15 hours per month', () => {
    // sources.md, Ærø: "Tilbud om 15 timers ledsagelse om måneden til selvvalgte aktiviteter …"
    const [row] = levels(
      parsePastedTable(
        'Tilbud om 15 timers ledsagelse om måneden til selvvalgte aktiviteter indenfor forældremyndighedens rammer.',
      ),
    );
    expect(row).toMatchObject({ unit: 'hours', period: 'month' });
    expect(row?.lower).toEqual({ value: 15, inclusive: true, stated: true });
    expect(row?.upper).toEqual({ value: 15, inclusive: true, stated: true });
  });

  it('given Nyborg § 45 "maksimalt få 15 timers ledsagelse pr. måned", then up to 15 hours a month', () => {
    const [row] = levels(
      parsePastedTable('Du kan efter lovgivningen maksimalt få 15 timers ledsagelse pr. måned.'),
    );
    expect(row?.lower).toBeNull();
    expect(row?.upper).toEqual({ value: 15, inclusive: true, stated: true });
    expect(row?.period).toBe('month');
  });

  it('given Faaborg-Midtfyn "op til 15 … om måneden – dvs. ca. 3,5 timer om ugen", then the monthly figure, the conversion noted', () => {
    const [row] = levels(
      parsePastedTable(
        'Der kan bevilges op til 15 timers ledsagelse om måneden – dvs. ca. 3,5 timer om ugen.',
      ),
    );
    expect(row?.upper?.value).toBe(15);
    expect(row?.period).toBe('month');
    expect(row?.text).toBe('op til 15 timers ledsagelse om måneden');
    expect(row?.notes.join(' ')).toContain('3,5 timer om ugen');
  });

  it('given Sønderborg’s processing deadlines, then every row is returned as not understood, none as a level', () => {
    const rows = parsePastedTable(SOENDERBORG);
    expect(levels(rows)).toEqual([]);
    expect(rows).toHaveLength(9);
    // "Ledsagelse til unge 16-18 år, op til 15 timer pr. måned op til 10 uger § 45" names a deadline too.
    expect(rows[5]).toMatchObject({ kind: 'not-understood' });
    expect((rows[5] as { reason: string }).reason).toContain('10 uger');
    expect(accountedLines(rows)).toEqual(nonBlankLines(SOENDERBORG));
  });

  it('given Egedal’s deadlines, then none is a level', () => {
    const rows = parsePastedTable(EGEDAL);
    expect(levels(rows)).toEqual([]);
    expect(rows).toHaveLength(3);
  });
});

describe('paste parser: Danish phrasing', () => {
  it.each([
    ['Op til 2,5 timer om ugen', 'hours', 'week', null, [2.5, true]],
    ['højst 4 timer pr. uge', 'hours', 'week', null, [4, true]],
    ['mindst 3 døgn om måneden', 'days', 'month', [3, true], null],
    ['over 10 døgn årlig', 'days', 'year', [10, false], null],
    ['2–4 timer pr. måned', 'hours', 'month', [2, true], [4, true]],
    ['under 6 timer om ugen', 'hours', 'week', null, [6, false]],
    ['op til 1.000 kr. om måneden', 'kroner', 'month', null, [1000, true]],
    ['1 til 2 timer om ugen', 'hours', 'week', [1, true], [2, true]],
    ['maksimalt 12 døgn pr. år', 'days', 'year', null, [12, true]],
    ['mere end 3 timer ugentligt', 'hours', 'week', [3, false], null],
    ['højst 8 døgn pr. md.', 'days', 'month', null, [8, true]],
  ] as const)('given "%s", then %s per %s with the stated edges', (text, unit, period, lower, upper) => {
    const [row] = levels(parsePastedTable(text));
    expect(row).toMatchObject({ unit, period });
    expect(row?.lower ? [row.lower.value, row.lower.inclusive] : null).toEqual(lower);
    expect(row?.upper ? [row.upper.value, row.upper.inclusive] : null).toEqual(upper);
  });

  it('given a figure with no period or a "ca." figure, then the row is not understood, with the reason', () => {
    const rows = parsePastedTable('Lette 3 timer\nca. 4 timer om ugen');
    expect(rows.map((r) => r.kind)).toEqual(['not-understood', 'not-understood']);
    expect((rows[0] as { reason: string }).reason).toContain('periode');
    expect((rows[1] as { reason: string }).reason).toContain('ca.');
  });
});

describe('paste parser: properties', () => {
  const pieces = fc.constantFrom(
    'Op til',
    'over',
    '3',
    '2,5',
    '1-2',
    'timer',
    'døgn',
    'om ugen',
    'pr. måned',
    'årlig',
    'uger',
    '3-5 årige:',
    'Lette',
    '•',
    '-',
    ':',
    '\n',
    ' ',
    '§ 44',
    'kr.',
  );
  const text = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.array(pieces, { maxLength: 30 }).map((p) => p.join(' ')),
  );

  it('never throws, and every non-blank input line is accounted for by exactly one row', () => {
    fc.assert(
      fc.property(text, (input) => {
        const rows = parsePastedTable(input);
        expect(accountedLines(rows)).toEqual(nonBlankLines(input));
      }),
      { numRuns: 500 },
    );
  });

  it('every proposed level has a finite edge, edges in order and its row’s words as its quote', () => {
    fc.assert(
      fc.property(text, (input) => {
        for (const level of levels(parsePastedTable(input))) {
          expect(level.lower !== null || level.upper !== null).toBe(true);
          if (level.lower && level.upper) expect(level.lower.value).toBeLessThanOrEqual(level.upper.value);
          expect(level.quote.length).toBeGreaterThan(0);
          expect(input.replace(/\s+/g, ' ')).toContain(level.quote.split(' ')[0]);
        }
      }),
      { numRuns: 500 },
    );
  });
});

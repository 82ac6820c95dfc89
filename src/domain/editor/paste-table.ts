/**
 * The paste parser: a level table pasted as it reads in the published document ("Lette problemer/begrænsninger
 * 1-2 timer om ugen", "3-5 årige: 6 døgn pr. måned", "Over 108 døgn om året") becomes proposed levels with
 * bounds, unit, period and the words that name the dimension value. Every row keeps its own words as its quote.
 *
 * Nothing is dropped: every non-blank line of the input is accounted for by exactly one returned row — a
 * proposed level, a lead-in whose "op til" applies to the bare figures below it, or a row not understood with
 * the reason. A row that names a deadline ("op til 10 uger") or several amounts is not guessed at. Pure; never
 * throws.
 */

export type PastedUnit = 'hours' | 'days' | 'kroner';
export type PastedPeriod = 'week' | 'month' | 'year';

export interface PastedBound {
  value: number;
  inclusive: boolean;
  /** false: the row gives no figure for this edge; it is the upper edge of the level above it in the table. */
  stated: boolean;
  note?: string;
}

/** An age band read from the row's words ("3-5 årige", "Over 13 år"), in whole years. */
export interface PastedAgeBand {
  /** null: from birth. */
  from: number | null;
  fromInclusive: boolean;
  /** null: no upper age in the words. */
  to: number | null;
  toInclusive: boolean;
}

interface RowBase {
  /** The 1-based numbers of the pasted lines this row was read from (a wrapped cell spans several). */
  lines: number[];
  /** The row's own words, spaces collapsed: what the level's citation quotes. */
  quote: string;
}

export interface ProposedLevel extends RowBase {
  kind: 'level';
  /** The words naming the dimension value ("Lette problemer/begrænsninger", "3-5 årige"); may be empty. */
  label: string;
  age: PastedAgeBand | null;
  /** The band as the row words it, without the label: "1-2 timer om ugen". */
  text: string;
  lower: PastedBound | null;
  upper: PastedBound | null;
  unit: PastedUnit;
  period: PastedPeriod;
  /** What the parser did that the council should know (a lead-in applied, a conversion left out). */
  notes: string[];
}

export interface LeadIn extends RowBase {
  kind: 'lead-in';
  /** The qualifier the lead-in gives the bare figures below it, e.g. "op til". */
  qualifier: string;
}

export interface NotUnderstood extends RowBase {
  kind: 'not-understood';
  reason: string;
}

/**
 * A row that says from which amount the help is a placement, not this help ("Aflastninger på 15 døgn pr.
 * måned eller mere er en anbringelse"): proposed as the standard's local rule, never as a level.
 */
export interface ProposedPlacementLine extends RowBase {
  kind: 'placement-line';
  value: number;
  unit: PastedUnit;
  period: PastedPeriod;
}

export type PastedRow = ProposedLevel | LeadIn | ProposedPlacementLine | NotUnderstood;

const WORD_END = '(?![a-zæøåA-ZÆØÅ])';
const NUMBER = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?`;
const QUALIFIERS = String.raw`op til|højst|maksimalt|maks\.?|max\.?|mindst|minimum|over|mere end|under|mindre end|ca\.|cirka`;
const UNITS = String.raw`timers|timer|time|døgn|dage|dag|kroner|kr\.?`;
const AMOUNT = new RegExp(
  String.raw`(?:(${QUALIFIERS})\s+(?:[a-zæøå]{1,8}\s+)?)?(${NUMBER})(?:\s*(?:-|–|—|til)\s*(${NUMBER}))?\s*(${UNITS})${WORD_END}`,
  'giu',
);
const PERIOD = new RegExp(
  String.raw`(?<![a-zæøå])(?:(?:om|pr\.?|per|i|hver)\s+(ugen|uge|måneden|måned|mdr\.?|md\.|året|år)|(ugentlig|månedlig|årlig)t?)${WORD_END}`,
  'giu',
);
/** A span of time that is not a rate: a deadline ("op til 10 uger", "inden for 6 måneder"). */
const SPAN = new RegExp(String.raw`\d+\s*(uger|uge|måneder|mdr\.?|arbejdsdage|hverdage)${WORD_END}`, 'iu');
const CONVERSION = /(?:dvs\.?|det vil sige|svarende til|\(|–\s*ca\.|,\s*ca\.)\s*$/iu;
const LEAD_IN = /(?:^|\s)(op til|højst|maksimalt|mindst|over|under)\s*:\s*$/iu;
const TRAILING_AT_LEAST = /(?:eller|og)\s+(?:mere|derover|flere)/iu;
const TRAILING_AT_MOST = /(?:eller|og)\s+(?:mindre|derunder|færre)/iu;
const BULLET = /^\s*(?:>\s*)*(?:[•·▪◦*]|-(?=\s)|–(?=\s)|\d+[.)](?=\s))?\s*/u;

interface Line {
  number: number;
  text: string;
}

interface AmountMatch {
  index: number;
  end: number;
  qualifier: string | null;
  from: number;
  to: number | null;
  unit: PastedUnit;
}

export function parsePastedTable(input: string): PastedRow[] {
  try {
    return parseRows(joinWrappedRows(readLines(input)));
  } catch (error) {
    // Never expected; the promise is that a paste never breaks the page.
    return readLines(input).map((line) => ({
      kind: 'not-understood',
      lines: [line.number],
      quote: line.text,
      reason: `rækken kunne ikke læses (${(error as Error).message})`,
    }));
  }
}

function readLines(input: string): Line[] {
  return (
    input
      .split(/\r\n|\r|\n/)
      // A line that is only a bullet keeps its mark, so it is still accounted for.
      .map((raw, index) => ({ number: index + 1, text: collapse(raw.replace(BULLET, '')) || collapse(raw) }))
      .filter((line) => line.text !== '')
  );
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Rows as a document lays them out: a word broken over two lines ("begrænsnin-" / "ger") is joined, and a
 * label standing alone is joined with the figure on the next line ("Fuldstændige problemer/begrænsninger" /
 * "Over 5 timer om ugen").
 */
function joinWrappedRows(lines: Line[]): { lines: number[]; text: string }[] {
  const rows: { lines: number[]; text: string }[] = [];
  for (const line of lines) {
    const previous = rows.at(-1);
    if (previous && /[a-zæøå]-$/u.test(previous.text) && /^[a-zæøå]/u.test(line.text)) {
      previous.text = previous.text.slice(0, -1) + line.text;
      previous.lines.push(line.number);
      continue;
    }
    if (
      previous &&
      findAmounts(previous.text).length === 0 &&
      !LEAD_IN.test(previous.text) &&
      /[a-zæøå]$/iu.test(previous.text) &&
      startsWithAmount(line.text)
    ) {
      previous.text = `${previous.text} ${line.text}`;
      previous.lines.push(line.number);
      continue;
    }
    rows.push({ lines: [line.number], text: line.text });
  }
  return rows;
}

function startsWithAmount(text: string): boolean {
  const [first] = findAmounts(text);
  return first !== undefined && first.index === 0;
}

function parseNumber(text: string): number {
  const normal = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(text)
    ? text.replace(/\./g, '').replace(',', '.')
    : text.replace(',', '.');
  return Number(normal);
}

function unitOf(word: string): PastedUnit {
  const lower = word.toLowerCase();
  if (lower.startsWith('time')) return 'hours';
  if (lower.startsWith('kr')) return 'kroner';
  return 'days';
}

function findAmounts(text: string): AmountMatch[] {
  return [...text.matchAll(AMOUNT)].map((match) => ({
    index: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
    qualifier: match[1] ? match[1].toLowerCase() : null,
    from: parseNumber(match[2] ?? ''),
    to: match[3] ? parseNumber(match[3]) : null,
    unit: unitOf(match[4] ?? ''),
  }));
}

function periodOf(word: string): PastedPeriod {
  const lower = word.toLowerCase();
  if (lower.startsWith('uge')) return 'week';
  if (lower.startsWith('måned') || lower.startsWith('md')) return 'month';
  return 'year';
}

function findPeriods(text: string): PastedPeriod[] {
  return [...new Set([...text.matchAll(PERIOD)].map((m) => periodOf(m[1] ?? m[2] ?? '')))];
}

/** The age band a label names ("3-5 årige", "Over 13 år"), or null. */
export function parseAge(label: string): PastedAgeBand | null {
  const range = /(\d+)\s*(?:-|–|—|til)\s*(\d+)\s*(?:årige|år)(?![a-zæøå])/iu.exec(label);
  if (range) {
    return { from: Number(range[1]), fromInclusive: true, to: Number(range[2]), toInclusive: true };
  }
  const over = /(?:over|ældre end)\s+(\d+)\s*(?:årige|år)(?![a-zæøå])/iu.exec(label);
  if (over) return { from: Number(over[1]), fromInclusive: false, to: null, toInclusive: false };
  const from = /(?:fra|mindst)\s+(\d+)\s*(?:årige|år)(?![a-zæøå])/iu.exec(label);
  if (from) return { from: Number(from[1]), fromInclusive: true, to: null, toInclusive: false };
  const under = /(?:under|yngre end)\s+(\d+)\s*(?:årige|år)(?![a-zæøå])/iu.exec(label);
  if (under) return { from: null, fromInclusive: true, to: Number(under[1]), toInclusive: false };
  return null;
}

function bounds(
  amount: AmountMatch,
  qualifier: string | null,
): { lower: PastedBound | null; upper: PastedBound | null } | string {
  const { from, to } = amount;
  if (!Number.isFinite(from) || (to !== null && !Number.isFinite(to))) return 'tallet kan ikke læses';
  if (to !== null) {
    if (to < from) return `intervallet ${from}–${to} går baglæns`;
    return {
      lower: { value: from, inclusive: true, stated: true },
      upper: { value: to, inclusive: true, stated: true },
    };
  }
  switch (qualifier) {
    case 'op til':
    case 'højst':
    case 'maksimalt':
    case 'maks':
    case 'maks.':
    case 'max':
    case 'max.':
      return { lower: null, upper: { value: from, inclusive: true, stated: true } };
    case 'under':
    case 'mindre end':
      return { lower: null, upper: { value: from, inclusive: false, stated: true } };
    case 'over':
    case 'mere end':
      return { lower: { value: from, inclusive: false, stated: true }, upper: null };
    case 'mindst':
    case 'minimum':
      return { lower: { value: from, inclusive: true, stated: true }, upper: null };
    case 'ca.':
    case 'cirka':
      return '»ca.« angiver et omtrentligt tal, ikke en grænse';
    default:
      return {
        lower: { value: from, inclusive: true, stated: true },
        upper: { value: from, inclusive: true, stated: true },
      };
  }
}

function parseRow(
  row: { lines: number[]; text: string },
  leadIn: { qualifier: string; quote: string } | null,
): PastedRow {
  const { lines, text } = row;
  const base = { lines, quote: text };
  const all = findAmounts(text);
  if (all.length === 0) {
    const lead = LEAD_IN.exec(text);
    if (lead?.[1]) return { ...base, kind: 'lead-in', qualifier: lead[1].toLowerCase() };
    return {
      ...base,
      kind: 'not-understood',
      reason: 'ingen mængde med enhed (timer, døgn, kr.) fundet',
    };
  }
  const notes: string[] = [];
  let amounts = all;
  let cut = text.length;
  const second = all[1];
  if (second && CONVERSION.test(text.slice(0, second.index))) {
    cut = text.slice(0, second.index).search(CONVERSION);
    notes.push(`Omregningen »${collapse(text.slice(cut))}« er ikke taget med.`);
    amounts = all.filter((a) => a.index < cut);
  }
  if (amounts.length > 1) {
    return { ...base, kind: 'not-understood', reason: 'rækken nævner flere mængder' };
  }
  const span = SPAN.exec(text);
  if (span) {
    return {
      ...base,
      kind: 'not-understood',
      reason: `rækken nævner en frist eller varighed (»${span[0]}«), ikke kun et niveau`,
    };
  }
  const amount = amounts[0] as AmountMatch;
  const own = text.slice(0, cut);
  const periods = findPeriods(own);
  if (periods.length === 0) {
    return { ...base, kind: 'not-understood', reason: 'ingen periode (om ugen, om måneden, om året) fundet' };
  }
  if (periods.length > 1) {
    return { ...base, kind: 'not-understood', reason: 'rækken nævner flere perioder' };
  }
  let qualifier = amount.qualifier;
  const after = own.slice(amount.end);
  if (qualifier === null && TRAILING_AT_LEAST.test(after)) qualifier = 'mindst';
  else if (qualifier === null && TRAILING_AT_MOST.test(after)) qualifier = 'højst';
  else if (qualifier === null && amount.to === null && leadIn) {
    qualifier = leadIn.qualifier;
    notes.push(`»${leadIn.qualifier}« er taget fra indledningen »${leadIn.quote}«.`);
  }
  const edges = bounds(amount, qualifier);
  if (typeof edges === 'string') return { ...base, kind: 'not-understood', reason: edges };
  if (/anbringelse|anbragt/iu.test(text) && edges.lower !== null && edges.upper === null) {
    return {
      ...base,
      kind: 'placement-line',
      value: edges.lower.value,
      unit: amount.unit,
      period: periods[0] as PastedPeriod,
    };
  }
  const label = collapse(own.slice(0, amount.index).replace(/[\s:,;–—-]+$/u, ''));
  const words = collapse(own.slice(amount.index).replace(/[\s.,;:–—-]+$/u, ''));
  return {
    ...base,
    kind: 'level',
    label,
    age: parseAge(label),
    text: words,
    ...edges,
    unit: amount.unit,
    period: periods[0] as PastedPeriod,
    notes,
  };
}

function parseRows(rows: { lines: number[]; text: string }[]): PastedRow[] {
  const out: PastedRow[] = [];
  let leadIn: { qualifier: string; quote: string } | null = null;
  for (const row of rows) {
    const parsed = parseRow(row, leadIn);
    if (parsed.kind === 'lead-in') leadIn = { qualifier: parsed.qualifier, quote: parsed.quote };
    else if (parsed.kind === 'not-understood') leadIn = null;
    out.push(parsed);
  }
  deriveLowerEdges(out);
  return out;
}

/**
 * In a severity table ("Op til 3 timer", "Op til 5 timer") a level's lower edge is the upper edge of the level
 * above it in the table: derived, not stated, and said so. Age bands are not a ladder: an age band's "op til 8
 * døgn" says nothing about a floor, so nothing is derived there.
 */
function deriveLowerEdges(rows: PastedRow[]): void {
  let previous: ProposedLevel | null = null;
  for (const row of rows) {
    if (row.kind !== 'level') {
      if (row.kind === 'not-understood') previous = null;
      continue;
    }
    if (
      previous !== null &&
      row.age === null &&
      previous.age === null &&
      row.lower === null &&
      row.upper !== null &&
      previous.upper !== null &&
      previous.unit === row.unit &&
      previous.period === row.period &&
      previous.upper.value < row.upper.value
    ) {
      row.lower = {
        value: previous.upper.value,
        inclusive: !previous.upper.inclusive,
        stated: false,
        note: `Kilden angiver kun »op til«; den nedre grænse er den øvre grænse for niveauet »${previous.label || previous.text}«.`,
      };
    }
    previous = row;
  }
}

/** The lines a result accounts for, for the check that nothing is dropped. */
export function accountedLines(rows: readonly PastedRow[]): number[] {
  return rows.flatMap((row) => row.lines).sort((a, b) => a - b);
}

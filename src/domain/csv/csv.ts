/**
 * CSV in and out, the way Danish spreadsheets write and read it.
 *
 * Reading: one record per line (the app's files never hold a line break inside a field), so every record keeps
 * its true line number, blank lines included. A quote that opens and is not closed on its line is reported with
 * the lines a generic CSV reader would have swallowed after it; the line is left out and the next lines are
 * read on their own, so one stray quote cannot make a thousand rows vanish.
 *
 * Writing: semicolon separated, a byte-order mark so æøå survive, and every text cell that a spreadsheet
 * would run as a formula (beginning with =, +, -, @, or a tab or carriage return) is neutralised with a
 * leading apostrophe (OWASP's advice for CSV injection).
 */

export interface CsvLine {
  /** The line in the file, counting from 1, blank lines included. */
  line: number;
  fields: string[];
}

export interface UnclosedQuote {
  line: number;
  /** The lines after it, up to the next line with a quote or the end of the file, that a reader would swallow. */
  swallowed: number;
  /** The last line that would have been swallowed. */
  lastLine: number;
}

export interface SplitCsv {
  delimiter: string;
  /** Non-blank lines that could be read, in order. */
  records: CsvLine[];
  unclosed: UnclosedQuote[];
}

const DELIMITERS = [';', ',', '\t'] as const;

/** The delimiter a header line uses: the most frequent of ; , and tab outside quotes (; when none). */
export function guessDelimiter(header: string): string {
  let best: string = ';';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    let count = 0;
    let quoted = false;
    for (const char of header) {
      if (char === '"') quoted = !quoted;
      else if (!quoted && char === delimiter) count++;
    }
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/** One line's fields, or null when a quote opens and is not closed on the line. */
export function splitLine(text: string, delimiter: string): string[] | null {
  const fields: string[] = [];
  let i = 0;
  const n = text.length;
  for (;;) {
    if (text[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0) return null;
        value += text.slice(i, close);
        if (text[close + 1] === '"') {
          value += '"';
          i = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
      const next = text.indexOf(delimiter, i);
      const end = next < 0 ? n : next;
      fields.push(value + text.slice(i, end));
      if (next < 0) return fields;
      i = next + delimiter.length;
    } else {
      const next = text.indexOf(delimiter, i);
      if (next < 0) {
        fields.push(text.slice(i));
        return fields;
      }
      fields.push(text.slice(i, next));
      i = next + delimiter.length;
    }
  }
}

/** Splits a CSV text into its lines' fields (see the module comment). Never throws. */
export function splitCsv(input: string): SplitCsv {
  const text = input.replace(/^\uFEFF/, '');
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const headerIndex = lines.findIndex((line) => line.trim() !== '');
  const delimiter = guessDelimiter(headerIndex >= 0 ? (lines[headerIndex] ?? '') : '');
  // For each line, the index of the next line (after it) that holds a quote: how far an open quote reaches.
  const nextQuote = new Array<number>(lines.length);
  let upcoming = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    nextQuote[i] = upcoming;
    if ((lines[i] ?? '').includes('"')) upcoming = i;
  }
  const records: CsvLine[] = [];
  const unclosed: UnclosedQuote[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const fields = splitLine(line, delimiter);
    if (fields === null) {
      const reach = nextQuote[index] ?? lines.length;
      const lastLine = Math.min(reach + 1, lines.length);
      unclosed.push({ line: index + 1, swallowed: lastLine - (index + 1), lastLine });
      return;
    }
    records.push({ line: index + 1, fields });
  });
  return { delimiter, records, unclosed };
}

/** Bytes of a file as text: UTF-8 when they are valid UTF-8 (with or without a BOM), else Windows-1252. */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: 'UTF-8' | 'Windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Danish Excel saves "CSV (semikolonsepareret)" in Windows-1252: æ ø å are single bytes, not UTF-8.
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
}

/** A text cell a spreadsheet would run as a formula gets a leading apostrophe; other text is unchanged. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A number in a Danish spreadsheet: decimal comma, no thousands separator. */
function formatCsvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const rounded = Math.round(value * 100) / 100;
  return String(rounded).replace('.', ',');
}

/**
 * The one CSV writer of the app: semicolon separated, decimal comma, a BOM, fields quoted where needed,
 * formulas neutralised in text cells. Missing values are empty cells, never 0.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  const cell = (value: string | number | null): string => {
    if (value === null) return '';
    const text = typeof value === 'number' ? formatCsvNumber(value) : neutraliseFormula(value);
    return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [header, ...rows].map((row) => row.map(cell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

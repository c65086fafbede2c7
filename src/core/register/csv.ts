// A small RFC 4180 reader and writer of our own: fields separated by commas, records by CRLF, LF
// or CR; a field in double quotes may hold commas, line breaks and doubled quotes (`""`). A
// leading byte-order mark is dropped. Every cell keeps the line it starts on and its column
// (field number, from 1), so import errors can point at it.

export interface CsvCell {
  value: string;
  line: number;
  column: number;
}

export interface CsvRecord {
  line: number;
  cells: CsvCell[];
}

export interface CsvProblem {
  line: number;
  column: number;
  reason: string;
}

export interface CsvParse {
  records: CsvRecord[];
  problems: CsvProblem[];
}

/** Parses CSV text. Blank lines are skipped; a broken quote is reported and read leniently. */
export function parseCsv(input: string): CsvParse {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const start = line;
    // A line with nothing on it is not a record.
    if (text[i] === "\n" || text[i] === "\r") {
      i += text[i] === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      continue;
    }
    const cells: CsvCell[] = [];
    for (;;) {
      const cellLine = line;
      const column = cells.length + 1;
      let value = "";
      if (text[i] === '"') {
        i++;
        let closed = false;
        while (i < n) {
          const ch = text[i]!;
          if (ch === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (ch === "\n" || (ch === "\r" && text[i + 1] !== "\n")) line++;
          value += ch;
          i++;
        }
        if (!closed) {
          problems.push({ line: cellLine, column, reason: "quoted field is never closed" });
        } else if (i < n && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") {
          problems.push({ line, column, reason: "text after a closing quote" });
          while (i < n && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r")
            value += text[i++];
        }
      } else {
        while (i < n && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") value += text[i++];
      }
      cells.push({ value, line: cellLine, column });
      if (i < n && text[i] === ",") {
        i++;
        continue;
      }
      break;
    }
    if (i < n) {
      i += text[i] === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
    }
    records.push({ line: start, cells });
  }
  return { records, problems };
}

const NEEDS_QUOTES = /[",\r\n]/;

export function formatCsvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes records; `eol` is `\n` unless asked for RFC 4180's `\r\n`. Ends with a line break. */
export function writeCsv(rows: readonly (readonly string[])[], eol: "\n" | "\r\n" = "\n"): string {
  return rows
    .map((row) =>
      // A record of one empty field would read back as a blank line; quote it.
      row.length === 1 && row[0] === "" ? '""' : row.map(formatCsvField).join(","),
    )
    .map((line) => line + eol)
    .join("");
}

// Spreadsheets run a cell that starts with = + - @ (or a tab or CR before one) as a formula:
// "=cmd|' /C calc'!A0". Exports put an apostrophe in front; imports take exactly one off. A value
// that already starts with apostrophes before such a character gets one more, so every value
// reads back as it was written.
const FORMULA = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}

export function restoreFormula(cell: string): string {
  return ESCAPED.test(cell) ? cell.slice(1) : cell;
}

// A CSV file as a table with a header of known column names, for the two import forms.

import type { CsvCell, CsvParse, CsvRecord } from "./csv.js";
import { restoreFormula } from "./csv.js";
import type { ImportError } from "./import-errors.js";

export interface TableSpec {
  required: readonly string[];
  optional: readonly string[];
}

export interface Table {
  file: string;
  columns: Map<string, number>;
  rows: CsvRecord[];
}

export function csvError(
  file: string,
  cell: { line: number; column: number },
  field: string | null,
  reason: string,
  caseId: string | null = null,
): ImportError {
  return { file, line: cell.line, column: cell.column, field, reason, caseId };
}

/** The header checked against the form: unknown, repeated and missing columns are errors. */
export function readTable(
  file: string,
  parsed: CsvParse,
  spec: TableSpec,
): { table: Table | null; errors: ImportError[] } {
  const errors = parsed.problems.map((p) => csvError(file, p, null, p.reason));
  const [header, ...rows] = parsed.records;
  if (!header) {
    errors.push(csvError(file, { line: 1, column: 1 }, null, "no header line"));
    return { table: null, errors };
  }
  const known = new Set([...spec.required, ...spec.optional]);
  const columns = new Map<string, number>();
  header.cells.forEach((cell, i) => {
    const name = cell.value.trim();
    if (!known.has(name)) {
      errors.push(csvError(file, cell, name, `unknown column (expected ${[...known].join(", ")})`));
    } else if (columns.has(name)) {
      errors.push(csvError(file, cell, name, "column appears twice"));
    } else {
      columns.set(name, i);
    }
  });
  for (const name of spec.required) {
    if (!columns.has(name)) {
      const at = { line: header.line, column: header.cells.length + 1 };
      errors.push(csvError(file, at, name, "required column is missing"));
    }
  }
  if (errors.length > 0) return { table: null, errors };
  return { table: { file, columns, rows }, errors };
}

/** A row's cell for a column, formula escaping undone; a missing column reads as empty. */
export function cell(table: Table, row: CsvRecord, name: string): CsvCell {
  const index = table.columns.get(name);
  const found = index === undefined ? undefined : row.cells[index];
  if (!found) return { value: "", line: row.line, column: (index ?? row.cells.length) + 1 };
  return { ...found, value: restoreFormula(found.value) };
}

/** A row with the wrong number of fields, or null. */
export function widthError(table: Table, row: CsvRecord): ImportError | null {
  const width = table.columns.size;
  if (row.cells.length === width) return null;
  const last = row.cells[row.cells.length - 1]!;
  return csvError(
    table.file,
    { line: last.line, column: Math.min(row.cells.length, width + 1) },
    null,
    `expected ${width} fields, found ${row.cells.length}`,
  );
}

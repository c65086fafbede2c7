// What an import reports: where (file, line, column = field number from 1, field name) and why.
// The same shape for CSV and JSON; nothing is thrown for bad data.

export interface ImportError {
  file: string;
  line: number;
  column: number;
  /** Column header (CSV) or key path (JSON), when the error is about one. */
  field: string | null;
  reason: string;
  /** The case the error makes invalid, when known; `--skip-invalid` leaves it out. */
  caseId: string | null;
}

/** `cases.csv:12:10: released: "2021-13-01": month 13 is not 01..12` */
export function formatImportError(e: ImportError): string {
  return `${e.file}:${e.line}:${e.column}: ${e.field ? `${e.field}: ` : ""}${e.reason}`;
}

/** A register fragment read from files: the valid part, and what was wrong with the rest. */
export interface ImportResult<T> {
  value: T;
  errors: ImportError[];
  /** Ids of cases left out because of errors. */
  rejectedCases: string[];
}

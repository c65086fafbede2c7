// The person form: one CSV row per person, the events summed up in date columns.
//   id,name,gender,ethnicity,religion,province,profession,charges,at_risk_since,arrested,tried,
//   sentence_months,released,died,notes
// Reading and writing rows; what the date columns mean as events is in person-summary.ts.

import { formatCharge, type StatuteLookup } from "./charges.js";
import type { CsvCell } from "./csv.js";
import { cell, csvError, widthError, type Table } from "./csv-table.js";
import {
  readBirthYear,
  readCharges,
  readDate,
  readId,
  readMonths,
  splitList,
  type Read,
} from "./fields.js";
import type { ImportError } from "./import-errors.js";
import { DATE_COLUMNS, type PersonSummary } from "./person-summary.js";
import { caseRecord } from "./records.js";
import type { Case } from "./types.js";

export const PERSON_COLUMNS = [
  "id",
  "name",
  "gender",
  "ethnicity",
  "religion",
  "province",
  "profession",
  "charges",
  "at_risk_since",
  "arrested",
  "tried",
  "sentence_months",
  "released",
  "died",
  "notes",
] as const;

/** Columns the form accepts beyond the standard ones; export writes them only when used. */
export const PERSON_EXTRA_COLUMNS = ["birth_year", "confidential", "actor"] as const;

export interface PersonRow {
  line: number;
  record: Case;
  summary: PersonSummary;
  /** Where each summary column sits, for errors found later. */
  cells: Map<string, CsvCell>;
}

export function readPersonRow(
  table: Table,
  index: number,
  statutes: StatuteLookup,
): { row: PersonRow | null; errors: ImportError[] } {
  const raw = table.rows[index]!;
  const width = widthError(table, raw);
  const idCell = cell(table, raw, "id");
  const errors: ImportError[] = width ? [width] : [];
  const cells = new Map<string, CsvCell>();
  const get = (name: string) => {
    const c = cell(table, raw, name);
    cells.set(name, c);
    return c;
  };
  function read<T>(name: string, reader: (s: string) => Read<T>, trim = true): T | null {
    const c = get(name);
    const value = trim ? c.value.trim() : c.value;
    if (value === "") return null;
    const r = reader(value);
    if (r.ok) return r.value;
    errors.push(csvError(table.file, c, name, r.reason, idCell.value || null));
    return null;
  }
  const text = (name: string) => (get(name).value === "" ? null : get(name).value);

  const id = read("id", readId) ?? "";
  if (idCell.value.trim() === "") errors.push(csvError(table.file, idCell, "id", "empty id"));
  const name = text("name");
  if (name === null || name.trim() === "")
    errors.push(csvError(table.file, get("name"), "name", "empty name", id || null));
  const confidential = get("confidential").value.trim();
  if (!["", "true", "false"].includes(confidential)) {
    errors.push(
      csvError(
        table.file,
        get("confidential"),
        "confidential",
        `"${confidential}" is not true or false`,
        id || null,
      ),
    );
  }
  const summary: PersonSummary = {
    charges: read("charges", (s) => readCharges(splitList(s), statutes)) ?? [],
    atRiskSince: null,
    arrested: null,
    tried: null,
    sentenceMonths: read("sentence_months", readMonths),
    released: null,
    died: null,
  };
  for (const [column, key] of DATE_COLUMNS) summary[key] = read(column, readDate);
  const record = caseRecord({
    id,
    name: name ?? "",
    gender: text("gender"),
    ethnicity: text("ethnicity"),
    religion: text("religion"),
    province: text("province"),
    profession: text("profession"),
    notes: text("notes"),
    actor: text("actor"),
    birthYear: read("birth_year", readBirthYear),
    confidential: confidential === "true",
  });
  if (errors.length > 0) return { row: null, errors };
  return { row: { line: raw.line, record, summary, cells }, errors };
}

/** The person form's columns for a register: the standard ones, then extras in use. */
export function personColumns(cases: readonly Case[]): string[] {
  const extras = PERSON_EXTRA_COLUMNS.filter((column) =>
    cases.some((c) =>
      column === "birth_year"
        ? c.birthYear !== null
        : column === "confidential"
          ? c.confidential
          : c.actor !== null,
    ),
  );
  return [...PERSON_COLUMNS, ...extras];
}

export function personRow(
  c: Case,
  s: PersonSummary,
  columns: readonly string[],
  statutes: StatuteLookup,
): string[] {
  const values: Record<string, string | null> = {
    id: c.id,
    name: c.name,
    gender: c.gender,
    ethnicity: c.ethnicity,
    religion: c.religion,
    province: c.province,
    profession: c.profession,
    charges: s.charges.map((id) => formatCharge(id, statutes)).join(";"),
    at_risk_since: s.atRiskSince,
    arrested: s.arrested,
    tried: s.tried,
    sentence_months: s.sentenceMonths === null ? null : String(s.sentenceMonths),
    released: s.released,
    died: s.died,
    notes: c.notes,
    birth_year: c.birthYear === null ? null : String(c.birthYear),
    confidential: c.confidential ? "true" : null,
    actor: c.actor,
  };
  return columns.map((column) => values[column] ?? "");
}

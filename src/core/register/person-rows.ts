// The person form: one CSV row per person, the events summed up in date columns.
//   id,name,gender,ethnicity,religion,province,profession,charges,at_risk_since,arrested,tried,
//   sentence_months,released,died,notes
// A row stands for the events at-risk, arrested, tried + sentenced (same day), released and
// deceased; `summarise` turns a case's events back into a row.

import { formatCharge, type StatuteLookup } from "./charges.js";
import type { CsvCell } from "./csv.js";
import { cell, csvError, widthError, type Table } from "./csv-table.js";
import { placeEvents } from "./event-order.js";
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
import { knownEvents } from "./known-events.js";
import { periodOf } from "./partial-date.js";
import { caseEvent, caseRecord } from "./records.js";
import type { Case, CaseEvent, CaseEventType } from "./types.js";

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

/** What a person row says about the events. */
export interface PersonSummary {
  charges: string[];
  atRiskSince: string | null;
  arrested: string | null;
  tried: string | null;
  sentenceMonths: number | null;
  released: string | null;
  died: string | null;
}

export interface PersonRow {
  line: number;
  record: Case;
  summary: PersonSummary;
  /** Where each summary column sits, for errors found later. */
  cells: Map<string, CsvCell>;
}

const DATE_COLUMNS = [
  ["at_risk_since", "atRiskSince"],
  ["arrested", "arrested"],
  ["tried", "tried"],
  ["released", "released"],
  ["died", "died"],
] as const;

// "released 2020-01-01 before arrested 2021-03-16": only when the periods cannot overlap.
const ORDER: [later: keyof PersonSummary, earlier: keyof PersonSummary][] = [
  ["tried", "arrested"],
  ["released", "tried"],
  ["released", "arrested"],
  ["died", "arrested"],
  ["died", "tried"],
];

const COLUMN_OF: Record<string, string> = Object.fromEntries(
  DATE_COLUMNS.map(([column, key]) => [key, column]),
);

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

const SAME_KEY: [keyof PersonSummary, string][] = [
  ["atRiskSince", "at_risk_since"],
  ["arrested", "arrested"],
  ["tried", "tried"],
  ["sentenceMonths", "sentence_months"],
  ["released", "released"],
  ["died", "died"],
];

/** What event rows say about a case, to merge a person row with. */
export interface EventRowsSay {
  summary: PersonSummary;
  file: string;
}

type Made = { events: CaseEvent[] } | { column: string; reason: string };

/**
 * The events a person row stands for, or the column that cannot become one. Charges go on the
 * arrest, else the trial, else the at-risk event; a sentence is dated by `tried`.
 *
 * With event rows for the same person, the rows are the record and the row fills the gaps: a
 * column the rows also tell must agree with them and adds nothing; a column they are silent on
 * becomes an event. (The example register's `cases.csv` has `at_risk_since` that `events.csv`
 * does not repeat.)
 */
export function eventsFromSummary(
  caseId: string,
  s: PersonSummary,
  recordedAt: string,
  rows?: EventRowsSay,
): Made {
  const keep = new Set<keyof PersonSummary>();
  for (const [key, column] of SAME_KEY) {
    const said = s[key];
    const told = rows?.summary[key] ?? null;
    if (said === null) continue;
    if (told === null) keep.add(key);
    else if (said !== told) return { column, reason: `${said} here, but ${told} in ${rows!.file}` };
  }
  if (!rows) {
    // A row on its own must tell a story in order; event rows speak for themselves (their
    // contradictions are flagged in the status history).
    for (const [later, earlier] of ORDER) {
      const a = s[later] as string | null;
      const b = s[earlier] as string | null;
      if (a !== null && b !== null && periodOf(a).last < periodOf(b).first) {
        return { column: COLUMN_OF[later]!, reason: `${a} is before ${COLUMN_OF[earlier]} ${b}` };
      }
    }
  }
  if (keep.has("sentenceMonths") && s.tried === null) {
    return { column: "sentence_months", reason: "a sentence needs the date it was passed (tried)" };
  }
  const told = rows?.summary.charges ?? [];
  if (
    told.length > 0 &&
    s.charges.length > 0 &&
    [...s.charges].sort().join(";") !== [...told].sort().join(";")
  ) {
    return {
      column: "charges",
      reason: `${s.charges.join(";")} here, but ${told.join(";")} in ${rows!.file}`,
    };
  }
  const carrier = keep.has("arrested")
    ? "arrested"
    : keep.has("tried")
      ? "tried"
      : keep.has("atRiskSince")
        ? "at-risk"
        : null;
  if (s.charges.length > 0 && told.length === 0 && carrier === null) {
    const where = rows
      ? `no event here or in ${rows.file} to put them on`
      : "no arrested, tried or at_risk_since date to belong to";
    return { column: "charges", reason: `charges but ${where}` };
  }
  const events: CaseEvent[] = [];
  const add = (
    key: keyof PersonSummary,
    type: CaseEventType,
    date: string | null,
    extra: Partial<CaseEvent> = {},
  ) => {
    if (!keep.has(key) || date === null) return;
    const charges = type === carrier && told.length === 0 ? s.charges : [];
    events.push(
      caseEvent({ id: `${caseId}/${type}`, caseId, type, date, charges, recordedAt, ...extra }),
    );
  };
  add("atRiskSince", "at-risk", s.atRiskSince);
  add("arrested", "arrested", s.arrested);
  add("tried", "tried", s.tried);
  add("sentenceMonths", "sentenced", s.tried, { sentenceMonths: s.sentenceMonths });
  add("released", "released", s.released);
  add("died", "deceased", s.died);
  return { events };
}

/** A case's events (as now known) summed up the way a person row says them. */
export function summarise(records: readonly CaseEvent[]): PersonSummary {
  const ordered = placeEvents(knownEvents(records, null), "start-of-period").map((p) => p.event);
  const lastIndex = (types: CaseEventType[]) => {
    for (let i = ordered.length - 1; i >= 0; i--) if (types.includes(ordered[i]!.type)) return i;
    return -1;
  };
  const dateAt = (i: number) => (i < 0 ? null : ordered[i]!.date);
  const atRisk = ordered.find((e) => e.type === "at-risk");
  let arrest = lastIndex(["arrested"]);
  if (arrest < 0) arrest = lastIndex(["held-pending-trial"]);
  // The first-instance verdict of the last detention; later trials are appeals.
  const tried = ordered.findIndex(
    (e, i) => i > arrest && (e.type === "tried" || e.type === "sentenced"),
  );
  const sentence = [...ordered]
    .reverse()
    .find((e) => ["sentenced", "appeal", "tried"].includes(e.type) && e.sentenceMonths !== null);
  const release = lastIndex(["released", "exiled"]);
  return {
    charges: [...new Set(ordered.flatMap((e) => e.charges))],
    atRiskSince: atRisk?.date ?? null,
    arrested: dateAt(arrest),
    tried: dateAt(tried),
    sentenceMonths: sentence?.sentenceMonths ?? null,
    released: release > arrest ? dateAt(release) : null,
    died: dateAt(lastIndex(["deceased"])),
  };
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

// `vigil cases import` for CSV: a person file, an event file, or both. With both, a case's event
// rows are its record and its person row fills the gaps (columns the rows also tell must agree);
// without event rows, the person row's columns become its events. A case with any error is left
// out whole, with every error reported.

import { NO_CATALOGUE, type StatuteLookup } from "./charges.js";
import { parseCsv } from "./csv.js";
import { cell, csvError, readTable, type Table } from "./csv-table.js";
import { eventProblems } from "./event-checks.js";
import {
  EVENT_COLUMNS,
  EVENT_EXTRA_COLUMNS,
  EVENT_REQUIRED,
  readEventRow,
  type EventRow,
} from "./event-rows.js";
import type { ImportError, ImportResult } from "./import-errors.js";
import {
  PERSON_COLUMNS,
  PERSON_EXTRA_COLUMNS,
  readPersonRow,
  type PersonRow,
} from "./person-rows.js";
import { eventsFromSummary, summarise } from "./person-summary.js";
import type { CaseEvent, Register } from "./types.js";

export interface CsvFile {
  file: string;
  text: string;
}

export interface CsvImportOptions {
  /** When this import happens: the record time of every event that does not say its own. */
  recordedAt: string;
  /** With a catalogue, unknown articles are errors. */
  statutes?: StatuteLookup;
  /** Case ids already in the register, which an event file alone may add events to. */
  existingCases?: ReadonlySet<string>;
  /** Records already in the register, which a correction in the file may supersede. */
  existingEvents?: readonly CaseEvent[];
}

const PERSON_SPEC = {
  required: ["id", "name"],
  optional: [...PERSON_COLUMNS.slice(2), ...PERSON_EXTRA_COLUMNS],
};
const EVENT_SPEC = {
  required: EVENT_REQUIRED,
  optional: [
    ...EVENT_COLUMNS.filter((c) => !(EVENT_REQUIRED as readonly string[]).includes(c)),
    ...EVENT_EXTRA_COLUMNS,
  ],
};

/** Which form a CSV file is in, from its header: an `event` column makes it the event form. */
export function csvForm(text: string): "person" | "event" {
  const header = parseCsv(text.slice(0, 4096)).records[0];
  return header?.cells.some((c) => c.value.trim() === "event") ? "event" : "person";
}

export function importCsv(
  files: { persons?: CsvFile | null; events?: CsvFile | null },
  options: CsvImportOptions,
): ImportResult<Register> {
  const statutes = options.statutes ?? NO_CATALOGUE;
  const errors: ImportError[] = [];
  const rejected = new Set<string>();
  const fail = (e: ImportError) => {
    errors.push(e);
    if (e.caseId) rejected.add(e.caseId);
  };

  const persons = new Map<string, PersonRow>();
  const mentioned = new Set<string>();
  let personTable: Table | null = null;
  if (files.persons) {
    const read = readTable(files.persons.file, parseCsv(files.persons.text), PERSON_SPEC);
    read.errors.forEach(fail);
    personTable = read.table;
    if (!personTable) return { value: { cases: [], events: [] }, errors, rejectedCases: [] };
    const firstLine = new Map<string, number>();
    personTable.rows.forEach((raw, i) => {
      const id = cell(personTable!, raw, "id").value.trim();
      if (id && firstLine.has(id)) {
        const reason = `duplicate id "${id}" (first on line ${firstLine.get(id)})`;
        errors.push(csvError(personTable!.file, cell(personTable!, raw, "id"), "id", reason));
        return;
      }
      if (id) {
        mentioned.add(id);
        firstLine.set(id, raw.line);
      }
      const { row, errors: rowErrors } = readPersonRow(personTable!, i, statutes);
      rowErrors.forEach(fail);
      if (row) persons.set(id, row);
      else if (id) rejected.add(id);
    });
  }

  const eventRows = new Map<string, EventRow[]>();
  const allEventRows: EventRow[] = [];
  let eventTable: Table | null = null;
  if (files.events) {
    const read = readTable(files.events.file, parseCsv(files.events.text), EVENT_SPEC);
    read.errors.forEach(fail);
    eventTable = read.table;
    if (!eventTable)
      return { value: { cases: [], events: [] }, errors, rejectedCases: [...rejected] };
    const perCase = new Map<string, number>();
    eventTable.rows.forEach((raw, i) => {
      const caseId = cell(eventTable!, raw, "id").value.trim();
      const n = (perCase.get(caseId) ?? 0) + 1;
      perCase.set(caseId, n);
      const { row, errors: rowErrors } = readEventRow(
        eventTable!,
        i,
        n,
        statutes,
        options.recordedAt,
      );
      rowErrors.forEach(fail);
      if (caseId && !mentioned.has(caseId) && !options.existingCases?.has(caseId)) {
        fail(
          csvError(
            eventTable!.file,
            cell(eventTable!, raw, "id"),
            "id",
            `no case "${caseId}" in ${files.persons?.file ?? "the register"}`,
          ),
        );
        return;
      }
      if (!row) return;
      allEventRows.push(row);
      const list = eventRows.get(caseId) ?? [];
      list.push(row);
      eventRows.set(caseId, list);
    });
    const known = new Set([...mentioned, ...(options.existingCases ?? [])]);
    for (const p of eventProblems(
      allEventRows.map((r) => r.event),
      known,
      options.existingEvents,
    )) {
      const row = allEventRows[p.index]!;
      const column = p.field === "id" ? "event_id" : p.field === "supersedes" ? "supersedes" : "id";
      const at = { line: row.line, column: (eventTable.columns.get(column) ?? 0) + 1 };
      fail(csvError(eventTable.file, at, column, p.reason, row.event.caseId));
    }
  }

  const fromRows: CaseEvent[] = [];
  for (const [id, row] of persons) {
    const own = eventRows.get(id);
    const rows = own && { summary: summarise(own.map((r) => r.event)), file: files.events!.file };
    const made = eventsFromSummary(id, row.summary, options.recordedAt, rows);
    if ("events" in made) fromRows.push(...made.events);
    else
      fail(csvError(personTable!.file, row.cells.get(made.column)!, made.column, made.reason, id));
  }

  const keep = (caseId: string) => !rejected.has(caseId);
  return {
    value: {
      cases: [...persons.values()].map((r) => r.record).filter((c) => keep(c.id)),
      events: [...allEventRows.map((r) => r.event), ...fromRows].filter((e) => keep(e.caseId)),
    },
    errors,
    rejectedCases: [...rejected].sort(),
  };
}

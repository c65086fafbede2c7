// The event form: one CSV row per event, for registers that keep more than a row per person can
// say (several arrests, appeals, exile, sources, corrections).
//   id,event,date,charges,sentence_months,source
// `id` is the case id. Optional columns carry the rest of a record; export writes them only when
// some event needs them, so a plain register stays six columns wide.

import { formatCharge, type StatuteLookup } from "./charges.js";
import { cell, csvError, widthError, type Table } from "./csv-table.js";
import {
  formatSourceRef,
  readCharges,
  readDate,
  readEventType,
  readId,
  readMonths,
  readReleaseReason,
  readSourceRef,
  readTimestamp,
  splitList,
  type Read,
} from "./fields.js";
import type { ImportError } from "./import-errors.js";
import { caseEvent } from "./records.js";
import type { CaseEvent } from "./types.js";

export const EVENT_COLUMNS = [
  "id",
  "event",
  "date",
  "charges",
  "sentence_months",
  "source",
] as const;

export const EVENT_EXTRA_COLUMNS = [
  "event_id",
  "release_reason",
  "probation_months",
  "house_arrest_months",
  "suspended",
  "recorded_at",
  "supersedes",
  "retracted",
] as const;

export const EVENT_REQUIRED = ["id", "event", "date"] as const;

/** The id an event row gets when the file has no `event_id`: case id / row number in the case. */
export function derivedEventId(caseId: string, n: number): string {
  return `${caseId}/${n}`;
}

export interface EventRow {
  line: number;
  event: CaseEvent;
}

function readBool(s: string): Read<boolean> {
  return s === "true" || s === "false"
    ? { ok: true, value: s === "true" }
    : { ok: false, reason: `"${s}" is not true or false` };
}

/** One event row; `n` is its number among its case's rows (for the derived id). */
export function readEventRow(
  table: Table,
  index: number,
  n: number,
  statutes: StatuteLookup,
  recordedAt: string,
): { row: EventRow | null; caseId: string; errors: ImportError[] } {
  const raw = table.rows[index]!;
  const width = widthError(table, raw);
  const errors: ImportError[] = width ? [width] : [];
  const caseId = cell(table, raw, "id").value.trim();
  function read<T>(name: string, reader: (s: string) => Read<T>): T | null {
    const c = cell(table, raw, name);
    const value = c.value.trim();
    if (value === "") return null;
    const r = reader(value);
    if (r.ok) return r.value;
    errors.push(csvError(table.file, c, name, r.reason, caseId || null));
    return null;
  }
  function required<T>(name: string, reader: (s: string) => Read<T>): T | null {
    const value = read(name, reader);
    if (value === null && cell(table, raw, name).value.trim() === "") {
      errors.push(
        csvError(table.file, cell(table, raw, name), name, `empty ${name}`, caseId || null),
      );
    }
    return value;
  }
  required("id", readId);
  const type = required("event", readEventType);
  const date = required("date", readDate);
  const releaseReason = read("release_reason", readReleaseReason);
  if (releaseReason !== null && type !== null && type !== "released") {
    errors.push(
      csvError(
        table.file,
        cell(table, raw, "release_reason"),
        "release_reason",
        `a ${type} event has no release reason`,
        caseId || null,
      ),
    );
  }
  const supersedes = read("supersedes", readId);
  const retracted = read("retracted", readBool) ?? false;
  if (retracted && supersedes === null) {
    errors.push(
      csvError(
        table.file,
        cell(table, raw, "retracted"),
        "retracted",
        "a retraction names the record it withdraws (supersedes)",
        caseId || null,
      ),
    );
  }
  const event = caseEvent({
    id: read("event_id", readId) ?? derivedEventId(caseId, n),
    caseId,
    type: type ?? "at-risk",
    date: date ?? "",
    releaseReason,
    charges: read("charges", (s) => readCharges(splitList(s), statutes)) ?? [],
    sentenceMonths: read("sentence_months", readMonths),
    probationMonths: read("probation_months", readMonths),
    houseArrestMonths: read("house_arrest_months", readMonths),
    suspended: read("suspended", readBool) ?? false,
    sources: splitList(cell(table, raw, "source").value).map(readSourceRef),
    recordedAt: read("recorded_at", readTimestamp) ?? recordedAt,
    supersedes,
    retracted,
  });
  return { row: errors.length > 0 ? null : { line: raw.line, event }, caseId, errors };
}

export interface EventExportOptions {
  statutes: StatuteLookup;
  /** Leave `recorded_at` out when every event was recorded at exactly this time. */
  recordedAt?: string | null;
}

/** Why an event cannot be written as a row without losing something, or null. */
export function eventRowProblem(e: CaseEvent): string | null {
  for (const s of e.sources) {
    if (formatSourceRef(s) === null)
      return "a source with a note, or with both an id and a URL, or with ';' (use JSON)";
  }
  return null;
}

export function eventColumns(events: readonly CaseEvent[], options: EventExportOptions): string[] {
  const n = new Map<string, number>();
  const derived = events.every((e) => {
    const k = (n.get(e.caseId) ?? 0) + 1;
    n.set(e.caseId, k);
    return e.id === derivedEventId(e.caseId, k);
  });
  const used: Record<(typeof EVENT_EXTRA_COLUMNS)[number], boolean> = {
    event_id: !derived,
    release_reason: events.some((e) => e.releaseReason !== null),
    probation_months: events.some((e) => e.probationMonths !== null),
    house_arrest_months: events.some((e) => e.houseArrestMonths !== null),
    suspended: events.some((e) => e.suspended),
    recorded_at:
      options.recordedAt == null || events.some((e) => e.recordedAt !== options.recordedAt),
    supersedes: events.some((e) => e.supersedes !== null),
    retracted: events.some((e) => e.retracted),
  };
  return [...EVENT_COLUMNS, ...EVENT_EXTRA_COLUMNS.filter((c) => used[c])];
}

export function eventRow(
  e: CaseEvent,
  columns: readonly string[],
  statutes: StatuteLookup,
): string[] {
  const months = (m: number | null) => (m === null ? "" : String(m));
  const values: Record<string, string> = {
    id: e.caseId,
    event: e.type,
    date: e.date,
    charges: e.charges.map((c) => formatCharge(c, statutes)).join(";"),
    sentence_months: months(e.sentenceMonths),
    source: e.sources.map((s) => formatSourceRef(s) ?? "").join(";"),
    event_id: e.id,
    release_reason: e.releaseReason ?? "",
    probation_months: months(e.probationMonths),
    house_arrest_months: months(e.houseArrestMonths),
    suspended: e.suspended ? "true" : "",
    recorded_at: e.recordedAt,
    supersedes: e.supersedes ?? "",
    retracted: e.retracted ? "true" : "",
  };
  return columns.map((c) => values[c] ?? "");
}

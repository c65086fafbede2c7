// `vigil cases export` for CSV: the person form (a row per person, summed up from the events) and
// the event form (every record). Importing both files gives back the same register. Cells that a
// spreadsheet would run as a formula are neutralised; the importer undoes exactly that.

import { NO_CATALOGUE, type StatuteLookup } from "./charges.js";
import { eventsByCase } from "./count.js";
import { neutraliseFormula, writeCsv } from "./csv.js";
import { eventColumns, eventRow, eventRowProblem } from "./event-rows.js";
import { personColumns, personRow } from "./person-rows.js";
import { summarise } from "./person-summary.js";
import type { Register } from "./types.js";

export interface ExportOptions {
  statutes?: StatuteLookup;
  /** Confidential people are left out unless this is set (they never leave by default). */
  includeConfidential?: boolean;
  /** The event form leaves `recorded_at` out when every event was recorded at this time. */
  recordedAt?: string | null;
  eol?: "\n" | "\r\n";
}

export interface ExportWarning {
  caseId: string;
  eventId: string | null;
  reason: string;
}

export interface CsvExport {
  persons: string;
  events: string;
  /** What the CSV forms could not carry (JSON carries everything). */
  warnings: ExportWarning[];
}

/** Only the cases an export may show, and their events. */
export function exportable(register: Register, includeConfidential: boolean): Register {
  if (includeConfidential) return register;
  const shown = new Set(register.cases.filter((c) => !c.confidential).map((c) => c.id));
  return {
    cases: register.cases.filter((c) => shown.has(c.id)),
    events: register.events.filter((e) => shown.has(e.caseId)),
  };
}

export function exportCsv(register: Register, options: ExportOptions = {}): CsvExport {
  const statutes = options.statutes ?? NO_CATALOGUE;
  const { cases, events } = exportable(register, options.includeConfidential === true);
  const byCase = eventsByCase(events);
  const safe = (row: string[]) => row.map(neutraliseFormula);

  const pColumns = personColumns(cases);
  const persons = [
    pColumns,
    ...cases.map((c) => safe(personRow(c, summarise(byCase.get(c.id) ?? []), pColumns, statutes))),
  ];

  const eColumns = eventColumns(events, { statutes, recordedAt: options.recordedAt ?? null });
  const warnings: ExportWarning[] = [];
  const rows = events.map((e) => {
    const problem = eventRowProblem(e);
    if (problem) warnings.push({ caseId: e.caseId, eventId: e.id, reason: problem });
    return safe(eventRow(e, eColumns, statutes));
  });
  return {
    persons: writeCsv(persons, options.eol),
    events: writeCsv([eColumns, ...rows], options.eol),
    warnings,
  };
}

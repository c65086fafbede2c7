// The register's service surface, part of the StoreService (served in-process or from the store
// worker): plain data in and out.

import type { ExportWarning } from "../../core/register/csv-export.js";
import type { ImportError } from "../../core/register/import-errors.js";
import type { Case, CaseEvent, StatusInterval } from "../../core/register/types.js";
import type { StoredSource } from "./records-store.js";

export interface ImportFile {
  /** The name errors cite: `cases.csv`. */
  file: string;
  text: string;
}

export interface CaseImportRequest {
  /** One JSON file, or CSV: a person file and/or an event file (told apart by an `event` column). */
  files: ImportFile[];
  /** Import the valid cases of a file with errors, leaving out every case with an error. */
  skipInvalid?: boolean;
  /** The record time of records that do not state theirs (default: now). */
  recordedAt?: string;
}

export interface CaseImportResult {
  /** No errors. */
  ok: boolean;
  /** Something was written (false when there were errors and `skipInvalid` was not given). */
  imported: boolean;
  recordedAt: string;
  errors: ImportError[];
  rejectedCases: string[];
  cases: { added: number; updated: number; unchanged: number };
  /** Records: new, corrections of stored ones, and ones the register already had. */
  events: { added: number; corrected: number; unchanged: number };
}

export type CaseExportFormat = "csv" | "events-csv" | "json";

export interface CaseExportRequest {
  format: CaseExportFormat;
  /** Confidential people never leave unless this is set. */
  includeConfidential?: boolean;
  eol?: "\n" | "\r\n";
}

export interface CaseExportResult {
  format: CaseExportFormat;
  text: string;
  cases: number;
  events: number;
  /** What CSV could not carry (JSON carries everything). */
  warnings: ExportWarning[];
}

export interface CaseListQuery {
  /** The day the status is shown for (default: today). */
  asOf?: string;
  /** A status, or an aggregate of the default rules (`detained`). */
  status?: string;
  /** Name contains (diacritics and case ignored). */
  name?: string;
  limit?: number;
  offset?: number;
}

export interface CaseSummary {
  id: string;
  name: string;
  gender: string | null;
  province: string | null;
  confidential: boolean;
  /** Status on the day asked, under the default rules; null before the first event. */
  status: string | null;
  since: string | null;
  records: number;
}

export interface CaseRecordView {
  event: CaseEvent;
  /** Evidence with, for an article, the stored document and span. */
  sources: StoredSource[];
  /** In force now (not superseded, not a retraction). */
  live: boolean;
  supersededBy: string | null;
  origin: string;
  writtenAt: string;
}

export interface CaseChange {
  changedAt: string;
  origin: string;
  before: Case;
  after: Case;
}

export interface CaseDetail {
  case: Case;
  actorId: number | null;
  records: CaseRecordView[];
  /** The status history as now known, under the default rules. */
  history: StatusInterval[];
  changes: CaseChange[];
}

export interface RegisterService {
  casesImport(req: CaseImportRequest): Promise<CaseImportResult>;
  casesExport(req: CaseExportRequest): Promise<CaseExportResult>;
  casesList(q?: CaseListQuery): Promise<CaseSummary[]>;
  caseShow(id: string): Promise<CaseDetail>;
}

export const REGISTER_METHODS = [
  "casesImport",
  "casesExport",
  "casesList",
  "caseShow",
] as const satisfies readonly (keyof RegisterService)[];

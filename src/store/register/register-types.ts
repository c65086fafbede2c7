// The register's service surface, part of the StoreService (served in-process or from the store
// worker): plain data in and out.

import type { EventCountResult, EventGroupField } from "../../core/register/count-events.js";
import type { CountResult, GroupField } from "../../core/register/count.js";
import type { PartialDateRule } from "../../core/register/counting-rules.js";
import type { ExportWarning } from "../../core/register/csv-export.js";
import type { SeriesStep } from "../../core/register/series.js";
import type { CaseCandidate, Suggestion, SuggestionAction } from "../../core/register/suggest.js";
import type { Event } from "../../core/types.js";
import type { ImportError } from "../../core/register/import-errors.js";
import type { Case, CaseEvent, CaseEventType, StatusInterval } from "../../core/register/types.js";
import type { Visibility } from "../confidential-types.js";
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
  /** Who imports (the audit log's `who`). */
  by?: string;
  /** Why (the audit log's `why`; default the file names). */
  why?: string | null;
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

export interface CaseListQuery extends Visibility {
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

/** What counting options every count takes (docs/register.md, "Counts"). */
export interface CountingQuery {
  /** A rule set, `name@version` or a name (its latest version); default `vigil-default@1`. */
  rules?: string;
  /** Overrides the rule set's partial-date rule. */
  partialDates?: PartialDateRule;
  /** What the register said at this record time (a timestamp, or a day meaning its end). */
  knownAt?: string | null;
  /** An article of the default code (`117`) or a catalogue id; matched after mapping. */
  charge?: string | null;
  /** Confidential people are counted but left out of id lists unless this is set. */
  includeConfidential?: boolean;
}

export interface StatsQuery extends CountingQuery {
  asOf: string;
  by?: GroupField[];
  /** A status, or an aggregate the rule set names (`detained`). */
  status?: string | null;
  /** List the records counted: case ids overall and per group. */
  list?: boolean;
}

/** The core's count, from the database; ids only when listed. */
export interface RegisterCount extends CountResult {
  listed: boolean;
  /** How the database answered: stored history rows, or the count rollup plus recent history rows. */
  method: "history" | "rollup";
}

export interface SeriesQuery extends Omit<StatsQuery, "asOf"> {
  from: string;
  to: string;
  every: SeriesStep;
}

export interface RegisterSeries {
  from: string;
  to: string;
  every: SeriesStep;
  rules: string;
  statement: string[];
  partialDates: PartialDateRule;
  points: RegisterCount[];
}

/** Events in a period (the flows year-end reports state); see the core's `countEvents`. */
export interface FlowQuery extends CountingQuery {
  from: string;
  to: string;
  types: CaseEventType[];
  by?: EventGroupField[];
  /** Only events that found the person detained (a death in custody). */
  whileDetained?: boolean;
}

export type RegisterFlows = EventCountResult;

export type SuggestionStatus = "pending" | "accepted" | "rejected";

/** A suggestion in the review queue: what was read, from where, and what accepting would do. */
export interface SuggestionView {
  id: number;
  status: SuggestionStatus;
  decision: Suggestion["decision"];
  action: SuggestionAction;
  person: string;
  /** The record accepting adds (its case id empty while a case is to be chosen). */
  proposed: CaseEvent;
  /** For a new person: the case accepting creates. */
  proposedCase: Case | null;
  candidates: CaseCandidate[];
  /** A record the register already has for this event: accepting adds the source to it. */
  duplicateOf: string | null;
  warnings: string[];
  /** The event as the extractor read it. */
  extracted: Event;
  document: {
    id: number;
    title: string | null;
    outlet: string | null;
    date: string | null;
    url: string | null;
    path: string;
  };
  /** The sentence(s) the event was read from, and its span in the document. */
  sentence: string;
  start: number;
  end: number;
  createdAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  reason: string | null;
  /** Once accepted: the case and the record written (or found). */
  caseId: string | null;
  eventId: string | null;
}

export interface ReviewListQuery {
  status?: SuggestionStatus | "all";
  limit?: number;
  offset?: number;
}

export interface AcceptOptions {
  /** Apply to this case (overrides the match). */
  caseId?: string;
  /** Create a new case for the person, with this id (default: the proposed one). */
  newCase?: boolean;
  newCaseId?: string;
  reviewer?: string;
  /** Why (the audit log's `why`). */
  why?: string | null;
}

export interface AcceptResult {
  suggestion: SuggestionView;
  /** What accepting did: a new record, a correction adding the source, or nothing to add. */
  outcome: "added" | "source-added" | "already-recorded";
  caseCreated: boolean;
  caseId: string;
  eventId: string;
}

export interface RejectOptions {
  reason: string;
  reviewer?: string;
}

export interface RegisterService {
  casesImport(req: CaseImportRequest): Promise<CaseImportResult>;
  casesExport(req: CaseExportRequest): Promise<CaseExportResult>;
  casesList(q?: CaseListQuery): Promise<CaseSummary[]>;
  caseShow(id: string, opts?: Visibility): Promise<CaseDetail>;
  /** People by status as of a day, filtered and broken down (`vigil stats`). */
  registerStats(q: StatsQuery): Promise<RegisterCount>;
  registerSeries(q: SeriesQuery): Promise<RegisterSeries>;
  registerFlows(q: FlowQuery): Promise<RegisterFlows>;
  reviewList(q?: ReviewListQuery): Promise<SuggestionView[]>;
  reviewShow(id: number): Promise<SuggestionView>;
  /** Applies a suggestion: writes the record with the article as its evidence. */
  reviewAccept(id: number, opts?: AcceptOptions): Promise<AcceptResult>;
  reviewReject(id: number, opts: RejectOptions): Promise<SuggestionView>;
}

export const REGISTER_METHODS = [
  "casesImport",
  "casesExport",
  "casesList",
  "caseShow",
  "registerStats",
  "registerSeries",
  "registerFlows",
  "reviewList",
  "reviewShow",
  "reviewAccept",
  "reviewReject",
] as const satisfies readonly (keyof RegisterService)[];

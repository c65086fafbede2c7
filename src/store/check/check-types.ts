// The cross-check's service surface, part of the StoreService (served in-process or from the
// store worker): plain data in and out. See docs/checks.md.

import type { ClaimReviewJsonLd } from "../../core/check/claim-review.js";
import type { FigureConflict } from "../../core/check/conflicts.js";
import type { Check, ReviewState } from "../../core/check/review.js";
import type { Verdict } from "../../core/check/verdict-rules/index.js";
import type { Visibility } from "../confidential-types.js";

export interface ClaimCheckRequest {
  text: string;
  /** Who said it: a name, looked up among the speakers the store knows for role and state. */
  speaker?: string | null;
  /** When (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`); today when not given, and the result says so. */
  date?: string | null;
  /** The country it is about (ISO 3166 alpha-2); default: the state the speaker speaks for. */
  jurisdiction?: string | null;
  /** Store the check for review (otherwise it is computed and returned only). */
  save?: boolean;
  /** Who asked (the review history's first entry); default `vigil`. */
  by?: string;
  /** How many people held a count names at most (default 5); confidential people never. */
  namedCases?: number;
}

export interface StatementCheckRequest {
  statementId: number;
  /** Check as of another day than the statement's. */
  date?: string | null;
  save?: boolean;
  by?: string;
}

/** A check as the store returns it: the core's check and how it was made. */
export interface CheckView extends Check {
  /** False for a check computed and not stored (`vigil check` without `--save`). */
  saved: boolean;
  /** The day every question was asked as of. */
  asOf: string;
  /** Every evidence and verdict rule that ran, `name@version`. */
  rules: string[];
  /** Things the reader should know about how the check was made ("no date given: …"). */
  notes: string[];
  createdAt: string | null;
  publishedUrl: string | null;
}

export interface CheckListQuery extends Visibility {
  state?: ReviewState;
  limit?: number;
  offset?: number;
}

export interface CheckSummary {
  id: string;
  claim: string;
  speaker: string | null;
  date: string;
  types: string[];
  state: ReviewState;
  verdict: Verdict;
  proposedVerdict: Verdict;
  reviewer: string | null;
  createdAt: string;
  publishedAt: string | null;
}

export type ReviewStep = "accept" | "edit" | "reject" | "publish" | "reopen";

export interface ReviewRequest {
  id: string;
  action: ReviewStep;
  /** The reviewer's user name. */
  by: string;
  /** When (ISO 8601); default now. */
  at?: string;
  note?: string | null;
  /** For an edit. */
  verdict?: Verdict;
  reasoning?: string[];
  /** For a publication: where the check is published. */
  url?: string | null;
}

export interface ClaimReviewRequest extends Visibility {
  id: string;
  /** The site the checks are published on: `https://monitor.example.org/`. */
  siteUrl: string;
  organisationName: string;
  organisationUrl?: string | null;
}

export interface ConflictQuery {
  /** Relative tolerance (0.05 = 5%); default the core's. */
  tolerance?: number;
  /** How far apart two as-of days may be and still count as the same date (default 31). */
  windowDays?: number;
  /** Only figures about this country. */
  jurisdiction?: string | null;
  /** Leave out the comparison with the register's counts. */
  withoutRegister?: boolean;
}

export interface ConflictsResult {
  figures: number;
  tolerance: number;
  windowDays: number;
  conflicts: FigureConflict[];
}

export interface CheckService {
  /** Checks a typed-in claim against the record as of its date. */
  checkClaim(req: ClaimCheckRequest): Promise<CheckView>;
  /** Checks an extracted statement: its words, speaker, date and the report it answers. */
  checkStatement(req: StatementCheckRequest): Promise<CheckView>;
  listChecks(q?: CheckListQuery): Promise<CheckSummary[]>;
  getCheck(id: string, opts?: Visibility): Promise<CheckView>;
  /** Accept, edit, reject, publish or reopen a stored check; who and when are recorded. */
  reviewCheck(req: ReviewRequest): Promise<CheckView>;
  /** A published check as schema.org ClaimReview JSON-LD. */
  claimReview(req: ClaimReviewRequest): Promise<ClaimReviewJsonLd>;
  /** Figures that disagree: across publishers, and with the register's counts. */
  figureConflicts(q?: ConflictQuery): Promise<ConflictsResult>;
}

export const CHECK_METHODS = [
  "checkClaim",
  "checkStatement",
  "listChecks",
  "getCheck",
  "reviewCheck",
  "claimReview",
  "figureConflicts",
] as const satisfies readonly (keyof CheckService)[];

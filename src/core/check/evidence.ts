// The evidence a check cites, and the questions evidence rules ask of the record. The record is
// behind `EvidenceSource`: an in-memory one over plain arrays (memory-source.ts) for tests and
// comparisons, and the database one in the store. Every item keeps its source and sentence so the
// reader can open it; a case marked confidential is counted but never named.

import type { Right } from "../lexicon/statutes/index.js";
import type { Figure, PartialDate } from "../types.js";

/** The document an item comes from. */
export interface SourceRef {
  documentId: string | null;
  title: string | null;
  outlet: string | null;
  /** Publication date of the document. */
  date: PartialDate | null;
  url: string | null;
}

/** The sentence an item was read from: offsets into the document's normalised text. */
export interface SentenceRef {
  text: string;
  start: number | null;
  end: number | null;
}

export type EvidenceKind =
  "register-count" | "case" | "figure" | "statement" | "report" | "response";

interface EvidenceBase {
  /** `E1`, `E2` … in the order the rules found them; reasoning cites these. */
  id: string;
  kind: EvidenceKind;
  /** The evidence rule that found it, `name@version`. */
  rule: string;
  /** Null for what the register itself says. */
  source: SourceRef | null;
  sentence: SentenceRef | null;
  asOf: PartialDate | null;
  publisher: string | null;
}

/** How many articles of one statute people were held under. */
export interface ArticleCount {
  statute: string;
  /** "Article 117 of the Criminal Code 2015". */
  label: string;
  /** "conducting propaganda against the state", when the catalogue knows it. */
  offense: string | null;
  restricts: Right[];
  count: number;
}

/** The register's count of a quantity on a day (or in a year). */
export interface RegisterCountEvidence extends EvidenceBase {
  kind: "register-count";
  /** A quantity key (`detained`, `detained/women`) or `held-under-restricting-articles`. */
  quantity: string;
  label: string;
  value: number;
  /** `percent` when the count is a share (the qualifier's count over the family's). */
  unit?: "count" | "percent" | "years";
  /** For people held under restricting articles: the breakdown, most people first. */
  byArticle: ArticleCount[];
  rights: Right[];
  /** How many of the counted people are confidential (counted, never named). */
  confidential: number;
  /**
   * Ids of the non-confidential records counted, so the count can be audited: at most
   * MAX_CASE_IDS of them (`vigil stats … --list` lists every one).
   */
  caseIds: string[];
  /** How many non-confidential records counted are not in `caseIds`. */
  moreCaseIds: number;
}

export interface CaseEvidence extends EvidenceBase {
  kind: "case";
  caseId: string;
  /** The person's name; null, always, when the case is confidential. */
  name: string | null;
  confidential: boolean;
  status: "pending-trial" | "serving-sentence";
  /** The day the person was detained. */
  since: PartialDate | null;
  charges: ArticleCount[];
  province: string | null;
}

export interface FigureEvidence extends EvidenceBase {
  kind: "figure";
  value: number;
  bound: Figure["bound"];
  unit: Figure["unit"];
  what: string | null;
  quantity: string | null;
  /** For numeric claims: this figure minus the claim's number (same unit). */
  difference: number | null;
}

export interface StatementEvidence extends EvidenceBase {
  kind: "statement";
  speaker: string | null;
  date: PartialDate | null;
  /** How it stands to the claim: it asserts the opposite, the same, or only mentions the topic. */
  stance: "contradicts" | "supports" | "neutral";
}

export type IssuerKind = "un" | "regional" | "state" | "ngo" | "other";

export interface ReportEvidence extends EvidenceBase {
  kind: "report";
  reportId: string;
  issuer: string | null;
  issuerKind: IssuerKind;
  title: string | null;
  year: number | null;
  date: PartialDate | null;
  /** What the report is concerned with: rights, `arbitrary-detention`, `due-process`, `torture`. */
  concerns: string[] | null;
  /** A short summary of its findings, in the words of the source sentence. */
  findings: string | null;
  /** A request or recommendation still unanswered on the claim's date (a visit request). */
  outstanding: boolean;
}

export interface ResponseEvidence extends EvidenceBase {
  kind: "response";
  responseId: string;
  /** The report (record id) it answers. */
  reportId: string;
  /** The report evidence item it answers; filled in when the items are numbered. */
  reportEvidenceId: string | null;
  speaker: string | null;
  state: string | null;
  response: "rejects" | "welcomes" | "acknowledges";
  date: PartialDate | null;
}

export type EvidenceItem =
  | RegisterCountEvidence
  | CaseEvidence
  | FigureEvidence
  | StatementEvidence
  | ReportEvidence
  | ResponseEvidence;

type WithoutId<T> = T extends unknown ? Omit<T, "id"> : never;

/** An item as a rule returns it, before `gatherEvidence` numbers it. */
export type EvidenceDraft = WithoutId<EvidenceItem>;

// The record, as the rules ask for it ---------------------------------------------------------

export interface HeldCase {
  caseId: string;
  /** Null when the case is confidential: a source never hands out a confidential name. */
  name: string | null;
  confidential: boolean;
  status: "pending-trial" | "serving-sentence";
  since: PartialDate | null;
  charges: ArticleCount[];
  province: string | null;
}

/**
 * How many case ids a register count carries. A count of a large register may stand for
 * hundreds of thousands of people: the evidence names the first ones and says how many more;
 * `vigil stats … --list` lists every one.
 */
export const MAX_CASE_IDS = 1_000;

export interface HeldQuery {
  /** People held under articles the catalogue marks as restricting any of these rights. */
  rights: readonly Right[];
  jurisdiction?: string | null;
  status?: HeldCase["status"] | null;
  /**
   * Only people held for more than this many months on the day: custody began before the day
   * that many months earlier (prolonged pre-trial detention).
   */
  heldMonths?: number | null;
  /** How many cases to list (all are counted). */
  limit?: number;
  /** How many case ids to give (default MAX_CASE_IDS). */
  maxIds?: number;
}

export interface HeldResult {
  asOf: string;
  total: number;
  confidential: number;
  byArticle: ArticleCount[];
  /** Up to `limit`, longest held first. */
  cases: HeldCase[];
  /** The first `maxIds` non-confidential people counted, longest held first. */
  caseIds: string[];
  /** How many non-confidential people counted are not in `caseIds`. */
  moreCaseIds: number;
}

export interface FigureRecord {
  id: string;
  value: number;
  bound: Figure["bound"];
  unit: Figure["unit"];
  what: string | null;
  /** Quantity key; derived from `what` when absent. */
  quantity?: string | null;
  asOf: PartialDate | null;
  publisher: string | null;
  jurisdiction?: string | null;
  source: SourceRef;
  sentence: SentenceRef | null;
}

export interface FigureQuery {
  /** Published (source date) on or before this day. */
  onOrBefore: string;
  quantities?: readonly string[];
  jurisdiction?: string | null;
}

export interface StatementRecord {
  id: string;
  speaker: string | null;
  speakerState?: string | null;
  date: PartialDate | null;
  text: string;
  source: SourceRef;
  sentence?: SentenceRef | null;
  /** Claim types of the statement, when the store computed them at ingest. */
  claimTypes?: readonly string[];
}

export interface StatementQuery {
  claimTypes: readonly string[];
  onOrBefore: string;
  /** Leave out the claim's own speaker (folded name comparison). */
  excludeSpeakers?: readonly string[];
  excludeStatementIds?: readonly string[];
  jurisdiction?: string | null;
  limit?: number;
}

export interface ReportRecord {
  id: string;
  issuer: string | null;
  issuerId: string | null;
  issuerKind: IssuerKind;
  title: string | null;
  year: number | null;
  date: PartialDate | null;
  /** The country it is about (ISO 3166 alpha-2). */
  about: string | null;
  concerns: string[] | null;
  findings: string | null;
  outstanding?: boolean;
  source: SourceRef;
  sentence: SentenceRef | null;
}

export interface ResponseRecord {
  id: string;
  reportId: string;
  speaker: string | null;
  /** The state the speaker answered for. */
  state: string | null;
  response: "rejects" | "welcomes" | "acknowledges";
  date: PartialDate | null;
  source: SourceRef;
  sentence: SentenceRef | null;
}

export interface ReportQuery {
  /** Reports issued on or before this day. */
  onOrBefore: string;
  /** About this country. */
  about?: string | null;
  issuerKinds?: readonly IssuerKind[];
  issuerIds?: readonly string[];
}

export interface ReportAnswered {
  report: ReportRecord;
  /** Responses to it by anyone, in date order; rules pick the ones they need. */
  responses: ResponseRecord[];
}

export interface RegisterCountResult {
  quantity: string;
  asOf: string;
  value: number;
  confidential: number;
  /** The first `maxIds` non-confidential people counted, by id. */
  caseIds: string[];
  /** How many non-confidential people counted are not in `caseIds`. */
  moreCaseIds: number;
}

export interface EvidenceSource {
  /** People held on `date` under articles restricting the given rights, by article. */
  casesDetainedAsOf(date: string, q: HeldQuery): Promise<HeldResult>;
  /** Figures published on or before a day, optionally for some quantities only. */
  figuresOnOrBefore(q: FigureQuery): Promise<FigureRecord[]>;
  /** Statements on the same topic (claim type) said on or before a day, in date order. */
  statementsOnTopic(q: StatementQuery): Promise<StatementRecord[]>;
  /** Reports issued on or before a day, with every recorded response to them. */
  reportsAnsweredBy(q: ReportQuery): Promise<ReportAnswered[]>;
  /**
   * The register's own count of a quantity key on a day (`day` families) or in a year (`year`
   * families, `date` is then `YYYY`), or null when the register does not count it.
   */
  registerCount(
    date: string,
    quantity: string,
    jurisdiction?: string | null,
    maxIds?: number,
  ): Promise<RegisterCountResult | null>;
}

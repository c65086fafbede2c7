// What the API answers, as the page reads it: hand-written from the route schemas in
// src/http/routes/ (and /openapi.json). Only the fields the page uses are listed; the server may
// send more.

export type Role = "viewer" | "editor" | "reviewer" | "admin";

export interface ApiErrorBody {
  ok: false;
  code: string;
  error: string;
  status: number;
}

export interface User {
  id: number;
  name: string;
  role: Role;
}

export interface Session {
  user: User | null;
  csrfToken: string | null;
  expiresAt: string | null;
  public: boolean;
  confidential: boolean;
}

export interface Page<T> {
  items: T[];
  next: string | null;
}

export interface DocumentRef {
  id: number;
  title: string | null;
  outlet: string | null;
  date: string | null;
  url: string | null;
  path: string;
}

export interface SourceSummary extends DocumentRef {
  format: string;
  language: string | null;
  author: string | null;
  chars: number;
  ingestedAt: string;
  counts: {
    statements: number;
    figures: number;
    legalRefs: number;
    events: number;
    reports: number;
  };
}

export interface Span {
  start: number;
  end: number;
}

interface Annotation extends Span {
  id: number;
  text: string;
}

export interface SpeakerAnnotation {
  name: string | null;
  mention: string | null;
  role: string | null;
  org: string | null;
  kind: string | null;
  /** Index into the source's `actors`. */
  actor: number | null;
  start: number | null;
  end: number | null;
}

export interface StatementAnnotation extends Annotation {
  kind: "direct" | "indirect" | "mixed";
  cue: string | null;
  cueStart?: number | null;
  cueEnd?: number | null;
  date: string | null;
  speaker: SpeakerAnnotation | null;
  segments?: [number, number][];
  response?: string | null;
  respondsTo?: unknown;
}

export interface FigureAnnotation extends Annotation {
  value: number | null;
  bound: string | null;
  unit: string | null;
  what: string | null;
  asOf: string | null;
  asOfSource?: string | null;
  publisher: string | null;
  partOf: number | null;
}

export interface LegalRefAnnotation extends Annotation {
  jurisdiction: string | null;
  law: string | null;
  article: string | null;
  clause: string | null;
  point?: string | null;
  offense: string | null;
  statute: string | null;
}

export interface EventAnnotation extends Annotation {
  type: string;
  person: string | null;
  actor: number | null;
  date: string | null;
  place: string | null;
  charges: string[];
  sentenceMonths: number | null;
  probationMonths: number | null;
  penalty?: string | null;
}

export interface ReportAnnotation extends Annotation {
  issuer: string | null;
  title: string | null;
  year: number | null;
}

export interface SourceActor {
  id: number;
  idx: number;
  name: string;
  kind: string;
  aliases: string[];
  roles: string[];
  orgs: string[];
  mentions: Span[];
  actorId: number | null;
  rule: string;
}

export interface SourceDetail {
  document: SourceSummary & {
    text: string;
    warnings: unknown[];
    extractorVersion: number;
  };
  statements: StatementAnnotation[];
  figures: FigureAnnotation[];
  legalRefs: LegalRefAnnotation[];
  events: EventAnnotation[];
  reports: ReportAnnotation[];
  actors: SourceActor[];
}

export interface IngestItem {
  id: string;
  ok: boolean;
  status?: "ingested" | "unchanged" | "reextracted";
  documentId?: number;
  error?: { code: string; message: string; status: number };
}

export interface IngestResult {
  items: IngestItem[];
  summary: { documents: number; ok: number; failed: number };
}

export interface StatementRow {
  id: number;
  kind: string;
  text: string;
  cue: string | null;
  date: string | null;
  speaker: {
    name: string | null;
    mention: string | null;
    role: string | null;
    org: string | null;
    actorId: number | null;
  };
  response: string | null;
  start: number;
  end: number;
  document: DocumentRef;
}

export interface EventRow {
  id: number;
  text: string;
  type: string;
  person: string | null;
  actorId: number | null;
  date: string | null;
  place: string | null;
  charges: string[];
  sentenceMonths: number | null;
  start: number;
  end: number;
  document: DocumentRef;
}

export interface ActorSummary {
  id: number;
  name: string;
  kind: string;
  aliases: string[];
  documents: number;
  mentions: number;
  statements: number;
}

export interface ActorDetail extends ActorSummary {
  roles: string[];
  orgs: string[];
  merged: { id: number; name: string }[];
  statementList: {
    id: number;
    kind: string;
    text: string;
    cue: string | null;
    date: string | null;
    role: string | null;
    org: string | null;
    start: number;
    end: number;
    sentence: string;
    document: DocumentRef;
  }[];
  links: { document: DocumentRef; name: string; rule: string }[];
}

export interface CountGroup {
  key: Record<string, string | null>;
  count: number;
  caseIds: string[];
}

export interface Count {
  asOf: string;
  rules: string;
  statement: string[];
  status: string | null;
  total: number;
  byStatus: Record<string, number>;
  groups: CountGroup[];
  redacted: number;
}

export interface Series {
  from: string;
  to: string;
  every: string;
  rules: string;
  points: Count[];
}

export interface SearchHit {
  type: "source" | "statement";
  score: number;
  document: DocumentRef;
  statement: {
    id: number;
    kind: string;
    speaker: string | null;
    role: string | null;
    org: string | null;
    cue: string | null;
    date: string | null;
  } | null;
  start: number | null;
  end: number | null;
  field: "title" | "text";
  snippet: string;
  highlights: number[][];
}

export interface CaseSummary {
  id: string;
  name: string;
  gender: string | null;
  province: string | null;
  confidential: boolean;
  status: string | null;
  since: string | null;
  records: number;
}

export interface CaseAttributes {
  id: string;
  name: string;
  actor: string | null;
  gender: string | null;
  ethnicity: string | null;
  religion: string | null;
  province: string | null;
  profession: string | null;
  birthYear: number | null;
  confidential: boolean;
  notes: string | null;
}

export interface CaseEvent {
  id: string;
  caseId: string;
  type: string;
  date: string;
  releaseReason: string | null;
  charges: string[];
  sentenceMonths: number | null;
  probationMonths: number | null;
  houseArrestMonths: number | null;
  suspended: boolean;
  sources: { sourceId: string | null; url: string | null; note: string | null }[];
  recordedAt: string;
  supersedes: string | null;
  retracted: boolean;
}

export interface CaseDetail {
  case: CaseAttributes;
  actorId: number | null;
  records: {
    event: CaseEvent;
    sources: { sourceId: string | null; url: string | null; documentId: number | null }[];
    live: boolean;
    supersededBy: string | null;
    origin: string;
    writtenAt: string;
  }[];
  history: {
    status: string;
    from: string;
    to: string | null;
    evidence: string[];
    charges: string[];
    flags: string[];
  }[];
}

export interface ImportError {
  file: string;
  line: number;
  column: number;
  field: string | null;
  reason: string;
  caseId: string | null;
}

export interface ImportResult {
  ok: boolean;
  imported: boolean;
  errors: ImportError[];
  cases: { added: number; updated: number; unchanged: number };
  events: { added: number; corrected: number; unchanged: number };
}

export interface Suggestion {
  id: number;
  status: "pending" | "accepted" | "rejected";
  decision: string;
  action: string;
  person: string;
  proposed: CaseEvent;
  proposedCase: CaseAttributes | null;
  candidates: { caseId: string; name: string; score: number; reasons: string[] }[];
  duplicateOf: string | null;
  warnings: string[];
  extracted: Record<string, unknown>;
  document: DocumentRef;
  sentence: string;
  start: number;
  end: number;
  createdAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  reason: string | null;
  caseId: string | null;
  eventId: string | null;
}

export type Verdict = "contradicted" | "disputed" | "supported" | "unverifiable";
export type ReviewState = "proposed" | "accepted" | "edited" | "rejected" | "published";

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

export interface EvidenceItem {
  id: string;
  kind: string;
  rule: string;
  source: {
    documentId: string | null;
    title: string | null;
    outlet: string | null;
    date: string | null;
    url: string | null;
  } | null;
  sentence: { text: string; start: number | null; end: number | null } | null;
  asOf: string | null;
  publisher: string | null;
  label?: string;
  value?: number;
  caseIds?: string[];
  /** Records counted but not in `caseIds` (a count names at most its first 1,000). */
  moreCaseIds?: number;
  name?: string | null;
  caseId?: string;
  [more: string]: unknown;
}

export interface CheckView {
  id: string;
  claim: {
    text: string;
    speaker: { name: string; role?: string | null; org?: string | null } | null;
    date: string | null;
    jurisdiction: string | null;
    appearance: { documentId?: string | null; title?: string | null; url?: string | null } | null;
    statementId: string | null;
  };
  types: { type: string; label: string; polarity: string; score: number }[];
  evidence: EvidenceItem[];
  proposal: { verdict: Verdict; confidence: string; reasoning: string[]; rule: string | null };
  state: ReviewState;
  verdict: Verdict;
  reasoning: string[];
  reviewer: string | null;
  reviewedAt: string | null;
  publishedBy: string | null;
  publishedAt: string | null;
  history: {
    action: string;
    by: string;
    at: string;
    from: string | null;
    to: string;
    note: string | null;
  }[];
  saved: boolean;
  asOf: string;
  rules: string[];
  notes: string[];
  createdAt: string | null;
  publishedUrl: string | null;
}

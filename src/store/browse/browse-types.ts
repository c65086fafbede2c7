// Browsing what the store holds: sources with every annotation in place, and each kind of
// extraction across sources. Plain data in and out (served in-process or from the store worker).

import type { Event, Figure, LegalRef, Report, Statement, Warning } from "../../core/types.js";
import type { Visibility } from "../confidential-types.js";
import type { DocumentRef } from "../store-types.js";

/** Paging and who is asking, for every list. */
export interface BrowseQuery extends Visibility {
  limit?: number;
  offset?: number;
  /** Inclusive, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the item's date, else its source's. */
  from?: string;
  to?: string;
  documentId?: number;
}

export interface SourceListQuery extends BrowseQuery {
  /** Title contains (diacritics and case ignored). */
  title?: string;
  outlet?: string;
}

export interface SourceSummary extends DocumentRef {
  format: string;
  language: string | null;
  author: string | null;
  chars: number;
  ingestedAt: string;
  confidential: boolean;
  counts: {
    statements: number;
    figures: number;
    legalRefs: number;
    events: number;
    reports: number;
  };
}

/** An actor as one source knows it, with every mention's offsets. */
export interface SourceActor {
  /** The document actor's id. */
  id: number;
  /** Its index in the analysis (what `speaker.actor` and `event.actor` point at). */
  idx: number;
  name: string;
  kind: string;
  aliases: string[];
  roles: string[];
  orgs: string[];
  mentions: { start: number; end: number }[];
  /** The actor across documents (canonical id). */
  actorId: number | null;
  rule: string;
}

type WithId<T> = T & { id: number };

/** A source whole: its text and every annotation, offsets into that text. */
export interface SourceDetail {
  document: SourceSummary & {
    text: string;
    warnings: Warning[];
    provenance: Record<string, unknown>;
    extractorVersion: number;
  };
  statements: WithId<Statement>[];
  figures: WithId<Figure>[];
  legalRefs: WithId<LegalRef>[];
  events: WithId<Event>[];
  reports: WithId<Report>[];
  actors: SourceActor[];
}

export interface StatementListQuery extends BrowseQuery {
  /** Speaker name, mention or alias contains. */
  speaker?: string;
  /** Statements of this actor (or any actor merged into it). */
  actorId?: number;
  kind?: "direct" | "indirect" | "mixed";
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

export interface FigureListQuery extends BrowseQuery {
  publisher?: string;
  /** What it counts contains. */
  what?: string;
}

export interface FigureRow {
  id: number;
  text: string;
  value: number | null;
  bound: string | null;
  unit: string | null;
  what: string | null;
  asOf: string | null;
  publisher: string | null;
  start: number;
  end: number;
  document: DocumentRef;
}

export interface LegalRefListQuery extends BrowseQuery {
  /** A catalogue id (`vn/criminal-code-2015/117`). */
  statute?: string;
  article?: string;
  jurisdiction?: string;
}

export interface LegalRefRow {
  id: number;
  text: string;
  jurisdiction: string | null;
  law: string | null;
  article: string | null;
  clause: string | null;
  offense: string | null;
  statute: string | null;
  start: number;
  end: number;
  document: DocumentRef;
}

export interface EventListQuery extends BrowseQuery {
  type?: string;
  /** Person named contains. */
  person?: string;
  actorId?: number;
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
  probationMonths: number | null;
  start: number;
  end: number;
  document: DocumentRef;
}

export interface ReportListQuery extends BrowseQuery {
  issuer?: string;
}

export interface ReportRow {
  id: number;
  text: string;
  issuer: string | null;
  title: string | null;
  year: number | null;
  start: number;
  end: number;
  document: DocumentRef;
}

export interface BrowseService {
  sourcesList(q?: SourceListQuery): Promise<SourceSummary[]>;
  sourceShow(id: number, opts?: Visibility): Promise<SourceDetail>;
  statementsList(q?: StatementListQuery): Promise<StatementRow[]>;
  figuresList(q?: FigureListQuery): Promise<FigureRow[]>;
  legalRefsList(q?: LegalRefListQuery): Promise<LegalRefRow[]>;
  eventsList(q?: EventListQuery): Promise<EventRow[]>;
  reportsList(q?: ReportListQuery): Promise<ReportRow[]>;
}

export const BROWSE_METHODS = [
  "sourcesList",
  "sourceShow",
  "statementsList",
  "figuresList",
  "legalRefsList",
  "eventsList",
  "reportsList",
] as const satisfies readonly (keyof BrowseService)[];

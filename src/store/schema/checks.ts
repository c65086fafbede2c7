import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { documents } from "./documents.js";
import { figures, reports, statements } from "./extractions.js";

// The cross-check (migration 0004; docs/checks.md): facts derived from each stored document
// (src/core/check/document-facts.ts) and the checks with their append-only review history.

const stamp = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });
const documentId = () =>
  bigint("document_id", { mode: "number" })
    .notNull()
    .references(() => documents.id, { onDelete: "cascade" });

/** Which version of the derivation each document has (older ones are derived again). */
export const checkDocuments = pgTable("check_documents", {
  documentId: bigint("document_id", { mode: "number" })
    .primaryKey()
    .references(() => documents.id, { onDelete: "cascade" }),
  factsVersion: integer("facts_version").notNull(),
  jurisdiction: text("jurisdiction"),
});

/** One row per statement and claim type it has (other than `other`). */
export const statementClaims = pgTable(
  "statement_claims",
  {
    statementId: bigint("statement_id", { mode: "number" })
      .notNull()
      .references(() => statements.id, { onDelete: "cascade" }),
    documentId: documentId(),
    claimType: text("claim_type").notNull(),
    polarity: text("polarity").notNull(),
    /** 0 for the statement's best-ranked type. */
    rank: integer("rank").notNull(),
    day: date("day", { mode: "string" }),
    speakerKey: text("speaker_key"),
    speakerState: text("speaker_state"),
    jurisdiction: text("jurisdiction"),
    content: text("content").notNull(),
    sentence: text("sentence").notNull(),
    sentenceStart: integer("sentence_start"),
    sentenceEnd: integer("sentence_end"),
  },
  (t) => [
    primaryKey({ name: "statement_claims_pk", columns: [t.statementId, t.claimType] }),
    index("statement_claims_type_day_idx").on(t.claimType, t.day),
    index("statement_claims_document_idx").on(t.documentId),
  ],
);

export const figureFacts = pgTable(
  "figure_facts",
  {
    figureId: bigint("figure_id", { mode: "number" })
      .primaryKey()
      .references(() => figures.id, { onDelete: "cascade" }),
    documentId: documentId(),
    quantity: text("quantity"),
    family: text("family"),
    /** The document's day: a figure is known from the day it was published. */
    published: date("published", { mode: "string" }),
    asOfLast: date("as_of_last", { mode: "string" }),
    jurisdiction: text("jurisdiction"),
    publisherKey: text("publisher_key"),
    sentence: text("sentence").notNull(),
    sentenceStart: integer("sentence_start"),
    sentenceEnd: integer("sentence_end"),
  },
  (t) => [
    index("figure_facts_family_idx").on(t.family, t.published),
    index("figure_facts_document_idx").on(t.documentId),
  ],
);

export const reportFacts = pgTable(
  "report_facts",
  {
    reportId: bigint("report_id", { mode: "number" })
      .primaryKey()
      .references(() => reports.id, { onDelete: "cascade" }),
    documentId: documentId(),
    /** The same report across documents: `issuer|year|cycle` (or `#<report id>`). */
    reportKey: text("report_key").notNull(),
    issuerId: text("issuer_id"),
    issuerKind: text("issuer_kind").notNull(),
    issued: date("issued", { mode: "string" }),
    about: text("about"),
    concerns: text("concerns").array(),
    findings: text("findings"),
    sentence: text("sentence").notNull(),
    sentenceStart: integer("sentence_start"),
    sentenceEnd: integer("sentence_end"),
  },
  (t) => [
    index("report_facts_issued_idx").on(t.issued),
    index("report_facts_key_idx").on(t.reportKey),
    index("report_facts_document_idx").on(t.documentId),
  ],
);

/** A statement that answers a report: who, for which state, how. */
export const reportResponses = pgTable(
  "report_responses",
  {
    statementId: bigint("statement_id", { mode: "number" })
      .primaryKey()
      .references(() => statements.id, { onDelete: "cascade" }),
    documentId: documentId(),
    reportId: bigint("report_id", { mode: "number" })
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    reportKey: text("report_key").notNull(),
    response: text("response").notNull(),
    speaker: text("speaker"),
    speakerKey: text("speaker_key"),
    state: text("state"),
    /** As the text dates it; null when it carries only the document's date. */
    date: text("date"),
    /** The day it was made public: its date, else the document's. */
    day: date("day", { mode: "string" }),
    sentence: text("sentence").notNull(),
    sentenceStart: integer("sentence_start"),
    sentenceEnd: integer("sentence_end"),
  },
  (t) => [
    index("report_responses_key_idx").on(t.reportKey, t.day),
    index("report_responses_report_idx").on(t.reportId),
    index("report_responses_document_idx").on(t.documentId),
  ],
);

/** A check: the claim, what Vigil proposed (never changed) and the review as it stands. */
export const checks = pgTable(
  "checks",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
    claimText: text("claim_text").notNull(),
    speaker: text("speaker"),
    claimDate: text("claim_date").notNull(),
    statementId: bigint("statement_id", { mode: "number" }).references(() => statements.id, {
      onDelete: "set null",
    }),
    jurisdiction: text("jurisdiction"),
    claim: jsonb("claim").notNull(),
    claimTypes: text("claim_types").array().notNull(),
    types: jsonb("types").notNull(),
    features: jsonb("features").notNull(),
    proposedVerdict: text("proposed_verdict").notNull(),
    proposedConfidence: text("proposed_confidence").notNull(),
    /** The proposal: verdict, confidence, reasoning, rule, cites, byType. */
    proposal: jsonb("proposal").notNull(),
    /** The evidence as it stood when the check was made: a snapshot, sources and sentences kept. */
    evidence: jsonb("evidence").notNull(),
    /** Every evidence and verdict rule that ran, `name@version`. */
    rules: text("rules").array().notNull(),
    state: text("state").notNull(),
    verdict: text("verdict").notNull(),
    reasoning: jsonb("reasoning").notNull(),
    reviewer: text("reviewer"),
    reviewedAt: stamp("reviewed_at"),
    published: boolean("published").notNull().default(false),
    publishedAt: stamp("published_at"),
    publishedBy: text("published_by"),
    publishedUrl: text("published_url"),
    createdBy: text("created_by").notNull(),
    createdAt: stamp("created_at").notNull().defaultNow(),
    updatedAt: stamp("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("checks_state_idx").on(t.state, t.id),
    index("checks_statement_idx").on(t.statementId),
  ],
);

/** Every review step, in order; append-only (a trigger refuses updates and deletes). */
export const checkReviews = pgTable(
  "check_reviews",
  {
    checkId: bigint("check_id", { mode: "number" })
      .notNull()
      .references(() => checks.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    action: text("action").notNull(),
    by: text("by").notNull(),
    at: stamp("at").notNull(),
    /** The timestamp exactly as recorded (ISO 8601), which the review core compares. */
    atText: text("at_text").notNull(),
    fromState: text("from_state"),
    toState: text("to_state").notNull(),
    note: text("note"),
    before: jsonb("before"),
    after: jsonb("after"),
  },
  (t) => [primaryKey({ name: "check_reviews_pk", columns: [t.checkId, t.seq] })],
);

import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
} from "drizzle-orm/pg-core";
import { actors } from "./actors.js";
import { documents } from "./documents.js";

// The case register (migration 0003; docs/register.md). Records are append-only: a correction is
// a new `case_events` row that supersedes an old one. `case_history` is derived from the records
// (the core's `historyRows`) and rebuilt per case whenever its records change.

const stamp = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });

/** A person the register follows; `case_id` is the keeper's id (`VN-001`). */
export const cases = pgTable(
  "cases",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
    caseId: text("case_id").notNull(),
    name: text("name").notNull(),
    /** `matchKey(name)`, for suggestions. */
    nameKey: text("name_key").notNull(),
    /** The last word of the folded name: how articles say Vietnamese names ("Hương"). */
    nameLast: text("name_last").notNull(),
    /** The actor as the register writes it. */
    actor: text("actor"),
    /** The stored actor it resolves to, once known. */
    actorId: bigint("actor_id", { mode: "number" }).references(() => actors.id, {
      onDelete: "set null",
    }),
    gender: text("gender"),
    ethnicity: text("ethnicity"),
    religion: text("religion"),
    province: text("province"),
    profession: text("profession"),
    birthYear: integer("birth_year"),
    confidential: boolean("confidential").notNull().default(false),
    notes: text("notes"),
    createdAt: stamp("created_at").notNull().defaultNow(),
    updatedAt: stamp("updated_at").notNull().defaultNow(),
  },
  (t) => [
    unique("cases_case_id_key").on(t.caseId),
    index("cases_name_last_idx").on(t.nameLast),
    index("cases_actor_idx").on(t.actorId),
    index("cases_confidential_idx")
      .on(t.actorId)
      .where(sql`${t.confidential}`),
  ],
);

/** The audit of attribute edits (attributes are not versioned: counts use the current ones). */
export const caseChanges = pgTable(
  "case_changes",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
    casePk: bigint("case_pk", { mode: "number" })
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    changedAt: stamp("changed_at").notNull().defaultNow(),
    origin: text("origin").notNull(),
    before: jsonb("before").notNull(),
    after: jsonb("after").notNull(),
  },
  (t) => [index("case_changes_case_idx").on(t.casePk)],
);

/** One record of one event, never updated (a trigger refuses it). */
export const caseEvents = pgTable(
  "case_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
    eventId: text("event_id").notNull(),
    casePk: bigint("case_pk", { mode: "number" })
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    /** As precise as known: `2021-03-16`, `2021-03`, `2021`. */
    date: text("date").notNull(),
    releaseReason: text("release_reason"),
    sentenceMonths: integer("sentence_months"),
    probationMonths: integer("probation_months"),
    houseArrestMonths: integer("house_arrest_months"),
    suspended: boolean("suspended").notNull().default(false),
    /** When the register learned it, to the millisecond (what record-time queries compare). */
    recordedAt: stamp("recorded_at").notNull(),
    /** The record time as written, so an export gives back exactly what was imported. */
    recordedAs: text("recorded_as").notNull(),
    supersedes: text("supersedes"),
    retracted: boolean("retracted").notNull().default(false),
    /** What wrote it: `import cases.csv`, `review #12`. */
    origin: text("origin").notNull(),
    writtenAt: stamp("written_at").notNull().defaultNow(),
  },
  (t) => [
    unique("case_events_event_id_key").on(t.eventId),
    index("case_events_case_idx").on(t.casePk),
    index("case_events_supersedes_idx").on(t.supersedes),
  ],
);

const eventPk = () =>
  bigint("event_pk", { mode: "number" })
    .notNull()
    .references(() => caseEvents.id, { onDelete: "cascade" });

/** Charges per record, as recorded and as the article in force (1999 Penal Code 88 → 117). */
export const caseEventCharges = pgTable(
  "case_event_charges",
  {
    eventPk: eventPk(),
    ord: integer("ord").notNull(),
    charge: text("charge").notNull(),
    chargeCurrent: text("charge_current").notNull(),
  },
  (t) => [
    primaryKey({ name: "case_event_charges_pk", columns: [t.eventPk, t.ord] }),
    index("case_event_charges_current_idx").on(t.chargeCurrent),
  ],
);

/** Evidence per record; from an article: the document and the span the event was read from. */
export const caseEventSources = pgTable(
  "case_event_sources",
  {
    eventPk: eventPk(),
    ord: integer("ord").notNull(),
    sourceId: text("source_id"),
    url: text("url"),
    note: text("note"),
    documentId: bigint("document_id", { mode: "number" }).references(() => documents.id, {
      onDelete: "set null",
    }),
    charStart: integer("char_start"),
    charEnd: integer("char_end"),
  },
  (t) => [
    primaryKey({ name: "case_event_sources_pk", columns: [t.eventPk, t.ord] }),
    index("case_event_sources_document_idx").on(t.documentId),
  ],
);

/** The status-history variants (partial-date rule × term ends); `built_at` null: not kept. */
export const caseHistoryVariants = pgTable(
  "case_history_variants",
  {
    id: smallint("id").primaryKey(),
    partialDates: text("partial_dates").notNull(),
    termEnds: text("term_ends").notNull(),
    builtAt: stamp("built_at"),
    /** When the count rollup (`case_count_blocks`) was built for this variant; null: not kept. */
    countsBuiltAt: stamp("counts_built_at"),
    /** When `case_placed` was written for this variant; null: not yet. */
    placedBuiltAt: stamp("placed_built_at"),
  },
  (t) => [unique("case_history_variants_rule_key").on(t.partialDates, t.termEnds)],
);

/**
 * Every version of every case's status history: valid in event time [day_from, day_to) and in
 * record time [known_from, known_to), 'infinity' while open.
 */
export const caseHistory = pgTable(
  "case_history",
  {
    casePk: bigint("case_pk", { mode: "number" })
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    variant: smallint("variant").notNull(),
    status: text("status").notNull(),
    dayFrom: date("day_from", { mode: "string" }).notNull(),
    dayTo: date("day_to", { mode: "string" }).notNull(),
    knownFrom: stamp("known_from").notNull(),
    knownTo: stamp("known_to").notNull(),
    /** Charges in force as recorded, each once. */
    charges: text("charges").array().notNull(),
    /** The same mapped to the articles in force, each once, in first-seen order. */
    chargesCurrent: text("charges_current").array().notNull(),
    evidence: text("evidence").array().notNull(),
    flags: text("flags").array().notNull(),
    /** On a held stretch, the day custody began: the earliest first day of its evidence. */
    since: date("since", { mode: "string" }),
  },
  (t) => [
    index("case_history_case_idx").on(t.casePk, t.variant),
    index("case_history_now_idx")
      .on(t.variant, t.dayFrom, t.dayTo)
      .where(sql`known_to = 'infinity'`),
    index("case_history_known_idx").on(t.variant, t.dayFrom),
    index("case_history_now_to_idx")
      .on(t.variant, t.dayTo)
      .where(sql`known_to = 'infinity'`),
  ],
);

/**
 * Each live record of each case as the register core places it on the case's timeline (records as
 * known now), per variant: what yearly counts read (migration 0016).
 */
export const casePlaced = pgTable(
  "case_placed",
  {
    casePk: bigint("case_pk", { mode: "number" })
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    variant: smallint("variant").notNull(),
    eventId: text("event_id").notNull(),
    type: text("type").notNull(),
    day: date("day", { mode: "string" }).notNull(),
    lo: date("lo", { mode: "string" }).notNull(),
    hi: date("hi", { mode: "string" }).notNull(),
    /** The person's status just before the event, as of its day; null: none yet. */
    statusBefore: text("status_before"),
    /** Charges in force just after the event, as recorded and mapped to the articles in force. */
    charges: text("charges").array().notNull(),
    chargesCurrent: text("charges_current").array().notNull(),
    sentenceMonths: integer("sentence_months"),
    /** The case's country: that of the first of its records naming a charge. */
    country: text("country"),
  },
  (t) => [
    index("case_placed_case_idx").on(t.casePk, t.variant),
    index("case_placed_type_day_idx").on(t.variant, t.type, t.day),
  ],
);

/** The review queue: an event read from an article, matched or proposed, awaiting a person. */
export const caseSuggestions = pgTable(
  "case_suggestions",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
    /** pending | accepted | rejected */
    status: text("status").notNull().default("pending"),
    decision: text("decision").notNull(),
    action: text("action").notNull(),
    documentId: bigint("document_id", { mode: "number" })
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    eventIdx: integer("event_idx").notNull(),
    charStart: integer("char_start").notNull(),
    charEnd: integer("char_end").notNull(),
    sentence: text("sentence").notNull(),
    person: text("person").notNull(),
    /** What the extracted event says, so a re-extraction does not queue it twice. */
    fingerprint: text("fingerprint").notNull(),
    extracted: jsonb("extracted").notNull(),
    proposedEvent: jsonb("proposed_event").notNull(),
    proposedCase: jsonb("proposed_case"),
    candidates: jsonb("candidates").notNull(),
    duplicateOf: text("duplicate_of"),
    warnings: jsonb("warnings").notNull(),
    createdAt: stamp("created_at").notNull().defaultNow(),
    decidedAt: stamp("decided_at"),
    decidedBy: text("decided_by"),
    reason: text("reason"),
    casePk: bigint("case_pk", { mode: "number" }).references(() => cases.id, {
      onDelete: "set null",
    }),
    eventPk: bigint("event_pk", { mode: "number" }).references(() => caseEvents.id, {
      onDelete: "set null",
    }),
  },
  (t) => [
    unique("case_suggestions_document_fingerprint_key").on(t.documentId, t.fingerprint),
    index("case_suggestions_status_idx").on(t.status, t.id),
  ],
);

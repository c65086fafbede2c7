import {
  bigint,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  unique,
} from "drizzle-orm/pg-core";
import { documents } from "./documents.js";
import { documentActors } from "./actors.js";

// What `analyze` found in one document. Every row keeps its offsets into `documents.text`
// (`char_start`, `char_end`), its position in the analysis (`idx`, so in-document references such
// as `partOf` and `respondsTo` stay resolvable) and the item exactly as the extractor returned it
// (`raw`), so fields added to the contract later are never lost. Replacing a document's
// extractions is one DELETE per table by `document_id`.

const documentId = () =>
  bigint("document_id", { mode: "number" })
    .notNull()
    .references(() => documents.id, { onDelete: "cascade" });
const id = () => bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity();
const docActorId = (name: string) =>
  bigint(name, { mode: "number" }).references(() => documentActors.id, { onDelete: "set null" });

export const statements = pgTable(
  "statements",
  {
    id: id(),
    documentId: documentId(),
    idx: integer("idx").notNull(),
    charStart: integer("char_start").notNull(),
    charEnd: integer("char_end").notNull(),
    text: text("text").notNull(),
    kind: text("kind").notNull(),
    cue: text("cue"),
    speakerName: text("speaker_name"),
    speakerMention: text("speaker_mention"),
    speakerKind: text("speaker_kind"),
    speakerRole: text("speaker_role"),
    speakerOrg: text("speaker_org"),
    /** The document-level actor the speaker resolved to (`speaker.actor`). */
    documentActorId: docActorId("document_actor_id"),
    date: text("date"),
    day: date("day", { mode: "string" }),
    respondsTo: integer("responds_to"),
    response: text("response"),
    raw: jsonb("raw").notNull(),
  },
  (t) => [
    unique("statements_document_idx_key").on(t.documentId, t.idx),
    index("statements_document_actor_idx").on(t.documentActorId),
  ],
);

export const figures = pgTable(
  "figures",
  {
    id: id(),
    documentId: documentId(),
    idx: integer("idx").notNull(),
    charStart: integer("char_start").notNull(),
    charEnd: integer("char_end").notNull(),
    text: text("text").notNull(),
    value: doublePrecision("value"),
    bound: text("bound"),
    unit: text("unit"),
    what: text("what"),
    asOf: text("as_of"),
    publisher: text("publisher"),
    partOf: integer("part_of"),
    raw: jsonb("raw").notNull(),
  },
  (t) => [unique("figures_document_idx_key").on(t.documentId, t.idx)],
);

export const legalRefs = pgTable(
  "legal_refs",
  {
    id: id(),
    documentId: documentId(),
    idx: integer("idx").notNull(),
    charStart: integer("char_start").notNull(),
    charEnd: integer("char_end").notNull(),
    text: text("text").notNull(),
    jurisdiction: text("jurisdiction"),
    law: text("law"),
    article: text("article"),
    clause: text("clause"),
    offense: text("offense"),
    statute: text("statute"),
    raw: jsonb("raw").notNull(),
  },
  (t) => [
    unique("legal_refs_document_idx_key").on(t.documentId, t.idx),
    index("legal_refs_statute_idx").on(t.statute),
  ],
);

export const events = pgTable(
  "events",
  {
    id: id(),
    documentId: documentId(),
    idx: integer("idx").notNull(),
    charStart: integer("char_start").notNull(),
    charEnd: integer("char_end").notNull(),
    text: text("text").notNull(),
    type: text("type").notNull(),
    person: text("person"),
    documentActorId: docActorId("document_actor_id"),
    date: text("date"),
    place: text("place"),
    charges: jsonb("charges").notNull(),
    sentenceMonths: integer("sentence_months"),
    probationMonths: integer("probation_months"),
    raw: jsonb("raw").notNull(),
  },
  (t) => [
    unique("events_document_idx_key").on(t.documentId, t.idx),
    index("events_document_actor_idx").on(t.documentActorId),
  ],
);

export const reports = pgTable(
  "reports",
  {
    id: id(),
    documentId: documentId(),
    idx: integer("idx").notNull(),
    charStart: integer("char_start").notNull(),
    charEnd: integer("char_end").notNull(),
    text: text("text").notNull(),
    issuer: text("issuer"),
    title: text("title"),
    year: integer("year"),
    raw: jsonb("raw").notNull(),
  },
  (t) => [unique("reports_document_idx_key").on(t.documentId, t.idx)],
);

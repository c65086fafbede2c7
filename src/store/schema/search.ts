import { bigint, customType, date, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { documents } from "./documents.js";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * The full-text index, the same on PostgreSQL and PGlite without extensions: each document is cut
 * into passages (and its title), each statement is a unit of its own; `tsv` is
 * `to_tsvector('simple', foldDiacritics(text))`, so matching ignores diacritics while `text` keeps
 * the original for highlighting. Filter columns are copied here so one indexed scan answers.
 */
export const searchUnits = pgTable(
  "search_units",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
    documentId: bigint("document_id", { mode: "number" })
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    /** The statement this unit indexes; no foreign key: units go with their document. */
    statementId: bigint("statement_id", { mode: "number" }),
    /** `title`, `passage` or `statement`. */
    unit: text("unit").notNull(),
    charStart: integer("char_start").notNull(),
    charEnd: integer("char_end").notNull(),
    text: text("text").notNull(),
    tsv: tsvector("tsv").notNull(),
    day: date("day", { mode: "string" }),
    outletKey: text("outlet_key"),
    /** Statement kind (`direct`, `indirect`, `mixed`); null for passages and titles. */
    kind: text("kind"),
    speakerKey: text("speaker_key"),
    orgKey: text("org_key"),
    documentActorId: bigint("document_actor_id", { mode: "number" }),
  },
  (t) => [
    index("search_units_tsv_idx").using("gin", t.tsv),
    index("search_units_document_idx").on(t.documentId),
  ],
);

import { sql } from "drizzle-orm";
import { bigint, customType, date, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { documents } from "./documents.js";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * The full-text index, the same on PostgreSQL and PGlite without extensions: each document is cut
 * into passages (and its title), each statement is a unit of its own; `tsv` is
 * `to_tsvector('simple', foldDiacritics(text))`, so matching ignores diacritics, plus the marks of
 * the words that can rank the unit high (src/store/search-marks.ts); the original text
 * is cut from the document for highlighting. Filter columns are copied here so one indexed scan answers.
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
    /** Set only when it cannot be cut from the document by offsets (see migration 0010). */
    text: text("text"),
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
    index("search_units_source_tsv_idx")
      .using("gin", t.tsv)
      .where(sql`${t.unit} <> 'statement'`),
    index("search_units_document_idx").on(t.documentId),
    index("search_units_statement_tsv_idx")
      .using("gin", t.tsv)
      .where(sql`${t.unit} = 'statement'`),
    index("search_units_day_idx").on(t.day),
    index("search_units_outlet_idx").on(t.outletKey),
  ],
);

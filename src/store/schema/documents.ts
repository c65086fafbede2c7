import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
} from "drizzle-orm/pg-core";

/**
 * One source document, identified by the SHA-256 of its normalised text: the same content read
 * twice (another path, another batch) is one row. `extractor_version` says which extractors
 * produced its extractions, so an upgrade re-extracts it.
 */
export const documents = pgTable(
  "documents",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
    sha256: text("sha256").notNull().unique(),
    /** The input's own id (a JSONL `id`), when it had one. */
    sourceId: text("source_id"),
    title: text("title"),
    outlet: text("outlet"),
    /** As precise as known: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
    date: text("date"),
    /** First day of `date`, for range filters and ordering. */
    day: date("day", { mode: "string" }),
    url: text("url"),
    author: text("author"),
    language: text("language"),
    format: text("format").notNull(),
    path: text("path").notNull(),
    /** Reader provenance: PDF page offsets, feed item link, JSONL line number. */
    provenance: jsonb("provenance")
      .notNull()
      .default(sql`'{}'::jsonb`),
    text: text("text").notNull(),
    chars: integer("chars").notNull(),
    extractorVersion: integer("extractor_version").notNull(),
    /** Extractor warnings for this document (`Analysis.warnings`). */
    warnings: jsonb("warnings")
      .notNull()
      .default(sql`'[]'::jsonb`),
    ingestedAt: timestamp("ingested_at", { withTimezone: true, mode: "string" })
      .notNull()
      .defaultNow(),
    extractedAt: timestamp("extracted_at", { withTimezone: true, mode: "string" })
      .notNull()
      .defaultNow(),
    /** A source that must stay unnamed: hidden whole, with its extractions, from those without the right. */
    confidential: boolean("confidential").notNull().default(false),
  },
  (t) => [
    index("documents_day_idx").on(t.day),
    index("documents_outlet_idx").on(t.outlet),
    index("documents_confidential_idx")
      .on(t.id)
      .where(sql`${t.confidential}`),
  ],
);

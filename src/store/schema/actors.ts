import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  pgView,
  text,
  timestamp,
  unique,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { documents } from "./documents.js";

/**
 * A person, organisation or state across documents. Merges never rewrite history: a merged actor
 * points at the one it was merged into (`merged_into`), and `canonical_id` caches the root of that
 * chain so listing and counting group by one column. Undoing a merge clears the pointer and
 * recomputes `canonical_id` for the detached subtree.
 */
export const actors = pgTable(
  "actors",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    /** `matchKey(name)`: folded, lower-cased, spaces collapsed. */
    key: text("key").notNull(),
    canonicalId: bigint("canonical_id", { mode: "number" }),
    mergedInto: bigint("merged_into", { mode: "number" }).references((): AnyPgColumn => actors.id),
    /** Role and organisation keys seen with this actor: the context merges are judged by. */
    roles: jsonb("roles")
      .notNull()
      .default(sql`'[]'::jsonb`),
    orgs: jsonb("orgs")
      .notNull()
      .default(sql`'[]'::jsonb`),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" })
      .notNull()
      .defaultNow(),
    /** A person at risk: hidden, with everything naming them, from those without the right. */
    confidential: boolean("confidential").notNull().default(false),
  },
  (t) => [
    index("actors_canonical_idx").on(t.canonicalId),
    index("actors_key_idx").on(t.key),
    index("actors_confidential_idx")
      .on(t.canonicalId)
      .where(sql`${t.confidential}`),
  ],
);

/** Every name an actor is known by (its own name included), with the folded key looked up. */
export const actorAliases = pgTable(
  "actor_aliases",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
    actorId: bigint("actor_id", { mode: "number" })
      .notNull()
      .references(() => actors.id, { onDelete: "cascade" }),
    alias: text("alias").notNull(),
    key: text("key").notNull(),
  },
  (t) => [
    unique("actor_aliases_actor_alias_key").on(t.actorId, t.alias),
    index("actor_aliases_key_idx").on(t.key),
  ],
);

/**
 * The merge history. `merge`: `from` was merged into `into`. `split`: the document actors listed
 * were moved from `from` to a new actor `into`. Undone entries keep their row with `undone_at`.
 */
export const actorMerges = pgTable("actor_merges", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
  kind: text("kind").notNull(),
  intoActorId: bigint("into_actor_id", { mode: "number" })
    .notNull()
    .references(() => actors.id),
  fromActorId: bigint("from_actor_id", { mode: "number" })
    .notNull()
    .references(() => actors.id),
  documentActorIds: jsonb("document_actor_ids")
    .notNull()
    .default(sql`'[]'::jsonb`),
  evidence: jsonb("evidence").notNull(),
  automatic: boolean("automatic").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  undoneAt: timestamp("undone_at", { withTimezone: true, mode: "string" }),
});

/** An actor as one document knows it (`Analysis.actors[idx]`), linked to a global actor. */
export const documentActors = pgTable(
  "document_actors",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
    documentId: bigint("document_id", { mode: "number" })
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    idx: integer("idx").notNull(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    key: text("key").notNull(),
    aliases: jsonb("aliases").notNull(),
    roles: jsonb("roles").notNull(),
    orgs: jsonb("orgs").notNull(),
    mentionCount: integer("mention_count").notNull(),
    actorId: bigint("actor_id", { mode: "number" }).references(() => actors.id),
    /** Why this document actor was linked to `actor_id` ("new", "same-name", "shared-alias"...). */
    linkRule: text("link_rule").notNull(),
    linkEvidence: jsonb("link_evidence")
      .notNull()
      .default(sql`'{}'::jsonb`),
    raw: jsonb("raw").notNull(),
  },
  (t) => [
    unique("document_actors_document_idx_key").on(t.documentId, t.idx),
    index("document_actors_actor_idx").on(t.actorId),
  ],
);

/**
 * Every mention of a document actor: a view over the offsets in its `raw` (migration 0021), which
 * the confidentiality filters read.
 */
export const actorMentions = pgView("actor_mentions", {
  documentId: bigint("document_id", { mode: "number" }).notNull(),
  documentActorId: bigint("document_actor_id", { mode: "number" }).notNull(),
  charStart: integer("char_start").notNull(),
  charEnd: integer("char_end").notNull(),
}).existing();

import { boolean, integer, pgTable, primaryKey, smallint, text, unique } from "drizzle-orm/pg-core";

// The count rollup (migration 0013; src/store/register/count-blocks.ts): what the people in force
// on a day are made of, summed over aligned blocks of days, per count key.

/** A count key: the values a rollup count can break down by. */
export const caseCountKeys = pgTable(
  "case_count_keys",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    status: text("status").notNull(),
    gender: text("gender"),
    confidential: boolean("confidential").notNull(),
    charges: text("charges").array().notNull(),
    chargesCurrent: text("charges_current").array().notNull(),
    /** 0: the people in force; 12: those of them held, custody begun over 12 months before. */
    heldMonths: smallint("held_months").notNull().default(0),
  },
  (t) => [
    unique("case_count_keys_value_key")
      .on(t.status, t.gender, t.confidential, t.charges, t.chargesCurrent, t.heldMonths)
      .nullsNotDistinct(),
  ],
);

/**
 * Per variant and key, the net change in people in force (+1 where a current history row starts,
 * -1 where it ends) over days [block * 2^level, (block + 1) * 2^level), days counted from
 * 0001-01-01.
 */
export const caseCountBlocks = pgTable(
  "case_count_blocks",
  {
    variant: smallint("variant").notNull(),
    level: smallint("level").notNull(),
    block: integer("block").notNull(),
    key: integer("key")
      .notNull()
      .references(() => caseCountKeys.id, { onDelete: "cascade" }),
    n: integer("n").notNull(),
  },
  (t) => [
    primaryKey({ name: "case_count_blocks_pk", columns: [t.variant, t.level, t.block, t.key] }),
  ],
);

import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
} from "drizzle-orm/pg-core";

// Feeds that `vigil feeds run` polls (migration 0014; docs/feeds.md).

const stamp = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });

/** A feed file, JSONL file or folder, polled every `interval_seconds`. */
export const feeds = pgTable(
  "feeds",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
    name: text("name").notNull(),
    /** An absolute path. */
    location: text("location").notNull(),
    intervalSeconds: integer("interval_seconds").notNull(),
    createdAt: stamp("created_at").notNull().defaultNow(),
    /** Due once this has passed: the last run's start plus the interval. */
    nextRunAt: stamp("next_run_at").notNull().defaultNow(),
    lastRunAt: stamp("last_run_at"),
    /** `ok` or `failed` (any input or item failed). */
    lastStatus: text("last_status"),
    lastNew: integer("last_new"),
    lastDuplicate: integer("last_duplicate"),
    lastFailed: integer("last_failed"),
    /** Error codes and item names, never document text. */
    lastError: text("last_error"),
    /** The process running the feed, while its lease lasts. */
    claimedBy: text("claimed_by"),
    claimedAt: stamp("claimed_at"),
    claimedUntil: stamp("claimed_until"),
  },
  (t) => [
    unique("feeds_name_key").on(t.name),
    unique("feeds_location_key").on(t.location),
    check("feeds_interval_check", sql`${t.intervalSeconds} >= 10`),
    check("feeds_status_check", sql`${t.lastStatus} IN ('ok', 'failed')`),
    index("feeds_next_run_idx").on(t.nextRunAt),
  ],
);

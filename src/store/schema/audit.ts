import { bigint, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

// The audit log (migration 0012; docs/api.md, "Audit log").

/**
 * One change to one record: who, when, the record before and after, and why. Written in the
 * transaction that makes the change; triggers refuse UPDATE, DELETE and TRUNCATE.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
    at: timestamp("at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    /** A user name, or what acted for nobody in particular (`vigil`). */
    who: text("who").notNull(),
    /** `case.update`, `actor.merge`, `check.publish`, `user.role`, … */
    action: text("action").notNull(),
    /** `case`, `actor`, `source`, `check` or `user`. */
    recordType: text("record_type").notNull(),
    /** The record's id as users write it: `VN-001`, `12`, a user name. */
    recordId: text("record_id").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    why: text("why"),
  },
  (t) => [index("audit_log_record_idx").on(t.recordType, t.recordId, t.id)],
);

import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Which migrations ran, and when. Later issues append migrations; none is ever edited. */
export const vigilMigrations = pgTable("vigil_migrations", {
  id: integer("id").primaryKey(),
  name: text("name").notNull(),
  appliedAt: timestamp("applied_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
});

import { sql } from "drizzle-orm";
import { bigint, check, index, pgTable, text, timestamp, unique } from "drizzle-orm/pg-core";

// Accounts (migration 0005; docs/api.md): users and their sessions.

const stamp = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });

/** A person who signs in to the server, with one role (viewer < editor < reviewer < admin). */
export const users = pgTable(
  "users",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
    name: text("name").notNull(),
    role: text("role").notNull(),
    /** `scrypt$N$r$p$salt$hash` (src/accounts/password.ts): never the password. */
    passwordHash: text("password_hash").notNull(),
    createdAt: stamp("created_at").notNull().defaultNow(),
    updatedAt: stamp("updated_at").notNull().defaultNow(),
  },
  (t) => [
    unique("users_name_key").on(t.name),
    check("users_role_check", sql`${t.role} IN ('viewer', 'editor', 'reviewer', 'admin')`),
  ],
);

/** A signed-in browser: only the SHA-256 of its cookie's token is kept. */
export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: bigint("user_id", { mode: "number" })
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: stamp("created_at").notNull().defaultNow(),
    expiresAt: stamp("expires_at").notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId), index("sessions_expires_idx").on(t.expiresAt)],
);

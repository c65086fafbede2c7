import { sql } from "drizzle-orm";
import { isRole, type Role } from "../../accounts/roles.js";
import { Conflict, NotFound, UsageError } from "../../errors.js";
import { writeAudit } from "../audit/audit-store.js";
import type { ChangeBy } from "../audit/audit-types.js";
import type { Db, Orm } from "../db.js";
import { runner } from "../register/register-sql.js";
import { rows } from "../sql.js";
import type { AccountService, UserCredentials, UserInfo } from "./accounts-types.js";

type UserRow = {
  id: number;
  name: string;
  role: Role;
  created_at: string;
  password_hash: string;
};

const info = (r: UserRow): UserInfo => ({
  id: r.id,
  name: r.name,
  role: r.role,
  createdAt: r.created_at,
});

/** A user name: letters, digits and `._@-`, 1 to 64 characters (it appears in the audit log). */
export function checkUserName(name: string): string {
  if (!/^[\p{L}\p{N}._@-]{1,64}$/u.test(name))
    throw new UsageError(
      "a user name is 1 to 64 letters, digits, dots, dashes, underscores or @ signs",
    );
  return name;
}

function checkRole(role: string): Role {
  if (!isRole(role))
    throw new UsageError(`unknown role ${role}: viewer, editor, reviewer or admin`);
  return role;
}

function audit(
  tx: Orm,
  change: ChangeBy | undefined,
  action: string,
  name: string,
  before: unknown,
  after: unknown,
): Promise<void> {
  return writeAudit(runner(tx), change ?? {}, [{ action, type: "user", id: name, before, after }]);
}

export function createAccountService(db: Db): AccountService {
  const one = async (tx: Orm, name: string): Promise<UserRow> => {
    const [r] = await rows<UserRow>(
      tx,
      sql`SELECT id, name, role, created_at, password_hash FROM users WHERE name = ${name} FOR UPDATE`,
    );
    if (!r) throw new NotFound(`user ${name}`);
    return r;
  };
  /** Refuses a change that would leave no admin. */
  const keepAnAdmin = async (tx: Orm, user: UserRow, what: string): Promise<void> => {
    if (user.role !== "admin") return;
    const [n] = await rows<{ n: number }>(
      tx,
      sql`SELECT count(*)::int AS n FROM users WHERE role = 'admin'`,
    );
    if ((n?.n ?? 0) <= 1) throw new Conflict(`cannot ${what} the last admin`);
  };

  return {
    async usersList() {
      const found = await rows<UserRow>(
        db.orm,
        sql`SELECT id, name, role, created_at, password_hash FROM users ORDER BY name`,
      );
      return found.map(info);
    },

    async usersCount() {
      const [r] = await rows<{ n: number }>(db.orm, sql`SELECT count(*)::int AS n FROM users`);
      return r?.n ?? 0;
    },

    userAdd: (u, change) =>
      db.orm.transaction(async (tx) => {
        checkUserName(u.name);
        checkRole(u.role);
        const [r] = await rows<UserRow>(
          tx,
          sql`INSERT INTO users (name, role, password_hash) VALUES (${u.name}, ${u.role}, ${u.passwordHash})
              ON CONFLICT (name) DO NOTHING
              RETURNING id, name, role, created_at, password_hash`,
        );
        if (!r) throw new Conflict(`user ${u.name} already exists`);
        await audit(tx, change, "user.add", r.name, null, { role: r.role });
        return info(r);
      }),

    userRemove: (name, change) =>
      db.orm.transaction(async (tx) => {
        const u = await one(tx, name);
        await keepAnAdmin(tx, u, "remove");
        await tx.execute(sql`DELETE FROM users WHERE id = ${u.id}`);
        await audit(tx, change, "user.remove", u.name, { role: u.role }, null);
        return info(u);
      }),

    userSetRole: (name, role, change) =>
      db.orm.transaction(async (tx) => {
        checkRole(role);
        const u = await one(tx, name);
        if (role !== "admin") await keepAnAdmin(tx, u, "demote");
        await tx.execute(
          sql`UPDATE users SET role = ${role}, updated_at = now() WHERE id = ${u.id}`,
        );
        await tx.execute(sql`DELETE FROM sessions WHERE user_id = ${u.id}`);
        await audit(tx, change, "user.role", u.name, { role: u.role }, { role });
        return info({ ...u, role });
      }),

    userSetPassword: (name, passwordHash, change) =>
      db.orm.transaction(async (tx) => {
        const u = await one(tx, name);
        await tx.execute(
          sql`UPDATE users SET password_hash = ${passwordHash}, updated_at = now() WHERE id = ${u.id}`,
        );
        await tx.execute(sql`DELETE FROM sessions WHERE user_id = ${u.id}`);
        // Never the hash: that the password changed is what the log needs.
        await audit(tx, change, "user.password", u.name, null, { password: "changed" });
        return info(u);
      }),

    async userCredentials(name): Promise<UserCredentials | null> {
      const [r] = await rows<UserRow>(
        db.orm,
        sql`SELECT id, name, role, created_at, password_hash FROM users WHERE name = ${name}`,
      );
      return r ? { ...info(r), passwordHash: r.password_hash } : null;
    },

    async sessionCreate(s) {
      await db.orm.execute(
        sql`INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (${s.tokenHash}, ${s.userId}, ${s.expiresAt})`,
      );
      // Expired sessions of anyone go at each login: the table stays the size of the live ones.
      await db.orm.execute(
        sql`DELETE FROM sessions WHERE expires_at < ${s.now}::timestamptz - interval '1 day'`,
      );
    },

    async sessionGet(tokenHash, now) {
      const [r] = await rows<UserRow & { expires_at: string }>(
        db.orm,
        sql`SELECT u.id, u.name, u.role, u.created_at, u.password_hash, s.expires_at
            FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ${tokenHash}`,
      );
      if (!r) return null;
      if (Date.parse(r.expires_at) <= Date.parse(now)) {
        await db.orm.execute(sql`DELETE FROM sessions WHERE token_hash = ${tokenHash}`);
        return null;
      }
      return { user: info(r), expiresAt: r.expires_at };
    },

    async sessionDelete(tokenHash) {
      await db.orm.execute(sql`DELETE FROM sessions WHERE token_hash = ${tokenHash}`);
    },
  };
}

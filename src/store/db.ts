import { existsSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { PGlite, types } from "@electric-sql/pglite";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { SETTINGS } from "../config.js";
import { DbUnavailable } from "../errors.js";
import { acquireDirLock, LOCK_FILE, type DirLock } from "./dir-lock.js";
import { migrate } from "./migrate.js";
import * as schema from "./schema/index.js";

export type Schema = typeof schema;
export type Orm = PgDatabase<PgQueryResultHKT, Schema>;
export type Backend = "pglite" | "postgres";

/** Plain SQL on one connection. */
export interface SqlSession {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  /** Runs a script of several statements (no parameters). */
  exec(text: string): Promise<void>;
}

/** An open database: the one handle every store service takes. */
export interface Db extends SqlSession {
  readonly backend: Backend;
  /** The directory, or the server URL without its password. */
  readonly location: string;
  readonly orm: Orm;
  /** One connection for the duration of `fn` (advisory locks, scripts, BEGIN/COMMIT). */
  session<T>(fn: (s: SqlSession) => Promise<T>): Promise<T>;
  /**
   * `fn` in one transaction on one connection: committed when it resolves, rolled back when it
   * throws. On PGlite nothing else runs on the database meanwhile.
   */
  transaction<T>(fn: (s: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DbOptions {
  /** PGlite only: lock the directory (default). False when the caller already holds the lock. */
  lock?: boolean;
  /** What this process is doing, written in the lock file for whoever finds it locked. */
  command?: string;
  /** Apply pending migrations when opening (default). */
  migrate?: boolean;
}

/** Where the database is and, for a PGlite directory, its page cache in MB (`db-cache-mb`). */
export interface DbConfig {
  db: string;
  dbCacheMb?: number;
}

const DEFAULT_CACHE_MB = SETTINGS.find((s) => s.name === "db-cache-mb")!.default as number;

export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/** `memory://` is an in-memory PGlite database: tests and benchmarks, gone on close. */
export function isMemory(db: string): boolean {
  return db === "memory://";
}

export function redactUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@]*@/i, "$1:***@");
}

// Dates and timestamps stay strings (what the contract and JSON output carry); 64-bit integers
// are numbers (ids and counts stay far below 2^53). Both backends parse alike.
const DATE_OIDS = [1082, 1114, 1184];
const INT8_OID = 20;

/**
 * Opens the database the configuration names: a `postgres://` URL is a PostgreSQL server,
 * anything else a PGlite directory (locked against a second process). The only place that
 * chooses a backend. Pending migrations are applied unless `migrate: false`.
 */
export async function createDb(config: DbConfig, opts: DbOptions = {}): Promise<Db> {
  const db = isPostgresUrl(config.db)
    ? await openPostgres(config.db)
    : await openPglite(config.db, config.dbCacheMb ?? DEFAULT_CACHE_MB, opts);
  if (opts.migrate !== false) {
    try {
      await migrate(db);
    } catch (err) {
      await db.close();
      throw err;
    }
  }
  return db;
}

type Serializer = types.Serializer;

/** A serializer that lets bytes through, to be sent in binary format (`jsonbBytes` in sql.ts). */
const bytesOr =
  (other: Serializer): Serializer =>
  (v: unknown) =>
    v instanceof Uint8Array ? (v as unknown as string) : other(v);

async function openPglite(location: string, cacheMb: number, opts: DbOptions): Promise<Db> {
  const memory = isMemory(location);
  const dir = memory ? null : resolve(location);
  if (dir) checkDataDir(dir);
  const lock: DirLock | null =
    dir && opts.lock !== false ? acquireDirLock(dir, opts.command ?? "vigil") : null;
  let client: PGlite;
  try {
    const parsers: Record<number, (v: string) => unknown> = { [INT8_OID]: Number };
    for (const oid of DATE_OIDS) parsers[oid] = (v) => v;
    const serializers = {
      [types.JSONB]: bytesOr(types.serializers[types.JSONB]!),
      [types.TEXT]: bytesOr(types.serializers[types.TEXT]!),
    };
    // PGlite's 128 MB cache holds one search's pages on a store of a few thousand documents; on
    // 20,000 a common term's passages alone need more, and each page read again costs a call
    // into the file system. The memory is taken at open, so `memory://` (tests) keeps the default.
    const startParams = [
      ...PGlite.defaultStartParams,
      "-c",
      `shared_buffers=${Math.max(16, cacheMb)}MB`,
    ];
    client = dir
      ? new PGlite(dir, { parsers, serializers, startParams })
      : new PGlite({ parsers, serializers });
    await client.waitReady;
  } catch (err) {
    lock?.release();
    throw new DbUnavailable(location, (err as Error).message);
  }
  const orm = drizzlePglite({ client, schema }) as unknown as Orm;
  const session: SqlSession = {
    async query<R>(text: string, params?: unknown[]) {
      return (await client.query(text, params)).rows as R[];
    },
    async exec(text: string) {
      await client.exec(text);
    },
  };
  let closed = false;
  return {
    backend: "pglite",
    location: dir ?? location,
    orm,
    ...session,
    session: (fn) => fn(session),
    transaction: (fn) =>
      client.transaction((tx) =>
        fn({
          async query<R>(text: string, params?: unknown[]) {
            return (await tx.query(text, params)).rows as R[];
          },
          async exec(text: string) {
            await tx.exec(text);
          },
        }),
      ),
    async close() {
      if (closed) return;
      closed = true;
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

/** Refuses to turn a folder of the user's files into a database. */
function checkDataDir(dir: string): void {
  if (!existsSync(dir)) return;
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n !== LOCK_FILE && !n.startsWith(LOCK_FILE + "."));
  } catch (err) {
    throw new DbUnavailable(dir, (err as Error).message);
  }
  if (names.length > 0 && !names.includes("PG_VERSION"))
    throw new DbUnavailable(dir, "the directory is not empty and is not a Vigil database");
}

/**
 * A PostgreSQL server. The schema is the connection's `search_path` (add
 * `?options=-c%20search_path%3Dmyschema` to the URL to use another than `public`).
 */
async function openPostgres(url: string): Promise<Db> {
  const where = redactUrl(url);
  // Drizzle's driver passes its own type parsers (for dates) and falls back to pg's global ones,
  // so 64-bit integers are made numbers globally, as PGlite returns them.
  pg.types.setTypeParser(INT8_OID, (v: string) => Number(v));
  const types = {
    getTypeParser: (oid: number, format?: "text" | "binary") => {
      if (DATE_OIDS.includes(oid)) return (v: string) => v;
      return pg.types.getTypeParser(oid, format);
    },
  };
  const pool = new pg.Pool({
    connectionString: url,
    types: types as pg.CustomTypesConfig,
    max: 8,
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on("error", () => {});
  // Vigil's queries are index lookups whose cost the planner overestimates (a box overlap, a
  // correlated lookup per case): just-in-time compilation then costs more than the query, up to
  // a quarter of a second each. (PGlite has none.)
  pool.on("connect", (client) => {
    client.query("SET jit = off").catch(() => {});
  });
  try {
    (await pool.connect()).release();
  } catch (err) {
    await pool.end().catch(() => {});
    throw new DbUnavailable(where, (err as Error).message);
  }
  const orm = drizzleNodePg({ client: pool, schema }) as unknown as Orm;
  let closed = false;
  return {
    backend: "postgres",
    location: where,
    orm,
    async query<R>(text: string, params?: unknown[]) {
      return (await pool.query(text, params)).rows as R[];
    },
    async exec(text: string) {
      await pool.query(text);
    },
    async session(fn) {
      const client = await pool.connect();
      try {
        return await fn({
          async query<R>(text: string, params?: unknown[]) {
            return (await client.query(text, params)).rows as R[];
          },
          async exec(text: string) {
            await client.query(text);
          },
        });
      } finally {
        client.release();
      }
    },
    async transaction(fn) {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query("BEGIN");
        const result = await fn({
          async query<R>(text: string, params?: unknown[]) {
            return (await client.query(text, params)).rows as R[];
          },
          async exec(text: string) {
            await client.query(text);
          },
        });
        await client.query("COMMIT");
        return result;
      } catch (err) {
        await client.query("ROLLBACK").catch(() => {
          broken = true;
        });
        throw err;
      } finally {
        client.release(broken);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

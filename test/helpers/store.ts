import { createHash, randomBytes } from "node:crypto";
import { cpSync, existsSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, it, onTestFinished } from "vitest";
import { createDb, type Db } from "../../src/store/db.js";
import { MIGRATIONS } from "../../src/store/migrations/index.js";
import { createStoreService, type StoreServiceOptions } from "../../src/store/store-service.js";
import type { StoreService } from "../../src/store/store-types.js";
import { tempDir } from "./tmp.js";

// Every store test runs against each backend (Kysely's DIALECTS loop): PGlite always, PostgreSQL
// when VIGIL_TEST_PG_URL names a database (`.ci/run` creates a fresh one). Each test file gets its
// own schema on the server, dropped afterwards; PGlite is in memory, one instance per file.

export const PG_URL = process.env.VIGIL_TEST_PG_URL || "";
export const DIALECTS = ["pglite", "postgres"] as const;
export type Dialect = (typeof DIALECTS)[number];

export interface StoreContext {
  dialect: Dialect;
  /** What `--db` would be for this backend: an in-memory PGlite, or a URL into this file's schema. */
  url: string;
  db: Db;
  store: StoreService;
}

/** A PostgreSQL URL whose connections use a fresh schema; `drop()` removes it. */
export async function pgSchemaUrl(): Promise<{ url: string; drop(): Promise<void> }> {
  const schema = `vigil_t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const sep = PG_URL.includes("?") ? "&" : "?";
  return {
    url: `${PG_URL}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    async drop() {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    },
  };
}

let warned = false;

/** Declares `body` once per backend, with a store shared by the tests of that block. */
export function describeStores(
  title: string,
  body: (ctx: StoreContext) => void,
  opts: StoreServiceOptions = {},
): void {
  for (const dialect of DIALECTS) {
    if (dialect === "postgres" && !PG_URL) {
      if (!warned) {
        warned = true;
        console.warn("VIGIL_TEST_PG_URL is not set: PostgreSQL store tests are skipped.");
      }
      describe.skip(`${title} [postgres: skipped, VIGIL_TEST_PG_URL not set]`, () => {
        it("needs VIGIL_TEST_PG_URL", () => {});
      });
      continue;
    }
    describe(`${title} [${dialect}]`, () => {
      const ctx = { dialect } as StoreContext;
      let drop: (() => Promise<void>) | null = null;
      beforeAll(async () => {
        if (dialect === "postgres") {
          const s = await pgSchemaUrl();
          ctx.url = s.url;
          drop = s.drop;
        } else ctx.url = "memory://";
        ctx.db = await createDb({ db: ctx.url });
        ctx.store = createStoreService(ctx.db, opts);
      });
      afterAll(async () => {
        await ctx.store?.close();
        await drop?.();
      });
      body(ctx);
    });
  }
}

/** Empties every table (between tests that need a clean store). */
export async function truncateAll(db: Db): Promise<void> {
  await db.exec(`TRUNCATE documents, statements, figures, legal_refs, events, reports,
    document_actors, actors, actor_aliases, actor_merges, search_units
    RESTART IDENTITY CASCADE`);
}

/**
 * A fresh, migrated PGlite directory for one test, copied from a template built once per machine
 * (creating a PGlite directory runs initdb: seconds; copying one: milliseconds).
 */
export async function freshDataDir(): Promise<string> {
  const dir = join(tempDir(), "data");
  cpSync(await migratedTemplate(), dir, { recursive: true });
  return dir;
}

/** The migrated PGlite directory `freshDataDir` copies (never open it itself). */
export async function migratedTemplate(): Promise<string> {
  const digest = createHash("sha256")
    .update(MIGRATIONS.map((m) => m.sql).join("\n"))
    .digest("hex")
    .slice(0, 12);
  const template = join(tmpdir(), `vigil-pglite-template-${digest}`);
  if (!existsSync(join(template, "PG_VERSION"))) {
    const building = `${template}.${process.pid}.${randomBytes(4).toString("hex")}`;
    const db = await createDb({ db: building });
    await db.close();
    try {
      renameSync(building, template);
    } catch {
      rmSync(building, { recursive: true, force: true }); // another test file built it first
    }
  }
  return template;
}

/**
 * Declares `body` once per backend with `fresh()`, which gives a new empty database for one test
 * as a `--db` value: a PGlite directory, or a PostgreSQL URL into a schema dropped afterwards.
 */
export function describeBackends(
  title: string,
  body: (fresh: () => Promise<string>, dialect: Dialect) => void,
): void {
  for (const dialect of DIALECTS) {
    if (dialect === "postgres" && !PG_URL) {
      describe.skip(`${title} [postgres: skipped, VIGIL_TEST_PG_URL not set]`, () => {
        it("needs VIGIL_TEST_PG_URL", () => {});
      });
      continue;
    }
    describe(`${title} [${dialect}]`, () => {
      const fresh = async (): Promise<string> => {
        if (dialect === "pglite") return freshDataDir();
        const s = await pgSchemaUrl();
        onTestFinished(() => s.drop());
        return s.url;
      };
      body(fresh, dialect);
    });
  }
}

import { is } from "drizzle-orm";
import { getTableConfig, getViewConfig, PgTable, PgView } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { createDb } from "../../src/store/db.js";
import { migrate } from "../../src/store/migrate.js";
import { MIGRATIONS } from "../../src/store/migrations/index.js";
import * as schema from "../../src/store/schema/index.js";
import { describeStores, PG_URL, pgSchemaUrl } from "../helpers/store.js";

const TABLES = (Object.values(schema) as unknown[]).filter((v): v is PgTable => is(v, PgTable));
const VIEWS = (Object.values(schema) as unknown[]).filter((v): v is PgView => is(v, PgView));

describeStores("database", (ctx) => {
  it("applies every migration once and records it", async () => {
    const applied = await ctx.db.query<{ id: number; name: string }>(
      "SELECT id, name FROM vigil_migrations ORDER BY id",
    );
    expect(applied.map((m) => m.id)).toEqual(MIGRATIONS.map((m) => m.id));
    const again = await migrate(ctx.db);
    expect(again.every((r) => r.ok && r.status === "already-applied")).toBe(true);
  });

  it("has exactly the tables, views and columns the Drizzle schema declares", async () => {
    const cols = await ctx.db.query<{
      table_name: string;
      column_name: string;
      is_nullable: string;
      view: boolean;
    }>(
      `SELECT c.table_name, c.column_name, c.is_nullable, t.table_type = 'VIEW' AS view
       FROM information_schema.columns c
       JOIN information_schema.tables t USING (table_schema, table_name)
       WHERE c.table_schema = current_schema() ORDER BY c.table_name, c.ordinal_position`,
    );
    const actual = new Map<string, string[]>();
    const actualViews = new Map<string, string[]>();
    for (const c of cols)
      if (c.view)
        actualViews.set(c.table_name, [...(actualViews.get(c.table_name) ?? []), c.column_name]);
      else
        actual.set(c.table_name, [
          ...(actual.get(c.table_name) ?? []),
          `${c.column_name}:${c.is_nullable}`,
        ]);
    // A view's columns are nullable as far as the catalogue knows: names only.
    const declaredViews = new Map(
      VIEWS.map((v) => {
        const cfg = getViewConfig(v);
        return [
          cfg.name,
          Object.values(cfg.selectedFields).map((c) => (c as { name: string }).name),
        ];
      }),
    );
    expect(Object.fromEntries(actualViews)).toEqual(Object.fromEntries(declaredViews));
    const declared = new Map<string, string[]>();
    for (const t of TABLES) {
      const cfg = getTableConfig(t);
      declared.set(
        cfg.name,
        cfg.columns.map((c) => `${c.name}:${c.notNull ? "NO" : "YES"}`),
      );
    }
    expect([...actual.keys()].sort()).toEqual([...declared.keys()].sort());
    for (const [name, columns] of declared)
      expect(actual.get(name)?.sort(), name).toEqual(columns.sort());
  });

  it("refuses a database written by a newer Vigil", async () => {
    await ctx.db.query("INSERT INTO vigil_migrations (id, name) VALUES (9999, 'from-the-future')");
    try {
      await expect(migrate(ctx.db)).rejects.toThrow(/newer Vigil/);
    } finally {
      await ctx.db.query("DELETE FROM vigil_migrations WHERE id = 9999");
    }
  });

  it("rolls a failing migration back whole", async () => {
    const broken = [
      ...MIGRATIONS,
      {
        id: 9998,
        name: "broken",
        sql: "CREATE TABLE half_done (x int); SELECT * FROM no_such_table;",
      },
    ];
    await expect(migrate(ctx.db, broken)).rejects.toMatchObject({ code: "VIGIL_ERR_DB_MIGRATION" });
    const [t] = await ctx.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'half_done' AND table_schema = current_schema()",
    );
    expect(t!.n).toBe(0);
  });

  it("keeps dates as strings and 64-bit integers as numbers", async () => {
    const [r] = await ctx.db.query<{ d: unknown; n: unknown }>(
      "SELECT DATE '2021-04-22' AS d, 9007199254740::bigint AS n",
    );
    expect(r).toEqual({ d: "2021-04-22", n: 9007199254740 });
  });
});

describe.skipIf(!PG_URL)("migrations on PostgreSQL", () => {
  it("let concurrent processes race without harm (advisory lock)", async () => {
    const s = await pgSchemaUrl();
    try {
      const dbs = await Promise.all([1, 2, 3].map(() => createDb({ db: s.url })));
      const [row] = await dbs[0]!.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM vigil_migrations",
      );
      expect(row!.n).toBe(MIGRATIONS.length);
      await Promise.all(dbs.map((d) => d.close()));
    } finally {
      await s.drop();
    }
  });

  it("reports an unreachable server clearly, without its password", async () => {
    await expect(createDb({ db: "postgres://someone:secret@127.0.0.1:1/nothing" })).rejects.toThrow(
      /cannot open database postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nothing/,
    );
  });
});

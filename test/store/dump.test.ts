import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { createDb, type Db } from "../../src/store/db.js";
import type { DumpReport } from "../../src/store/dump/dump-types.js";
import { createDumpService } from "../../src/store/dump/dump-service.js";
import { REFERENCE_TABLES, listTables } from "../../src/store/dump/schema-objects.js";
import { migrate } from "../../src/store/migrate.js";
import { MIGRATIONS } from "../../src/store/migrations/index.js";
import { openStore } from "../../src/store/open-store.js";
import { runCli } from "../helpers/cli.js";
import { sourceDoc } from "../helpers/source-doc.js";
import { describeBackends, freshDataDir, pgSchemaUrl, PG_URL } from "../helpers/store.js";
import { tempDir } from "../helpers/tmp.js";

const EXAMPLES = new URL("../../examples/", import.meta.url).pathname;

const FILLED = [
  ...["documents", "statements", "figures", "legal_refs", "events", "search_units"],
  ...["document_actors", "actors", "actor_aliases", "actor_merges"],
  ...["cases", "case_events", "case_changes", "case_history", "case_suggestions"],
  ...["users", "sessions", "vigil_migrations"],
];

function someArticles(n: number): string[] {
  const dir = join(EXAMPLES, "articles");
  return readdirSync(dir)
    .sort()
    .slice(0, n)
    .map((name) => join(dir, name));
}

/** A database with rows in every table a user fills: documents, cases, merges, accounts. */
async function populate(db: string): Promise<void> {
  const ingest = await runCli(["--db", db, "ingest", ...someArticles(6)]);
  expect(ingest.code, ingest.stderr).toBe(0);
  const cases = await runCli([
    "--db",
    db,
    "cases",
    "import",
    join(EXAMPLES, "register", "cases.csv"),
    join(EXAMPLES, "register", "events.csv"),
  ]);
  expect(cases.code, cases.stderr).toBe(0);
  const actors = JSON.parse((await runCli(["--db", db, "actors", "--json"])).stdout) as {
    id: number;
    kind: string;
  }[];
  const people = actors.filter((a) => a.kind === "person");
  const merge = await runCli([
    "--db",
    db,
    "actors",
    "merge",
    String(people[0]!.id),
    String(people[1]!.id),
  ]);
  expect(merge.code, merge.stderr).toBe(0);
  const user = await runCli(
    ["--db", db, "users", "add", "archivist", "--role", "editor", "--password-stdin"],
    { stdin: "a long enough passphrase\n" },
  );
  expect(user.code, user.stderr).toBe(0);
  // A correction of a person's details (kept in case_changes) and a signed-in session.
  const [head, , second] = readFileSync(join(EXAMPLES, "register", "cases.csv"), "utf8").split(
    "\n",
  );
  const update = join(tempDir(), "update.csv");
  writeFileSync(update, `${head}\n${second!.replace(",land-rights blogger,", ",blogger,")}\n`);
  const updated = await runCli(["--db", db, "cases", "import", update]);
  expect(updated.stdout + updated.stderr).toContain("1 updated");
  const store = await openStore({ db });
  try {
    const [u] = await store.usersList();
    const now = new Date();
    await store.sessionCreate({
      tokenHash: "f".repeat(64),
      userId: u!.id,
      expiresAt: new Date(now.getTime() + 3_600_000).toISOString(),
      now: now.toISOString(),
    });
  } finally {
    await store.close();
  }
}

/** Every table's rows as sorted JSON text: compared by value, independently of Vigil's hashes. */
async function tables(url: string): Promise<Record<string, string[]>> {
  const db = await createDb({ db: url }, { migrate: false });
  try {
    return await rowsOf(db);
  } finally {
    await db.close();
  }
}

async function rowsOf(db: Db): Promise<Record<string, string[]>> {
  return db.transaction(async (s) => {
    await s.exec("SET LOCAL TimeZone = 'UTC'");
    const out: Record<string, string[]> = {};
    for (const t of await listTables(s))
      out[t] = (await s.query<{ j: string }>(`SELECT row_to_json(t)::text AS j FROM "${t}" t`))
        .map((r) => r.j)
        .sort();
    return out;
  });
}

describeBackends("backup and restore", (fresh, dialect) => {
  it("round-trips every table, row for row", async () => {
    const source = await fresh();
    await populate(source);
    const file = join(tempDir(), "vigil.backup.jsonl.gz");
    const b = await runCli(["--db", source, "backup", file]);
    expect(b.code, b.stderr).toBe(0);
    const target = await fresh();
    const r = await runCli(["--db", target, "restore", file, "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const [want, got] = [await tables(source), await tables(target)];
    expect(Object.keys(got)).toEqual(Object.keys(want));
    for (const t of Object.keys(want)) expect(got[t], t).toEqual(want[t]);
    // Compared above: every table. Filled by `populate`, at least these:
    const filled = Object.keys(want).filter((t) => want[t]!.length > 0);
    expect(filled).toEqual(expect.arrayContaining(FILLED));
    const report = JSON.parse(r.stdout);
    expect(report.tables.documents.rows).toBe(want.documents!.length);
    expect(report.migrations.applied).toEqual([]);

    // Ids go on from where the source left them.
    const after = await runCli(["--db", target, "ingest", join(EXAMPLES, "README.md")]);
    expect(after.stderr).toContain("1 ingested");
  }, 180_000);

  it("refuses to overwrite a database holding data without --force, and replaces it with", async () => {
    const source = await fresh();
    await runCli([
      "--db",
      source,
      "ingest",
      join(EXAMPLES, "articles", "01-mekong-wire-nghe-an-teacher-arrested.md"),
    ]);
    const file = join(tempDir(), "one.jsonl.gz");
    expect((await runCli(["--db", source, "backup", file])).code).toBe(0);
    const again = await runCli(["--db", source, "backup", file]);
    expect(again.stderr).toContain("exists");

    const target = await fresh();
    await runCli(["--db", target, "ingest", ...someArticles(3)]);
    const before = await tables(target);
    const refused = await runCli(["--db", target, "restore", file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already holds data \(\d+ rows in documents/);
    expect(refused.stderr).toContain("[VIGIL_ERR_DB_NOT_EMPTY]");
    expect(await tables(target)).toEqual(before);

    const forced = await runCli(["--db", target, "restore", file, "--force"]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(await tables(target)).toEqual(await tables(source));
  }, 180_000);

  it("refuses a damaged or truncated backup and leaves the database as it was", async () => {
    const source = await fresh();
    await runCli(["--db", source, "ingest", ...someArticles(3)]);
    const dir = tempDir();
    const file = join(dir, "good.jsonl.gz");
    expect((await runCli(["--db", source, "backup", file])).code).toBe(0);
    const lines = gunzipSync(readFileSync(file)).toString("utf8").split("\n");
    const changed = lines.map((l) =>
      l.includes('"sha256"') ? l.replace("Nghệ An", "Nghe An") : l,
    );
    const variants: [string, Buffer, RegExp][] = [
      ["truncated.gz", gzipSync(lines.slice(0, -5).join("\n")), /truncated: no trailer/],
      ["changed.gz", gzipSync(changed.join("\n")), /rows differ from its trailer: documents/],
      ["cut.gz", readFileSync(file).subarray(0, 2000), /damaged|truncated/],
      ["notes.gz", Buffer.from("not a backup\n"), /not a gzip file/],
    ];
    const target = await fresh();
    await runCli([
      "--db",
      target,
      "ingest",
      join(EXAMPLES, "articles", "02-saigon-monitor-un-cooperation-claim.md"),
    ]);
    const before = await tables(target);
    for (const [name, bytes, message] of variants) {
      writeFileSync(join(dir, name), bytes);
      const r = await runCli(["--db", target, "restore", join(dir, name), "--force"]);
      expect(r.code, name).toBe(1);
      expect(r.stderr, name).toMatch(message);
      expect(r.stderr, name).toContain("[VIGIL_ERR_BACKUP_INVALID]");
      expect(await tables(target), name).toEqual(before);
    }
  }, 180_000);

  it("takes a consistent snapshot while documents are being written", async () => {
    const url = await fresh();
    const store = await openStore({ db: url });
    const other = dialect === "postgres" ? await openStore({ db: url }) : store;
    const dir = tempDir();
    const backups: DumpReport[] = [];
    try {
      const texts = Array.from(
        { length: 24 },
        (_, i) =>
          `Report ${i}: police in Hà Nội detained the blogger Phạm Văn Điệp${i % 3} on Monday, his lawyer said. “He wrote about land,” the lawyer said.`,
      );
      const { analyzeDocument } = await import("../../src/ingest/analyze-service.js");
      const writing = (async () => {
        for (const [i, text] of texts.entries()) {
          const doc = sourceDoc(`r${i}.txt`, text, null);
          await store.ingest([{ name: doc.name, record: analyzeDocument(doc) }]);
        }
      })();
      for (let i = 0; i < 4; i++) {
        await new Promise((r) => setTimeout(r, 150));
        backups.push(await other.backup(join(dir, `b${i}.gz`)));
      }
      await writing;
    } finally {
      if (other !== store) await other.close();
      await store.close();
    }
    // Each snapshot holds whole documents: as many statements and search units per document
    // as the finished database has for that document.
    const final = await tables(url);
    {
      for (const [i, b] of backups.entries()) {
        const restored = await fresh();
        const r = await runCli(["--db", restored, "restore", join(dir, `b${i}.gz`)]);
        expect(r.code, r.stderr).toBe(0);
        const got = await tables(restored);
        expect(got.documents!.length).toBe(b.tables.documents!.rows);
        const perDoc = (rows: Record<string, string[]>, t: string) => {
          const m = new Map<number, number>();
          for (const line of rows[t]!) {
            const id = (JSON.parse(line) as { document_id: number }).document_id;
            m.set(id, (m.get(id) ?? 0) + 1);
          }
          return m;
        };
        for (const t of ["statements", "search_units", "document_actors"]) {
          const [mine, whole] = [perDoc(got, t), perDoc(final, t)];
          for (const [id, n] of mine) expect(n, `${t} of document ${id}`).toBe(whole.get(id));
        }
      }
    }
  });

  it("restores a backup of an older schema, then applies the newer migrations", async () => {
    const older = await createDb({ db: "memory://" }, { migrate: false });
    const file = join(tempDir(), "older.jsonl.gz");
    const last = MIGRATIONS.at(-1)!;
    try {
      // A database as the previous Vigil left it: every migration but the last.
      await migrate(older, MIGRATIONS.slice(0, -1));
      await older.query(
        `INSERT INTO documents (sha256, format, path, text, chars, extractor_version)
         VALUES ('00aa', 'text', 'old.txt', 'An old note.', 12, 1)`,
      );
      await createDumpService(older).backup(file);
    } finally {
      await older.close();
    }
    const target = await fresh();
    const r = await runCli(["--db", target, "restore", file, "--json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).migrations.applied).toEqual([last.id]);
    const got = await tables(target);
    expect(got.documents).toHaveLength(1);
    expect(got.vigil_migrations!.map((l) => JSON.parse(l).id).sort((a, b) => a - b)).toEqual(
      MIGRATIONS.map((m) => m.id).sort((a, b) => a - b),
    );
  });
});

describe("reference tables", () => {
  it("are the only tables a fresh database has rows in", async () => {
    const db = await createDb({ db: "memory://" });
    try {
      const got = await rowsOf(db);
      const filled = Object.keys(got).filter((t) => got[t]!.length > 0);
      expect(filled.sort()).toEqual([...REFERENCE_TABLES].sort());
    } finally {
      await db.close();
    }
  });
});

describe.skipIf(!PG_URL)("vigil db copy", () => {
  it("moves an embedded database to PostgreSQL and back with nothing lost", async () => {
    const dir = await freshDataDir();
    await populate(dir);
    const pg = await pgSchemaUrl();
    try {
      const copy = await runCli(["db", "copy", "--from", dir, "--to", pg.url, "--json"]);
      expect(copy.code, copy.stderr).toBe(0);
      const want = await tables(dir);
      const got = await tables(pg.url);
      for (const t of Object.keys(want)) expect(got[t], t).toEqual(want[t]);
      expect(JSON.parse(copy.stdout).tables.documents.rows).toBe(want.documents!.length);

      const refused = await runCli(["db", "copy", "--from", dir, "--to", pg.url]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain("[VIGIL_ERR_DB_NOT_EMPTY]");

      const back = join(tempDir(), "back");
      const again = await runCli(["db", "copy", "--from", pg.url, "--to", back]);
      expect(again.code, again.stderr).toBe(0);
      expect(await tables(back)).toEqual(want);
      // The server database works as the embedded one did.
      const search = await runCli(["--db", pg.url, "search", "teacher", "--json"]);
      expect(JSON.parse(search.stdout).hits.length).toBeGreaterThan(0);
    } finally {
      await pg.drop();
    }
  }, 180_000);
});

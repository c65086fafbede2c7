import { expect, it } from "vitest";
import { createDb } from "../../src/store/db.js";
import { createStoreService } from "../../src/store/store-service.js";
import { runCli } from "../helpers/cli.js";
import { item, type RecordSpec } from "../helpers/records.js";
import { describeBackends } from "../helpers/store.js";

const DOCS: RecordSpec[] = [
  {
    title: "Court upholds sentence of land-rights blogger",
    text: "HANOI — An appeals court upheld the nine-year sentence of blogger Đinh Văn Phúc on Tuesday, his lawyer Hoàng Minh Tâm said. “The court did not read our appeal,” Tâm said.",
    date: "2023-09-05",
    outlet: "Mekong Wire",
    actors: [
      { name: "Đinh Văn Phúc", roles: ["blogger"] },
      { name: "Hoàng Minh Tâm", aliases: ["Tâm"], roles: ["lawyer"] },
    ],
    statements: [{ quote: "“The court did not read our appeal,”", speaker: 1 }],
  },
  {
    title: "Lawyer says client was beaten",
    text: "Lawyer Hoang Minh Tam said on Monday that his client “was beaten during questioning”, a claim the police denied.",
    date: "2023-02-14",
    outlet: "Saigon Monitor",
    actors: [{ name: "Hoang Minh Tam", roles: ["Lawyer"] }],
    statements: [{ quote: "“was beaten during questioning”", speaker: 0 }],
  },
];

/** A database holding the fixture documents, as a `--db` value. */
async function seeded(fresh: () => Promise<string>): Promise<string> {
  const db = await fresh();
  const handle = await createDb({ db });
  // One at a time: an actor is named as the first document to reach the store spells it, and
  // concurrent writers (PostgreSQL) may bring the second document first.
  const store = createStoreService(handle, { concurrency: 1 });
  await store.ingest(DOCS.map((d) => item(d)));
  await store.close();
  return db;
}

describeBackends("vigil actors, actor and search", (fresh) => {
  it("list, show, merge, undo and search from the command line", async () => {
    const db = await seeded(fresh);
    const list = await runCli(["--db", db, "actors"]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/Hoàng Minh Tâm {2}\(also: .*Hoang Minh Tam/);
    const json = JSON.parse(
      (await runCli(["actors", "--json", "--kind", "person", "--db", db])).stdout,
    );
    expect(json.map((a: { name: string }) => a.name).sort()).toEqual([
      "Hoàng Minh Tâm",
      "Đinh Văn Phúc",
    ]);

    const actor = await runCli(["--db", db, "actor", "hoang", "minh", "tam"]);
    expect(actor.code).toBe(0);
    const lines = actor.stdout.split("\n");
    expect(lines[0]).toMatch(/^Hoàng Minh Tâm {2}\(#\d+, person\)/);
    const dated = lines.filter((l) => /^\d{4}-\d{2}-\d{2} /.test(l));
    expect(dated.map((l) => l.slice(0, 10))).toEqual(["2023-02-14", "2023-09-05"]);
    expect(actor.stdout).toContain("“The court did not read our appeal,” Tâm said.");
    expect(actor.stdout).toContain(
      "— Lawyer says client was beaten, Saigon Monitor, 2023-02-14 [document",
    );

    const missing = await runCli(["--db", db, "actor", "Nobody", "Known"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('actor "Nobody Known" not found [VIGIL_ERR_NOT_FOUND]');

    const ids = Object.fromEntries(json.map((a: { name: string; id: number }) => [a.name, a.id]));
    const merge = await runCli([
      "--db",
      db,
      "actors",
      "merge",
      String(ids["Hoàng Minh Tâm"]),
      String(ids["Đinh Văn Phúc"]),
      "--reason",
      "test",
      "--json",
    ]);
    expect(merge.code).toBe(0);
    const m = JSON.parse(merge.stdout);
    const history = await runCli(["--db", db, "actors", "history"]);
    expect(history.stdout).toMatch(
      new RegExp(`merge ${m.id}: Đinh Văn Phúc \\(#\\d+\\) merged into Hoàng Minh Tâm`),
    );
    const undo = await runCli(["--db", db, "actors", "unmerge", String(m.id)]);
    expect(undo.stdout).toContain("[undone");

    const search = await runCli(["--db", db, "search", "appeal", "--speaker", "Hoang Minh Tam"]);
    expect(search.code).toBe(0);
    expect(search.stdout).toContain("1. statement, direct — Hoàng Minh Tâm (lawyer), 2023-09-05");
    expect(search.stdout).toContain("**appeal**");
    const sj = JSON.parse(
      (
        await runCli([
          "--db",
          db,
          "search",
          "--json",
          "beaten",
          "--from",
          "2023-01",
          "--to",
          "2023-03",
        ])
      ).stdout,
    );
    expect(sj.hits.length).toBeGreaterThan(0);
    expect(
      sj.hits.every((h: { document: { date: string } }) => h.document.date === "2023-02-14"),
    ).toBe(true);
    const bad = await runCli(["--db", db, "search", "x", "--kind", "rumour"]);
    expect(bad.code).toBe(2);
  });
});

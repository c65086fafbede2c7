// The register commands end to end: import (errors on standard error, exit code 1, nothing
// imported), export to a file and back, stats as a table and as JSON.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { EXAMPLE_REGISTER } from "../helpers/register-db.js";
import { describeBackends } from "../helpers/store.js";
import { tempDir } from "../helpers/tmp.js";

const CASES = join(EXAMPLE_REGISTER, "cases.csv");
const EVENTS = join(EXAMPLE_REGISTER, "events.csv");

describeBackends("vigil cases and vigil stats", (fresh) => {
  it("refuses a file with errors, naming file, line and column", async () => {
    const db = await fresh();
    const bad = join(tempDir(), "bad.csv");
    writeFileSync(bad, "id,name,arrested\nX-1,Lê Văn Một,2021-02-30\nX-2,Lê Văn Hai,2021-02-01\n");
    const r = await runCli(["--db", db, "cases", "import", bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad}:2:3: arrested: `);
    expect(r.stdout).toMatch(/nothing imported: 1 error/);
    expect((await runCli(["--db", db, "cases", "--json"])).stdout.trim()).toBe("[]");
    const skip = await runCli(["--db", db, "cases", "import", bad, "--skip-invalid"]);
    expect(skip.code).toBe(1);
    expect(skip.stdout).toMatch(/cases 1 added/);
  });

  it("imports, exports and counts", async () => {
    const db = await fresh();
    const imported = await runCli(["--db", db, "cases", "import", CASES, EVENTS, "--json"]);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ ok: true, cases: { added: 76 } });

    const table = await runCli([
      "--db",
      db,
      "stats",
      "--as-of",
      "2021-04-25",
      "--status",
      "detained",
      "--by",
      "gender",
    ]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^detained as of 2021-04-25 \(as now recorded\): 28$/m);
    expect(table.stdout).toMatch(/^rules: vigil-default@1 \(partial dates: start-of-period\)$/m);
    expect(table.stdout).toMatch(/^female\s+10$/m);

    const json = JSON.parse(
      (
        await runCli([
          "stats",
          "--db",
          db,
          "--as-of",
          "2024-12-31",
          "--status",
          "detained",
          "--charge",
          "117",
          "--rules",
          "as-charged",
          "--list",
          "--json",
        ])
      ).stdout,
    );
    expect(json).toMatchObject({ rules: "as-charged@1", total: 24, redacted: 1, listed: true });

    const series = JSON.parse(
      (
        await runCli([
          "--db",
          db,
          "stats",
          "--series",
          "--from",
          "2021-01-01",
          "--to",
          "2021-12-01",
          "--every",
          "quarter",
          "--status",
          "detained",
          "--json",
        ])
      ).stdout,
    );
    expect(series.points.map((p: { asOf: string }) => p.asOf)).toEqual([
      "2021-01-01",
      "2021-04-01",
      "2021-07-01",
      "2021-10-01",
    ]);

    const flows = await runCli([
      "--db",
      db,
      "stats",
      "--events",
      "deceased",
      "--from",
      "2024-01-01",
      "--to",
      "2024-12-31",
      "--while-detained",
      "--json",
    ]);
    expect(JSON.parse(flows.stdout)).toMatchObject({ people: 1 });

    const dir = tempDir();
    for (const [format, file] of [
      ["csv", "cases.csv"],
      ["events-csv", "events.csv"],
    ] as const) {
      const r = await runCli([
        "--db",
        db,
        "cases",
        "export",
        "--format",
        format,
        "--include-confidential",
        "--out",
        join(dir, file),
      ]);
      expect(r.code).toBe(0);
    }
    const copy = await fresh();
    const again = await runCli([
      "--db",
      copy,
      "cases",
      "import",
      join(dir, "cases.csv"),
      join(dir, "events.csv"),
    ]);
    expect(again.code).toBe(0);
    const out = await runCli([
      "--db",
      copy,
      "cases",
      "export",
      "--format",
      "events-csv",
      "--include-confidential",
    ]);
    expect(out.stdout).toBe(readFileSync(join(dir, "events.csv"), "utf8"));
    const shown = await runCli(["--db", copy, "cases", "show", "VN-072"]);
    expect(shown.stdout).toMatch(/^VN-072 {2}Nguyễn Thị Hòa {2}\[confidential\]$/m);
  }, 240_000);

  it("reviews suggestions read from an ingested article", async () => {
    const db = await fresh();
    expect((await runCli(["--db", db, "cases", "import", CASES, EVENTS])).code).toBe(0);
    const article = join(
      EXAMPLE_REGISTER,
      "../articles/05-mekong-wire-nghe-an-teacher-eight-years.md",
    );
    expect((await runCli(["--db", db, "ingest", article])).code).toBe(0);
    const queue = JSON.parse((await runCli(["--db", db, "review", "--json"])).stdout) as {
      id: number;
      decision: string;
    }[];
    expect(queue.length).toBeGreaterThan(1);
    const listed = await runCli(["--db", db, "review"]);
    expect(listed.stdout).toMatch(/^#\d+ \[pending\] /m);
    const [first, second] = queue;
    const accepted = await runCli([
      "--db",
      db,
      "review",
      "accept",
      String(first!.id),
      ...(first!.decision === "ambiguous" ? ["--new"] : []),
      "--reviewer",
      "editor-1",
    ]);
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toMatch(new RegExp(`^suggestion ${first!.id} accepted: `));
    const noReason = await runCli(["--db", db, "review", "reject", String(second!.id)]);
    expect(noReason.code).toBe(2);
    const rejected = await runCli([
      "--db",
      db,
      "review",
      "reject",
      String(second!.id),
      "--reason",
      "already in our records",
    ]);
    expect(rejected.stdout).toBe(`suggestion ${second!.id} rejected: already in our records\n`);
    const decided = JSON.parse(
      (await runCli(["--db", db, "review", "--status", "all", "--json"])).stdout,
    );
    expect(decided.filter((s: { status: string }) => s.status !== "pending")).toHaveLength(2);
  }, 240_000);
});

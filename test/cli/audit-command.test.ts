import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { describeBackends } from "../helpers/store.js";
import { tempDir } from "../helpers/tmp.js";

describeBackends("vigil audit", (fresh) => {
  it("shows who changed a record, what changed and why", async () => {
    const db = await fresh();
    const dir = tempDir();
    const first = join(dir, "first.csv");
    const second = join(dir, "second.csv");
    writeFileSync(first, "id,name,province\nA-1,Mạc Văn Tùng,Hue\n");
    writeFileSync(second, "id,name,province\nA-1,Mạc Văn Tùng,Da Nang\n");
    const env = { USER: "thu" };
    expect((await runCli(["--db", db, "cases", "import", first], { env })).code).toBe(0);
    const second_ = await runCli(["--db", db, "cases", "import", second, "--why", "moved"], {
      env,
    });
    expect(second_.code).toBe(0);
    const r = await runCli(["--db", db, "audit", "case:A-1"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /thu {2}case\.update {2}case:A-1\n {4}province: Hue → Da Nang\n {4}why: moved/,
    );
    expect(r.stdout).toMatch(/case\.create {2}case:A-1\n(.*\n)* {4}why: import .*first\.csv/);
    const json = JSON.parse((await runCli(["--db", db, "audit", "--json"])).stdout);
    expect(json.map((e: { action: string }) => e.action)).toEqual(["case.update", "case.create"]);
    const bad = await runCli(["--db", db, "audit", "nothing"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/TYPE:ID/);
  });
});

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { describeBackends } from "../helpers/store.js";
import { tempDir } from "../helpers/tmp.js";

const ARTICLE = (n: number) => `Court hears appeal of detained blogger, case ${n}

HANOI — A provincial court on Monday heard the appeal of a blogger held since last spring, her lawyer said. “Nothing she wrote called for violence,” the lawyer told reporters after the hearing.
`;

function corpus(): { dir: string; good: string[] } {
  const dir = tempDir();
  const good = [1, 2, 3].map((n) => {
    const p = join(dir, `article-${n}.txt`);
    writeFileSync(p, ARTICLE(n));
    return p;
  });
  return { dir, good };
}

describeBackends("vigil ingest", (fresh) => {
  it("stores a folder, reports a summary, and finds nothing new the second time", async () => {
    const db = await fresh();
    const { dir } = corpus();
    const first = await runCli(["--db", db, "ingest", dir]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(
      /vigil ingest: 3 inputs: 3 ingested, 0 unchanged, 0 re-extracted, 0 failed \(.* documents\/s, .* MB\/s\)/,
    );
    // --db after the command name works the same.
    const second = await runCli(["ingest", dir, "--db", db, "--json"]);
    expect(second.code).toBe(0);
    const lines = second.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.slice(0, 3).map((l) => l.status)).toEqual(["unchanged", "unchanged", "unchanged"]);
    expect(lines[3].summary).toMatchObject({ documents: 3, ingested: 0, unchanged: 3, failed: 0 });
  });

  it("reports each bad input with its reason, stores the rest and exits 1", async () => {
    const db = await fresh();
    const { dir } = corpus();
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(
      join(dir, "photo.txt"),
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]),
    );
    writeFileSync(join(dir, "latin1.txt"), Buffer.from("Tr\xe1i lu\xe2t\n", "latin1"));
    writeFileSync(join(dir, "huge.md"), "# Big\n\n" + "Words of a long report. ".repeat(3000));
    writeFileSync(
      join(dir, "batch.jsonl"),
      '{"id":"a","text":"A court in Hanoi sat today."}\nnot json\n{"id":"c"}\n',
    );
    const r = await runCli(["--db", db, "ingest", "--json", dir], {
      env: { VIGIL_MAX_INPUT_BYTES: "50000" },
    });
    expect(r.code).toBe(1);
    const byId = new Map(
      r.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l))
        .filter((l) => l.id)
        .map((l) => [l.id, l]),
    );
    const code = (name: string) =>
      (byId.get(join(dir, name)) as { error?: { code: string } })?.error?.code;
    expect(code("empty.txt")).toBe("VIGIL_ERR_SOURCE_EMPTY");
    expect(code("photo.txt")).toBe("VIGIL_ERR_SOURCE_BINARY");
    expect(code("latin1.txt")).toBe("VIGIL_ERR_SOURCE_ENCODING");
    expect(code("huge.md")).toBe("VIGIL_ERR_SOURCE_TOO_LARGE");
    expect(code("batch.jsonl:2")).toBe("VIGIL_ERR_SOURCE_MALFORMED");
    expect(code("batch.jsonl:3")).toBe("VIGIL_ERR_SOURCE_MALFORMED");
    expect(byId.get(`${join(dir, "batch.jsonl")}:1 (a)`)).toMatchObject({
      ok: true,
      status: "ingested",
    });
    expect(r.stderr).toContain(
      `${join(dir, "empty.txt")}: empty: nothing to analyse [VIGIL_ERR_SOURCE_EMPTY]`,
    );
    expect(r.stderr).toMatch(/4 ingested, 0 unchanged, 0 re-extracted, 6 failed/);
    expect(r.stderr).toMatch(/failures: .*2 VIGIL_ERR_SOURCE_MALFORMED/);
  });

  it("reads JSONL from standard input and keeps each line's metadata", async () => {
    const db = await fresh();
    const line = JSON.stringify({
      id: "x1",
      text: "Police in Hue detained a teacher on Friday.",
      title: "Teacher detained",
      outlet: "Hue Herald",
      date: "2022-05-06",
    });
    const r = await runCli(["--db", db, "ingest", "-"], { stdin: line + "\n" });
    expect(r.code).toBe(0);
    const s = await runCli(["--db", db, "search", "--json", "teacher", "--outlet", "hue herald"]);
    const hits = JSON.parse(s.stdout).hits;
    expect(hits[0].document).toMatchObject({
      title: "Teacher detained",
      outlet: "Hue Herald",
      date: "2022-05-06",
    });
  });
});

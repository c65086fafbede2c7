import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { makePdf, textPage } from "../helpers/make-pdf.js";
import { tempDir } from "../helpers/tmp.js";

const ARTICLE = `Court upholds activist's sentence

HANOI — An appeals court on Tuesday upheld the sentence of a land-rights activist, her lawyer said.
`;

describe("vigil analyze", () => {
  it("prints one JSONL line per document whose offsets index its own text", async () => {
    const dir = tempDir();
    const file = join(dir, "court-2024-03-12.txt");
    writeFileSync(file, ARTICLE);
    const r = await runCli(["analyze", "--format", "jsonl", file]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]!);
    expect(record.source).toMatchObject({
      path: file,
      title: "Court upholds activist's sentence",
      date: "2024-03-12",
      format: "text",
    });
    expect(record.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(record.text).toBe(ARTICLE);
    for (const key of ["statements", "figures", "legalRefs", "events", "reports", "actors"])
      expect(Array.isArray(record[key])).toBe(true);
    for (const s of record.statements) expect(record.text.slice(s.start, s.end)).toBe(s.text);
  });

  it("keeps JSONL ids and text unchanged", async () => {
    const text = "Line one.\r\nShe said: \u201cNo.\u201d  ";
    const r = await runCli(["analyze", "--format", "jsonl", "-"], {
      stdin: JSON.stringify({ id: "doc-9", text }) + "\n",
    });
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout);
    expect(record.id).toBe("doc-9");
    expect(record.text).toBe(text);
  });

  it("writes a JSON array with --format json", async () => {
    const dir = tempDir();
    const r = await runCli(["analyze", "--format", "json", "-"], {
      stdin: '{"id":"a","text":"A."}\n{"id":"b","text":"B."}\n',
    });
    expect(JSON.parse(r.stdout).map((x: { id: string }) => x.id)).toEqual(["a", "b"]);
    const none = await runCli(["analyze", "--format", "json", join(dir, "missing.txt")]);
    expect(JSON.parse(none.stdout)).toEqual([]);
    expect(none.code).toBe(1);
  });

  it("defaults to the Markdown report on a terminal", async () => {
    const dir = tempDir();
    const file = join(dir, "a.txt");
    writeFileSync(file, ARTICLE);
    const r = await runCli(["analyze", file], { tty: true });
    expect(r.stdout).toMatch(/^# Court upholds activist's sentence/);
    expect(r.stdout).toContain("## Statements");
  });

  it("reports bad inputs on standard error, analyses the rest and exits 1", async () => {
    const dir = tempDir();
    const good = join(dir, "good.txt");
    const empty = join(dir, "empty.txt");
    const binary = join(dir, "photo.txt");
    writeFileSync(good, ARTICLE);
    writeFileSync(empty, "");
    writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]));
    const r = await runCli(["analyze", "--format", "jsonl", empty, binary, good]);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(
      `vigil: ${empty}: empty: nothing to analyse [VIGIL_ERR_SOURCE_EMPTY]`,
    );
    expect(r.stderr).toContain(
      `vigil: ${binary}: not text: NUL byte at offset 4 [VIGIL_ERR_SOURCE_BINARY]`,
    );
    expect(r.stderr).toContain("1 document analysed, 2 failed");
  });

  it("keeps a PDF's page spans in the source provenance", async () => {
    const dir = tempDir();
    const file = join(dir, "report.pdf");
    const pdf = makePdf({
      pages: [
        textPage(["Annual report on detentions"]),
        textPage(["The court sentenced the blogger to six years, the group said."]),
      ],
    });
    writeFileSync(file, pdf);
    const r = await runCli(["analyze", "--format", "jsonl", file]);
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout);
    const pages = record.source.provenance.pages as { page: number; start: number; end: number }[];
    expect(pages.map((p) => p.page)).toEqual([1, 2]);
    expect(record.text.slice(pages[1]!.start, pages[1]!.end)).toContain("six years");
  });

  it("rejects an unknown format as a usage error", async () => {
    const r = await runCli(["analyze", "--format", "xml", "x.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("xml");
  });

  it("works through the installed binary (npx vigil)", () => {
    const dir = tempDir();
    const help = execFileSync("npx", ["--no-install", "vigil", "--help"], { encoding: "utf8" });
    expect(help).toContain("analyze");
    const file = join(dir, "bin.txt");
    writeFileSync(file, ARTICLE);
    const res = spawnSync(
      "node",
      ["bin/vigil.js", "analyze", "--format", "jsonl", file, join(dir, "nope.txt")],
      { encoding: "utf8" },
    );
    expect(res.status).toBe(1);
    expect(JSON.parse(res.stdout).text).toBe(ARTICLE);
    expect(res.stderr).toContain("no such file or directory");
  }, 240_000);
});

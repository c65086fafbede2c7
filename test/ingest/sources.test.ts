import { execFileSync } from "node:child_process";
import { closeSync, ftruncateSync, mkdirSync, openSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import { inputBytes } from "../../src/ingest/input-size.js";
import { readSources, type SourceOptions } from "../../src/ingest/sources.js";
import type { ReadResult } from "../../src/ingest/readers/types.js";
import { tempDir } from "../helpers/tmp.js";

const limits: SourceOptions = { maxInputBytes: 1024 * 1024, maxDocumentChars: 100_000 };

async function collect(paths: string[], opts: Partial<SourceOptions> = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readSources(paths, { ...limits, ...opts })) out.push(r);
  return out;
}

function summary(results: ReadResult[]): string[] {
  return results.map((r) =>
    r.ok ? `ok ${r.doc.name}` : `fail ${r.name} ${(r.error as { code?: string }).code}`,
  );
}

describe("readSources", () => {
  it("walks folders in name order, keeping only known extensions and skipping hidden entries", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "b"));
    writeFileSync(join(dir, "b", "two.md"), "# Two\n\nText.\n");
    writeFileSync(join(dir, "a.txt"), "One.\n");
    writeFileSync(join(dir, "image.png"), Buffer.from([0x89, 0x50]));
    writeFileSync(join(dir, ".hidden.txt"), "secret\n");
    expect(summary(await collect([dir]))).toEqual([
      `ok ${join(dir, "a.txt")}`,
      `ok ${join(dir, "b", "two.md")}`,
    ]);
  });

  it("reports each bad input by name and goes on with the rest", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "good.txt"), "Police said the blogger was detained.\n");
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(
      join(dir, "zip.txt"),
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]),
    );
    writeFileSync(join(dir, "latin1.txt"), Buffer.from([0x4e, 0x67, 0x75, 0x79, 0xea, 0x6e]));
    writeFileSync(join(dir, "notes.docx"), "x");
    const names = [
      "empty.txt",
      "zip.txt",
      "latin1.txt",
      "missing.txt",
      "notes.docx",
      "good.txt",
    ].map((n) => join(dir, n));
    expect(summary(await collect(names))).toEqual([
      `fail ${names[0]} VIGIL_ERR_SOURCE_EMPTY`,
      `fail ${names[1]} VIGIL_ERR_SOURCE_BINARY`,
      `fail ${names[2]} VIGIL_ERR_SOURCE_ENCODING`,
      `fail ${names[3]} VIGIL_ERR_SOURCE_UNREADABLE`,
      `fail ${names[4]} VIGIL_ERR_SOURCE_UNSUPPORTED`,
      `ok ${names[5]}`,
    ]);
  });

  it("refuses a 200 MB file without reading it", async () => {
    const dir = tempDir();
    const big = join(dir, "huge.txt");
    const fd = openSync(big, "w");
    ftruncateSync(fd, 200 * 1024 * 1024); // sparse: costs no disk
    closeSync(fd);
    const before = process.memoryUsage().rss;
    const [r] = await collect([big], { maxInputBytes: 64 * 1024 * 1024 });
    expect(r!.ok).toBe(false);
    expect(!r!.ok && r!.error.message).toBe(
      `${big}: too large: 200.0 MiB (limit 64.0 MiB; raise it with VIGIL_MAX_INPUT_BYTES)`,
    );
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it("reads on past the size its stat gave, and refuses it once the limit is passed", async () => {
    // A /proc file states a size of 0 and holds more: the read buffer, sized from the stat, grows.
    const dir = tempDir();
    const link = join(dir, "status.txt");
    symlinkSync("/proc/self/status", link);
    const [r] = await collect([link]);
    expect(r!.ok && r!.doc.text).toMatch(/^Name:[^]*\nPid:\s+\d+[^]*\nVmRSS:/);
    expect(r!.ok && r!.doc.text.length).toBeGreaterThan(500);
    const [small] = await collect([link], { maxInputBytes: 100 });
    expect(!small!.ok && small!.error.message).toBe(
      `${link}: too large: more than 100 B (limit 100 B; raise it with VIGIL_MAX_INPUT_BYTES)`,
    );
  });

  it("reads JSONL line by line, keeping ids and reporting bad lines with their numbers", async () => {
    const dir = tempDir();
    const file = join(dir, "batch.jsonl");
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('{"id":"d1","text":"She said it was unjust.","date":"2024-05-02"}\n\n'),
        Buffer.from("{not json}\n"),
        Buffer.from('{"id":"d3","title":"no text"}\n'),
        Buffer.from('["an","array"]\n'),
        Buffer.from('{"id":"d5","text":"caf'),
        Buffer.from([0xe9]),
        Buffer.from('"}\n{"id":7,"text":"  "}\n{"id":"d8","text":"Last line without newline."}'),
      ]),
    );
    const results = await collect([file]);
    expect(summary(results)).toEqual([
      `ok ${file}:1 (d1)`,
      `fail ${file}:3 VIGIL_ERR_SOURCE_MALFORMED`,
      `fail ${file}:4 VIGIL_ERR_SOURCE_MALFORMED`,
      `fail ${file}:5 VIGIL_ERR_SOURCE_MALFORMED`,
      `fail ${file}:6 VIGIL_ERR_SOURCE_MALFORMED`,
      `fail ${file}:7 VIGIL_ERR_SOURCE_MALFORMED`,
      `ok ${file}:8 (d8)`,
    ]);
    const first = results[0]!;
    expect(first.ok && first.doc).toMatchObject({
      id: "d1",
      date: "2024-05-02",
      text: "She said it was unjust.",
    });
    expect(!results[4]!.ok && results[4]!.error.message).toContain("invalid UTF-8");
  });

  it("skips an over-long JSONL line as it streams past", async () => {
    const dir = tempDir();
    const file = join(dir, "long.jsonl");
    writeFileSync(
      file,
      `{"id":"big","text":"${"x".repeat(50_000)}"}\n{"id":"ok","text":"Fine."}\n`,
    );
    const results = await collect([file], { maxDocumentChars: 1_000 });
    expect(summary(results)).toEqual([
      `fail ${file}:1 VIGIL_ERR_SOURCE_TOO_LARGE`,
      `ok ${file}:2 (ok)`,
    ]);
  });

  it("reports an empty JSONL file", async () => {
    const dir = tempDir();
    const file = join(dir, "none.jsonl");
    writeFileSync(file, "\n\n");
    expect(summary(await collect([file]))).toEqual([`fail ${file} VIGIL_ERR_SOURCE_EMPTY`]);
  });

  it("reads standard input as text, or as JSONL when it starts with {", async () => {
    const text = await collect(["-"], {
      stdin: Readable.from([Buffer.from("He told reporters it was over.\n")]),
    });
    expect(text.map((r) => r.ok && r.doc.format)).toEqual(["text"]);
    const jsonl = await collect(["-"], {
      stdin: Readable.from([
        Buffer.from('  {"id":"s1","text":"A."}\n{"id":"s2",'),
        Buffer.from('"text":"B."}\n'),
      ]),
    });
    expect(summary(jsonl)).toEqual(["ok -:1 (s1)", "ok -:2 (s2)"]);
  });

  it("reads regular files only: a named pipe or a link to a device is reported, not read", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "good.txt"), "Police said the blogger was detained.\n");
    symlinkSync("/dev/zero", join(dir, "zero.txt"));
    execFileSync("mkfifo", [join(dir, "pipe.md")]);
    // Named on the command line too, not only found in a folder.
    expect(summary(await collect([dir, join(dir, "pipe.md")]))).toEqual([
      `ok ${join(dir, "good.txt")}`,
      `fail ${join(dir, "pipe.md")} VIGIL_ERR_SOURCE_UNREADABLE`,
      `fail ${join(dir, "zero.txt")} VIGIL_ERR_SOURCE_UNREADABLE`,
      `fail ${join(dir, "pipe.md")} VIGIL_ERR_SOURCE_UNREADABLE`,
    ]);
  });

  it("walks a folder once when links lead back into it, and reports the loop", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "a"));
    writeFileSync(join(dir, "a", "one.txt"), "The court sat on Monday.\n");
    symlinkSync("..", join(dir, "a", "up"));
    symlinkSync("a", join(dir, "same-as-a"));
    symlinkSync("self.txt", join(dir, "self.txt"));
    const results = summary(await collect([dir]));
    expect(results).toEqual([
      `ok ${join(dir, "a", "one.txt")}`,
      `fail ${join(dir, "a", "up")} VIGIL_ERR_SOURCE_UNREADABLE`,
      `fail ${join(dir, "self.txt")} VIGIL_ERR_SOURCE_UNREADABLE`,
    ]);
    expect(await inputBytes([dir])).toBe("The court sat on Monday.\n".length);
  });

  it("refuses a file with a NUL byte anywhere, and a binary file under a JSONL name whole", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "late.txt"), `${"Plain text. ".repeat(1000)}\u0000`);
    writeFileSync(join(dir, "packed.jsonl"), gzipSync(Buffer.from('{"text": "x"}\n'.repeat(999))));
    expect(summary(await collect([dir]))).toEqual([
      `fail ${join(dir, "late.txt")} VIGIL_ERR_SOURCE_BINARY`,
      `fail ${join(dir, "packed.jsonl")} VIGIL_ERR_SOURCE_BINARY`,
    ]);
  });

  it("replaces NULs and lone surrogates in JSONL one for one, keeping offsets", async () => {
    const dir = tempDir();
    const line = JSON.stringify({ id: "n", title: "a\u0000b", text: "x\u0000y \ud800z" });
    writeFileSync(join(dir, "n.jsonl"), line + "\n");
    const [r] = await collect([dir]);
    expect(r?.ok && [r.doc.text, r.doc.title, r.doc.provenance]).toEqual([
      "x\ufffdy \ufffdz",
      "a\ufffdb",
      { line: 1, replacedCharacters: 3 },
    ]);
  });
});

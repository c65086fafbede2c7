// The hostile-input corpus (make-corpus.ts, whose table says what each input must come to and
// what "safe" means for it) ingested whole through `vigil ingest` and file by file through the
// HTTP upload route. Each input ends as the table says: stored, or refused with a per-item error
// naming it and saying why; the good inputs of the same batch are stored; and the store holds
// exactly what an ingest of the good inputs alone holds (every table's rows counted, every
// document's extractions and every actor compared), so a refused input leaves nothing behind.

import { createReadStream, readFileSync, rmSync, statSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { printable } from "../../src/cli/printable.js";
import { loadConfig } from "../../src/config.js";
import { readSources } from "../../src/ingest/sources.js";
import { createDb, type Db } from "../../src/store/db.js";
import { createStoreService } from "../../src/store/store-service.js";
import { runCli } from "../helpers/cli.js";
import { addUser, login, testServer, type Client, type TestServer } from "../helpers/http.js";
import { freshDataDir } from "../helpers/store.js";
import { snapshotOf, tableCounts } from "../helpers/store-snapshot.js";
import { makeHostileCorpus, type HostileItem, type Outcome } from "./make-corpus.js";

/** A per-item line of `--json` output, or an item of an upload's answer. */
interface ResultLine {
  id: string;
  ok: boolean;
  error?: { code: string; message: string };
}

/** One per-item result, from `--json` output or an upload's answer. */
interface ItemResult {
  id: string;
  ok: boolean;
  code: string | null;
  message: string | null;
}

let corpus = "";
let items: HostileItem[] = [];

beforeAll(async () => {
  corpus = await mkdtemp(join(tmpdir(), "vigil-hostile-"));
  items = await makeHostileCorpus(corpus);
}, 300_000);

afterAll(() => {
  if (corpus) rmSync(corpus, { recursive: true, force: true });
});

/** Checks the results attributed to one input against its outcome; returns what is wrong. */
function mismatch(results: ItemResult[], outcome: Outcome): string | null {
  const ok = results.filter((r) => r.ok).length;
  const failed = results.filter((r) => !r.ok);
  const codes: Record<string, number> = {};
  for (const f of failed) codes[f.code ?? "?"] = (codes[f.code ?? "?"] ?? 0) + 1;
  const got = `${ok} stored, failures ${JSON.stringify(codes)}`;
  switch (outcome.kind) {
    case "skipped":
      return results.length === 0 ? null : `expected no result, got ${got}`;
    case "stored":
      return ok === outcome.documents && failed.length === 0
        ? null
        : `expected ${outcome.documents} stored, got ${got}`;
    case "rejected": {
      const want = { [outcome.code]: outcome.parts ?? 1 };
      return ok === 0 && JSON.stringify(codes) === JSON.stringify(want)
        ? null
        : `expected refusal ${JSON.stringify(want)}, got ${got}`;
    }
    case "mixed":
      return ok === outcome.documents && JSON.stringify(codes) === JSON.stringify(outcome.rejected)
        ? null
        : `expected ${outcome.documents} stored and ${JSON.stringify(outcome.rejected)}, got ${got}`;
  }
}

/** Every failure names its input and says why: more than the name and a colon. */
function explained(r: ItemResult, name: string): boolean {
  return !!r.message && r.message.includes(name) && r.message.length > name.length + 8;
}

/** How far resident memory rose above where it started while `fn` ran (sampled every 10 ms). */
async function peakRss<T>(fn: () => Promise<T>): Promise<{ value: T; peak: { delta: number } }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  try {
    const value = await fn();
    return { value, peak: { delta: Math.max(peak, process.memoryUsage().rss) - before } };
  } finally {
    clearInterval(timer);
  }
}

describe("the hostile corpus", () => {
  it("holds at least 30 inputs, each with what safe handling means for it", () => {
    expect(items.length).toBeGreaterThanOrEqual(30);
    for (const i of items) expect(i.safe.length, i.name).toBeGreaterThan(10);
    expect(new Set(items.map((i) => i.name)).size).toBe(items.length);
  });
});

describe("the 500 MB line", () => {
  // Measured on the reading alone: the embedded database's own memory would drown the figure.
  it("is refused by its size, or streamed past as a JSONL line, never held whole", async () => {
    const config = loadConfig({}, {});
    const { value: results, peak } = await peakRss(async () => {
      const out = [];
      for await (const r of readSources(
        [join(corpus, "huge-line.txt"), join(corpus, "huge-line.jsonl")],
        config,
      ))
        out.push(r.ok ? "ok" : `${r.name} ${(r.error as { code?: string }).code}`);
      return out;
    });
    expect(results).toEqual([
      `${join(corpus, "huge-line.txt")} VIGIL_ERR_SOURCE_TOO_LARGE`,
      `${join(corpus, "huge-line.jsonl")}:1 VIGIL_ERR_SOURCE_TOO_LARGE`,
    ]);
    expect(config.maxInputBytes).toBeLessThan(statSync(join(corpus, "huge-line.txt")).size);
    expect(peak.delta).toBeLessThan(200 * 1024 * 1024);
  }, 300_000);
});

describe("vigil ingest over the hostile corpus", () => {
  it("reports every bad input by name and reason, stores the good ones, exits 1, and leaves nothing of the refused", async () => {
    const db = await freshDataDir();
    const run = await runCli(["--db", db, "ingest", "--json", corpus]);
    expect(run.code, run.stderr.slice(-2000)).toBe(1);

    const lines = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as ResultLine & { summary?: { failed: number } });
    const summary = lines.pop()!.summary!;
    const results: ItemResult[] = lines.map((l) => ({
      id: l.id,
      ok: l.ok,
      code: l.error?.code ?? null,
      message: l.error?.message ?? null,
    }));
    const paths = items.map((i) => [join(corpus, i.name), i] as const);
    const owners = new Map<string, HostileItem | undefined>();
    const owner = (id: string): HostileItem | undefined => {
      if (!owners.has(id)) {
        const found = paths.find(
          ([p]) => id === p || id.startsWith(`${p}:`) || id.startsWith(`${p}#`),
        );
        owners.set(id, found?.[1]);
      }
      return owners.get(id);
    };
    // Every result belongs to an input of the table, and every input ends as the table says.
    expect(results.filter((r) => !owner(r.id)).map((r) => r.id)).toEqual([]);
    const byItem = new Map<HostileItem, ItemResult[]>(items.map((i) => [i, []]));
    for (const r of results) byItem.get(owner(r.id)!)!.push(r);
    const wrong: string[] = [];
    for (const item of items) {
      const mine = byItem.get(item)!;
      const problem = mismatch(mine, item.outcome);
      if (problem) wrong.push(`${item.name}: ${problem}`);
      for (const f of mine.filter((r) => !r.ok)) {
        if (!explained(f, join(corpus, item.name))) wrong.push(`${f.id}: unexplained ${f.message}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(summary.failed).toBe(results.filter((r) => !r.ok).length);

    // Standard error: one line per failure, with the name (escaped) and the code; nothing in it
    // that a terminal would act on.
    const errLines = new Set(run.stderr.split("\n"));
    const unreported = results
      .filter((r) => !r.ok && !errLines.has(`vigil: ${printable(r.message!)} [${r.code}]`))
      .map((r) => r.id);
    expect(unreported).toEqual([]);
    expect(run.stderr).not.toMatch(/[\u202e]/);
    expect([...run.stderr].filter((c) => c === "\u0007" || c === "\u001b")).toEqual([]);
    expect(run.stderr).toContain("empty-\\u{1b}]0;owned\\u{7}-\\u{202e}gnp.txt");

    // The same store as the good inputs alone, read in the same order, would make.
    const good = [
      ...new Set(results.filter((r) => r.ok).map((r) => join(corpus, owner(r.id)!.name))),
    ];
    const clean = await freshDataDir();
    await runCli(["--db", clean, "ingest", ...good]);
    await expect(describeStore(db)).resolves.toEqual(await describeStore(clean));
  }, 900_000);
});

describe("HTTP uploads of the hostile corpus", () => {
  let server: TestServer;
  let db: Db;
  let editor: Client;

  beforeAll(async () => {
    db = await createDb({ db: "memory://" });
    server = await testServer({ store: createStoreService(db) });
    await addUser(server.store, "ed", "editor");
    editor = await login(server.app, "ed");
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  const upload = async (name: string, body: Buffer | NodeJS.ReadableStream, length?: number) => {
    const r = await editor.call({
      method: "POST",
      url: `/api/sources?name=${encodeURIComponent(name)}`,
      headers: {
        "content-type": "application/octet-stream",
        ...(length !== undefined ? { "content-length": String(length) } : {}),
      },
      payload: body as Buffer,
    });
    const json = r.json() as ResultLine & { code: string; error: string; status: number } & {
      items: ResultLine[];
    };
    if (r.statusCode !== 200) {
      // The one error shape, and nothing of the server's insides in it.
      expect(Object.keys(json).sort()).toEqual(["code", "error", "ok", "status"]);
      expect(json.status).toBe(r.statusCode);
      expect(r.body).not.toMatch(/at .*\.(ts|js):\d+|SELECT|INSERT/);
      return {
        status: r.statusCode,
        results: [{ id: name, ok: false, code: json.code, message: json.error }] as ItemResult[],
      };
    }
    return {
      status: 200,
      results: json.items.map((i) => ({
        id: i.id,
        ok: i.ok,
        code: i.error?.code ?? null,
        message: i.error?.message ?? null,
      })),
    };
  };

  it("answers each upload with its per-item results or the one error shape, and stores only the good", async () => {
    const wrong: string[] = [];
    const stored: string[] = [];
    for (const item of items.filter((i) => i.upload)) {
      const path = join(corpus, item.name);
      const size = statSync(path).size;
      // The 500 MB files are sent as streams: the server must refuse them by their length.
      const body = size > 64 * 1024 * 1024 ? createReadStream(path) : readFileSync(path);
      const { results } = await upload(item.name, body, size);
      const problem = mismatch(results, item.uploadOutcome ?? item.outcome);
      if (problem) wrong.push(`${item.name}: ${problem}`);
      for (const f of results.filter((r) => !r.ok && r.code?.startsWith("VIGIL_ERR_SOURCE"))) {
        // Uploads are named by the last part of their name.
        const base = item.name.replace(/^.*\//, "");
        if (!explained(f, base)) wrong.push(`${f.id}: unexplained ${f.message}`);
      }
      if (results.some((r) => r.ok)) stored.push(item.name);
    }
    expect(wrong).toEqual([]);

    // A store that took only the good uploads holds the same.
    const cleanDb = await createDb({ db: "memory://" });
    const clean = await testServer({ store: createStoreService(cleanDb) });
    try {
      await addUser(clean.store, "ed", "editor");
      const cleanEditor = await login(clean.app, "ed");
      for (const name of stored) {
        const r = await cleanEditor.call({
          method: "POST",
          url: `/api/sources?name=${encodeURIComponent(name)}`,
          headers: { "content-type": "application/octet-stream" },
          payload: readFileSync(join(corpus, name)),
        });
        expect(r.statusCode).toBe(200);
      }
      const withoutUsers = async (d: Db) => {
        const s = await describeStore(d);
        return { ...s, counts: { ...s.counts, sessions: 0 } };
      };
      expect(await withoutUsers(db)).toEqual(await withoutUsers(cleanDb));
    } finally {
      await clean.close();
      await cleanDb.close();
    }
  }, 900_000);

  it("keeps only the last part of an upload's name, and refuses names no file could have", async () => {
    const article = readFileSync(join(corpus, "good/statement-2021-06-24.txt"));
    const cases: [string, number, string][] = [
      ["../../etc/passwd", 200, "VIGIL_ERR_SOURCE_UNSUPPORTED"],
      ["../../etc/passwd.txt", 200, "ok passwd.txt"],
      ["/etc/absolute-2021-06-24.md", 200, "ok absolute-2021-06-24.md"],
      ["C:\\Windows\\System32\\evil.txt", 200, "ok evil.txt"],
      ["..", 200, "VIGIL_ERR_SOURCE_UNSUPPORTED"],
      ["folder/", 400, "VIGIL_ERR_INVALID_REQUEST"],
      ["nul\u0000byte.txt", 400, "VIGIL_ERR_INVALID_REQUEST"],
      ["new\nline.txt", 400, "VIGIL_ERR_INVALID_REQUEST"],
      [`${"x".repeat(300)}.txt`, 400, "VIGIL_ERR_INVALID_REQUEST"],
    ];
    for (const [name, status, expected] of cases) {
      // Distinct bytes each time, so that "ok" means stored under this name, not "unchanged".
      const body = Buffer.concat([
        article,
        Buffer.from(`\nUploaded as ${JSON.stringify(name)}.\n`),
      ]);
      const r = await upload(name, body);
      expect(r.status, name).toBe(status);
      const [first] = r.results;
      expect(first!.ok ? `ok ${first!.id}` : first!.code, name).toBe(expected);
    }
    const paths = await db.query<{ path: string }>(
      "SELECT path FROM documents WHERE path NOT LIKE '%/%' AND path NOT LIKE '%\\\\%'",
    );
    const all = await db.query<{ path: string }>("SELECT path FROM documents");
    expect(paths.length).toBe(all.length);
  });
});

/** What a refused input must not change: every table's row count, and the documents' content. */
async function describeStore(target: Db | string) {
  const db =
    typeof target === "string" ? await createDb({ db: target }, { migrate: false }) : target;
  try {
    return { counts: await tableCounts(db), ...(await snapshotOf(db)) };
  } finally {
    if (typeof target === "string") await db.close();
  }
}

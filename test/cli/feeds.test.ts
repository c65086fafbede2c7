import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { queueDb } from "../helpers/queue.js";
import { BROKEN_RSS, ITEMS, writeJsonl, writeRss } from "../helpers/feeds.js";
import { describeBackends, freshDataDir, PG_URL } from "../helpers/store.js";
import { tempDir } from "../helpers/tmp.js";

const lines = (out: string): Record<string, unknown>[] =>
  out
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describeBackends("vigil feeds", (fresh) => {
  it("adds, lists, runs once, runs a feed again with one new item, and removes", async () => {
    const db = await fresh();
    const dir = tempDir();
    const rss = join(dir, "monitor.rss");
    writeRss(rss, ITEMS.slice(0, 2));
    const folder = join(dir, "batches");
    mkdirSync(folder);
    writeJsonl(join(folder, "may.jsonl"), ITEMS.slice(2, 3));

    const add = await runCli(["--db", db, "feeds", "add", rss, "--every", "15m"]);
    expect(add.code).toBe(0);
    expect(add.stdout).toContain(`Added feed 1 (monitor): ${rss}, every 15m`);
    expect((await runCli(["--db", db, "feeds", "add", folder, "--name", "May batches"])).code).toBe(
      0,
    );

    const before = JSON.parse(
      (await runCli(["--db", db, "feeds", "list", "--format", "json"])).stdout,
    );
    expect(before).toMatchObject([
      { id: 1, name: "monitor", every: "15m", due: true, lastRunAt: null },
      { id: 2, name: "May batches", location: folder, every: "15m", due: true },
    ]);

    const run = await runCli(["--db", db, "feeds", "run", "--once", "--json"]);
    expect(run.code).toBe(0);
    expect(lines(run.stdout)).toMatchObject([
      { name: "monitor", ok: true, new: 2, duplicate: 0, failed: 0 },
      { name: "May batches", ok: true, new: 1, duplicate: 0, failed: 0 },
    ]);
    expect(run.stderr).toContain("vigil feeds run: 2 feed runs: 3 new, 0 duplicate, 0 failed");

    // Nothing is due a moment later.
    const idle = await runCli(["--db", db, "feeds", "run", "--once"]);
    expect(idle.code).toBe(0);
    expect(idle.stderr).toContain("no feed was due");

    const md = await runCli(["--db", db, "feeds"]);
    expect(md.stdout).toMatch(
      /\| 1 +\| monitor +\| 15m +\| \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ \| ok +\| 2 new, 0 duplicate, 0 failed \| no +\|/,
    );

    // One item more; named, the feed runs now, due or not.
    writeRss(rss, [ITEMS[0]!, ITEMS[1]!, ITEMS[3]!]);
    const again = await runCli(["--db", db, "feeds", "run", "--once", "--json", "monitor"]);
    expect(again.code).toBe(0);
    expect(lines(again.stdout)).toMatchObject([{ name: "monitor", new: 1, duplicate: 2 }]);
    const searched = await runCli(["--db", db, "search", "press freedom", "--json"]);
    expect(JSON.parse(searched.stdout).hits[0].document.title).toBe(ITEMS[3]!.title);

    const removed = await runCli(["--db", db, "feeds", "remove", "monitor"]);
    expect(removed.stdout).toContain("Removed feed 1 (monitor)");
    const after = JSON.parse(
      (await runCli(["--db", db, "feeds", "list", "--format", "json"])).stdout,
    );
    expect(after.map((f: { id: number }) => f.id)).toEqual([2]);
    const gone = await runCli(["--db", db, "feeds", "remove", "monitor"]);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain("feed monitor not found [VIGIL_ERR_NOT_FOUND]");
  });

  it("reports a broken feed with its name and reason, runs the others, exits 1", async () => {
    const db = await fresh();
    const dir = tempDir();
    const broken = join(dir, "broken.rss");
    writeFileSync(broken, BROKEN_RSS);
    const good = join(dir, "good.atom");
    writeRss(good, ITEMS.slice(0, 1));
    for (const p of [broken, good])
      expect((await runCli(["--db", db, "feeds", "add", p])).code).toBe(0);
    const run = await runCli(["--db", db, "feeds", "run", "--once"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`vigil: ${broken}: malformed:`);
    expect(run.stderr).toContain("[VIGIL_ERR_SOURCE_MALFORMED]");
    expect(run.stderr).toContain("vigil feeds: good: 1 new, 0 duplicate, 0 failed");
    const list = await runCli(["--db", db, "feeds", "list"]);
    expect(list.stdout).toContain(
      `- broken: 1 of 1 failed; first ${broken} (VIGIL_ERR_SOURCE_MALFORMED)`,
    );
  });
});

describe("vigil feeds add and run refuse", () => {
  it("a missing location, one already watched, something else than a feed, a bad interval", async () => {
    const db = await freshDataDir();
    const dir = tempDir();
    const rss = join(dir, "monitor.rss");
    writeRss(rss, ITEMS.slice(0, 1));
    writeFileSync(join(dir, "notes.txt"), "A note.");
    expect((await runCli(["--db", db, "feeds", "add", rss])).code).toBe(0);

    const missing = await runCli(["--db", db, "feeds", "add", join(dir, "nope.rss")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      `${join(dir, "nope.rss")}: cannot be a feed: no such file or folder [VIGIL_ERR_FEED_LOCATION]`,
    );
    const twice = await runCli(["--db", db, "feeds", "add", rss, "--name", "other"]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain(
      `location ${rss} is already taken by feed 1 (monitor) [VIGIL_ERR_FEED_EXISTS]`,
    );
    const text = await runCli(["--db", db, "feeds", "add", join(dir, "notes.txt")]);
    expect(text.stderr).toContain("a .txt file is not a feed");
    for (const every of ["5s", "9s", "fortnightly", "15", "1w", "-1m"]) {
      const r = await runCli(["--db", db, "feeds", "add", dir, "--every", every]);
      expect(r.code, every).toBe(2);
      expect(r.stderr, every).toContain(`--every ${every}:`);
    }
    const named = await runCli(["--db", db, "feeds", "run", "monitor"]);
    expect(named.code).toBe(2);
    const queue = await runCli(["--db", db, "feeds", "run", "--once", "--queue"]);
    expect(queue.code).toBe(1);
    expect(queue.stderr).toContain("[VIGIL_ERR_QUEUE_NEEDS_POSTGRES]");
    const list = JSON.parse(
      (await runCli(["--db", db, "feeds", "list", "--format", "json"])).stdout,
    );
    expect(list).toHaveLength(1);
  });
});

describe.skipIf(!PG_URL)("vigil feeds run --queue", () => {
  it("queues a feed's new items for workers, and finds them stored the next time", async () => {
    const db = await queueDb();
    const rss = join(tempDir(), "monitor.rss");
    writeRss(rss, ITEMS.slice(0, 2));
    expect((await runCli(["--db", db, "feeds", "add", rss])).code).toBe(0);
    const queued = await runCli(["--db", db, "feeds", "run", "--once", "--queue", "--json"]);
    expect(queued.code).toBe(0);
    expect(lines(queued.stdout)).toMatchObject([{ name: "monitor", new: 2, duplicate: 0 }]);
    expect(queued.stderr).toContain("2 queued, 0 duplicate, 0 failed");
    const worker = await runCli(["--db", db, "worker", "--drain"]);
    expect(worker.stderr).toContain("2 jobs: 2 ingested");
    writeRss(rss, ITEMS.slice(0, 3));
    const again = await runCli([
      "--db",
      db,
      "feeds",
      "run",
      "--once",
      "--queue",
      "--json",
      "monitor",
    ]);
    expect(lines(again.stdout)).toMatchObject([{ name: "monitor", new: 1, duplicate: 2 }]);
  });
});

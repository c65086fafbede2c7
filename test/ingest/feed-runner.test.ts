import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, expect, it } from "vitest";
import {
  itemRef,
  runDueFeeds,
  runFeeds,
  type FeedIngest,
  type FeedRunReport,
} from "../../src/ingest/feeds/feed-runner.js";
import { inlineFeedIngest } from "../../src/ingest/feeds/feed-sources.js";
import { BROKEN_RSS, ITEMS, writeJsonl, writeRss } from "../helpers/feeds.js";
import { describeStores, truncateAll } from "../helpers/store.js";
import { tempDir } from "../helpers/tmp.js";

const T0 = "2024-05-14T09:00:00Z";
const at = (minutes: number): string => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
const limits = { maxInputBytes: 10_000_000, maxDocumentChars: 1_000_000 };

describeStores("feed runs", (ctx) => {
  beforeEach(async () => {
    await truncateAll(ctx.db);
    await ctx.db.exec("TRUNCATE feeds RESTART IDENTITY");
  });

  /** One round at the time given, as `vigil feeds run --once` does it. */
  async function round(now: string, failures: string[] = []): Promise<FeedRunReport[]> {
    return runDueFeeds({
      feeds: ctx.store,
      ingest: inlineFeedIngest(ctx.store, limits),
      owner: "test:1",
      signal: new AbortController().signal,
      now: () => now,
      onItemFailure: async (_f, e) => {
        failures.push(`${e.id} ${e.error?.code}`);
      },
    });
  }

  async function addAt(location: string, every: number): Promise<void> {
    const f = await ctx.store.feedAdd({ location, intervalSeconds: every });
    await ctx.db.query("UPDATE feeds SET next_run_at = $1 WHERE id = $2", [T0, f.id]);
  }

  it("stores a feed's items once, and on its next due run only the item added since", async () => {
    const dir = tempDir();
    const feed = join(dir, "monitor.rss");
    writeRss(feed, ITEMS.slice(0, 2));
    await addAt(feed, 900);

    const [first] = await round(T0);
    expect(first!.counts).toEqual({ new: 2, duplicate: 0, failed: 0 });
    expect(first!.feed).toMatchObject({ lastStatus: "ok", nextRunAt: "2024-05-14T09:15:00Z" });

    writeRss(feed, ITEMS.slice(0, 3));
    expect(await round(at(5))).toEqual([]); // not due yet: nothing read
    const [second] = await round(at(15));
    expect(second!.counts).toEqual({ new: 1, duplicate: 2, failed: 0 });
    const docs = await ctx.db.query<{ title: string }>("SELECT title FROM documents ORDER BY id");
    expect(docs.map((d) => d.title)).toEqual(ITEMS.slice(0, 3).map((i) => i.title));
  });

  it("reports a broken feed and a bad item by name; the other feeds go on", async () => {
    const dir = tempDir();
    const broken = join(dir, "broken.rss");
    writeFileSync(broken, BROKEN_RSS);
    const folder = join(dir, "folder");
    mkdirSync(folder);
    writeRss(join(folder, "a.rss"), ITEMS.slice(0, 2));
    writeFileSync(join(folder, "empty.txt"), "");
    const batch = join(dir, "batch.jsonl");
    writeJsonl(batch, ITEMS.slice(2));
    for (const location of [broken, folder, batch]) await addAt(location, 600);

    const failures: string[] = [];
    const reports = await round(T0, failures);
    const by = Object.fromEntries(reports.map((r) => [r.feed.name, r]));
    expect(Object.keys(by).sort()).toEqual(["batch", "broken", "folder"]);
    expect(by.broken!.counts).toEqual({ new: 0, duplicate: 0, failed: 1 });
    expect(by.broken!.feed.lastStatus).toBe("failed");
    expect(by.broken!.feed.lastError).toBe(
      `1 of 1 failed; first ${broken} (VIGIL_ERR_SOURCE_MALFORMED)`,
    );
    expect(by.folder!.counts).toEqual({ new: 2, duplicate: 0, failed: 1 });
    expect(by.folder!.feed.lastError).toContain("empty.txt (VIGIL_ERR_SOURCE_EMPTY)");
    expect(by.batch!.counts).toEqual({ new: 2, duplicate: 0, failed: 0 });
    expect(by.batch!.feed.lastStatus).toBe("ok");
    expect(failures).toEqual([
      `${broken} VIGIL_ERR_SOURCE_MALFORMED`,
      `${join(folder, "empty.txt")} VIGIL_ERR_SOURCE_EMPTY`,
    ]);
    // The same content in another feed is a duplicate, never a second document.
    writeRss(join(folder, "b.rss"), ITEMS.slice(2, 3));
    const again = Object.fromEntries((await round(at(10))).map((r) => [r.feed.name, r.counts]));
    expect(again).toEqual({
      broken: { new: 0, duplicate: 0, failed: 1 },
      folder: { new: 0, duplicate: 3, failed: 1 },
      batch: { new: 0, duplicate: 2, failed: 0 },
    });
    const n = await ctx.db.query<{ n: number }>("SELECT count(*)::int AS n FROM documents");
    expect(n[0]!.n).toBe(4);
  });

  it("leaves a feed stopped by a signal due, its last record as it was", async () => {
    await addAt("/srv/never-read.rss", 900);
    const stop = new AbortController();
    // Two items, then the signal: the run ends at the next document.
    const ingest: FeedIngest = async function* (_feed, signal) {
      for (let i = 1; i <= 5 && !signal.aborted; i++) {
        yield { id: `/srv/never-read.rss#item-${i}`, kind: "new" };
        if (i === 2) stop.abort();
      }
    };
    const [r] = await runDueFeeds({
      feeds: ctx.store,
      ingest,
      owner: "test:1",
      signal: stop.signal,
      now: () => T0,
    });
    expect(r).toMatchObject({ interrupted: true, lost: false, counts: { new: 2 } });
    const [f] = await ctx.store.feedList({ now: T0 });
    expect(f).toMatchObject({ due: true, lastRunAt: null, lastCounts: null, runningBy: null });
  });

  it("loops: sleeps until the next feed is due, runs it again, stops on the signal", async () => {
    const dir = tempDir();
    const feed = join(dir, "monitor.rss");
    writeRss(feed, ITEMS.slice(0, 1));
    await addAt(feed, 900);
    // Each look at the clock is 16 minutes later: every round finds the feed due again.
    let minutes = -16;
    const stop = new AbortController();
    const reports: FeedRunReport[] = [];
    let opened = 0;
    await runFeeds({
      open: async () => {
        opened++;
        return {
          feeds: ctx.store,
          ingest: inlineFeedIngest(ctx.store, limits),
          close: async () => {},
        };
      },
      once: false,
      maxSleepSeconds: 0,
      owner: "test:1",
      signal: stop.signal,
      now: () => at((minutes += 16)),
      onFeedDone: async (r) => {
        reports.push(r);
        if (r.counts.duplicate === 0) writeRss(feed, ITEMS.slice(0, 2));
        if (reports.length === 3) stop.abort();
      },
    });
    expect(reports.map((r) => r.counts)).toEqual([
      { new: 1, duplicate: 0, failed: 0 },
      { new: 1, duplicate: 1, failed: 0 },
      { new: 0, duplicate: 2, failed: 0 },
    ]);
    expect(opened).toBe(1);
  });

  it("names failed items without a JSONL line's id", () => {
    expect(itemRef("/srv/b.jsonl:12 (rfa-2024-117)")).toBe("/srv/b.jsonl:12");
    expect(itemRef("/srv/f.rss#item-3")).toBe("/srv/f.rss#item-3");
    expect(itemRef("/srv/odd (name).rss")).toBe("/srv/odd (name).rss");
  });
});

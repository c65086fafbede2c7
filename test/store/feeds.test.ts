import { beforeEach, describe, expect, it } from "vitest";
import { createDb } from "../../src/store/db.js";
import { createStoreService } from "../../src/store/store-service.js";
import { describeStores, PG_URL, pgSchemaUrl } from "../helpers/store.js";

const T0 = "2024-05-14T09:00:00Z";
const at = (minutes: number): string => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
const ok = { new: 2, duplicate: 1, failed: 0, error: null };

describeStores("feeds", (ctx) => {
  beforeEach(async () => {
    await ctx.db.exec("TRUNCATE feeds RESTART IDENTITY");
  });

  it("adds, lists and removes feeds; names default to the location's base name", async () => {
    const a = await ctx.store.feedAdd({ location: "/srv/feeds/rfa.xml", intervalSeconds: 900 });
    const b = await ctx.store.feedAdd({ location: "/srv/other/rfa.xml", intervalSeconds: 3600 });
    const c = await ctx.store.feedAdd({
      location: "/srv/batches",
      intervalSeconds: 60,
      name: "nightly batches",
    });
    expect([a.name, b.name, c.name]).toEqual(["rfa", "rfa-2", "nightly batches"]);
    expect(a).toMatchObject({ intervalSeconds: 900, lastRunAt: null, lastCounts: null });
    expect((await ctx.store.feedList()).map((f) => f.name).sort()).toEqual([
      "nightly batches",
      "rfa",
      "rfa-2",
    ]);
    expect((await ctx.store.feedRemove("rfa-2")).id).toBe(b.id);
    expect((await ctx.store.feedRemove(String(a.id))).name).toBe("rfa");
    expect((await ctx.store.feedList()).map((f) => f.id)).toEqual([c.id]);
    await expect(ctx.store.feedRemove("rfa")).rejects.toMatchObject({
      code: "VIGIL_ERR_NOT_FOUND",
      message: "feed rfa not found",
    });
  });

  it("refuses a location or a name another feed has, and bad values", async () => {
    await ctx.store.feedAdd({ location: "/srv/feeds/a.rss", intervalSeconds: 900, name: "a" });
    await expect(
      ctx.store.feedAdd({ location: "/srv/feeds/a.rss", intervalSeconds: 60 }),
    ).rejects.toMatchObject({
      code: "VIGIL_ERR_FEED_EXISTS",
      message: "location /srv/feeds/a.rss is already taken by feed 1 (a)",
    });
    await expect(
      ctx.store.feedAdd({ location: "/srv/feeds/b.rss", intervalSeconds: 60, name: "a" }),
    ).rejects.toMatchObject({ code: "VIGIL_ERR_FEED_EXISTS" });
    for (const bad of [
      { location: "relative/b.rss", intervalSeconds: 60 },
      { location: "/srv/b.rss", intervalSeconds: 9 },
      { location: "/srv/b.rss", intervalSeconds: 60, name: "42" },
      { location: "/srv/b.rss", intervalSeconds: 60, name: "bad\u0007name" },
    ])
      await expect(ctx.store.feedAdd(bad)).rejects.toMatchObject({ code: "VIGIL_ERR_USAGE" });
    expect(await ctx.store.feedList()).toHaveLength(1);
  });

  it("is due when added, not after a run until its interval has passed (an injected clock)", async () => {
    const f = await ctx.store.feedAdd({ location: "/srv/f.rss", intervalSeconds: 900 });
    await ctx.db.query("UPDATE feeds SET next_run_at = $1", [T0]);
    expect((await ctx.store.feedList({ now: at(-1) }))[0]!.due).toBe(false);
    expect(await ctx.store.feedNextDue({ now: at(-1) })).toBe(60);
    expect(await ctx.store.feedClaim({ owner: "a", leaseSeconds: 60, now: at(-1) })).toBeNull();

    const claim = await ctx.store.feedClaim({ owner: "a", leaseSeconds: 60, now: T0 });
    expect(claim).toMatchObject({ feed: { id: f.id }, startedAt: "2024-05-14T09:00:00Z" });
    const done = await ctx.store.feedFinish(f.id, "a", ok);
    expect(done).toMatchObject({
      lastRunAt: "2024-05-14T09:00:00Z",
      nextRunAt: "2024-05-14T09:15:00Z",
      lastStatus: "ok",
      lastCounts: { new: 2, duplicate: 1, failed: 0 },
      lastError: null,
      runningBy: null,
    });
    for (const [minutes, due] of [
      [5, false],
      [14.9, false],
      [15, true],
      [16, true],
    ] as const) {
      expect((await ctx.store.feedList({ now: at(minutes) }))[0]!.due, `${minutes} min`).toBe(due);
    }
    expect(await ctx.store.feedNextDue({ now: at(5) })).toBe(600);
    expect(await ctx.store.feedNextDue({ now: at(20) })).toBe(0);
    expect(await ctx.store.feedClaim({ owner: "a", leaseSeconds: 60, now: at(5) })).toBeNull();
    // Named feeds run now, due or not.
    const named = await ctx.store.feedClaim({
      owner: "a",
      leaseSeconds: 60,
      now: at(5),
      ids: [f.id],
    });
    expect(named?.feed.id).toBe(f.id);
  });

  it("records a failed run, and leaves an interrupted one due with its last record", async () => {
    const f = await ctx.store.feedAdd({ location: "/srv/f.rss", intervalSeconds: 900 });
    await ctx.db.query("UPDATE feeds SET next_run_at = $1", [T0]);
    await ctx.store.feedClaim({ owner: "a", leaseSeconds: 60, now: T0 });
    const failed = await ctx.store.feedFinish(f.id, "a", {
      new: 0,
      duplicate: 3,
      failed: 1,
      error: "1 of 4 failed; first /srv/f.rss#item-2 (VIGIL_ERR_SOURCE_EMPTY)",
    });
    expect(failed).toMatchObject({ lastStatus: "failed", lastCounts: { failed: 1 } });
    expect(failed!.lastError).toContain("VIGIL_ERR_SOURCE_EMPTY");

    await ctx.store.feedClaim({ owner: "a", leaseSeconds: 60, now: at(16) });
    const stopped = await ctx.store.feedFinish(f.id, "a", { ...ok, interrupted: true });
    expect(stopped).toMatchObject({
      lastStatus: "failed",
      lastRunAt: "2024-05-14T09:00:00Z",
      nextRunAt: "2024-05-14T09:15:00Z",
      runningBy: null,
    });
    expect((await ctx.store.feedList({ now: at(16) }))[0]!.due).toBe(true);
    // A claim that is not this owner's records nothing.
    expect(await ctx.store.feedFinish(f.id, "b", ok)).toBeNull();
    expect(await ctx.store.feedRenew(f.id, "b", 60)).toBe(false);
  });

  it("finds stored documents by content hash", async () => {
    expect(await ctx.store.storedDocuments([])).toEqual({});
    expect(await ctx.store.storedDocuments(["0".repeat(64)])).toEqual({});
  });
});

describeStores("feed claims", (ctx) => {
  it("hold a feed for their lease on PostgreSQL; on the embedded database a lease does not", async () => {
    await ctx.db.exec("TRUNCATE feeds RESTART IDENTITY");
    const f = await ctx.store.feedAdd({ location: "/srv/f.rss", intervalSeconds: 900 });
    await ctx.db.query("UPDATE feeds SET next_run_at = $1", [T0]);
    expect(await ctx.store.feedClaim({ owner: "a", leaseSeconds: 600, now: T0 })).not.toBeNull();
    const list = await ctx.store.feedList({ now: at(1) });
    expect(list[0]!.runningBy).toBe("a");
    const other = await ctx.store.feedClaim({ owner: "b", leaseSeconds: 600, now: at(1) });
    // One process opens an embedded database: a lease found there is a dead process's.
    if (ctx.dialect === "postgres") expect(other).toBeNull();
    else expect(other?.feed.id).toBe(f.id);
    // Once the lease has run out, the feed is anyone's.
    const later = await ctx.store.feedClaim({ owner: "c", leaseSeconds: 600, now: at(11) });
    expect(later?.feed.id).toBe(f.id);
    expect(await ctx.store.feedFinish(f.id, "a", ok)).toBeNull();
  });
});

describe.skipIf(!PG_URL)("feed claims from two processes on one PostgreSQL database", () => {
  it("never take the same feed", async () => {
    const s = await pgSchemaUrl();
    const dbs = [await createDb({ db: s.url }), await createDb({ db: s.url })];
    try {
      const stores = dbs.map((db) => createStoreService(db));
      for (let i = 0; i < 12; i++)
        await stores[0]!.feedAdd({ location: `/srv/feed-${i}.rss`, intervalSeconds: 60 });
      await dbs[0]!.query("UPDATE feeds SET next_run_at = $1", [T0]);
      for (let round = 0; round < 3; round++) {
        // 40 claims at once, 20 from each process (each on its own pooled connections).
        const claims = await Promise.all(
          Array.from({ length: 40 }, (_, i) =>
            stores[i % 2]!.feedClaim({ owner: `p${i}`, leaseSeconds: 600, now: at(round * 20) }),
          ),
        );
        const taken = claims.filter((c) => c !== null).map((c) => c!.feed.id);
        expect(taken).toHaveLength(12);
        expect(new Set(taken).size).toBe(12);
        for (const [i, c] of claims.entries())
          if (c) await stores[i % 2]!.feedFinish(c.feed.id, `p${i}`, ok);
      }
    } finally {
      for (const db of dbs) await db.close();
      await s.drop();
    }
  });
});

import { setTimeout as sleep } from "node:timers/promises";
import { errorInfo } from "../../store/store-service.js";
import { formatInterval } from "./feed-schedule.js";
import type { ErrorInfo } from "../../store/store-types.js";
import type { Feed, FeedClaim, FeedCounts, FeedService } from "../../store/feeds/feed-types.js";

/** One item of a feed run: a document stored, found already stored, or failed. */
export interface FeedItemEvent {
  /** The item's name as `vigil ingest` reports it (`file#item-3`, `batch.jsonl:12`). */
  id: string;
  kind: keyof FeedCounts;
  error?: ErrorInfo;
}

/** How a feed's items reach the store: stored here, or queued for workers. */
export type FeedIngest = (feed: Feed, signal: AbortSignal) => AsyncIterable<FeedItemEvent>;

/** What one run of one feed did. */
export interface FeedRunReport {
  feed: Feed;
  counts: FeedCounts;
  /** What `feeds list` shows: error codes and item names, never document text. */
  error: string | null;
  /** Stopped by a signal before the end: nothing recorded, the feed stays due. */
  interrupted: boolean;
  /** The claim ran out and another process took the feed: nothing recorded by this one. */
  lost: boolean;
  seconds: number;
}

export type FeedStore = Pick<FeedService, "feedClaim" | "feedRenew" | "feedFinish">;

export interface RunDueOptions {
  feeds: FeedStore;
  ingest: FeedIngest;
  /** Who runs (`host:pid`), written on the feed while it runs. */
  owner: string;
  /** How long a claim lasts without renewal; it is renewed every quarter of this. */
  leaseSeconds?: number;
  signal: AbortSignal;
  /** Only these feeds, due or not. */
  ids?: number[];
  /** A clock for tests (ISO 8601); by default the database's. */
  now?: () => string | undefined;
  onItemFailure?: (feed: Feed, e: FeedItemEvent) => Promise<void>;
  onFeedDone?: (r: FeedRunReport) => Promise<void>;
}

export const DEFAULT_LEASE_SECONDS = 600;

/**
 * Runs every feed that is due (or the `ids` given), one at a time, each claimed first so that no
 * other process runs it meanwhile, until none is left or the signal stops it. A feed that fails
 * is recorded so and the next one goes on.
 */
export async function runDueFeeds(opts: RunDueOptions): Promise<FeedRunReport[]> {
  const leaseSeconds = opts.leaseSeconds ?? DEFAULT_LEASE_SECONDS;
  const ran: number[] = [];
  const reports: FeedRunReport[] = [];
  while (!opts.signal.aborted) {
    const now = opts.now?.();
    const claim = await opts.feeds.feedClaim({
      owner: opts.owner,
      leaseSeconds,
      exclude: ran,
      ...(opts.ids ? { ids: opts.ids } : {}),
      ...(now ? { now } : {}),
    });
    if (!claim) break;
    ran.push(claim.feed.id);
    const report = await runClaimed(claim, opts, leaseSeconds);
    reports.push(report);
    await opts.onFeedDone?.(report);
  }
  return reports;
}

async function runClaimed(
  claim: FeedClaim,
  opts: RunDueOptions,
  leaseSeconds: number,
): Promise<FeedRunReport> {
  const { feed } = claim;
  const started = Date.now();
  const counts: FeedCounts = { new: 0, duplicate: 0, failed: 0 };
  let first: string | null = null;
  let lost = false;
  const stop = new AbortController();
  const onAbort = (): void => stop.abort();
  opts.signal.addEventListener("abort", onAbort, { once: true });
  // The lease is renewed while the run lasts; a run that lost it stops at the next document.
  const renew = setInterval(
    () => {
      opts.feeds.feedRenew(feed.id, opts.owner, leaseSeconds).then(
        (held) => {
          if (!held) {
            lost = true;
            stop.abort();
          }
        },
        () => {}, // the database is away: the next renewal or the run's end will tell
      );
    },
    (leaseSeconds * 1000) / 4,
  );
  renew.unref();
  try {
    for await (const e of opts.ingest(feed, stop.signal)) {
      counts[e.kind]++;
      if (e.kind === "failed") {
        first ??= `${itemRef(e.id)} (${e.error?.code ?? "VIGIL_ERR_INTERNAL"})`;
        await opts.onItemFailure?.(feed, e);
      }
    }
  } catch (err) {
    // The pipeline itself failed (the store went away): the run failed as a whole.
    counts.failed++;
    const e: FeedItemEvent = { id: feed.location, kind: "failed", error: errorInfo(err) };
    first ??= `${feed.location} (${e.error!.code})`;
    await opts.onItemFailure?.(feed, e);
  } finally {
    clearInterval(renew);
    opts.signal.removeEventListener("abort", onAbort);
  }
  const interrupted = opts.signal.aborted;
  const error = counts.failed > 0 ? failureText(counts, first!) : null;
  const finished = lost
    ? null
    : await opts.feeds.feedFinish(feed.id, opts.owner, { ...counts, error, interrupted });
  return {
    feed: finished ?? feed,
    counts,
    error,
    interrupted,
    lost: lost || finished === null,
    seconds: (Date.now() - started) / 1000,
  };
}

/**
 * An item as `feeds list` names it: the file and the item's place in it, without a JSONL line's
 * id (`batch.jsonl:12 (rfa-2024-117)` → `batch.jsonl:12`), which belongs to the document.
 */
export function itemRef(name: string): string {
  const m = /^(.*?(?:#item-\d+|:\d+)) \(.*\)$/s.exec(name);
  return m ? m[1]! : name;
}

function failureText(counts: FeedCounts, first: string): string {
  const total = counts.new + counts.duplicate + counts.failed;
  const text = `${counts.failed} of ${total} failed; first ${first}`;
  return text.length > 500 ? `${text.slice(0, 499)}…` : text;
}

export interface FeedSession {
  feeds: FeedStore & Pick<FeedService, "feedNextDue">;
  ingest: FeedIngest;
  close(): Promise<void>;
}

export interface RunFeedsOptions extends Omit<RunDueOptions, "feeds" | "ingest"> {
  /** Opens the database (and queue) a round works on. */
  open: () => Promise<FeedSession>;
  /** Close the database while sleeping (an embedded one, so other commands may open it). */
  release?: boolean;
  /** One round and stop (`--once`). */
  once: boolean;
  /** The longest sleep, so that feeds added meanwhile are noticed. */
  maxSleepSeconds: number;
  log?: (line: string) => void;
}

/**
 * `vigil feeds run`: rounds of `runDueFeeds`, sleeping in between until the next feed is due
 * (or `maxSleepSeconds`), until the signal. A round that fails (the database away) is retried
 * after a growing pause; with `once` it is thrown. Returns every feed run's report.
 */
export async function runFeeds(opts: RunFeedsOptions): Promise<FeedRunReport[]> {
  const log = opts.log ?? (() => {});
  const all: FeedRunReport[] = [];
  let session: FeedSession | null = null;
  let backoff = 0;
  let rounds = 0;
  try {
    while (!opts.signal.aborted) {
      let wait: number;
      try {
        session ??= await opts.open();
        const ran = await runDueFeeds({ ...opts, feeds: session.feeds, ingest: session.ingest });
        all.push(...ran);
        if (opts.once || opts.signal.aborted) break;
        const now = opts.now?.();
        const next = await session.feeds.feedNextDue(now ? { now } : {});
        wait = Math.min(next ?? opts.maxSleepSeconds, opts.maxSleepSeconds);
        // Said after the first round and after rounds that ran something, not every minute.
        if (rounds++ === 0 || ran.length > 0)
          log(
            next === null
              ? `no feeds yet; looking again in ${formatInterval(wait)}`
              : `next feed due in ${formatInterval(next)}`,
          );
        backoff = 0;
      } catch (err) {
        if (opts.once) throw err;
        backoff = Math.min(300, backoff ? backoff * 2 : 5);
        log(`${errorInfo(err).message}; trying again in ${backoff} s`);
        wait = backoff;
        await session?.close().catch(() => {});
        session = null;
      }
      // Reopening an embedded database costs a second or so: worth it only for longer sleeps.
      if (opts.release && session && wait >= 30) {
        await session.close();
        session = null;
      }
      await sleep(wait * 1000, undefined, { signal: opts.signal }).catch(() => {});
    }
  } finally {
    await session?.close();
  }
  return all;
}

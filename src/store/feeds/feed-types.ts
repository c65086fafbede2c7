// Feeds' service surface, part of the StoreService: plain data in and out (docs/feeds.md).

/** Polling a file more often than this is a mistake; a year is the longest interval. */
export const MIN_INTERVAL_SECONDS = 10;
export const MAX_INTERVAL_SECONDS = 366 * 86_400;

/** What the last run of a feed found. */
export interface FeedCounts {
  /** Documents stored (or, with `--queue`, queued) for the first time. */
  new: number;
  /** Documents the store already held (same content). */
  duplicate: number;
  /** Inputs or items that could not be read, analysed or stored. */
  failed: number;
}

export interface Feed {
  id: number;
  name: string;
  /** An absolute path: a feed file, a JSONL file or a folder. */
  location: string;
  intervalSeconds: number;
  createdAt: string;
  /** When the feed is next due: the last run's start plus the interval (ISO 8601, UTC). */
  nextRunAt: string;
  lastRunAt: string | null;
  lastStatus: "ok" | "failed" | null;
  lastCounts: FeedCounts | null;
  /** Error codes and item names, never document text. */
  lastError: string | null;
  /** Due at the time asked. */
  due: boolean;
  /** The process running the feed now (`host:pid`), while its lease lasts. */
  runningBy: string | null;
}

/** A clock for tests: ISO 8601. Without it the database's clock, shared by every process. */
export interface FeedClock {
  now?: string;
}

export interface FeedAddition {
  /** An absolute path the caller has checked. */
  location: string;
  intervalSeconds: number;
  /** Default: the location's base name, made unique with `-2`, `-3`, … */
  name?: string | null;
}

export interface FeedClaimRequest extends FeedClock {
  /** Who claims: written on the feed while the lease lasts. */
  owner: string;
  leaseSeconds: number;
  /** Feeds not to take (those this round already ran). */
  exclude?: number[];
  /** Only these feeds, due or not (`vigil feeds run --once NAME`). */
  ids?: number[];
}

/** A claimed feed: the claim's start is the run's start. */
export interface FeedClaim {
  feed: Feed;
  startedAt: string;
}

export interface FeedRunOutcome extends FeedCounts {
  /** Null when nothing failed. */
  error: string | null;
  /** Stopped before the end (a signal): the feed stays due, so the next run goes on at once. */
  interrupted?: boolean;
}

export interface FeedService {
  /** Adds a feed; refuses a location or name another feed has. */
  feedAdd(f: FeedAddition): Promise<Feed>;
  feedList(q?: FeedClock): Promise<Feed[]>;
  /** Removes a feed by id or name; the documents it brought stay. */
  feedRemove(idOrName: string): Promise<Feed>;
  /**
   * Takes the feed that has been due longest and is not running elsewhere, or null. One UPDATE
   * over a `FOR UPDATE SKIP LOCKED` pick: two processes never take the same feed.
   */
  feedClaim(q: FeedClaimRequest): Promise<FeedClaim | null>;
  /** Extends a claim's lease; false when the claim is no longer this owner's. */
  feedRenew(id: number, owner: string, leaseSeconds: number): Promise<boolean>;
  /** Records a run and releases the claim; null when the claim is no longer this owner's. */
  feedFinish(id: number, owner: string, run: FeedRunOutcome): Promise<Feed | null>;
  /** Seconds until a feed may next be claimed (0: now), or null when there are no feeds. */
  feedNextDue(q?: FeedClock): Promise<number | null>;
  /** Of these content hashes, those stored at this extractor version, with their document ids. */
  storedDocuments(sha256s: string[]): Promise<Record<string, number>>;
}

export const FEED_METHODS = [
  "feedAdd",
  "feedList",
  "feedRemove",
  "feedClaim",
  "feedRenew",
  "feedFinish",
  "feedNextDue",
  "storedDocuments",
] as const satisfies readonly (keyof FeedService)[];

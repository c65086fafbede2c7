import { basename, extname, isAbsolute } from "node:path";
import { FeedExists, NotFound, UsageError } from "../../errors.js";
import type { Db, SqlSession } from "../db.js";
import { driverError } from "../db-errors.js";
import type {
  Feed,
  FeedAddition,
  FeedClaim,
  FeedClock,
  FeedRunOutcome,
  FeedService,
} from "./feed-types.js";
import { MAX_INTERVAL_SECONDS, MIN_INTERVAL_SECONDS } from "./feed-types.js";

// Feeds are a handful of rows read and written a few times a minute: plain SQL, one statement
// per step, the clock a parameter (`$1`, null for the database's own) so tests can move it.

interface FeedRow {
  id: number;
  name: string;
  location: string;
  interval_seconds: number;
  created_at: string;
  next_run_at: string;
  last_run_at: string | null;
  last_status: "ok" | "failed" | null;
  last_new: number | null;
  last_duplicate: number | null;
  last_failed: number | null;
  last_error: string | null;
  due: boolean;
  running_by: string | null;
  claimed_at: string | null;
}

const NOW = "coalesce($1::timestamptz, now())";
const iso = (column: string): string =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** The columns every answer carries; `$1` is the clock. */
const COLUMNS = `id, name, location, interval_seconds, ${iso("created_at")} AS created_at,
  ${iso("next_run_at")} AS next_run_at, ${iso("last_run_at")} AS last_run_at, last_status,
  last_new, last_duplicate, last_failed, last_error, next_run_at <= ${NOW} AS due,
  CASE WHEN claimed_until > ${NOW} THEN claimed_by END AS running_by,
  ${iso("claimed_at")} AS claimed_at`;

function feedOf(r: FeedRow): Feed {
  return {
    id: r.id,
    name: r.name,
    location: r.location,
    intervalSeconds: r.interval_seconds,
    createdAt: r.created_at,
    nextRunAt: r.next_run_at,
    lastRunAt: r.last_run_at,
    lastStatus: r.last_status,
    lastCounts:
      r.last_new === null
        ? null
        : { new: r.last_new, duplicate: r.last_duplicate ?? 0, failed: r.last_failed ?? 0 },
    lastError: r.last_error,
    due: r.due,
    runningBy: r.running_by,
  };
}

function clock(q: FeedClock | undefined): string | null {
  const now = q?.now ?? null;
  if (now !== null && Number.isNaN(Date.parse(now)))
    throw new UsageError(`not a time: ${now} (ISO 8601 expected)`);
  return now;
}

/** A feed name: printable, 1 to 100 characters, not a bare number (that would read as an id). */
export function checkFeedName(name: string): string {
  const n = name.trim();
  // eslint-disable-next-line no-control-regex
  if (n === "" || n.length > 100 || /[\u0000-\u001f\u007f]/.test(n))
    throw new UsageError("a feed name is 1 to 100 printable characters");
  if (/^\d+$/.test(n)) throw new UsageError(`a feed name cannot be a number (${n} reads as an id)`);
  return n;
}

function checkInterval(seconds: number): number {
  if (
    !Number.isSafeInteger(seconds) ||
    seconds < MIN_INTERVAL_SECONDS ||
    seconds > MAX_INTERVAL_SECONDS
  )
    throw new UsageError(
      `a feed's interval is a whole number of seconds from ${MIN_INTERVAL_SECONDS} to ${MAX_INTERVAL_SECONDS}`,
    );
  return seconds;
}

/** The default name: the location's base name without its extension, made unique. */
async function freeName(s: SqlSession, location: string): Promise<string> {
  let base = basename(location, extname(location)).trim().slice(0, 90);
  // eslint-disable-next-line no-control-regex
  base = base.replace(/[\u0000-\u001f\u007f]/g, "");
  if (base === "" || /^\d+$/.test(base)) base = `feed-${base}`.replace(/-$/, "");
  const taken = new Set(
    (
      await s.query<{ name: string }>(
        "SELECT name FROM feeds WHERE name = $1 OR starts_with(name, $1 || '-')",
        [base],
      )
    ).map((r) => r.name),
  );
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

async function insertFeed(
  s: SqlSession,
  location: string,
  interval: number,
  wanted: string | null,
): Promise<FeedRow> {
  const [same] = await s.query<{ id: number; name: string }>(
    "SELECT id, name FROM feeds WHERE location = $1",
    [location],
  );
  if (same) throw new FeedExists(`location ${location}`, `${same.id} (${same.name})`);
  if (wanted !== null) {
    const [named] = await s.query<{ id: number; location: string }>(
      "SELECT id, location FROM feeds WHERE name = $1",
      [wanted],
    );
    if (named) throw new FeedExists(`name ${wanted}`, `${named.id} (${named.location})`);
  }
  const name = wanted ?? (await freeName(s, location));
  const [r] = await s.query<FeedRow>(
    `INSERT INTO feeds (name, location, interval_seconds, next_run_at)
     VALUES ($2, $3, $4, ${NOW}) RETURNING ${COLUMNS}`,
    [null, name, location, interval],
  );
  return r!;
}

export function createFeedService(db: Db, extractorVersion: number): FeedService {
  // An embedded database is open in one process only, so a lease found there was left by a
  // process that died: it does not hold the feed back.
  const leases = db.backend === "postgres";
  const free = leases ? `AND (claimed_until IS NULL OR claimed_until <= ${NOW})` : "";

  const select = async (where: string, params: unknown[]): Promise<Feed[]> =>
    (
      await db.query<FeedRow>(
        `SELECT ${COLUMNS} FROM feeds ${where} ORDER BY next_run_at, id`,
        params,
      )
    ).map(feedOf);

  return {
    async feedAdd(f: FeedAddition) {
      if (!isAbsolute(f.location)) throw new UsageError(`not an absolute path: ${f.location}`);
      const interval = checkInterval(f.intervalSeconds);
      const wanted = f.name === undefined || f.name === null ? null : checkFeedName(f.name);
      const add = (): Promise<FeedRow> =>
        db.transaction((s) => insertFeed(s, f.location, interval, wanted));
      // Another process added the same location or name between the checks and the insert: run
      // again, the checks name that feed.
      const row = await add().catch((err: unknown) =>
        driverError(err).code === "23505" ? add() : Promise.reject(err),
      );
      return feedOf(row);
    },

    async feedList(q) {
      return select("", [clock(q)]);
    },

    async feedRemove(idOrName) {
      const key = idOrName.trim();
      const byId = /^\d{1,15}$/.test(key);
      const [r] = await db.query<FeedRow>(
        `DELETE FROM feeds WHERE ${byId ? "id = $2::bigint" : "name = $2"} RETURNING ${COLUMNS}`,
        [null, key],
      );
      if (!r) throw new NotFound(`feed ${key}`);
      return feedOf(r);
    },

    async feedClaim(q): Promise<FeedClaim | null> {
      const lease = Math.max(1, Math.ceil(q.leaseSeconds));
      // The pick skips rows another transaction holds, and re-reads a row claimed and committed
      // meanwhile (its lease then fails the test): a feed goes to one claimer only.
      const [r] = await db.query<FeedRow>(
        `UPDATE feeds SET claimed_by = $2, claimed_at = ${NOW},
           claimed_until = ${NOW} + make_interval(secs => $3)
         WHERE id = (
           SELECT id FROM feeds
           WHERE ${q.ids ? "id = ANY($5::bigint[])" : `next_run_at <= ${NOW}`} ${free}
             AND NOT (id = ANY($4::bigint[]))
           ORDER BY next_run_at, id LIMIT 1
           FOR UPDATE SKIP LOCKED)
         RETURNING ${COLUMNS}`,
        [clock(q), q.owner, lease, q.exclude ?? [], ...(q.ids ? [q.ids] : [])],
      );
      return r ? { feed: feedOf(r), startedAt: r.claimed_at! } : null;
    },

    async feedRenew(id, owner, leaseSeconds) {
      const rows = await db.query(
        `UPDATE feeds SET claimed_until = greatest(claimed_until, now() + make_interval(secs => $3))
         WHERE id = $1 AND claimed_by = $2 RETURNING id`,
        [id, owner, Math.max(1, Math.ceil(leaseSeconds))],
      );
      return rows.length > 0;
    },

    async feedFinish(id, owner, run: FeedRunOutcome) {
      // An interrupted run records nothing and leaves the feed due: the next run goes on at once
      // and finds what this one stored as duplicates.
      const record = run.interrupted
        ? ""
        : `last_run_at = claimed_at,
           next_run_at = claimed_at + make_interval(secs => interval_seconds),
           last_status = CASE WHEN $6 > 0 OR $7::text IS NOT NULL THEN 'failed' ELSE 'ok' END,
           last_new = $4, last_duplicate = $5, last_failed = $6, last_error = $7::text,`;
      const [r] = await db.query<FeedRow>(
        `UPDATE feeds SET ${record} claimed_by = NULL, claimed_at = NULL, claimed_until = NULL
         WHERE id = $2 AND claimed_by = $3 RETURNING ${COLUMNS}`,
        [
          null,
          id,
          owner,
          ...(run.interrupted ? [] : [run.new, run.duplicate, run.failed, run.error]),
        ],
      );
      return r ? feedOf(r) : null;
    },

    async feedNextDue(q) {
      const start = leases
        ? `CASE WHEN claimed_until > ${NOW} THEN greatest(next_run_at, claimed_until) ELSE next_run_at END`
        : "next_run_at";
      const [r] = await db.query<{ seconds: number | null }>(
        `SELECT greatest(0, extract(epoch FROM min(${start}) - ${NOW}))::float8 AS seconds FROM feeds`,
        [clock(q)],
      );
      return r?.seconds ?? null;
    },

    async storedDocuments(sha256s) {
      if (sha256s.length === 0) return {};
      const rows = await db.query<{ sha256: string; id: number }>(
        "SELECT sha256, id FROM documents WHERE sha256 = ANY($1::text[]) AND extractor_version >= $2",
        [sha256s, extractorVersion],
      );
      return Object.fromEntries(rows.map((r) => [r.sha256, r.id]));
    },
  };
}

import { hostname } from "node:os";
import type { Command } from "commander";
import { Option } from "commander";
import type { Config } from "../../config.js";
import { NotFound, UsageError } from "../../errors.js";
import { feedLocation } from "../../ingest/feeds/feed-location.js";
import { runFeeds, type FeedSession } from "../../ingest/feeds/feed-runner.js";
import { formatInterval, parseEvery } from "../../ingest/feeds/feed-schedule.js";
import { inlineFeedIngest, queuedFeedIngest } from "../../ingest/feeds/feed-sources.js";
import { requirePostgres } from "../../queue/job-queue.js";
import { isPostgresUrl, redactUrl } from "../../store/db.js";
import type { Feed } from "../../store/feeds/feed-types.js";
import { openStore } from "../../store/open-store.js";
import { createStoreService, fromErrorInfo } from "../../store/store-service.js";
import type { CommandContext } from "../context.js";
import { EXIT, write } from "../io.js";
import { printable } from "../printable.js";
import { reportFailure } from "../report.js";
import { withStore } from "../store.js";
import { feedRunJson, feedRunLine, feedsJson, renderFeeds } from "./feeds-format.js";
import { openWorkerQueue } from "./worker.js";

// `vigil feeds`: feed files, JSONL files and folders polled on a schedule (docs/feeds.md).

interface RunFlags {
  once?: boolean;
  queue?: boolean;
  json?: boolean;
}

export function registerFeeds(program: Command, ctx: CommandContext): void {
  const feeds = program
    .command("feeds")
    .description(
      "Feed files, JSONL files and folders polled on a schedule: add, list, remove, run",
    );

  feeds
    .command("list", { isDefault: true })
    .description("Each feed: interval, last run and its counts, whether it is due, next run")
    .addOption(
      new Option("--format <format>", "md (a table to read) or json").choices(["md", "json"]),
    )
    .action(async (opts: { format?: string }, cmd: Command) => {
      await withStore(ctx, cmd, "vigil feeds list", async (store) => {
        const list = await store.feedList();
        await write(ctx.io.stdout, opts.format === "json" ? feedsJson(list) : renderFeeds(list));
      });
    });

  feeds
    .command("add")
    .description("Watch a feed file (.rss, .atom, .xml), a JSONL file or a folder")
    .argument("<location>", "a feed file, a JSONL file or a folder of files `vigil ingest` reads")
    .option("--every <interval>", "how often: 30s, 15m, 1h, 1d (at least 10s)", "15m")
    .option("--name <name>", "a name for the feed (default: the location's base name)")
    .action(async (location: string, opts: { every: string; name?: string }, cmd: Command) => {
      const intervalSeconds = parseEvery(opts.every);
      const path = await feedLocation(location);
      await withStore(ctx, cmd, "vigil feeds add", async (store) => {
        const f = await store.feedAdd({ location: path, intervalSeconds, name: opts.name ?? null });
        await write(
          ctx.io.stdout,
          `Added feed ${f.id} (${printable(f.name)}): ${printable(f.location)}, every ` +
            `${formatInterval(f.intervalSeconds)}; \`vigil feeds run\` reads it now and then on schedule.\n`,
        );
      });
    });

  feeds
    .command("remove")
    .description("Stop watching a feed (the documents it brought stay)")
    .argument("<feed>", "the feed's id or name")
    .action(async (feed: string, _opts: unknown, cmd: Command) => {
      await withStore(ctx, cmd, "vigil feeds remove", async (store) => {
        const f = await store.feedRemove(feed);
        await write(
          ctx.io.stdout,
          `Removed feed ${f.id} (${printable(f.name)}): ${printable(f.location)}\n`,
        );
      });
    });

  feeds
    .command("run")
    .description(
      "Ingest the new items of every due feed, then sleep until the next is due (until stopped)",
    )
    .argument("[feeds...]", "with --once: run these feeds (ids or names) now, due or not")
    .option("--once", "run the due feeds once and stop")
    .option("--queue", "queue the new items for `vigil worker` processes (PostgreSQL)")
    .option("--json", "one JSON line per feed run on standard output")
    .action(async (names: string[], opts: RunFlags, cmd: Command) => {
      await runCommand(ctx, ctx.config(cmd), names, opts);
    });
}

async function runCommand(
  ctx: CommandContext,
  config: Config,
  names: string[],
  opts: RunFlags,
): Promise<void> {
  const { io } = ctx;
  if (names.length > 0 && !opts.once)
    throw new UsageError("feeds run: naming feeds goes with --once");
  if (opts.queue) requirePostgres("vigil feeds run --queue", config.db);
  const limits = {
    maxInputBytes: config.maxInputBytes,
    maxDocumentChars: config.maxDocumentChars,
    jurisdiction: config.jurisdiction || null,
  };
  const open = async (): Promise<FeedSession & { list(): Promise<Feed[]> }> => {
    if (opts.queue) {
      const { db, queue } = await openWorkerQueue(config, { supervise: false });
      const store = createStoreService(db);
      return {
        feeds: store,
        ingest: queuedFeedIngest(queue, db, limits),
        list: () => store.feedList(),
        close: async () => {
          await queue.close();
          await db.close();
        },
      };
    }
    const store = await openStore(config, { command: "vigil feeds run" });
    return {
      feeds: store,
      ingest: inlineFeedIngest(store, limits),
      list: () => store.feedList(),
      close: () => store.close(),
    };
  };

  // Named feeds are looked up first, in the session the run then uses.
  let first: FeedSession | null = null;
  let ids: number[] | undefined;
  if (names.length > 0) {
    const session = await open();
    try {
      ids = pick(await session.list(), names);
    } catch (err) {
      await session.close();
      throw err;
    }
    first = session;
  }

  // The first signal lets the run finish the documents in hand and close the store; a second
  // one ends the process at once (a document being written is rolled back with its transaction).
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => {
    if (!stop.signal.aborted) return stop.abort();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    process.kill(process.pid, signal);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  if (!opts.once)
    await write(
      io.stderr,
      `vigil feeds run: running due feeds on ${redactUrl(config.db)} until stopped (SIGINT, SIGTERM)\n`,
    );
  try {
    const reports = await runFeeds({
      open: async () => {
        const s = first ?? (await open());
        first = null;
        return s;
      },
      release: !isPostgresUrl(config.db),
      once: opts.once === true,
      // A feed added meanwhile is noticed within this; an embedded database is reopened to look.
      maxSleepSeconds: isPostgresUrl(config.db) ? 60 : 300,
      owner: `${hostname()}:${process.pid}`,
      signal: stop.signal,
      ...(ids ? { ids } : {}),
      log: (line) => void write(io.stderr, `vigil feeds run: ${printable(line)}\n`),
      onItemFailure: (_feed, e) =>
        reportFailure(
          io,
          e.id,
          fromErrorInfo(e.error ?? { code: "VIGIL_ERR_INTERNAL", message: "failed", status: 500 }),
        ),
      onFeedDone: async (r) => {
        await write(io.stderr, feedRunLine(r));
        if (opts.json) await write(io.stdout, feedRunJson(r));
      },
    });
    const n = { new: 0, duplicate: 0, failed: 0 };
    for (const r of reports)
      for (const k of ["new", "duplicate", "failed"] as const) n[k] += r.counts[k];
    await write(
      io.stderr,
      reports.length === 0
        ? "vigil feeds run: no feed was due\n"
        : `vigil feeds run: ${reports.length} feed run${reports.length === 1 ? "" : "s"}: ` +
            `${n.new} ${opts.queue ? "queued" : "new"}, ${n.duplicate} duplicate, ${n.failed} failed\n`,
    );
    ctx.setExitCode(reports.some((r) => r.counts.failed > 0) ? EXIT.someFailed : EXIT.ok);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await (first as FeedSession | null)?.close();
  }
}

/** The ids of the feeds named (by id or name); an unknown one is an error naming it. */
function pick(list: readonly Feed[], names: readonly string[]): number[] {
  return names.map((n) => {
    const f = list.find((x) => String(x.id) === n.trim() || x.name === n.trim());
    if (!f) throw new NotFound(`feed ${n}`);
    return f.id;
  });
}

import { formatInterval } from "../../ingest/feeds/feed-schedule.js";
import type { FeedRunReport } from "../../ingest/feeds/feed-runner.js";
import type { Feed } from "../../store/feeds/feed-types.js";
import { printable } from "../printable.js";

/** `2024-05-14T09:00:05Z` → `2024-05-14 09:00:05Z`. */
const when = (iso: string | null): string => (iso ? iso.replace("T", " ") : "never");

const cell = (s: string): string => printable(s).replace(/\|/g, "\\|").replace(/\n/g, "\\n");

function counts(f: Feed): string {
  const c = f.lastCounts;
  return c ? `${c.new} new, ${c.duplicate} duplicate, ${c.failed} failed` : "";
}

/** `vigil feeds list --format md`: a Markdown table, then each failed feed's last error. */
export function renderFeeds(list: readonly Feed[]): string {
  if (list.length === 0) return "No feeds yet: add one with `vigil feeds add LOCATION`.\n";
  const rows = [
    ["id", "name", "every", "last run", "status", "last counts", "due", "next run", "location"],
    ...list.map((f) => [
      String(f.id),
      cell(f.name),
      formatInterval(f.intervalSeconds),
      when(f.lastRunAt),
      f.lastStatus ?? "",
      counts(f),
      f.runningBy ? `running (${cell(f.runningBy)})` : f.due ? "yes" : "no",
      when(f.nextRunAt),
      cell(f.location),
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: readonly string[]): string =>
    `| ${r.map((v, c) => v.padEnd(widths[c]!)).join(" | ")} |\n`;
  let out = line(rows[0]!) + line(widths.map((w) => "-".repeat(w)));
  for (const r of rows.slice(1)) out += line(r);
  const failed = list.filter((f) => f.lastError);
  if (failed.length > 0) {
    out += "\n";
    for (const f of failed) out += `- ${cell(f.name)}: ${printable(f.lastError!)}\n`;
  }
  return out;
}

/** `vigil feeds list --format json`: the feeds, each with its interval as `--every` takes it. */
export function feedsJson(list: readonly Feed[]): string {
  return (
    JSON.stringify(
      list.map((f) => ({ ...f, every: formatInterval(f.intervalSeconds) })),
      null,
      2,
    ) + "\n"
  );
}

/** One line on standard error per feed run. */
export function feedRunLine(r: FeedRunReport): string {
  const c = r.counts;
  let line =
    `vigil feeds: ${printable(r.feed.name)}: ${c.new} new, ${c.duplicate} duplicate, ` +
    `${c.failed} failed (${r.seconds.toFixed(1)} s)`;
  if (r.lost) line += "; removed or taken over by another process meanwhile: nothing recorded";
  else if (r.interrupted) line += "; stopped before the end: it stays due";
  else line += `; next run ${when(r.feed.nextRunAt)}`;
  return line + "\n";
}

/** `vigil feeds run --json`: one line per feed run. */
export function feedRunJson(r: FeedRunReport): string {
  return (
    JSON.stringify({
      feed: r.feed.id,
      name: r.feed.name,
      location: r.feed.location,
      ok: r.counts.failed === 0 && !r.lost,
      ...r.counts,
      error: r.error,
      interrupted: r.interrupted,
      lost: r.lost,
      nextRunAt: r.feed.nextRunAt,
      seconds: r.seconds,
    }) + "\n"
  );
}

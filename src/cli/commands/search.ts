import type { Command } from "commander";
import { Option } from "commander";
import { UsageError } from "../../errors.js";
import type { SearchHit, SearchKind } from "../../store/store-types.js";
import type { CommandContext } from "../context.js";
import { write } from "../io.js";
import { withStore } from "../store.js";

export function registerSearch(program: Command, ctx: CommandContext): void {
  program
    .command("search")
    .description(
      'Full-text search over sources and statements: diacritics ignored, "phrases", or, -word',
    )
    .argument("<query...>", "words to look for")
    .option("--speaker <name>", "statements by this speaker (name or alias)")
    .option("--org <name>", "statements by this organisation or its people")
    .option("--from <date>", "on or after (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--to <date>", "on or before")
    .addOption(
      new Option("--kind <kind>", "what to search").choices([
        "source",
        "statement",
        "direct",
        "indirect",
        "mixed",
      ]),
    )
    .option("--outlet <name>", "sources from this outlet")
    .option("--limit <n>", "at most this many results", "20")
    .option("--offset <n>", "skip this many results", "0")
    .option("--json", "JSON output")
    .action(
      async (
        words: string[],
        opts: {
          speaker?: string;
          org?: string;
          from?: string;
          to?: string;
          kind?: SearchKind;
          outlet?: string;
          limit: string;
          offset: string;
          json?: boolean;
        },
        cmd: Command,
      ) => {
        const limit = Number(opts.limit);
        const offset = Number(opts.offset);
        if (!Number.isSafeInteger(limit) || limit < 1)
          throw new UsageError(`--limit must be a positive number, got ${opts.limit}`);
        if (!Number.isSafeInteger(offset) || offset < 0)
          throw new UsageError(`--offset must be a number, got ${opts.offset}`);
        await withStore(ctx, cmd, "vigil search", async (store) => {
          const result = await store.search({
            confidential: true,
            query: words.join(" "),
            ...(opts.speaker ? { speaker: opts.speaker } : {}),
            ...(opts.org ? { org: opts.org } : {}),
            ...(opts.from ? { from: opts.from } : {}),
            ...(opts.to ? { to: opts.to } : {}),
            ...(opts.kind ? { kind: opts.kind } : {}),
            ...(opts.outlet ? { outlet: opts.outlet } : {}),
            limit,
            offset,
          });
          if (opts.json) return write(ctx.io.stdout, JSON.stringify(result, null, 2) + "\n");
          if (result.hits.length === 0) return write(ctx.io.stdout, "No results.\n");
          const tty = Boolean(ctx.io.stdout.isTTY);
          await write(
            ctx.io.stdout,
            result.hits.map((h, i) => renderHit(h, offset + i + 1, tty)).join("\n") + "\n",
          );
        });
      },
    );
}

/** Marks highlights: bold on a terminal, `**word**` otherwise. */
export function marked(text: string, ranges: readonly [number, number][], tty: boolean): string {
  const [open, close] = tty ? ["\x1b[1;33m", "\x1b[0m"] : ["**", "**"];
  let out = "";
  let at = 0;
  for (const [s, e] of ranges) {
    out += text.slice(at, s) + open + text.slice(s, e) + close;
    at = e;
  }
  return (out + text.slice(at)).replace(/\s+/g, " ").trim();
}

export function renderHit(h: SearchHit, n: number, tty: boolean): string {
  const doc = h.document;
  const source = [doc.title ?? doc.path, doc.outlet, doc.date].filter(Boolean).join(", ");
  const lines: string[] = [];
  if (h.statement) {
    const s = h.statement;
    const who = s.speaker
      ? `${s.speaker}${s.role || s.org ? ` (${[s.role, s.org].filter(Boolean).join(", ")})` : ""}`
      : "unattributed";
    lines.push(
      `${n}. statement, ${s.kind} — ${who}${s.date ? `, ${s.date}` : ""}  [score ${h.score}]`,
    );
  } else lines.push(`${n}. source${h.field === "title" ? " (title)" : ""}  [score ${h.score}]`);
  lines.push(`   ${marked(h.snippet, h.highlights, tty)}`);
  lines.push(
    `   — ${source} [document ${doc.id}${h.start !== null ? `, ${h.start}-${h.end}` : ""}]${doc.url ? ` ${doc.url}` : ""}`,
  );
  return lines.join("\n");
}

import type { Command } from "commander";
import { Option } from "commander";
import type { ActorKind } from "../../core/types.js";
import { UsageError } from "../../errors.js";
import type { ActorSummary, MergeRecord } from "../../store/store-types.js";
import { cliUser, type CommandContext } from "../context.js";
import { write } from "../io.js";
import { withStore } from "../store.js";

export function registerActors(program: Command, ctx: CommandContext): void {
  const actors = program
    .command("actors")
    .description("People, organisations and states across documents; merge, split and undo");

  actors
    .command("list", { isDefault: true })
    .description("List actors with their mention counts (the default)")
    .addOption(
      new Option("--kind <kind>", "only this kind").choices(["person", "organisation", "state"]),
    )
    .option("--name <text>", "only actors with a name or alias containing this")
    .option("--limit <n>", "at most this many", "50")
    .option("--offset <n>", "skip this many", "0")
    .option("--json", "JSON output")
    .action(
      async (
        opts: { kind?: ActorKind; name?: string; limit: string; offset: string; json?: boolean },
        cmd: Command,
      ) => {
        await withStore(ctx, cmd, "vigil actors", async (store) => {
          // The command line holds the database: it shows confidential records, marked.
          const list = await store.listActors({
            confidential: true,
            ...(opts.kind ? { kind: opts.kind } : {}),
            ...(opts.name ? { name: opts.name } : {}),
            limit: count(opts.limit, "--limit"),
            offset: count(opts.offset, "--offset"),
          });
          if (opts.json) return write(ctx.io.stdout, JSON.stringify(list, null, 2) + "\n");
          if (list.length === 0)
            return write(ctx.io.stdout, "No actors yet: run `vigil ingest` first.\n");
          await write(ctx.io.stdout, actorTable(list));
        });
      },
    );

  actors
    .command("merge")
    .description("Merge actor OTHER into actor KEEP (undo with `vigil actors unmerge`)")
    .argument("<keep>", "id of the actor that stays")
    .argument("<other>", "id of the actor merged into it")
    .option("--reason <text>", "why: kept in the merge history and the audit log", "")
    .option("--json", "JSON output")
    .action(
      async (
        keep: string,
        other: string,
        opts: { reason: string; json?: boolean },
        cmd: Command,
      ) => {
        await withStore(ctx, cmd, "vigil actors merge", async (store) => {
          const m = await store.mergeActors(id(keep), id(other), opts.reason, cliUser(ctx));
          await write(
            ctx.io.stdout,
            opts.json ? JSON.stringify(m, null, 2) + "\n" : describeMerge(m) + "\n",
          );
        });
      },
    );

  actors
    .command("split")
    .description(
      "Move an actor's mentions in some documents to a new actor (a wrong automatic link)",
    )
    .argument("<actor>", "actor id")
    .argument("<documents...>", "document ids")
    .option("--reason <text>", "why: kept in the merge history and the audit log", "")
    .option("--json", "JSON output")
    .action(
      async (
        actor: string,
        docs: string[],
        opts: { reason: string; json?: boolean },
        cmd: Command,
      ) => {
        await withStore(ctx, cmd, "vigil actors split", async (store) => {
          const m = await store.splitActor(id(actor), docs.map(id), opts.reason, cliUser(ctx));
          await write(
            ctx.io.stdout,
            opts.json ? JSON.stringify(m, null, 2) + "\n" : describeMerge(m) + "\n",
          );
        });
      },
    );

  actors
    .command("unmerge")
    .description("Undo a merge or a split, by its id in `vigil actors history`")
    .argument("<merge>", "merge id")
    .option("--why <text>", "why: kept in the audit log")
    .option("--json", "JSON output")
    .action(async (merge: string, opts: { why?: string; json?: boolean }, cmd: Command) => {
      await withStore(ctx, cmd, "vigil actors unmerge", async (store) => {
        const m = await store.unmerge(id(merge), { by: cliUser(ctx), why: opts.why ?? null });
        await write(
          ctx.io.stdout,
          opts.json ? JSON.stringify(m, null, 2) + "\n" : describeMerge(m) + "\n",
        );
      });
    });

  actors
    .command("history")
    .description("Merges and splits, with their evidence (all, or those of one actor)")
    .argument("[actor]", "actor id")
    .option("--json", "JSON output")
    .action(async (actor: string | undefined, opts: { json?: boolean }, cmd: Command) => {
      await withStore(ctx, cmd, "vigil actors history", async (store) => {
        const list = await store.history(actor === undefined ? undefined : id(actor), {
          confidential: true,
        });
        if (opts.json) return write(ctx.io.stdout, JSON.stringify(list, null, 2) + "\n");
        if (list.length === 0) return write(ctx.io.stdout, "No merges or splits.\n");
        await write(ctx.io.stdout, list.map(describeMerge).join("\n") + "\n");
      });
    });
}

export function id(s: string): number {
  const m = /^#?(\d+)$/.exec(s.trim());
  if (!m) throw new UsageError(`expected an id (a number), got ${s}`);
  return Number(m[1]);
}

function count(s: string, name: string): number {
  const n = Number(s);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new UsageError(`${name} must be a whole number, got ${s}`);
  return n;
}

export function actorTable(list: readonly ActorSummary[]): string {
  const rows = [
    ["id", "kind", "mentions", "docs", "statements", "name"],
    ...list.map((a) => [
      String(a.id),
      a.kind,
      String(a.mentions),
      String(a.documents),
      String(a.statements),
      a.name +
        (a.confidential ? "  [confidential]" : "") +
        (a.aliases.length ? `  (also: ${a.aliases.slice(0, 4).join(", ")})` : ""),
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return (
    rows
      .map((r) =>
        r
          .map((cell, c) =>
            c === r.length - 1
              ? cell
              : c === 1
                ? cell.padEnd(widths[c]!)
                : cell.padStart(widths[c]!),
          )
          .join("  "),
      )
      .join("\n") + "\n"
  );
}

export function describeMerge(m: MergeRecord): string {
  const when = m.createdAt.slice(0, 19);
  const undone = m.undoneAt ? ` [undone ${m.undoneAt.slice(0, 19)}]` : "";
  const reason =
    typeof m.evidence.reason === "string" && m.evidence.reason ? ` — ${m.evidence.reason}` : "";
  if (m.kind === "merge")
    return `merge ${m.id}: ${m.from.name} (#${m.from.id}) merged into ${m.into.name} (#${m.into.id}), ${when}${reason}${undone}`;
  return `split ${m.id}: ${m.documentActorIds.length} mention(s) of ${m.from.name} (#${m.from.id}) moved to new actor #${m.into.id}, ${when}${reason}${undone}`;
}

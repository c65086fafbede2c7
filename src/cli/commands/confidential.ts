import type { Command } from "commander";
import { cliUser, type CommandContext } from "../context.js";
import { write } from "../io.js";
import { withStore } from "../store.js";

export function registerConfidential(program: Command, ctx: CommandContext): void {
  program
    .command("confidential")
    .description(
      "Mark a case, a person (actor) or a source confidential, or clear the mark with --off: hidden from public answers, exports and viewers",
    )
    .argument("<record>", "case:VN-001, actor:12 or source:3")
    .option("--off", "clear the mark")
    .option("--why <text>", "why: kept in the audit log")
    .option("--json", "JSON output")
    .action(
      async (
        record: string,
        opts: { off?: boolean; why?: string; json?: boolean },
        cmd: Command,
      ) => {
        await withStore(ctx, cmd, "vigil confidential", async (store) => {
          const r = await store.setConfidential({
            record,
            confidential: opts.off !== true,
            by: cliUser(ctx),
            why: opts.why ?? null,
          });
          if (opts.json) return write(ctx.io.stdout, JSON.stringify(r, null, 2) + "\n");
          const state = r.confidential ? "confidential" : "not confidential";
          const changed = r.changed.map((c) => `${c.type}:${c.id}`);
          await write(
            ctx.io.stdout,
            changed.length === 0
              ? `${record} was already ${state}.\n`
              : `${changed.join(", ")} now ${state}.\n`,
          );
        });
      },
    );
}

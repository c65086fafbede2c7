import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import type { CheckView } from "../../store/check/check-types.js";
import type { CommandContext } from "../context.js";
import { write } from "../io.js";
import { withStore } from "../store.js";
import { renderCheck } from "./check-format.js";

// `vigil check "CLAIM" [--speaker NAME] [--date DATE]` and `vigil check --statement ID`: hold a
// claim against the record as of its date and propose a verdict (docs/checks.md).

export function registerCheck(program: Command, ctx: CommandContext): void {
  program
    .command("check")
    .description(
      "Hold a claim against the record as of its date: type it, gather the evidence, propose a verdict",
    )
    .argument("[claim...]", "the claim, as said")
    .option("--speaker <name>", "who said it (looked up among the speakers the store knows)")
    .option("--date <date>", "when it was said: YYYY-MM-DD, YYYY-MM or YYYY (default today)")
    .option("--jurisdiction <code>", "the country it is about (ISO 3166 alpha-2, e.g. VN)")
    .option("--statement <id>", "check an extracted statement instead (its id, from vigil search)")
    .option("--save", "store the check for review (vigil checks)")
    .option("--by <name>", "who asks (recorded with a saved check)")
    .option("--json", "JSON output")
    .action(
      async (
        words: string[],
        opts: {
          speaker?: string;
          date?: string;
          jurisdiction?: string;
          statement?: string;
          save?: boolean;
          by?: string;
          json?: boolean;
        },
        cmd: Command,
      ) => {
        const text = words.join(" ").trim();
        if (opts.statement !== undefined && text)
          throw new UsageError("give a claim or --statement ID, not both");
        if (opts.statement === undefined && !text)
          throw new UsageError('give the claim to check: vigil check "CLAIM" (or --statement ID)');
        const by = opts.by ?? ctx.io.env.USER ?? "vigil";
        await withStore(ctx, cmd, "vigil check", async (store) => {
          let check: CheckView;
          if (opts.statement !== undefined) {
            const id = Number(opts.statement.replace(/^#/, ""));
            if (!Number.isSafeInteger(id) || id < 1)
              throw new UsageError(`--statement must be a statement id, got ${opts.statement}`);
            check = await store.checkStatement({
              statementId: id,
              ...(opts.date ? { date: opts.date } : {}),
              save: opts.save === true,
              by,
            });
          } else
            check = await store.checkClaim({
              text,
              ...(opts.speaker ? { speaker: opts.speaker } : {}),
              ...(opts.date ? { date: opts.date } : {}),
              ...(opts.jurisdiction ? { jurisdiction: opts.jurisdiction } : {}),
              save: opts.save === true,
              by,
            });
          await write(
            ctx.io.stdout,
            opts.json ? JSON.stringify(check, null, 2) + "\n" : renderCheck(check),
          );
          if (opts.json) for (const n of check.notes) await write(ctx.io.stderr, `vigil: ${n}\n`);
        });
      },
    );
}

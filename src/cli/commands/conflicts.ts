import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import type { CommandContext } from "../context.js";
import { write } from "../io.js";
import { withStore } from "../store.js";
import { renderConflicts } from "./check-format.js";

// `vigil conflicts`: figures for the same quantity and date from different publishers that
// disagree beyond a tolerance, and figures the register's own count disagrees with.

export function registerConflicts(program: Command, ctx: CommandContext): void {
  program
    .command("conflicts")
    .description(
      "Figures that disagree: across publishers (same quantity and date) and with the register",
    )
    .option("--tolerance <percent>", "how far apart two figures may be and still agree", "5")
    .option(
      "--window <days>",
      "how far apart two as-of days may be and still be the same date",
      "31",
    )
    .option("--jurisdiction <code>", "only figures about this country (ISO 3166 alpha-2)")
    .option("--no-register", "do not compare with the register's counts")
    .option("--json", "JSON output")
    .action(
      async (
        opts: {
          tolerance: string;
          window: string;
          jurisdiction?: string;
          register: boolean;
          json?: boolean;
        },
        cmd: Command,
      ) => {
        const percent = Number(opts.tolerance.replace(/%$/, ""));
        if (!Number.isFinite(percent) || percent < 0)
          throw new UsageError(`--tolerance must be a percentage, got ${opts.tolerance}`);
        const window = Number(opts.window);
        if (!Number.isSafeInteger(window) || window < 0)
          throw new UsageError(`--window must be a whole number of days, got ${opts.window}`);
        await withStore(ctx, cmd, "vigil conflicts", async (store) => {
          const r = await store.figureConflicts({
            tolerance: percent / 100,
            windowDays: window,
            ...(opts.jurisdiction ? { jurisdiction: opts.jurisdiction.toUpperCase() } : {}),
            withoutRegister: !opts.register,
          });
          await write(
            ctx.io.stdout,
            opts.json ? JSON.stringify(r, null, 2) + "\n" : renderConflicts(r),
          );
        });
      },
    );
}

import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import { createDb, type Db } from "../../store/db.js";
import { copyDatabase } from "../../store/dump/dump-service.js";
import type { CommandContext } from "../context.js";
import { show } from "./backup.js";

export function registerDb(program: Command, ctx: CommandContext): void {
  const db = program.command("db").description("Move the database");
  db.command("copy")
    .description(
      "Copy every table from one database to another (e.g. an embedded directory to PostgreSQL), verified by counts and content hashes",
    )
    .requiredOption("--from <db>", "the database to read: a directory or a postgres:// URL")
    .requiredOption("--to <db>", "the database to write: a directory or a postgres:// URL")
    .option("--force", "replace everything the target holds")
    .option("--json", "print what was copied as JSON")
    .action(async (opts: { from: string; to: string; force?: boolean; json?: boolean }) => {
      if (opts.from === opts.to) throw new UsageError("db copy: --from and --to are the same");
      let from: Db | null = null;
      let to: Db | null = null;
      try {
        from = await createDb({ db: opts.from }, { migrate: false, command: "vigil db copy" });
        to = await createDb({ db: opts.to }, { migrate: false, command: "vigil db copy" });
        const report = await copyDatabase(from, to, { force: opts.force === true });
        await show(ctx, "db copy", report, opts.json);
      } finally {
        await to?.close();
        await from?.close();
      }
    });
}

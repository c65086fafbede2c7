import { resolve } from "node:path";
import type { Command } from "commander";
import type { DumpReport } from "../../store/dump/dump-types.js";
import type { CommandContext } from "../context.js";
import { EXIT, write } from "../io.js";
import { withStore } from "../store.js";

export function registerBackup(program: Command, ctx: CommandContext): void {
  program
    .command("backup")
    .description(
      "Write a consistent snapshot of the whole database to FILE (gzip'd JSON lines; either backend)",
    )
    .argument("<file>", "the backup file to write")
    .option("--force", "replace FILE if it exists")
    .option("--json", "print what was written as JSON")
    .action(async (file: string, opts: { force?: boolean; json?: boolean }, cmd: Command) => {
      const path = resolve(file);
      const report = await withStore(ctx, cmd, `vigil backup ${file}`, (store) =>
        store.backup(path, { overwrite: opts.force === true }),
      );
      await show(ctx, "backup", report, opts.json);
    });

  program
    .command("restore")
    .description(
      "Replace the database with a backup (refuses a database holding data without --force)",
    )
    .argument("<file>", "a file written by vigil backup")
    .option("--force", "replace everything the database holds")
    .option("--json", "print what was restored as JSON")
    .action(async (file: string, opts: { force?: boolean; json?: boolean }, cmd: Command) => {
      const path = resolve(file);
      const report = await withStore(ctx, cmd, `vigil restore ${file}`, (store) =>
        store.restore(path, { force: opts.force === true }),
      );
      await show(ctx, "restore", report, opts.json);
    });
}

/** Rows per table on standard error (or the report as JSON on standard output). */
export async function show(
  ctx: CommandContext,
  what: string,
  r: DumpReport,
  json: boolean | undefined,
): Promise<void> {
  if (json) await write(ctx.io.stdout, JSON.stringify(r) + "\n");
  else {
    const rows = Object.entries(r.tables).filter(([, d]) => d.rows > 0);
    const total = Object.values(r.tables).reduce((s, d) => s + d.rows, 0);
    const width = Math.max(0, ...rows.map(([t]) => t.length));
    const checked =
      what === "backup"
        ? "counts and content hashes written in its trailer"
        : "counts and content hashes verified";
    let out = `vigil ${what}: ${r.from} → ${r.to}: ${Object.keys(r.tables).length} tables, ${total} rows, ${checked} (${r.seconds.toFixed(1)} s)\n`;
    for (const [t, d] of rows) out += `  ${t.padEnd(width)}  ${String(d.rows).padStart(9)}\n`;
    if (r.migrations.applied.length > 0)
      out += `  then applied migrations ${r.migrations.applied.join(", ")} (the source was older)\n`;
    await write(ctx.io.stderr, out);
  }
  ctx.setExitCode(EXIT.ok);
}

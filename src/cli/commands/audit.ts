import type { Command } from "commander";
import type { AuditEntry } from "../../store/audit/audit-types.js";
import type { CommandContext } from "../context.js";
import { write } from "../io.js";
import { withStore } from "../store.js";
import { whole } from "./cases.js";

export function registerAudit(program: Command, ctx: CommandContext): void {
  program
    .command("audit")
    .description(
      "The audit log, newest first: who changed what, when, before → after, and why (all records, or one)",
    )
    .argument("[record]", "one record: case:VN-001, actor:12, source:3, check:7 or user:mai")
    .option("--limit <n>", "at most this many", "50")
    .option("--offset <n>", "skip this many", "0")
    .option("--json", "JSON output")
    .action(
      async (
        record: string | undefined,
        opts: { limit: string; offset: string; json?: boolean },
        cmd: Command,
      ) => {
        await withStore(ctx, cmd, "vigil audit", async (store) => {
          // Whoever can run this holds the database: every record, confidential or not.
          const list = await store.auditList({
            ...(record ? { record } : {}),
            limit: whole(opts.limit, "--limit"),
            offset: whole(opts.offset, "--offset"),
            confidential: true,
            users: true,
          });
          if (opts.json) return write(ctx.io.stdout, JSON.stringify(list, null, 2) + "\n");
          if (list.length === 0)
            return write(ctx.io.stdout, record ? `No changes to ${record}.\n` : "No changes.\n");
          await write(ctx.io.stdout, list.map(renderEntry).join("\n") + "\n");
        });
      },
    );
}

export function renderEntry(e: AuditEntry): string {
  const out = [
    `#${e.id}  ${e.at.slice(0, 19)}  ${e.who}  ${e.action}  ${e.record.type}:${e.record.id}`,
  ];
  for (const line of describeChange(e.before, e.after)) out.push(`    ${line}`);
  if (e.why) out.push(`    why: ${e.why}`);
  return out.join("\n");
}

function short(v: unknown): string {
  if (v === null || v === undefined) return "(none)";
  const s = typeof v === "string" ? v : JSON.stringify(v);
  return s.length > 120 ? s.slice(0, 117) + "…" : s;
}

/** One line per field that changed: `gender: female → (none)`. */
export function describeChange(before: unknown, after: unknown): string[] {
  const obj = (v: unknown): Record<string, unknown> =>
    v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  const b = obj(before);
  const a = obj(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const lines: string[] = [];
  for (const k of keys) {
    const x = JSON.stringify(b[k] ?? null);
    const y = JSON.stringify(a[k] ?? null);
    if (x === y) continue;
    lines.push(before === null ? `${k}: ${short(a[k])}` : `${k}: ${short(b[k])} → ${short(a[k])}`);
  }
  return lines;
}

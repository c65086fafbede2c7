import type { Command } from "commander";
import { Option } from "commander";
import { UsageError } from "../../errors.js";
import type { SuggestionStatus, SuggestionView } from "../../store/register/register-types.js";
import type { CommandContext } from "../context.js";
import { write } from "../io.js";
import { withStore } from "../store.js";
import { describeEvent } from "./register-format.js";

export function registerReview(program: Command, ctx: CommandContext): void {
  const review = program
    .command("review")
    .description("Suggestions for the case register read from ingested articles: accept or reject");
  const reviewer = (opts: { reviewer?: string }) => opts.reviewer ?? ctx.io.env.USER ?? "cli";

  review
    .command("list", { isDefault: true })
    .description("Suggestions waiting for review (the default), or those decided")
    .addOption(
      new Option("--status <status>", "which ones")
        .choices(["pending", "accepted", "rejected", "all"])
        .default("pending"),
    )
    .option("--limit <n>", "at most this many", "50")
    .option("--offset <n>", "skip this many", "0")
    .option("--json", "JSON output")
    .action(
      async (
        opts: { status: SuggestionStatus | "all"; limit: string; offset: string; json?: boolean },
        cmd: Command,
      ) => {
        await withStore(ctx, cmd, "vigil review", async (store) => {
          const list = await store.reviewList({
            status: opts.status,
            limit: Number(opts.limit) || 50,
            offset: Number(opts.offset) || 0,
          });
          if (opts.json) return write(ctx.io.stdout, JSON.stringify(list, null, 2) + "\n");
          if (list.length === 0)
            return write(
              ctx.io.stdout,
              opts.status === "pending"
                ? "Nothing to review: suggestions come from `vigil ingest`.\n"
                : "None.\n",
            );
          await write(ctx.io.stdout, list.map(renderSuggestion).join("\n"));
        });
      },
    );

  review
    .command("show")
    .description("One suggestion: the sentence, the event read, the candidates")
    .argument("<id>", "suggestion id")
    .option("--json", "JSON output")
    .action(async (id: string, opts: { json?: boolean }, cmd: Command) => {
      await withStore(ctx, cmd, "vigil review show", async (store) => {
        const s = await store.reviewShow(number(id));
        await write(
          ctx.io.stdout,
          opts.json ? JSON.stringify(s, null, 2) + "\n" : renderSuggestion(s),
        );
      });
    });

  review
    .command("accept")
    .description("Apply a suggestion: the record is written with the article as its evidence")
    .argument("<id>", "suggestion id")
    .option("--case <id>", "apply it to this case (when several match, or the match is wrong)")
    .option("--new [id]", "create a new case for the person (optionally with this id)")
    .option("--reviewer <name>", "who decides (default: $USER)")
    .option("--why <text>", "why: kept in the audit log")
    .option("--json", "JSON output")
    .action(
      async (
        id: string,
        opts: {
          case?: string;
          new?: string | boolean;
          reviewer?: string;
          why?: string;
          json?: boolean;
        },
        cmd: Command,
      ) => {
        await withStore(ctx, cmd, "vigil review accept", async (store) => {
          const r = await store.reviewAccept(number(id), {
            ...(opts.case ? { caseId: opts.case } : {}),
            ...(opts.new === true ? { newCase: true } : {}),
            ...(typeof opts.new === "string" ? { newCaseId: opts.new } : {}),
            reviewer: reviewer(opts),
            ...(opts.why ? { why: opts.why } : {}),
          });
          const what =
            r.outcome === "added"
              ? `recorded ${r.eventId}`
              : r.outcome === "source-added"
                ? `added the article as evidence (${r.eventId})`
                : `already recorded with this source (${r.eventId})`;
          await write(
            ctx.io.stdout,
            opts.json
              ? JSON.stringify(r, null, 2) + "\n"
              : `suggestion ${id} accepted: ${r.caseCreated ? "new case " : ""}${r.caseId}: ${what}\n`,
          );
        });
      },
    );

  review
    .command("reject")
    .description("Reject a suggestion, saying why (it stays in the queue's history)")
    .argument("<id>", "suggestion id")
    .requiredOption("--reason <text>", "why")
    .option("--reviewer <name>", "who decides (default: $USER)")
    .option("--json", "JSON output")
    .action(
      async (
        id: string,
        opts: { reason: string; reviewer?: string; json?: boolean },
        cmd: Command,
      ) => {
        await withStore(ctx, cmd, "vigil review reject", async (store) => {
          const s = await store.reviewReject(number(id), {
            reason: opts.reason,
            reviewer: reviewer(opts),
          });
          await write(
            ctx.io.stdout,
            opts.json
              ? JSON.stringify(s, null, 2) + "\n"
              : `suggestion ${id} rejected: ${s.reason}\n`,
          );
        });
      },
    );
}

function number(s: string): number {
  const m = /^#?(\d+)$/.exec(s.trim());
  if (!m) throw new UsageError(`expected a suggestion id (a number), got ${s}`);
  return Number(m[1]);
}

export function renderSuggestion(s: SuggestionView): string {
  const doc = s.document;
  const source = [doc.title ?? doc.path, doc.outlet, doc.date].filter(Boolean).join(", ");
  const target =
    s.decision === "existing"
      ? `${s.action === "add-source" ? "more evidence for" : "add to"} ${s.proposed.caseId}${s.duplicateOf ? ` (${s.duplicateOf})` : ""}`
      : s.decision === "new"
        ? `new case ${s.proposedCase?.id ?? ""}`
        : "choose a case";
  const lines = [
    `#${s.id} [${s.status}] ${s.person}: ${describeEvent(s.proposed)} — ${target}`,
    `  "${s.sentence.replace(/\s+/g, " ")}"`,
    `  — ${source} [document ${doc.id}, ${s.start}-${s.end}]${doc.url ? ` ${doc.url}` : ""}`,
  ];
  if (s.decision === "ambiguous" || s.candidates.length > 1)
    for (const c of s.candidates)
      lines.push(`  candidate ${c.caseId} ${c.name} (${c.score}: ${c.reasons.join("; ")})`);
  for (const w of s.warnings) lines.push(`  warning: ${w}`);
  if (s.status !== "pending")
    lines.push(
      `  ${s.status} ${s.decidedAt?.slice(0, 19) ?? ""}${s.decidedBy ? ` by ${s.decidedBy}` : ""}${s.reason ? `: ${s.reason}` : ""}${s.eventId ? ` → ${s.eventId}` : ""}`,
    );
  return lines.join("\n") + "\n";
}

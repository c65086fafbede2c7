import type { Command } from "commander";
import { Ambiguous, NotFound } from "../../errors.js";
import type { ActorDetail } from "../../store/store-types.js";
import type { CommandContext } from "../context.js";
import { write } from "../io.js";
import { withStore } from "../store.js";
import { describeMerge } from "./actors.js";

export function registerActor(program: Command, ctx: CommandContext): void {
  program
    .command("actor")
    .description("One actor: aliases, roles, and every statement in date order with its source")
    .argument("<name...>", "a name, an alias (diacritics optional) or an id")
    .option("--limit <n>", "at most this many statements", "1000")
    .option("--json", "JSON output")
    .action(async (words: string[], opts: { limit: string; json?: boolean }, cmd: Command) => {
      const name = words.join(" ");
      await withStore(ctx, cmd, "vigil actor", async (store) => {
        const found = await store.findActors(name, { confidential: true });
        if (found.length === 0) throw new NotFound(`actor "${name}"`);
        if (found.length > 1)
          throw new Ambiguous(
            `"${name}"`,
            found.map((a) => `#${a.id} ${a.name} (${a.kind}, ${a.mentions} mentions)`).join("; "),
          );
        const detail = await store.actor(found[0]!.id, {
          limit: Number(opts.limit) || 1000,
          confidential: true,
        });
        await write(
          ctx.io.stdout,
          opts.json ? JSON.stringify(detail, null, 2) + "\n" : renderActor(detail),
        );
      });
    });
}

export function renderActor(a: ActorDetail): string {
  const out: string[] = [];
  out.push(`${a.name}  (#${a.id}, ${a.kind})${a.confidential ? "  [confidential]" : ""}`);
  out.push(`  ${a.mentions} mentions in ${a.documents} document(s), ${a.statements} statement(s)`);
  if (a.aliases.length) out.push(`  also: ${a.aliases.join(", ")}`);
  if (a.roles.length) out.push(`  roles: ${a.roles.join("; ")}`);
  if (a.orgs.length) out.push(`  organisations: ${a.orgs.join("; ")}`);
  if (a.merged.length)
    out.push(`  merged in: ${a.merged.map((m) => `${m.name} (#${m.id})`).join(", ")}`);
  out.push("");
  if (a.statementList.length === 0) out.push("No statements attributed.");
  for (const s of a.statementList) {
    const doc = s.document;
    const source = [doc.title ?? doc.path, doc.outlet, doc.date].filter(Boolean).join(", ");
    out.push(
      `${s.date ?? "undated"}  ${s.kind}${s.cue ? `, ${s.cue}` : ""}${s.mention ? ` (as "${s.mention}")` : ""}`,
    );
    out.push(`  ${s.sentence.replace(/\s+/g, " ")}`);
    out.push(
      `  — ${source} [document ${doc.id}, ${s.start}-${s.end}]${doc.url ? ` ${doc.url}` : ""}`,
    );
    out.push("");
  }
  if (a.history.length) {
    out.push("History:");
    for (const m of a.history) out.push(`  ${describeMerge(m)}`);
  }
  return out.join("\n").trimEnd() + "\n";
}

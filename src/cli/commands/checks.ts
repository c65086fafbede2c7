import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { Option } from "commander";
import { REVIEW_STATES, type ReviewState } from "../../core/check/review.js";
import { VERDICTS, type Verdict } from "../../core/check/verdict-rules/index.js";
import { UsageError } from "../../errors.js";
import type { ReviewRequest, ReviewStep } from "../../store/check/check-types.js";
import type { CommandContext } from "../context.js";
import { write } from "../io.js";
import { withStore } from "../store.js";
import { checksTable, renderCheck } from "./check-format.js";

// `vigil checks`: the stored checks and their review — list, show, accept, edit, reject, publish,
// reopen — and the ClaimReview export of a published check.

interface ReviewOpts {
  by?: string;
  note?: string;
  json?: boolean;
}

function reviewer(ctx: CommandContext, opts: ReviewOpts): string {
  const by = opts.by ?? ctx.io.env.USER;
  if (!by) throw new UsageError("say who reviews: --by NAME");
  return by;
}

export function registerChecks(program: Command, ctx: CommandContext): void {
  const checks = program
    .command("checks")
    .description(
      "Stored checks and their review: list, show, accept, edit, reject, publish, export",
    );

  checks
    .command("list", { isDefault: true })
    .description("Stored checks, newest first (the default)")
    .addOption(
      new Option("--state <state>", "only checks in this state").choices([...REVIEW_STATES]),
    )
    .option("--limit <n>", "at most this many", "50")
    .option("--offset <n>", "skip this many", "0")
    .option("--json", "JSON output")
    .action(
      async (
        opts: { state?: ReviewState; limit: string; offset: string; json?: boolean },
        cmd: Command,
      ) => {
        await withStore(ctx, cmd, "vigil checks", async (store) => {
          const list = await store.listChecks({
            confidential: true,
            ...(opts.state ? { state: opts.state } : {}),
            limit: whole(opts.limit, "--limit"),
            offset: whole(opts.offset, "--offset"),
          });
          if (opts.json) return write(ctx.io.stdout, JSON.stringify(list, null, 2) + "\n");
          if (list.length === 0)
            return write(ctx.io.stdout, 'No checks: run `vigil check "CLAIM" --save` first.\n');
          await write(ctx.io.stdout, checksTable(list));
        });
      },
    );

  checks
    .command("show")
    .description("One check: claim, verdict, reasoning, evidence and review history")
    .argument("<id>", "check id")
    .option("--json", "JSON output")
    .action(async (id: string, opts: { json?: boolean }, cmd: Command) => {
      await withStore(ctx, cmd, "vigil checks show", async (store) => {
        const c = await store.getCheck(id, { confidential: true });
        await write(ctx.io.stdout, opts.json ? JSON.stringify(c, null, 2) + "\n" : renderCheck(c));
      });
    });

  const step = (
    name: ReviewStep,
    description: string,
    extra: (c: Command) => Command,
    build: (opts: Record<string, unknown>) => Partial<ReviewRequest>,
  ): void => {
    extra(
      checks
        .command(name)
        .description(description)
        .argument("<id>", "check id")
        .option("--by <name>", "the reviewer's user name (default: $USER)")
        .option("--note <text>", "a note kept with the step")
        .option("--json", "JSON output"),
    ).action(async (id: string, opts: ReviewOpts & Record<string, unknown>, cmd: Command) => {
      const by = reviewer(ctx, opts);
      await withStore(ctx, cmd, `vigil checks ${name}`, async (store) => {
        const c = await store.reviewCheck({
          id,
          action: name,
          by,
          ...(opts.note ? { note: opts.note } : {}),
          ...build(opts),
        });
        await write(
          ctx.io.stdout,
          opts.json
            ? JSON.stringify(c, null, 2) + "\n"
            : `Check ${c.id}: ${c.state}, verdict ${c.verdict} (${name} by ${by}).\n`,
        );
      });
    });
  };

  step(
    "accept",
    "Accept the proposed verdict",
    (c) => c,
    () => ({}),
  );
  step(
    "edit",
    "Change the verdict and/or the reasoning (the proposal is kept)",
    (c) =>
      c
        .addOption(new Option("--verdict <verdict>", "the verdict").choices([...VERDICTS]))
        .option(
          "--reasoning <sentence>",
          "a reasoning sentence (repeat for several; replaces the reasoning)",
          (v: string, prev: string[] | undefined) => [...(prev ?? []), v],
        ),
    (o) => {
      if (!o.verdict && !o.reasoning) throw new UsageError("give --verdict and/or --reasoning");
      return {
        ...(o.verdict ? { verdict: o.verdict as Verdict } : {}),
        ...(o.reasoning ? { reasoning: o.reasoning as string[] } : {}),
      };
    },
  );
  step(
    "reject",
    "Reject the check",
    (c) => c.option("--reason <text>", "why (kept as the step's note)"),
    (o) => (o.reason ? { note: o.reason as string } : {}),
  );
  step(
    "publish",
    "Publish an accepted or edited check",
    (c) => c.option("--url <url>", "where it is published"),
    (o) => (o.url ? { url: o.url as string } : {}),
  );
  step(
    "reopen",
    "Reopen a rejected check (back to the proposal)",
    (c) => c,
    () => ({}),
  );

  checks
    .command("export")
    .description("A published check as schema.org ClaimReview JSON-LD")
    .argument("<id>", "check id")
    .option("--claimreview", "ClaimReview JSON-LD (the only format, and the default)")
    .requiredOption("--site <url>", "the site the checks are published on (https://…)")
    .requiredOption("--organisation <name>", "the publishing organisation")
    .option("--organisation-url <url>", "its web site")
    .option("--out <file>", "write to this file (default: standard output)")
    .option(
      "--include-confidential",
      "export a check resting on a confidential record, names unmasked (refused by default)",
    )
    .action(
      async (
        id: string,
        opts: {
          site: string;
          organisation: string;
          organisationUrl?: string;
          out?: string;
          includeConfidential?: boolean;
        },
        cmd: Command,
      ) => {
        await withStore(ctx, cmd, "vigil checks export", async (store) => {
          const doc = await store.claimReview({
            id,
            confidential: opts.includeConfidential === true,
            siteUrl: opts.site,
            organisationName: opts.organisation,
            ...(opts.organisationUrl ? { organisationUrl: opts.organisationUrl } : {}),
          });
          const text = JSON.stringify(doc, null, 2) + "\n";
          if (opts.out) await writeFile(opts.out, text, "utf8");
          else await write(ctx.io.stdout, text);
        });
      },
    );
}

function whole(s: string, name: string): number {
  const n = Number(s);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new UsageError(`${name} must be a whole number, got ${s}`);
  return n;
}

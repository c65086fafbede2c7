import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { Option } from "commander";
import { formatImportError } from "../../core/register/import-errors.js";
import { UsageError } from "../../errors.js";
import { readRegisterFiles } from "../../ingest/register-files.js";
import type {
  CaseDetail,
  CaseExportFormat,
  CaseImportResult,
  CaseSummary,
} from "../../store/register/register-types.js";
import { cliUser, type CommandContext } from "../context.js";
import { EXIT, write } from "../io.js";
import { withStore } from "../store.js";
import { describeEvent, describeInterval, textTable } from "./register-format.js";

export function registerCases(program: Command, ctx: CommandContext): void {
  const cases = program
    .command("cases")
    .description("The case register: import, export, list and show the people it follows");

  cases
    .command("list", { isDefault: true })
    .description("People in the register with their status on a day (the default)")
    .option("--as-of <date>", "the day the status is for (YYYY-MM-DD; default today)")
    .option("--status <status>", "only this status or aggregate (detained, pending-trial, …)")
    .option("--name <text>", "only names containing this (diacritics ignored)")
    .option("--limit <n>", "at most this many", "100")
    .option("--offset <n>", "skip this many", "0")
    .option("--json", "JSON output")
    .action(
      async (
        opts: {
          asOf?: string;
          status?: string;
          name?: string;
          limit: string;
          offset: string;
          json?: boolean;
        },
        cmd: Command,
      ) => {
        await withStore(ctx, cmd, "vigil cases", async (store) => {
          const list = await store.casesList({
            confidential: true,
            ...(opts.asOf ? { asOf: opts.asOf } : {}),
            ...(opts.status ? { status: opts.status } : {}),
            ...(opts.name ? { name: opts.name } : {}),
            limit: whole(opts.limit, "--limit"),
            offset: whole(opts.offset, "--offset"),
          });
          if (opts.json) return write(ctx.io.stdout, JSON.stringify(list, null, 2) + "\n");
          if (list.length === 0)
            return write(ctx.io.stdout, "No cases: run `vigil cases import FILE` first.\n");
          await write(ctx.io.stdout, casesTable(list));
        });
      },
    );

  cases
    .command("show")
    .description("One case: attributes, every record with its evidence, status history, edits")
    .argument("<id>", "case id (VN-001)")
    .option("--json", "JSON output")
    .action(async (id: string, opts: { json?: boolean }, cmd: Command) => {
      await withStore(ctx, cmd, "vigil cases show", async (store) => {
        const detail = await store.caseShow(id, { confidential: true });
        await write(
          ctx.io.stdout,
          opts.json ? JSON.stringify(detail, null, 2) + "\n" : renderCase(detail),
        );
      });
    });

  cases
    .command("import")
    .description(
      "Import CSV (a person file and/or an event file) or JSON; nothing from a file with errors",
    )
    .argument("<files...>", "cases.csv, events.csv, or one register.json")
    .option("--skip-invalid", "import the valid cases and leave out every case with an error")
    .option("--why <text>", "why: kept in the audit log (default: the file names)")
    .option("--json", "the result as JSON")
    .action(
      async (
        paths: string[],
        opts: { skipInvalid?: boolean; why?: string; json?: boolean },
        cmd: Command,
      ) => {
        const files = await readRegisterFiles(paths);
        await withStore(ctx, cmd, `vigil cases import ${paths.join(" ")}`, async (store) => {
          const r = await store.casesImport({
            files,
            skipInvalid: opts.skipInvalid === true,
            by: cliUser(ctx),
            ...(opts.why ? { why: opts.why } : {}),
          });
          for (const e of r.errors) await write(ctx.io.stderr, formatImportError(e) + "\n");
          if (opts.json) await write(ctx.io.stdout, JSON.stringify(r, null, 2) + "\n");
          await write(opts.json ? ctx.io.stderr : ctx.io.stdout, importSummary(r));
          ctx.setExitCode(r.ok ? EXIT.ok : EXIT.someFailed);
        });
      },
    );

  cases
    .command("export")
    .description("Export the register: the person CSV, the event CSV (every record) or JSON")
    .addOption(
      new Option("--format <format>", "csv (one row per person), events-csv or json")
        .choices(["csv", "events-csv", "json"])
        .default("csv"),
    )
    .option("--out <file>", "write to this file (default: standard output)")
    .option("--include-confidential", "include people marked confidential (left out by default)")
    .option("--crlf", "CSV lines end with CRLF")
    .action(
      async (
        opts: {
          format: CaseExportFormat;
          out?: string;
          includeConfidential?: boolean;
          crlf?: boolean;
        },
        cmd: Command,
      ) => {
        await withStore(ctx, cmd, "vigil cases export", async (store) => {
          const r = await store.casesExport({
            format: opts.format,
            includeConfidential: opts.includeConfidential === true,
            ...(opts.crlf ? { eol: "\r\n" as const } : {}),
          });
          for (const w of r.warnings)
            await write(
              ctx.io.stderr,
              `vigil: ${w.caseId}${w.eventId ? ` ${w.eventId}` : ""}: ${w.reason}\n`,
            );
          if (opts.out) {
            await writeFile(opts.out, r.text, "utf8");
            await write(
              ctx.io.stderr,
              `vigil cases export: ${r.cases} cases, ${r.events} records → ${opts.out}\n`,
            );
          } else await write(ctx.io.stdout, r.text);
        });
      },
    );
}

export function whole(s: string, name: string): number {
  const n = Number(s);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new UsageError(`${name} must be a whole number, got ${s}`);
  return n;
}

export function importSummary(r: CaseImportResult): string {
  const errors = r.errors.length;
  if (!r.imported)
    return `vigil cases import: nothing imported: ${errors} error${errors === 1 ? "" : "s"} in ${r.rejectedCases.length} case(s) (fix them, or give --skip-invalid to import the rest)\n`;
  const c = r.cases;
  const e = r.events;
  return (
    `vigil cases import: cases ${c.added} added, ${c.updated} updated, ${c.unchanged} unchanged; ` +
    `records ${e.added} added, ${e.corrected} corrections, ${e.unchanged} already recorded` +
    (errors ? `; ${r.rejectedCases.length} case(s) left out for ${errors} error(s)` : "") +
    "\n"
  );
}

export function casesTable(list: readonly CaseSummary[]): string {
  return textTable([
    ["id", "status", "since", "records", "name"],
    ...list.map((c) => [
      c.id,
      c.status ?? "-",
      c.since ?? "",
      String(c.records),
      c.name + (c.confidential ? "  [confidential]" : ""),
    ]),
  ]);
}

export function renderCase(d: CaseDetail): string {
  const c = d.case;
  const out = [`${c.id}  ${c.name}${c.confidential ? "  [confidential]" : ""}`];
  const attrs = [
    ["gender", c.gender],
    ["ethnicity", c.ethnicity],
    ["religion", c.religion],
    ["province", c.province],
    ["profession", c.profession],
    ["born", c.birthYear === null ? null : String(c.birthYear)],
    ["actor", c.actor ?? (d.actorId === null ? null : `#${d.actorId}`)],
  ].filter(([, v]) => v !== null);
  if (attrs.length) out.push("  " + attrs.map(([k, v]) => `${k}: ${v}`).join("; "));
  if (c.notes) out.push(`  notes: ${c.notes}`);
  out.push("", "Status history (as now known):");
  if (d.history.length === 0) out.push("  none");
  for (const i of d.history) out.push(`  ${describeInterval(i)}`);
  out.push("", "Records:");
  for (const r of d.records) {
    const mark = r.live ? " " : r.event.retracted ? "r" : "x";
    const fix = r.event.supersedes
      ? r.event.retracted
        ? ` (retracts ${r.event.supersedes})`
        : ` (corrects ${r.event.supersedes})`
      : "";
    const later = r.supersededBy ? ` [superseded by ${r.supersededBy}]` : "";
    out.push(`${mark} ${r.event.id}: ${describeEvent(r.event)}${fix}${later}`);
    out.push(`    recorded ${r.event.recordedAt} by ${r.origin}`);
    for (const s of r.sources) {
      const where = s.documentId !== null ? ` [document ${s.documentId}, ${s.start}-${s.end}]` : "";
      const what = [s.sourceId, s.url].filter(Boolean).join(" ");
      out.push(`    source: ${what}${where}${s.note ? ` — ${s.note}` : ""}`);
    }
  }
  if (d.changes.length) {
    out.push("", "Edits:");
    for (const ch of d.changes) {
      const fields = Object.keys(ch.after).filter(
        (k) =>
          JSON.stringify((ch.after as unknown as Record<string, unknown>)[k]) !==
          JSON.stringify((ch.before as unknown as Record<string, unknown>)[k]),
      );
      out.push(`  ${ch.changedAt.slice(0, 19)} ${ch.origin}: ${fields.join(", ")}`);
    }
  }
  return out.join("\n") + "\n";
}

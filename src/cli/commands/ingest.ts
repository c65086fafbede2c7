import { stat } from "node:fs/promises";
import type { Command } from "commander";
import { Option } from "commander";
import { UsageError } from "../../errors.js";
import { ingestSources, summarise, type IngestSummary } from "../../ingest/ingest-service.js";
import { inputBytes } from "../../ingest/input-size.js";
import { supportedExtensions } from "../../ingest/readers/index.js";
import { fromErrorInfo } from "../../store/store-service.js";
import type { CommandContext } from "../context.js";
import { EXIT, write } from "../io.js";
import { progressLine } from "../progress.js";
import { reportFailure } from "../report.js";
import { withStore } from "../store.js";
import { ingestQueued, type QueueIngestFlags } from "./ingest-queue.js";

export function registerIngest(program: Command, ctx: CommandContext): void {
  program
    .command("ingest")
    .description(
      "Read, analyse and store documents (idempotent: the same content twice is one document)",
    )
    .argument("<paths...>", `files or folders (${extensionsHelp()}); - for standard input`)
    .option("--json", "one JSON line per input on standard output, then a summary line")
    .addOption(
      new Option(
        "--stdin-format <format>",
        "how to read -: text, markdown or jsonl (default: jsonl when it starts with {)",
      ).choices(["text", "markdown", "jsonl"]),
    )
    .option("--queue", "queue one job per document for `vigil worker` processes (PostgreSQL)")
    .option("--wait", "with --queue: wait until workers have done every job, and report them")
    .action(async (paths: string[], opts: QueueIngestFlags & { queue?: boolean }, cmd: Command) => {
      const config = ctx.config(cmd);
      const { io } = ctx;
      if (paths.length === 0)
        throw new UsageError("ingest: give at least one path (or - for standard input)");
      if (opts.queue) return ingestQueued(ctx, cmd, paths, opts);
      if (opts.wait) throw new UsageError("ingest: --wait goes with --queue");
      const progress = progressLine(io.stderr);
      const total = io.stderr.isTTY ? await inputBytes(paths) : 0;
      const counter = summarise();
      const sizes = new Map<string, number>();
      let done = 0;
      await withStore(ctx, cmd, `vigil ingest ${paths.join(" ")}`, async (store) => {
        for await (const e of ingestSources(store, paths, {
          maxInputBytes: config.maxInputBytes,
          maxDocumentChars: config.maxDocumentChars,
          jurisdiction: config.jurisdiction || null,
          stdin: io.stdin,
          ...(opts.stdinFormat ? { stdinFormat: opts.stdinFormat } : {}),
        })) {
          counter.add(e);
          if (!e.ok) {
            progress.clear();
            await reportFailure(io, e.id, fromErrorInfo(e.error!));
          }
          if (opts.json) {
            const line = {
              id: e.id,
              ok: e.ok,
              ...(e.ok ? { status: e.status, document: e.documentId } : { error: e.error }),
            };
            await write(io.stdout, JSON.stringify(line) + "\n");
          }
          if (total > 0) {
            // Progress in input bytes: a file counts whole once; a JSONL batch line by line.
            if (e.format === "jsonl" || e.format === null) done += e.bytes;
            else if (!sizes.has(e.path)) {
              const size = await stat(e.path).then(
                (s) => s.size,
                () => e.bytes,
              );
              sizes.set(e.path, size);
              done += size;
            }
          }
          const s = counter.summary();
          progress.update({
            label: "ingest",
            count: s.documents,
            detail: `${s.ingested} new, ${s.unchanged} unchanged, ${s.reextracted} re-extracted, ${s.failed} failed`,
            done,
            total,
          });
        }
      });
      progress.done();
      const s = counter.summary();
      if (opts.json) await write(io.stdout, JSON.stringify({ summary: s }) + "\n");
      await write(io.stderr, summaryLine(s));
      ctx.setExitCode(s.failed > 0 ? EXIT.someFailed : EXIT.ok);
    });
}

function extensionsHelp(): string {
  return supportedExtensions()
    .map((e) => "." + e)
    .join(", ");
}

export function summaryLine(s: IngestSummary): string {
  const rate = s.seconds > 0 ? s.documents / s.seconds : 0;
  const mbs = s.seconds > 0 ? s.bytes / 1024 / 1024 / s.seconds : 0;
  let line =
    `vigil ingest: ${s.documents} input${s.documents === 1 ? "" : "s"}: ${s.ingested} ingested, ` +
    `${s.unchanged} unchanged, ${s.reextracted} re-extracted, ${s.failed} failed ` +
    `(${s.seconds.toFixed(1)} s, ${rate.toFixed(rate < 10 ? 1 : 0)} documents/s, ${mbs.toFixed(2)} MB/s)\n`;
  if (s.failed > 0)
    line += `  failures: ${Object.entries(s.failures)
      .map(([code, n]) => `${n} ${code}`)
      .join(", ")}\n`;
  return line;
}

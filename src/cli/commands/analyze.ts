import type { Command } from "commander";
import { Option } from "commander";
import { UsageError } from "../../errors.js";
import { renderMarkdown } from "../../export/analysis-markdown.js";
import { analyzeSources } from "../../ingest/analyze-service.js";
import type { CommandContext } from "../context.js";
import { reportFailure } from "../report.js";
import { EXIT, write } from "../io.js";

export function registerAnalyze(program: Command, ctx: CommandContext): void {
  program
    .command("analyze")
    .description(
      "Extract statements, speakers, figures, legal references, events and reports from documents",
    )
    .argument(
      "<paths...>",
      "files or folders (.txt, .md, .html, .pdf, .rss/.atom/.xml feeds, .jsonl); - for standard input",
    )
    .addOption(
      new Option(
        "--format <format>",
        "output: md (a report to read; default on a terminal), json, jsonl (default otherwise)",
      ).choices(["md", "json", "jsonl"]),
    )
    .addOption(
      new Option(
        "--stdin-format <format>",
        "how to read -: text, markdown or jsonl (default: jsonl when it starts with {)",
      ).choices(["text", "markdown", "jsonl"]),
    )
    .action(
      async (
        paths: string[],
        opts: { format?: string; stdinFormat?: "text" | "markdown" | "jsonl" },
        cmd: Command,
      ) => {
        const config = ctx.config(cmd);
        const { io } = ctx;
        const format = opts.format ?? (io.stdout.isTTY ? "md" : "jsonl");
        if (paths.length === 0)
          throw new UsageError("analyze: give at least one path (or - for standard input)");
        let ok = 0;
        let failed = 0;
        let first = true;
        if (format === "json") await write(io.stdout, "[");
        for await (const result of analyzeSources(paths, {
          maxInputBytes: config.maxInputBytes,
          maxDocumentChars: config.maxDocumentChars,
          jurisdiction: config.jurisdiction || null,
          stdin: io.stdin,
          ...(opts.stdinFormat ? { stdinFormat: opts.stdinFormat } : {}),
        })) {
          if (!result.ok) {
            failed++;
            await reportFailure(io, result.name, result.error);
            continue;
          }
          ok++;
          if (format === "jsonl") await write(io.stdout, JSON.stringify(result.record) + "\n");
          else if (format === "json")
            await write(io.stdout, (first ? "\n" : ",\n") + JSON.stringify(result.record));
          else await write(io.stdout, (first ? "" : "\n---\n\n") + renderMarkdown(result.record));
          first = false;
        }
        if (format === "json") await write(io.stdout, first ? "]\n" : "\n]\n");
        if (failed > 0 || io.stderr.isTTY) {
          await write(
            io.stderr,
            `vigil analyze: ${ok} document${ok === 1 ? "" : "s"} analysed, ${failed} failed\n`,
          );
        }
        ctx.setExitCode(failed > 0 ? EXIT.someFailed : EXIT.ok);
      },
    );
}

import { Command, CommanderError, Option } from "commander";
import { SETTINGS } from "../config.js";
import { asVigilError, VigilError } from "../errors.js";
import { registerAnalyze } from "./commands/analyze.js";
import { registerActor } from "./commands/actor.js";
import { registerActors } from "./commands/actors.js";
import { registerAudit } from "./commands/audit.js";
import { registerBackup } from "./commands/backup.js";
import { registerCases } from "./commands/cases.js";
import { registerCheck } from "./commands/check.js";
import { registerChecks } from "./commands/checks.js";
import { registerConfidential } from "./commands/confidential.js";
import { registerConflicts } from "./commands/conflicts.js";
import { registerDb } from "./commands/db.js";
import { registerDemo } from "./commands/demo.js";
import { registerFeeds } from "./commands/feeds.js";
import { registerIngest } from "./commands/ingest.js";
import { registerReview } from "./commands/review.js";
import { registerSearch } from "./commands/search.js";
import { registerServe } from "./commands/serve.js";
import { registerStats } from "./commands/stats.js";
import { registerUsers } from "./commands/users.js";
import { registerWorker } from "./commands/worker.js";
import { makeContext } from "./context.js";
import { EXIT, processIo, write, type CliIo } from "./io.js";
import { printable } from "./printable.js";
import { VERSION } from "../version.js";

/** Global options: settings a user may set per invocation, before or after the command name. */
const GLOBAL_OPTIONS = ["db"] as const;

export function buildProgram(io: CliIo, setExitCode: (code: number) => void): Command {
  const program = new Command("vigil");
  program
    .description(
      "Vigil: who claimed what, figures, laws and events from human-rights reporting; a case register; claims held against the record.",
    )
    .version(VERSION, "-V, --version")
    .showHelpAfterError("(run `vigil --help` for usage)")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
    });
  for (const name of GLOBAL_OPTIONS) {
    const setting = SETTINGS.find((s) => s.name === name)!;
    program.addOption(
      new Option(
        `--${name} <value>`,
        `${setting.help} [env ${setting.env}; default ${setting.default}]`,
      ),
    );
  }
  program.addHelpText(
    "after",
    `\nExit codes: ${EXIT.ok} success; ${EXIT.someFailed} some inputs failed (each reported on standard error); ${EXIT.usage} usage error; ${EXIT.internal} internal error.\nSettings: every option also reads an environment variable; see docs/settings.md.`,
  );
  const ctx = makeContext(io, setExitCode);
  registerAnalyze(program, ctx);
  registerIngest(program, ctx);
  registerActors(program, ctx);
  registerActor(program, ctx);
  registerSearch(program, ctx);
  registerCases(program, ctx);
  registerStats(program, ctx);
  registerReview(program, ctx);
  registerDemo(program, ctx);
  registerServe(program, ctx);
  registerUsers(program, ctx);
  registerWorker(program, ctx);
  registerFeeds(program, ctx);
  registerCheck(program, ctx);
  registerChecks(program, ctx);
  registerConflicts(program, ctx);
  registerBackup(program, ctx);
  registerDb(program, ctx);
  registerAudit(program, ctx);
  registerConfidential(program, ctx);
  return program;
}

/** Runs the CLI; resolves to the exit code. Never calls process.exit itself. */
export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.usage;
    }
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (
        err.code === "commander.helpDisplayed" ||
        err.code === "commander.version" ||
        err.code === "commander.help"
      )
        return EXIT.ok;
      return EXIT.usage;
    }
    const e = err instanceof VigilError ? err : asVigilError(err);
    await write(io.stderr, `vigil: ${printable(e.message)} [${e.code}]\n`);
    if (e.code === "VIGIL_ERR_USAGE") return EXIT.usage;
    if (e.code === "VIGIL_ERR_INTERNAL" && io.env.VIGIL_DEBUG && err instanceof Error)
      await write(io.stderr, `${err.stack}\n`);
    return e.code === "VIGIL_ERR_INTERNAL" ? EXIT.internal : EXIT.someFailed;
  }
}

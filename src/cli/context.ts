import type { Command } from "commander";
import { loadConfig, type Config } from "../config.js";
import type { CliIo } from "./io.js";

/** What every command gets: its streams, the resolved configuration, and a way to set the exit code. */
export interface CommandContext {
  io: CliIo;
  /** Settings from the global options (wherever they appear), the environment and defaults. */
  config(cmd: Command): Config;
  setExitCode(code: number): void;
}

export function globalOverrides(
  cmd: Command,
): Record<string, string | number | boolean | undefined> {
  return cmd.optsWithGlobals() as Record<string, string | number | boolean | undefined>;
}

export function makeContext(io: CliIo, setExitCode: (code: number) => void): CommandContext {
  return {
    io,
    config: (cmd) => loadConfig(globalOverrides(cmd), io.env),
    setExitCode,
  };
}

/** Who runs a command, for the audit log: the login name, or `cli` when none is set. */
export function cliUser(ctx: CommandContext): string {
  return ctx.io.env.USER || ctx.io.env.USERNAME || "cli";
}

import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli/main.js";
import { processIo } from "../../src/cli/io.js";

function commandNames(cmd: Command, prefix = "vigil"): string[] {
  return cmd.commands.flatMap((c) => {
    const name = `${prefix} ${c.name()}`;
    return [name, ...commandNames(c, name)];
  });
}

describe("README", () => {
  it("documents every command and subcommand", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const names = commandNames(buildProgram(processIo(), () => {})).filter(
      (n) => !n.endsWith(" list"),
    );
    expect(names).toEqual(
      expect.arrayContaining(["vigil ingest", "vigil actors merge", "vigil search"]),
    );
    for (const name of names) expect(readme, name).toContain(name);
  });
});

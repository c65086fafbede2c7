import { spawn } from "node:child_process";
import type { Command } from "commander";
import { loadConfig } from "../../config.js";
import { demoLogin } from "../../demo/demo-account.js";
import { examplesDir, loadDemoData } from "../../demo/demo-data.js";
import { demoFolder } from "../../demo/demo-folder.js";
import { SourceUnreadable } from "../../errors.js";
import { serveStore, type RunningServer } from "../../http/server.js";
import { openStore } from "../../store/open-store.js";
import type { StoreService } from "../../store/store-types.js";
import { globalOverrides, type CommandContext } from "../context.js";
import { write } from "../io.js";

// `vigil demo`: one command from a fresh clone to a working workbench — a database in a
// temporary folder with the example register, articles and checks, served with a login.

export function registerDemo(program: Command, ctx: CommandContext): void {
  program
    .command("demo")
    .description(
      "Try Vigil: the example register, articles and checks in a temporary database, served with a login printed",
    )
    .option("--port <n>", "port to listen on; 0 for any free port [env VIGIL_PORT; default 8080]")
    .option("--no-open", "do not open the browser (it opens only when run on a terminal)")
    .addHelpText(
      "after",
      "\nWith --db DIR the database is kept in DIR (new, empty, or an earlier demo's) instead of a temporary folder.",
    )
    .action(async (opts: { open: boolean }, cmd: Command) => {
      const { io } = ctx;
      const say = (line: string): Promise<void> => write(io.stdout, line);
      const given = globalOverrides(cmd).db;
      const examples = examplesDir();
      if (!examples) throw new SourceUnreadable("examples/", "the example data is not installed");
      const folder = demoFolder(typeof given === "string" ? given : undefined);
      // Request logs would bury the login; VIGIL_LOG_LEVEL still turns them on.
      const config = loadConfig(
        {
          ...globalOverrides(cmd),
          db: folder.path,
          ...(io.env.VIGIL_LOG_LEVEL ? {} : { logLevel: "warn" }),
        },
        io.env,
      );

      const stop = new AbortController();
      let onSignal = (): void => {};
      const stopped = new Promise<void>((resolve) => {
        onSignal = () => {
          stop.abort();
          resolve();
        };
      });
      process.on("SIGINT", onSignal);
      process.on("SIGTERM", onSignal);

      let store: StoreService | null = null;
      let server: RunningServer | null = null;
      try {
        store = await openStore(config, { command: "vigil demo" });
        folder.mark();
        await say(
          `vigil demo: a database in ${folder.path} (${folder.temporary ? "removed when the demo stops" : "kept"})\n`,
        );
        const loaded = await loadDemoData(store, { config, examples, say, signal: stop.signal });
        if (loaded && !stop.signal.aborted) {
          const login = await demoLogin(store);
          server = await serveStore(store, config);
          await say(readyMessage(server.url, login, folder.temporary));
          if (opts.open && io.stdout.isTTY) openBrowser(server.url);
          await stopped;
        }
      } finally {
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
        if (stop.signal.aborted) await write(io.stderr, "vigil demo: stopping\n");
        if (server) await server.close();
        else await store?.close();
        folder.remove();
      }
    });
}

function readyMessage(
  url: string,
  login: { name: string; password: string },
  temporary: boolean,
): string {
  return [
    "",
    `Vigil is running at ${url}`,
    "",
    `    user:      ${login.name}`,
    `    password:  ${login.password}`,
    "",
    `Open the address in a browser and sign in. Ctrl-C stops the demo${temporary ? " and removes its database" : ""}.`,
    "",
  ].join("\n");
}

/** The desktop's browser, where there is one; the address is printed either way. */
function openBrowser(url: string): void {
  const [command, args] =
    process.platform === "darwin"
      ? ["open", [url]]
      : process.platform === "win32"
        ? ["cmd", ["/c", "start", "", url]]
        : ["xdg-open", [url]];
  try {
    const child = spawn(command, args, { stdio: "ignore", detached: true });
    child.on("error", () => {});
    child.unref();
  } catch {
    // No opener on this system: the printed address is enough.
  }
}

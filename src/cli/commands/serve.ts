import type { Command } from "commander";
import { startServer } from "../../http/server.js";
import type { CommandContext } from "../context.js";
import { write } from "../io.js";

export function registerServe(program: Command, ctx: CommandContext): void {
  program
    .command("serve")
    .description(
      "Start the HTTP API (docs/api.md); the first run creates an admin and prints how to log in",
    )
    .option("--port <n>", "port to listen on [env VIGIL_PORT; default 8080]")
    .option("--host <address>", "address to listen on [env VIGIL_HOST; default 127.0.0.1]")
    .option(
      "--public",
      "public mode: anonymous visitors read published checks and non-confidential records",
    )
    .action(async (_opts: unknown, cmd: Command) => {
      const config = ctx.config(cmd);
      const server = await startServer(config, (line) => write(ctx.io.stdout, line));
      // Runs until SIGINT or SIGTERM, then closes the server and the store (releasing its lock).
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
          resolve();
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
      });
      await write(ctx.io.stderr, "vigil serve: stopping\n");
      await server.close();
    });
}

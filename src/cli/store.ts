import type { Command } from "commander";
import { openStore } from "../store/open-store.js";
import type { StoreService } from "../store/store-types.js";
import type { CommandContext } from "./context.js";

/**
 * Runs `fn` with the configured store open, closing it (and releasing the directory lock)
 * whatever happens. Embedded databases run in a worker thread, as they will in the server.
 */
export async function withStore<T>(
  ctx: CommandContext,
  cmd: Command,
  command: string,
  fn: (store: StoreService) => Promise<T>,
): Promise<T> {
  const config = ctx.config(cmd);
  const store = await openStore(config, { command: command.slice(0, 200) });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

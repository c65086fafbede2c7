import { createDb, isPostgresUrl, type DbConfig } from "./db.js";
import { createStoreService } from "./store-service.js";
import type { StoreService } from "./store-types.js";
import { openWorkerStore } from "./worker/worker-client.js";

export interface OpenStoreOptions {
  /**
   * Where the embedded database runs: `worker` (default) keeps it off this thread; `inline` runs
   * it here (tests, one-shot scripts). PostgreSQL always runs inline: its driver is asynchronous.
   */
  thread?: "worker" | "inline";
  /** Written in the directory lock for whoever finds the database busy. */
  command?: string;
  extractorVersion?: number;
}

/** Opens the store the configuration names, with its services. */
export async function openStore(
  config: DbConfig,
  opts: OpenStoreOptions = {},
): Promise<StoreService> {
  const version =
    opts.extractorVersion !== undefined ? { extractorVersion: opts.extractorVersion } : {};
  if (isPostgresUrl(config.db) || opts.thread === "inline") {
    const db = await createDb(config, { command: opts.command ?? "vigil" });
    return createStoreService(db, version);
  }
  return openWorkerStore(config, {
    ...version,
    ...(opts.command ? { command: opts.command } : {}),
  });
}

import type { ErrorInfo, StoreService } from "../store-types.js";

// The messages between the main thread and the store worker. The worker owns the database; the
// main thread sends a method name and its arguments and gets the result or an error back, all
// structured-clone data. Transactions never cross: each method runs whole inside the worker.

export type StoreMethod = Exclude<keyof StoreService, "close">;

export interface WorkerInit {
  db: string;
  dbCacheMb?: number;
  command: string;
  extractorVersion?: number;
}

export type ToWorker =
  | { type: "call"; id: number; method: StoreMethod; args: unknown[] }
  | { type: "close"; id: number };

export type FromWorker =
  | { type: "ready" }
  | { type: "failed"; error: ErrorInfo }
  | { type: "result"; id: number; ok: true; value: unknown }
  | { type: "result"; id: number; ok: false; error: ErrorInfo };

// Entry point of the store worker thread: opens the database (the main thread already holds the
// directory lock), then serves StoreService calls until told to close.
import { parentPort, workerData } from "node:worker_threads";
import { createDb } from "../db.js";
import { createStoreService, errorInfo } from "../store-service.js";
import type { StoreService } from "../store-types.js";
import type { FromWorker, ToWorker, WorkerInit } from "./protocol.js";

const port = parentPort!;
const init = workerData as WorkerInit;
const send = (m: FromWorker): void => port.postMessage(m);

let service: StoreService | null = null;
try {
  const db = await createDb(init, { lock: false, command: init.command });
  service = createStoreService(
    db,
    init.extractorVersion !== undefined ? { extractorVersion: init.extractorVersion } : {},
  );
  send({ type: "ready" });
} catch (err) {
  send({ type: "failed", error: errorInfo(err) });
}

port.on("message", (msg: ToWorker) => {
  void handle(msg);
});

async function handle(msg: ToWorker): Promise<void> {
  if (!service) {
    send({ type: "result", id: msg.id, ok: false, error: errorInfo(new Error("not open")) });
    return;
  }
  try {
    if (msg.type === "close") {
      await service.close();
      send({ type: "result", id: msg.id, ok: true, value: null });
      port.close();
      return;
    }
    const fn = service[msg.method] as (...a: unknown[]) => Promise<unknown>;
    const value = await fn(...msg.args);
    send({ type: "result", id: msg.id, ok: true, value });
  } catch (err) {
    send({ type: "result", id: msg.id, ok: false, error: errorInfo(err) });
  }
}

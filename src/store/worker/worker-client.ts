import { resolve } from "node:path";
import type { Worker } from "node:worker_threads";
import { StoreWorkerFailed } from "../../errors.js";
import { spawnModuleWorker } from "../../worker-spawn.js";
import { isMemory, type DbConfig } from "../db.js";
import { acquireDirLock, type DirLock } from "../dir-lock.js";
import { fromErrorInfo } from "../store-service.js";
import { STORE_METHODS, type StoreService } from "../store-types.js";
import type { FromWorker, StoreMethod, ToWorker, WorkerInit } from "./protocol.js";

/**
 * Opens an embedded (PGlite) store in a worker thread. PGlite runs on the thread that calls it,
 * and one long query would freeze an event loop for its whole duration; in a worker it freezes
 * only the worker. This thread takes the directory lock (so exit and signal handlers release it)
 * and talks to the worker through typed messages.
 */
export async function openWorkerStore(
  config: DbConfig,
  opts: { command?: string; extractorVersion?: number } = {},
): Promise<StoreService> {
  const { db } = config;
  const command = opts.command ?? "vigil";
  const lock: DirLock | null = isMemory(db) ? null : acquireDirLock(resolve(db), command);
  const init: WorkerInit = {
    db,
    ...(config.dbCacheMb !== undefined ? { dbCacheMb: config.dbCacheMb } : {}),
    command,
    ...(opts.extractorVersion !== undefined ? { extractorVersion: opts.extractorVersion } : {}),
  };
  let worker: Worker;
  try {
    worker = spawnWorker(init);
  } catch (err) {
    lock?.release();
    throw new StoreWorkerFailed((err as Error).message);
  }
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let dead: Error | null = null;
  const failAll = (e: Error): void => {
    dead ??= e;
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };

  await new Promise<void>((resolveReady, rejectReady) => {
    const onFirst = (m: FromWorker): void => {
      worker.off("message", onFirst);
      if (m.type === "ready") resolveReady();
      else if (m.type === "failed") rejectReady(fromErrorInfo(m.error));
      else rejectReady(new StoreWorkerFailed("unexpected first message"));
    };
    worker.on("message", onFirst);
    worker.once("error", (e) => rejectReady(new StoreWorkerFailed(e.message)));
    worker.once("exit", (code) =>
      rejectReady(new StoreWorkerFailed(`exited with code ${code} while opening`)),
    );
  }).catch(async (err) => {
    await worker.terminate().catch(() => {});
    lock?.release();
    throw err;
  });

  worker.on("message", (m: FromWorker) => {
    if (m.type !== "result") return;
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.ok) p.resolve(m.value);
    else p.reject(fromErrorInfo(m.error));
  });
  worker.on("error", (e) => failAll(new StoreWorkerFailed(e.message)));
  worker.on("exit", (code) => {
    lock?.release();
    failAll(new StoreWorkerFailed(`exited with code ${code}`));
  });

  const send = (msg: ToWorker): Promise<unknown> => {
    if (dead) return Promise.reject(dead);
    return new Promise((res, rej) => {
      pending.set(msg.id, { resolve: res, reject: rej });
      worker.postMessage(msg);
    });
  };
  const call = (method: StoreMethod, args: unknown[]): Promise<unknown> =>
    send({ type: "call", id: nextId++, method, args });

  let closing: Promise<void> | null = null;
  const service = Object.fromEntries(
    STORE_METHODS.map((m) => [m, (...args: unknown[]) => call(m, args)]),
  ) as unknown as StoreService;
  service.threadUse = (since) => worker.performance.eventLoopUtilization(since);
  service.close = () =>
    (closing ??= (async () => {
      try {
        if (!dead) await send({ type: "close", id: nextId++ });
      } finally {
        await worker.terminate().catch(() => {});
        lock?.release();
      }
    })());
  return service;
}

function spawnWorker(init: WorkerInit): Worker {
  return spawnModuleWorker(new URL("./store-worker.js", import.meta.url), init);
}

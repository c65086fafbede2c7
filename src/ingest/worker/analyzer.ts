import type { Worker } from "node:worker_threads";
import { InternalError } from "../../errors.js";
import { fromErrorInfo } from "../../store/store-service.js";
import { spawnModuleWorker } from "../../worker-spawn.js";
import type { AnalysisRecord } from "../analyze-service.js";
import type {
  AnalyzedUpload,
  FromAnalyzer,
  TextRequest,
  ToAnalyzer,
  UploadRequest,
} from "./analyze-protocol.js";

/** Reading and analysis on another thread: the caller's event loop stays free. */
export interface Analyzer {
  upload(req: UploadRequest): Promise<AnalyzedUpload>;
  text(req: TextRequest): Promise<AnalysisRecord>;
  close(): Promise<void>;
}

/**
 * One analysis worker, started on first use and restarted after a crash (the jobs it held fail
 * with `VIGIL_ERR_INTERNAL`; the next one gets a fresh thread). Jobs queue in the worker.
 */
export function createAnalyzer(): Analyzer {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  const start = (): Worker => {
    const w = spawnModuleWorker(new URL("./analyze-worker.js", import.meta.url), null);
    w.on("message", (m: FromAnalyzer) => {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (m.ok) p.resolve(m.value);
      else p.reject(fromErrorInfo(m.error));
    });
    const fail = (reason: string): void => {
      if (worker === w) worker = null;
      for (const p of pending.values())
        p.reject(new InternalError(`the analysis worker stopped: ${reason}`));
      pending.clear();
    };
    w.on("error", (e) => fail(e.message));
    w.on("exit", (code) => fail(`exited with code ${code}`));
    w.unref();
    return w;
  };

  const call = <T>(msg: Omit<ToAnalyzer, "id">): Promise<T> => {
    worker ??= start();
    const id = nextId++;
    const w = worker;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      w.postMessage({ ...msg, id } as ToAnalyzer);
    });
  };

  return {
    upload: (req) => call<AnalyzedUpload>({ kind: "upload", req }),
    text: (req) => call<AnalysisRecord>({ kind: "text", req }),
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}

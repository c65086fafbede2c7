import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

/**
 * Starts a worker thread from a module beside the caller: `./store-worker.js` compiled (dist/)
 * runs as is. Running from source (the test suite) it is TypeScript, loaded through tsx, which is
 * present wherever the sources are (a development dependency).
 */
export function spawnModuleWorker(js: URL, workerData: unknown): Worker {
  if (existsSync(fileURLToPath(js))) return new Worker(js, { workerData });
  const ts = new URL(js.href.replace(/\.js$/, ".ts"));
  // require.resolve finds the CommonJS build; its ES module twin sits beside it.
  const api = createRequire(import.meta.url)
    .resolve("tsx/esm/api")
    .replace(/\.cjs$/, ".mjs");
  const tsx = pathToFileURL(api).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(ts.href)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

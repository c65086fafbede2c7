// Entry point of the analysis worker thread: reads and analyses what the main thread sends, one
// job at a time, and posts back plain data.
import { parentPort } from "node:worker_threads";
import { errorInfo } from "../../store/store-service.js";
import { analyzeText, analyzeUpload } from "./analyze-jobs.js";
import type { FromAnalyzer, ToAnalyzer } from "./analyze-protocol.js";

const port = parentPort!;
const send = (m: FromAnalyzer): void => port.postMessage(m);

port.on("message", (msg: ToAnalyzer) => {
  const job = msg.kind === "upload" ? analyzeUpload(msg.req) : analyzeText(msg.req);
  job.then(
    (value) => send({ id: msg.id, ok: true, value }),
    (err: unknown) => send({ id: msg.id, ok: false, error: errorInfo(err) }),
  );
});

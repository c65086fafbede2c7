// The same load on the embedded database: the pre-filled PostgreSQL store copied into a PGlite
// directory (`vigil db copy`), served by `vigil serve`, read by the same clients; the concurrent
// ingest is an editor uploading articles through the server (PGlite has no job queue).
import { join } from "node:path";
import type { Read } from "./load-requests.js";
import { mixedRequest } from "./load-requests.js";
import { runLoad, type LoadFigures } from "./load-run.js";
import { checkReads, login, startBenchServer } from "./load-server.js";
import { startUploads, type UploadFigures } from "./load-uploads.js";
import { runVigil } from "./vigil-process.js";

export interface PgliteLoad {
  phases: [string, LoadFigures][];
  uploads: UploadFigures;
  copySeconds: number;
  serverErrors: string[];
}

export async function pgliteLoad(opts: {
  work: string;
  from: string;
  reader: { name: string; password: string };
  editor: { name: string; password: string };
  reads: readonly Read[];
  uploadsDir: string;
  seconds: number;
  connections: number;
}): Promise<PgliteLoad> {
  const dir = join(opts.work, "pglite");
  const copy = await runVigil(["db", "copy", "--from", opts.from, "--to", dir]);
  const server = await startBenchServer(dir);
  try {
    const { cookie } = await login(server.url, opts.reader.name, opts.reader.password);
    const editor = await login(server.url, opts.editor.name, opts.editor.password);
    await checkReads(server.url, { cookie }, opts.reads);
    const base = {
      url: server.url,
      connections: opts.connections,
      serverPid: server.process.child.pid!,
      db: null,
      seconds: opts.seconds,
      requests: [mixedRequest({ cookie }, opts.reads)],
    };
    const phases: [string, LoadFigures][] = [];
    phases.push(["PGlite reads", await runLoad(base)]);
    const uploading = startUploads(server.url, editor, opts.uploadsDir);
    let uploads: UploadFigures;
    try {
      await uploading.warm;
      phases.push(["PGlite reads + uploads", await runLoad(base)]);
    } finally {
      uploads = await uploading.stop();
    }
    return { phases, uploads, copySeconds: copy.seconds, serverErrors: server.errors };
  } finally {
    await server.process.stop();
  }
}

// An ingest through the server itself, for the embedded database (which has no job queue): one
// editor uploading articles one after another (`POST /api/sources`) until told to stop. The first
// upload starts the server's analysis thread (seconds); it is a warm-up, not counted.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface UploadFigures {
  requests: number;
  documents: number;
  status5xx: number;
  failures: string[];
  seconds: number;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export function startUploads(
  url: string,
  auth: { cookie: string; csrf: string },
  dir: string,
): { warm: Promise<void>; stop(): Promise<UploadFigures> } {
  const list = files(dir);
  const out: UploadFigures = { requests: 0, documents: 0, status5xx: 0, failures: [], seconds: 0 };
  let stopped = false;
  let started = Date.now();
  let warmed!: () => void;
  const warm = new Promise<void>((resolve) => (warmed = resolve));
  const note = (line: string) => {
    if (out.failures.length < 5) out.failures.push(line);
  };
  const upload = async (path: string): Promise<number> => {
    const name = path.slice(path.lastIndexOf("/") + 1);
    try {
      const r = await fetch(`${url}/api/sources?name=${encodeURIComponent(name)}`, {
        method: "POST",
        headers: {
          cookie: auth.cookie,
          "x-csrf-token": auth.csrf,
          "content-type": "application/octet-stream",
        },
        body: readFileSync(path),
      });
      const body = await r.text();
      if (r.status >= 500) out.status5xx++;
      if (r.ok) return (JSON.parse(body) as { summary: { ok: number } }).summary.ok;
      note(`upload ${name}: ${r.status} ${body.slice(0, 300)}`);
    } catch (err) {
      note(`upload ${name}: ${(err as Error).message}`);
    }
    return 0;
  };
  const loop = (async () => {
    for (const [i, path] of list.entries()) {
      if (stopped) break;
      const docs = await upload(path);
      if (i === 0) {
        started = Date.now();
        warmed();
        continue;
      }
      out.requests++;
      out.documents += docs;
    }
    warmed();
    out.seconds = (Date.now() - started) / 1000;
  })();
  return {
    warm,
    async stop() {
      stopped = true;
      await loop;
      return out;
    },
  };
}

// A real `vigil serve` process for the load benchmark: started on a free loopback port, waited
// for, signed in to once (the login rate limit is never approached: one login per account).
import { createServer } from "node:net";
import type { Read } from "./load-requests.js";
import { startVigil, type VigilProcess } from "./vigil-process.js";

export interface BenchServer {
  url: string;
  process: VigilProcess;
  /** Log lines at level error or fatal (pino: 50, 60), the first few. */
  errors: string[];
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Starts `vigil serve` on `db` with the default log level (its request log is read, not kept). */
export async function startBenchServer(db: string): Promise<BenchServer> {
  const port = await freePort();
  const errors: string[] = [];
  const proc = startVigil(["--db", db, "serve", "--port", String(port), "--host", "127.0.0.1"], {
    onLine: (line) => {
      if (errors.length < 10 && /"level":(5|6)\d/.test(line)) errors.push(line.slice(0, 500));
    },
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (proc.child.exitCode !== null || proc.child.signalCode !== null)
      throw new Error(`vigil serve exited: ${proc.stderr()}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await proc.stop(2000);
      throw new Error(`vigil serve did not answer on ${url} within 120 s: ${proc.stderr()}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, process: proc, errors };
}

/** Signs in once; the session cookie and the CSRF token it comes with. */
export async function login(
  url: string,
  name: string,
  password: string,
): Promise<{ cookie: string; csrf: string }> {
  const r = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, password }),
  });
  if (!r.ok) throw new Error(`login as ${name}: ${r.status} ${await r.text()}`);
  const cookie = (r.headers.get("set-cookie") ?? "").split(";")[0]!;
  const body = (await r.json()) as { csrfToken: string };
  if (!cookie) throw new Error(`login as ${name}: no session cookie`);
  return { cookie, csrf: body.csrfToken };
}

/** Sends each read of the mix once: all must answer 200 before any load is measured. */
export async function checkReads(
  url: string,
  headers: Record<string, string>,
  reads: readonly Read[],
): Promise<void> {
  for (const r of reads) {
    const path = r.path();
    const res = await fetch(`${url}${path}`, { headers });
    if (res.status !== 200)
      throw new Error(`${r.label} ${path}: ${res.status} ${(await res.text()).slice(0, 300)}`);
    await res.arrayBuffer();
  }
}

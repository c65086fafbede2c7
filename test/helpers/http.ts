import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import type { Role } from "../../src/accounts/roles.js";
import { hashPassword } from "../../src/accounts/password.js";
import { loadConfig, type Config } from "../../src/config.js";
import { buildApp, type AppDeps } from "../../src/http/app.js";
import { analyzeText, analyzeUpload } from "../../src/ingest/worker/analyze-jobs.js";
import type { Analyzer } from "../../src/ingest/worker/analyzer.js";
import { createDb, type Db } from "../../src/store/db.js";
import { createStoreService } from "../../src/store/store-service.js";
import type { StoreService } from "../../src/store/store-types.js";

export interface TestServer {
  app: FastifyInstance;
  store: StoreService;
  db: Db | null;
  config: Config;
  close(): Promise<void>;
}

/** An app over a fresh in-memory store (in this thread unless a store is given). */
export async function testServer(
  opts: Partial<AppDeps> & { settings?: Record<string, string> } = {},
): Promise<TestServer> {
  const config = opts.config ?? loadConfig({}, opts.settings ?? {});
  let db: Db | null = null;
  let store = opts.store;
  if (!store) {
    db = await createDb({ db: "memory://" });
    store = createStoreService(db);
  }
  const app = await buildApp({ logger: false, analyzer: inlineAnalyzer(), ...opts, store, config });
  return {
    app,
    store,
    db,
    config,
    async close() {
      await app.close();
      if (!opts.store) await store!.close();
    },
  };
}

const hashes = new Map<string, Promise<string>>();

/** Adds a user whose password is `password-<name>` (hashes are cached across tests). */
export async function addUser(store: StoreService, name: string, role: Role): Promise<void> {
  const password = `password-${name}`;
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  await store.userAdd({ name, role, passwordHash: await hashes.get(password)! });
}

export interface Client {
  /** Calls the app with this session's cookie, and its CSRF token on state-changing methods. */
  call(opts: InjectOptions): Promise<LightMyRequestResponse>;
  cookie: string;
  csrf: string;
}

export async function login(
  app: FastifyInstance,
  name: string,
  password = `password-${name}`,
): Promise<Client> {
  const r = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { name, password },
  });
  if (r.statusCode !== 200) throw new Error(`login ${name}: ${r.statusCode} ${r.body}`);
  const cookie = r.cookies.find((c) => c.name === "vigil_session")!;
  const csrf = (r.json() as { csrfToken: string }).csrfToken;
  const header = `vigil_session=${cookie.value}`;
  return {
    cookie: header,
    csrf,
    call: (o) =>
      app.inject({
        ...o,
        headers: {
          cookie: header,
          ...(o.method && o.method !== "GET" ? { "x-csrf-token": csrf } : {}),
          ...(o.headers ?? {}),
        },
      }),
  };
}

/** The anonymous client. */
export function anonymous(app: FastifyInstance): Client {
  return { cookie: "", csrf: "", call: (o) => app.inject(o) };
}

/** Reads and analyses in this thread: tests that do not measure the event loop skip the worker. */
export function inlineAnalyzer(): Analyzer {
  return {
    upload: (req) => analyzeUpload(req),
    text: (req) => analyzeText(req),
    close: async () => {},
  };
}

export const EXAMPLE_ARTICLES = join(import.meta.dirname, "../../examples/articles");

/** Uploads example articles through the API (their file names in `names`, or the first `n`). */
export async function uploadExamples(client: Client, n = 4): Promise<void> {
  const names = readdirSync(EXAMPLE_ARTICLES)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .slice(0, n);
  for (const name of names) {
    const r = await client.call({
      method: "POST",
      url: `/api/sources?name=${encodeURIComponent(name)}`,
      headers: { "content-type": "text/markdown" },
      payload: readFileSync(join(EXAMPLE_ARTICLES, name)),
    });
    if (r.statusCode !== 200) throw new Error(`upload ${name}: ${r.statusCode} ${r.body}`);
  }
}

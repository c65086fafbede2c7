import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../src/store/db.js";
import { createStoreService } from "../../src/store/store-service.js";
import type { StoreService } from "../../src/store/store-types.js";
import {
  addUser,
  anonymous,
  login,
  testServer,
  uploadExamples,
  type Client,
  type TestServer,
} from "../helpers/http.js";
import { PG_URL, pgSchemaUrl } from "../helpers/store.js";
import { tcpProxy, type TcpProxy } from "../helpers/tcp-proxy.js";

// Issue 8: the server survives PostgreSQL going away under it. The store reaches the server through
// a loopback proxy the test cuts (every connection dropped, new ones refused, as while PostgreSQL
// restarts) and through connections the server itself terminates (an administrator shutdown). While
// the database is away, every request that needs it fails with the one 503 error shape, nothing is
// half-written, and requests that do not need it still answer; afterwards the same Vigil serves
// again, without being restarted.

const APP_NAME = `vigil_restart_${process.pid}`;
const READS = [
  "/api/sources",
  "/api/statements",
  "/api/actors",
  "/api/events",
  "/api/cases",
  "/api/stats",
  "/api/search?q=court",
  "/api/auth/me",
];

const run = PG_URL ? describe : describe.skip;

run("the server while PostgreSQL restarts under it", () => {
  let proxy: TcpProxy;
  let dropSchema: () => Promise<void>;
  let store: StoreService;
  let server: TestServer;
  let admin: Client;

  beforeAll(async () => {
    const schema = await pgSchemaUrl();
    dropSchema = schema.drop;
    const real = new URL(schema.url);
    proxy = await tcpProxy({ host: real.hostname, port: Number(real.port || 5432) });
    const viaProxy = new URL(schema.url);
    viaProxy.hostname = "127.0.0.1";
    viaProxy.port = String(proxy.port);
    viaProxy.searchParams.set("application_name", APP_NAME);
    store = createStoreService(await createDb({ db: viaProxy.toString() }));
    server = await testServer({ store });
    await addUser(store, "ana", "admin");
    admin = await login(server.app, "ana");
    await uploadExamples(admin, 2);
  });

  afterAll(async () => {
    await server?.close();
    await store?.close();
    await proxy?.close();
    await dropSchema?.();
  });

  async function statuses(): Promise<number[]> {
    return Promise.all(READS.map(async (url) => (await admin.call({ url })).statusCode));
  }

  const upload = (name: string) =>
    admin.call({
      method: "POST",
      url: `/api/sources?name=${name}`,
      headers: { "content-type": "text/plain" },
      payload: "Lawyer Hoang Minh Duc said on Monday that the court “refused every witness”.\n",
    });

  /** Retries until every read answers 200 (a pooled connection may die on first use). */
  async function recovered(): Promise<number[]> {
    let last: number[] = [];
    for (let attempt = 0; attempt < 20; attempt++) {
      last = await statuses();
      if (last.every((s) => s === 200)) return last;
      // Between retries the only acceptable failure is the database being away.
      expect(last.filter((s) => s !== 200 && s !== 503)).toEqual([]);
      await new Promise((r) => setTimeout(r, 250));
    }
    return last;
  }

  it("answers 503 with the one error shape while the server is away, and serves again after", async () => {
    expect(await statuses()).toEqual(READS.map(() => 200));
    const before = (await admin.call({ url: "/api/status" })).json() as Record<string, unknown>;

    await proxy.down();
    for (const url of READS) {
      const started = Date.now();
      const r = await admin.call({ url });
      expect(r.statusCode, url).toBe(503);
      expect(r.json()).toMatchObject({ ok: false, status: 503, code: "VIGIL_ERR_DB_UNAVAILABLE" });
      // The message says what is wrong without the address's credentials or a query.
      expect(r.body).not.toMatch(/SELECT|INSERT|password|Failed query/i);
      expect(Date.now() - started).toBeLessThan(10_000);
    }
    // An upload while the database is away is refused, not half-written.
    expect((await upload("while-down.txt")).statusCode).toBe(503);
    // Liveness does not need the database and still answers.
    expect((await anonymous(server.app).call({ url: "/healthz" })).statusCode).toBe(200);

    await proxy.up();
    expect(await recovered()).toEqual(READS.map(() => 200));
    const after = (await admin.call({ url: "/api/status" })).json() as Record<string, unknown>;
    expect(after).toEqual(before);
    const sources = (await admin.call({ url: "/api/sources" })).body;
    expect(sources).not.toContain("while-down");
    // Writes work again on the same process.
    expect((await upload("after-restart.txt")).statusCode).toBe(200);
  });

  it("survives the server terminating every connection (an administrator shutdown)", async () => {
    expect(await statuses()).toEqual(READS.map(() => 200));
    const dba = new pg.Client({ connectionString: PG_URL });
    await dba.connect();
    try {
      const killed = await dba.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1",
        [APP_NAME],
      );
      expect(killed.rowCount).toBeGreaterThan(0);
    } finally {
      await dba.end();
    }
    expect(await recovered()).toEqual(READS.map(() => 200));
  });
});

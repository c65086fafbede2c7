import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StoreService } from "../../src/store/store-types.js";
import {
  addUser,
  anonymous,
  login,
  testServer,
  type Client,
  type TestServer,
} from "../helpers/http.js";

/** The one error shape, pinned (datasette-style): exactly these keys. */
function expectErrorShape(body: string, status: number, code: string): void {
  const json = JSON.parse(body) as Record<string, unknown>;
  expect(Object.keys(json).sort()).toEqual(["code", "error", "ok", "status"]);
  expect(json).toMatchObject({ ok: false, status, code });
  expect(typeof json.error).toBe("string");
}

describe("errors", () => {
  let s: TestServer;
  let viewer: Client;
  let editor: Client;
  beforeAll(async () => {
    s = await testServer({ settings: { VIGIL_MAX_INPUT_BYTES: "2000" } });
    await addUser(s.store, "vi", "viewer");
    await addUser(s.store, "ed", "editor");
    viewer = await login(s.app, "vi");
    editor = await login(s.app, "ed");
  });
  afterAll(() => s.close());

  it("400 for a parameter that does not match the schema", async () => {
    const r = await viewer.call({ url: "/api/actors?limit=100000" });
    expect(r.statusCode).toBe(400);
    expectErrorShape(r.body, 400, "VIGIL_ERR_INVALID_REQUEST");
    expect(r.json().error).toContain("limit");
  });

  it("400 for a body that is not JSON, without quoting it", async () => {
    const r = await editor.call({
      method: "POST",
      url: "/api/merges",
      headers: { "content-type": "application/json" },
      payload: '{"keep": "SECRET-BODY',
    });
    expectErrorShape(r.body, 400, "VIGIL_ERR_INVALID_REQUEST");
    expect(r.body).not.toContain("SECRET-BODY");
  });

  it("401 without a session, 403 for a role too low", async () => {
    const r = await anonymous(s.app).call({ url: "/api/actors" });
    expectErrorShape(r.body, 401, "VIGIL_ERR_UNAUTHENTICATED");
    const f = await viewer.call({
      method: "POST",
      url: "/api/merges",
      payload: { keep: 1, other: 2 },
    });
    expectErrorShape(f.body, 403, "VIGIL_ERR_FORBIDDEN");
  });

  it("404 for a record and for a route", async () => {
    const r = await viewer.call({ url: "/api/actors/424242" });
    expectErrorShape(r.body, 404, "VIGIL_ERR_NOT_FOUND");
    const route = await viewer.call({ url: "/api/no-such-thing?name=SECRET-QUERY" });
    expectErrorShape(route.body, 404, "VIGIL_ERR_NOT_FOUND");
    expect(route.body).not.toContain("SECRET-QUERY");
  });

  it("413 for a body over the limit, 415 for a content type a JSON route does not take", async () => {
    const big = await editor.call({
      method: "POST",
      url: "/api/sources?name=big.txt",
      headers: { "content-type": "text/plain" },
      payload: "x".repeat(5000),
    });
    expectErrorShape(big.body, 413, "VIGIL_ERR_BODY_TOO_LARGE");
    const json = await editor.call({
      method: "POST",
      url: "/api/merges",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ keep: 1, other: 2, reason: "y".repeat(1024 * 1024) }),
    });
    expectErrorShape(json.body, 413, "VIGIL_ERR_BODY_TOO_LARGE");
    const type = await editor.call({
      method: "POST",
      url: "/api/merges",
      headers: { "content-type": "text/csv" },
      payload: "a,b",
    });
    expectErrorShape(type.body, 415, "VIGIL_ERR_MEDIA_TYPE");
  });

  it("500 says nothing of what failed; the log keeps no message either", async () => {
    const lines: string[] = [];
    const failing = new Proxy(s.store, {
      get(target, prop: keyof StoreService) {
        if (prop === "info")
          return () => Promise.reject(new Error("duplicate key (name)=(SECRET-NAME)"));
        return target[prop];
      },
    });
    const broken = await testServer({
      store: failing,
      logger: { level: "info", stream: { write: (l) => void lines.push(l) } },
    });
    try {
      await addUser(s.store, "vi2", "viewer").catch(() => {});
      const c = await login(broken.app, "vi2");
      const r = await c.call({ url: "/api/status" });
      expectErrorShape(r.body, 500, "VIGIL_ERR_INTERNAL");
      expect(r.body).not.toContain("SECRET-NAME");
      expect(r.json().error).toMatch(/request /);
      expect(lines.join("")).toContain("request failed");
      expect(lines.join("")).not.toContain("SECRET-NAME");
    } finally {
      await broken.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES } from "../../src/accounts/roles.js";
import { addUser, anonymous, login, testServer, type TestServer } from "../helpers/http.js";

describe("accounts and sessions", () => {
  let s: TestServer;
  let now = Date.parse("2024-01-01T00:00:00Z");
  beforeAll(async () => {
    s = await testServer({
      clock: () => now,
      loginLimits: { perName: 3, perAddress: 6, windowMs: 60_000 },
      settings: { VIGIL_SESSION_HOURS: "2" },
    });
    for (const role of ROLES) await addUser(s.store, role, role);
  });
  afterAll(() => s.close());

  const tryLogin = (name: string, password: string, ip = "10.0.0.1") =>
    s.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { name, password },
      remoteAddress: ip,
    });

  it("logs in with an HTTP-only SameSite cookie and returns the CSRF token", async () => {
    const r = await tryLogin("viewer", "password-viewer");
    expect(r.statusCode).toBe(200);
    const cookie = r.cookies.find((c) => c.name === "vigil_session")!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/" });
    expect(cookie.secure).toBeFalsy();
    expect(r.json()).toMatchObject({
      user: { name: "viewer", role: "viewer" },
      confidential: false,
    });
    expect(r.json().csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const me = await s.app.inject({
      url: "/api/auth/me",
      headers: { cookie: `vigil_session=${cookie.value}` },
    });
    expect(me.json()).toMatchObject({ user: { name: "viewer" }, csrfToken: r.json().csrfToken });
  });

  it("stores only a hash of the session token", async () => {
    const r = await tryLogin("editor", "password-editor");
    const token = r.cookies.find((c) => c.name === "vigil_session")!.value;
    const rows = await s.db!.query<{ token_hash: string }>("SELECT token_hash FROM sessions");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((x) => x.token_hash)).not.toContain(token);
  });

  it("refuses a wrong password and an unknown name alike", async () => {
    const wrong = await tryLogin("admin", "nope-nope-nope", "10.0.0.2");
    const unknown = await tryLogin("nobody", "nope-nope-nope", "10.0.0.2");
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error).toBe(unknown.json().error);
  });

  it("rate-limits failed logins per name (even the right password) and per address", async () => {
    for (let i = 0; i < 3; i++)
      expect((await tryLogin("reviewer", "bad", `10.1.0.${i}`)).statusCode).toBe(401);
    const limited = await tryLogin("reviewer", "password-reviewer", "10.1.0.9");
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({
      ok: false,
      code: "VIGIL_ERR_RATE_LIMITED",
      status: 429,
    });
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    for (let i = 0; i < 6; i++) await tryLogin(`someone${i}`, "bad", "10.2.0.1");
    expect((await tryLogin("viewer", "password-viewer", "10.2.0.1")).statusCode).toBe(429);
    expect((await tryLogin("viewer", "password-viewer", "10.2.0.2")).statusCode).toBe(200);
    now += 61_000;
    expect((await tryLogin("reviewer", "password-reviewer", "10.1.0.9")).statusCode).toBe(200);
  });

  it("expires sessions", async () => {
    const c = await login(s.app, "viewer");
    expect((await c.call({ url: "/api/actors" })).statusCode).toBe(200);
    now += 2 * 3600 * 1000 + 1;
    const r = await c.call({ url: "/api/actors" });
    expect(r.statusCode).toBe(401);
    expect(r.json().code).toBe("VIGIL_ERR_UNAUTHENTICATED");
  });

  it("logs out: the session ends", async () => {
    const c = await login(s.app, "viewer");
    const out = await c.call({ method: "POST", url: "/api/auth/logout" });
    expect(out.statusCode).toBe(200);
    expect(out.cookies.find((x) => x.name === "vigil_session")?.value).toBe("");
    expect((await c.call({ url: "/api/actors" })).statusCode).toBe(401);
  });

  it("requires the CSRF token on state-changing requests, and the server's origin", async () => {
    const c = await login(s.app, "editor");
    const body = { keep: 1, other: 2 };
    const none = await s.app.inject({
      method: "POST",
      url: "/api/merges",
      payload: body,
      headers: { cookie: c.cookie },
    });
    expect(none.statusCode).toBe(403);
    expect(none.json().code).toBe("VIGIL_ERR_CSRF");
    const wrong = await c.call({
      method: "POST",
      url: "/api/merges",
      payload: body,
      headers: { "x-csrf-token": c.csrf.slice(0, -2) + "xx" },
    });
    expect(wrong.json().code).toBe("VIGIL_ERR_CSRF");
    const foreign = await c.call({
      method: "POST",
      url: "/api/merges",
      payload: body,
      headers: { origin: "https://evil.example" },
    });
    expect(foreign.json().code).toBe("VIGIL_ERR_CSRF");
    const crossSite = await c.call({
      method: "POST",
      url: "/api/merges",
      payload: body,
      headers: { "sec-fetch-site": "cross-site" },
    });
    expect(crossSite.json().code).toBe("VIGIL_ERR_CSRF");
    // With the token and the server's own origin the request goes through to the store.
    const own = await c.call({
      method: "POST",
      url: "/api/merges",
      payload: body,
      headers: { origin: "http://localhost:80", host: "localhost:80" },
    });
    expect(own.json().code).toBe("VIGIL_ERR_NOT_FOUND");
  });

  it("applies the role matrix", async () => {
    const clients = Object.fromEntries(
      await Promise.all(ROLES.map(async (r) => [r, await login(s.app, r)] as const)),
    );
    const cases: [string, string, unknown, Record<string, number>][] = [
      [
        "GET",
        "/api/actors",
        undefined,
        { anonymous: 401, viewer: 200, editor: 200, reviewer: 200, admin: 200 },
      ],
      [
        "GET",
        "/api/cases",
        undefined,
        { anonymous: 401, viewer: 200, editor: 200, reviewer: 200, admin: 200 },
      ],
      [
        "POST",
        "/api/cases/import",
        { files: [{ file: "c.json", text: '{"cases":[],"events":[]}' }] },
        { anonymous: 401, viewer: 403, editor: 200, reviewer: 200, admin: 200 },
      ],
      [
        "GET",
        "/api/users",
        undefined,
        { anonymous: 401, viewer: 403, editor: 403, reviewer: 403, admin: 200 },
      ],
    ];
    for (const [method, url, payload, expected] of cases)
      for (const [who, status] of Object.entries(expected)) {
        const c = who === "anonymous" ? anonymous(s.app) : clients[who]!;
        const r = await c.call({
          method: method as "GET",
          url,
          ...(payload ? { payload: payload as object } : {}),
        });
        expect(r.statusCode, `${who} ${method} ${url}: ${r.body.slice(0, 200)}`).toBe(status);
      }
  });

  it("lets an admin manage users; the last admin stays", async () => {
    const admin = await login(s.app, "admin");
    const add = await admin.call({
      method: "POST",
      url: "/api/users",
      payload: { name: "newbie", role: "viewer", password: "short" },
    });
    expect(add.json().code).toBe("VIGIL_ERR_USAGE");
    const ok = await admin.call({
      method: "POST",
      url: "/api/users",
      payload: { name: "newbie", role: "viewer", password: "long-enough-password" },
    });
    expect(ok.json()).toMatchObject({ name: "newbie", role: "viewer" });
    const newbie = await login(s.app, "newbie", "long-enough-password");
    const promote = await admin.call({
      method: "PATCH",
      url: "/api/users/newbie",
      payload: { role: "editor" },
    });
    expect(promote.json().role).toBe("editor");
    // A role change ends the user's sessions: the next request must log in again.
    expect((await newbie.call({ url: "/api/actors" })).statusCode).toBe(401);
    const last = await admin.call({ method: "DELETE", url: "/api/users/admin" });
    expect(last.json()).toMatchObject({ code: "VIGIL_ERR_CONFLICT" });
    expect((await admin.call({ method: "DELETE", url: "/api/users/newbie" })).statusCode).toBe(200);
  });
});

describe("secure cookies", () => {
  it("marks the cookie Secure when the setting says the server is reached over https", async () => {
    const s = await testServer({ settings: { VIGIL_SECURE_COOKIES: "true" } });
    try {
      await addUser(s.store, "v", "viewer");
      const r = await s.app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { name: "v", password: "password-v" },
      });
      expect(r.cookies.find((c) => c.name === "vigil_session")!.secure).toBe(true);
    } finally {
      await s.close();
    }
  });
});

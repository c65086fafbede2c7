import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGE_CSP } from "../../src/http/web-ui.js";
import { addUser, login, testServer, type TestServer } from "../helpers/http.js";

// The built UI served by the API's own server: files with their types and cache rules, client
// routes answered with index.html, the API's misses still the API's JSON 404, and a strict
// Content-Security-Policy on every page.

describe("the web UI's files", () => {
  let s: TestServer;
  let dir: string;
  let outside: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "vigil-web-"));
    outside = mkdtempSync(join(tmpdir(), "vigil-outside-"));
    mkdirSync(join(dir, "assets"));
    writeFileSync(
      join(dir, "index.html"),
      "<!doctype html><title>Vigil</title><div id=root></div>",
    );
    writeFileSync(join(dir, "assets", "index-abc123.js"), "console.log('ui')");
    writeFileSync(join(dir, "assets", "index-abc123.css"), "body{}");
    writeFileSync(join(dir, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
    writeFileSync(join(outside, "secret.txt"), "not for the web");
    symlinkSync(join(outside, "secret.txt"), join(dir, "assets", "link.txt"));
    s = await testServer({ webDir: dir });
  });
  afterAll(async () => {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it("serves index.html at / and at client routes, revalidated, under the page CSP", async () => {
    for (const url of ["/", "/sources/12", "/claims/c-1?tab=evidence", "/cases/VN-001"]) {
      const r = await s.app.inject({ url });
      expect(r.statusCode, url).toBe(200);
      expect(r.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(r.body).toContain("<div id=root>");
      expect(r.headers["cache-control"]).toBe("no-cache");
      expect(r.headers["content-security-policy"]).toBe(PAGE_CSP);
      expect(r.headers["x-content-type-options"]).toBe("nosniff");
      expect(r.headers["referrer-policy"]).toBe("no-referrer");
    }
    expect(PAGE_CSP).toContain("script-src 'self'");
    expect(PAGE_CSP).toContain("frame-ancestors 'none'");
    expect(PAGE_CSP).not.toContain("unsafe-inline");
    expect(PAGE_CSP).not.toContain("unsafe-eval");
  });

  it("serves assets with their types; hashed ones cached for a year", async () => {
    const js = await s.app.inject({ url: "/assets/index-abc123.js" });
    expect(js.statusCode).toBe(200);
    expect(js.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(js.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const css = await s.app.inject({ url: "/assets/index-abc123.css" });
    expect(css.headers["content-type"]).toBe("text/css; charset=utf-8");
    const icon = await s.app.inject({ url: "/favicon.svg" });
    expect(icon.headers["content-type"]).toBe("image/svg+xml");
    expect(icon.headers["cache-control"]).toBe("no-cache");
  });

  it("answers 304 to a matching If-None-Match", async () => {
    const first = await s.app.inject({ url: "/" });
    const again = await s.app.inject({
      url: "/",
      headers: { "if-none-match": String(first.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
  });

  it("never serves a file outside the folder, nor a missing asset as the page", async () => {
    for (const url of [
      "/../package.json",
      "/%2e%2e/%2e%2e/package.json",
      "/assets/..%2f..%2fpackage.json",
      "/assets/link.txt",
      "/assets/index-gone.js",
      "/robots.txt",
      "/%E0%A4%A",
    ]) {
      const r = await s.app.inject({ url });
      // A malformed escape is refused by the router itself (400); the rest are 404s.
      expect([400, 404], url).toContain(r.statusCode);
      expect(r.json().ok, url).toBe(false);
      expect(r.body, url).not.toContain("%E0");
      expect(r.body).not.toContain("not for the web");
    }
  });

  it("keeps API misses the API's JSON 404, never the page", async () => {
    for (const url of ["/api/no-such-thing", "/api", "/api/sources/x/y/z"]) {
      const r = await s.app.inject({ url });
      expect(r.statusCode, url).toBe(404);
      expect(r.headers["content-type"]).toContain("application/json");
      expect(r.json()).toMatchObject({ ok: false, code: "VIGIL_ERR_NOT_FOUND", status: 404 });
    }
  });

  it("gives API answers a CSP that lets them load or run nothing, and no cache", async () => {
    await addUser(s.store, "webui", "viewer");
    const viewer = await login(s.app, "webui");
    const r = await viewer.call({ url: "/api/auth/me" });
    expect(r.statusCode).toBe(200);
    expect(r.headers["content-security-policy"]).toBe(
      "default-src 'none'; frame-ancestors 'none'; sandbox",
    );
    expect(r.headers["cache-control"]).toBe("no-store");
  });

  it("says how to build the UI when it is not built", async () => {
    const bare = await testServer({ webDir: null });
    try {
      const r = await bare.app.inject({ url: "/" });
      expect(r.statusCode).toBe(404);
      expect(r.json().error).toContain("npm run build");
    } finally {
      await bare.close();
    }
  });
});

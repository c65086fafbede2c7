import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { NotFound } from "../errors.js";

// The web UI: the files `vite build` writes to web/dist, served by the API's own server so the
// browser needs nothing beyond it. Client routes (/sources/12) get index.html; API paths never do,
// so a mistyped API call still answers the one JSON error shape.

/**
 * What a page may load: its own scripts, styles and images, and calls to its own API. No inline
 * script, no plugin, no frame: an article's text is data, and a payload in it has nowhere to run.
 */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** API answers are data, never documents: nothing in them may load or run. */
export const DATA_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/** Paths that belong to the API: a miss there is the API's 404, never the page. */
const API_PATH = /^\/(api(\/|$)|openapi\.json$|healthz$)/;

/** web/dist beside the package root, from src/http (tests) or dist/src/http (the built CLI). */
export function defaultWebDir(): string | null {
  const here = fileURLToPath(new URL(".", import.meta.url));
  for (const up of ["../..", "../../.."]) {
    const dir = resolve(here, up, "web/dist");
    if (existsSync(join(dir, "index.html"))) return dir;
  }
  return null;
}

interface StaticFile {
  body: Buffer;
  type: string;
  etag: string;
}

/**
 * Serves `dir` (web/dist) at `/`: hashed assets cached for a year, index.html revalidated every
 * time, every page under a strict Content-Security-Policy. With no built UI, `/` says how to
 * build it.
 */
export function installWebUi(app: FastifyInstance, dir: string | null): void {
  const root = dir && existsSync(dir) ? realpathSync(dir) : null;
  const cache = new Map<string, StaticFile | null>();

  // Every response that is not a page of the UI is data: forbid it to load or frame anything.
  app.addHook("onSend", async (_req, reply, payload) => {
    if (!reply.hasHeader("content-security-policy"))
      reply.header("content-security-policy", DATA_CSP);
    return payload;
  });

  /** A file under the root, or null: no dot segments, no symlink out of it, no directories. */
  const load = (rel: string): StaticFile | null => {
    if (!root) return null;
    if (cache.has(rel)) return cache.get(rel)!;
    let found: StaticFile | null = null;
    const parts = rel.split("/").filter(Boolean);
    if (parts.every((p) => p !== ".." && p !== "." && !p.includes("\\") && !p.includes("\0"))) {
      const path = resolve(root, ...parts);
      try {
        const real = realpathSync(path);
        const st = statSync(real);
        if (real.startsWith(root + sep) && st.isFile()) {
          const type = TYPES[extname(real).toLowerCase()] ?? "application/octet-stream";
          found = {
            body: readFileSync(real),
            type,
            etag: `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`,
          };
        }
      } catch {
        found = null;
      }
    }
    cache.set(rel, found);
    return found;
  };

  const send = (
    req: FastifyRequest,
    reply: FastifyReply,
    file: StaticFile,
    cacheControl: string,
  ): FastifyReply => {
    void reply
      .header("cache-control", cacheControl)
      .header("etag", file.etag)
      .header("content-security-policy", PAGE_CSP)
      .header("cross-origin-opener-policy", "same-origin")
      .header("cross-origin-resource-policy", "same-origin")
      .header("permissions-policy", "camera=(), microphone=(), geolocation=(), payment=()")
      .type(file.type);
    if (req.headers["if-none-match"] === file.etag) return reply.code(304).send();
    return reply.send(file.body);
  };

  app.get(
    "/*",
    { schema: { hide: true }, config: { access: "open" } },
    async (req: FastifyRequest, reply: FastifyReply) => {
      const path = decodePath(req.url);
      if (path === null || API_PATH.test(path)) throw new NotFound("route");
      const asset = path !== "/" && path !== "/index.html" ? load(path.slice(1)) : null;
      if (asset) {
        // Vite names built assets by their content hash: a new build is a new name.
        const immutable = path.startsWith("/assets/");
        return send(
          req,
          reply,
          asset,
          immutable ? "public, max-age=31536000, immutable" : "no-cache",
        );
      }
      // A file-like path that is not there is a 404, not the page (a stale asset link).
      if (path.startsWith("/assets/") || /\.[a-z0-9]{1,5}$/i.test(path)) throw new NotFound("file");
      const index = load("index.html");
      if (!index) throw new NotFound("web UI (run `npm run build` to build it)");
      return send(req, reply, index, "no-cache");
    },
  );
}

/** The URL's path, percent-decoded; null when it cannot be. */
function decodePath(url: string): string | null {
  const raw = url.split("?")[0]!.split("#")[0]!;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

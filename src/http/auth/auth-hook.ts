import type { FastifyInstance, FastifyRequest } from "fastify";
import { ACCESS, mayReadConfidential, roleAtLeast } from "../../accounts/roles.js";
import { CsrfRejected, Forbidden, Unauthenticated } from "../../errors.js";
import { ANONYMOUS, type AppContext, type Viewer } from "../context.js";
import { CSRF_HEADER, csrfToken, SESSION_COOKIE, tokenHash } from "./tokens.js";
import { timingSafeEqual } from "node:crypto";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The viewer a session cookie stands for (anonymous without one, or when it has expired). */
export async function resolveViewer(req: FastifyRequest, ctx: AppContext): Promise<Viewer> {
  const token = req.cookies[SESSION_COOKIE];
  if (!token || token.length > 200) return ANONYMOUS;
  const hash = tokenHash(token);
  const session = await ctx.store.sessionGet(hash, new Date(ctx.now()).toISOString());
  if (!session) return ANONYMOUS;
  return {
    user: { id: session.user.id, name: session.user.name, role: session.user.role },
    confidential: mayReadConfidential(session.user.role),
    csrf: csrfToken(token),
    sessionHash: hash,
  };
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * A state-changing request must come from the server's own pages: an `Origin` (browsers send it
 * on every cross-site and same-site POST) must be the server's or an allowed one, and a fetch the
 * browser marks cross-site is refused.
 */
export function checkOrigin(req: FastifyRequest, allowed: readonly string[]): void {
  if (req.headers["sec-fetch-site"] === "cross-site")
    throw new CsrfRejected("cross-site request refused");
  const origin = req.headers.origin;
  if (origin === undefined) return;
  const own = `${req.protocol}://${req.host}`;
  if (origin !== own && !allowed.includes(origin))
    throw new CsrfRejected("request from another origin refused");
}

/**
 * Every request: who is asking (the session cookie), whether the route's access level lets them
 * in (src/accounts/roles.ts), and, for state-changing methods, the origin and the CSRF token.
 * `open` routes (health, login) skip the session lookup unless they ask for it, so a health check
 * never waits on the database.
 */
export function installAuth(app: FastifyInstance, ctx: AppContext): void {
  const allowed = ctx.config.allowedOrigins
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  app.decorateRequest("viewer", null as unknown as Viewer);
  app.addHook("onRequest", async (req) => {
    req.viewer = ANONYMOUS;
    const config = req.routeOptions.config as { access?: keyof typeof ACCESS; session?: boolean };
    const access = config.access;
    if (access === undefined) return; // no route: the 404 handler answers
    if (access !== "open" || config.session) req.viewer = await resolveViewer(req, ctx);
    const rule = ACCESS[access];
    const viewer = req.viewer;
    if (rule.role !== null) {
      if (!viewer.user) {
        if (!(rule.publicMode && ctx.public)) throw new Unauthenticated("log in first");
      } else if (!roleAtLeast(viewer.user.role, rule.role))
        throw new Forbidden(`this needs the ${rule.role} role or above`);
    }
    if (SAFE_METHODS.has(req.method)) return;
    checkOrigin(req, allowed);
    if (viewer.user) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== "string" || !viewer.csrf || !sameToken(sent, viewer.csrf))
        throw new CsrfRejected(`missing or wrong ${CSRF_HEADER} header`);
    }
  });
}

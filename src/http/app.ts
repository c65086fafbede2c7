import cookie from "@fastify/cookie";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import type { Access } from "../accounts/roles.js";
import type { Config } from "../config.js";
import { InvalidRequest } from "../errors.js";
import { createAnalyzer, type Analyzer } from "../ingest/worker/analyzer.js";
import type { StoreService } from "../store/store-types.js";
import { LoginLimiter, type LimiterOptions } from "./auth/login-limiter.js";
import { installAuth } from "./auth/auth-hook.js";
import type { AppContext } from "./context.js";
import { installErrorHandlers } from "./error-handler.js";
import { installNameMask } from "./name-mask.js";
import { openApiDocument, type RouteRecord, type RouteSchema } from "./openapi.js";
import { ROUTES } from "./routes/index.js";
import { defaultWebDir, installWebUi } from "./web-ui.js";

export interface AppDeps {
  store: StoreService;
  config: Config;
  /** Milliseconds since the epoch (tests move time to expire sessions). Default `Date.now`. */
  clock?: () => number;
  /**
   * Logging: false for none; otherwise the level (default the `log-level` setting) and where
   * lines go (default standard output). Lines never carry bodies, query strings or cookies.
   */
  logger?: false | { level?: string; stream?: { write(line: string): void } };
  /** Anonymous visitors may read public data. Default the `public` setting. */
  public?: boolean;
  /** Reads and analyses uploads off this thread. Default: a worker thread of its own. */
  analyzer?: Analyzer;
  /** Login rate limits (tests lower them). */
  loginLimits?: LimiterOptions;
  /** The built web UI (web/dist) served at `/`; null for none. Default: the package's own. */
  webDir?: string | null;
}

/** JSON bodies: 1 MiB. Uploads and register imports take `max-input-bytes`. */
export const JSON_BODY_LIMIT = 1024 * 1024;

/** The route pattern, never the URL: paths and query strings can hold names. */
function requestLog(req: FastifyRequest) {
  return { method: req.method, route: req.routeOptions?.url ?? "(none)", id: req.id };
}

/**
 * The HTTP API over a store, ready to `listen()` or to `inject()` in tests. Nothing here opens a
 * port or a database: the caller owns both.
 */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const ownAnalyzer = deps.analyzer === undefined;
  const ctx: AppContext = {
    store: deps.store,
    config,
    analyzer: deps.analyzer ?? createAnalyzer(),
    now: deps.clock ?? Date.now,
    public: deps.public ?? config.public,
  };
  const logger =
    deps.logger === false
      ? false
      : {
          level: deps.logger?.level ?? config.logLevel,
          ...(deps.logger?.stream ? { stream: deps.logger.stream } : {}),
          serializers: {
            req: requestLog,
            res: (res: { statusCode: number }) => ({ status: res.statusCode }),
            // Error messages can quote record content: the class and code only.
            err: (err: Error & { code?: string }) => ({
              type: err.name,
              code: err.code,
              message: "(not logged)",
              stack: "",
            }),
          },
        };
  const app = Fastify({
    logger,
    bodyLimit: JSON_BODY_LIMIT,
    trustProxy: config.trustProxy,
    // Never echo a malformed query or body back in a validation message.
    ajv: { customOptions: { allErrors: false } },
    routerOptions: { ignoreTrailingSlash: true },
    // A URL the router cannot decode: the one error shape, and the URL never echoed back.
    frameworkErrors: (_err, _req, reply: FastifyReply) => {
      void reply
        .status(400)
        .type("application/json")
        .send(new InvalidRequest("the URL could not be read").toJSON());
    },
  });

  const routes: RouteRecord[] = [];
  app.addHook("onRoute", (opts) => {
    const access = (opts.config as { access?: Access } | undefined)?.access;
    if (access === undefined)
      throw new Error(`route ${opts.method} ${opts.url} names no access level`);
    const methods = Array.isArray(opts.method) ? opts.method : [opts.method];
    for (const method of methods)
      routes.push({
        method,
        url: opts.url,
        schema: (opts.schema ?? {}) as RouteSchema,
        access,
      });
  });

  await app.register(cookie);
  installErrorHandlers(app, JSON_BODY_LIMIT);
  installAuth(app, ctx);
  installNameMask(app, ctx, JSON_BODY_LIMIT);
  app.addHook("onSend", async (_req, reply, payload) => {
    // Records can be confidential: no cache keeps them, no page frames them. (The web UI's own
    // files set their cache policy: they hold no records.)
    if (!reply.hasHeader("cache-control")) reply.header("cache-control", "no-store");
    reply.header("x-content-type-options", "nosniff");
    reply.header("x-frame-options", "DENY");
    reply.header("referrer-policy", "no-referrer");
    return payload;
  });

  const limiter = new LoginLimiter(ctx.now, deps.loginLimits);
  for (const register of ROUTES) await register(app, ctx, { limiter });

  installWebUi(app, deps.webDir === undefined ? defaultWebDir() : deps.webDir);

  let document: Record<string, unknown> | null = null;
  app.get(
    "/openapi.json",
    {
      schema: {
        summary: "This API's OpenAPI 3.1 document",
        tags: ["meta"],
        response: { 200: { type: "object", additionalProperties: true } },
      },
      config: { access: "open" },
    },
    async () => (document ??= openApiDocument(routes)),
  );

  if (ownAnalyzer) app.addHook("onClose", () => ctx.analyzer.close());
  return app;
}

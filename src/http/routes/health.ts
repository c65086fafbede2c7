import { VERSION } from "../../version.js";
import { BOOLEAN, INTEGER, object, STRING } from "../schemas.js";
import type { RouteModule } from "./route-module.js";

export const healthRoutes: RouteModule = (app, ctx) => {
  // Answers from this thread alone: never waits on the database, so it stays fast while the
  // store works (the embedded database runs in its own thread).
  app.get(
    "/healthz",
    {
      schema: {
        summary: "Liveness: the server answers (does not touch the database)",
        tags: ["meta"],
        response: { 200: object({ ok: BOOLEAN, version: STRING }) },
      },
      config: { access: "open" },
    },
    async () => ({ ok: true, version: VERSION }),
  );

  app.get(
    "/api/status",
    {
      schema: {
        summary: "The store's backend, extractor version and record counts",
        tags: ["meta"],
        response: {
          200: object({
            ok: BOOLEAN,
            version: STRING,
            backend: STRING,
            extractorVersion: INTEGER,
            public: BOOLEAN,
            counts: { type: "object", additionalProperties: INTEGER },
          }),
        },
      },
      config: { access: "public" },
    },
    async () => {
      const info = await ctx.store.info();
      // Not `location`: a directory or server address is nobody's business but the operator's.
      return {
        ok: true,
        version: VERSION,
        backend: info.backend,
        extractorVersion: info.extractorVersion,
        public: ctx.public,
        counts: info.counts,
      };
    },
  );
};

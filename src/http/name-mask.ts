import type { FastifyInstance } from "fastify";
import { maskableNames, nameMasker } from "../store/redact.js";
import type { AppContext } from "./context.js";
import { errorBody, toVigilError } from "./error-handler.js";

/**
 * The last line of defence for confidential people (docs/api.md, "Confidentiality"): every answer
 * to a reader without the right has their names masked wherever they still appear — in a public
 * article's text, a statement's words, a figure's sentence, a check's evidence — whatever route
 * produced it. The routes leave confidential records out; this catches their names elsewhere.
 * `open` routes (health, login, the OpenAPI document, the web UI's files) carry no records.
 */
export function installNameMask(app: FastifyInstance, ctx: AppContext, bodyLimit: number): void {
  app.addHook("onSend", async (req, reply, payload) => {
    if (req.viewer?.confidential) return payload;
    const access = (req.routeOptions.config as { access?: string } | undefined)?.access;
    if (access === undefined || access === "open") return payload;
    if (typeof payload !== "string" || payload.length === 0) return payload;
    let names: ReturnType<typeof maskableNames>;
    try {
      names = maskableNames(await ctx.store.confidentialNames());
    } catch (err) {
      // Without the list nothing can be masked, so nothing of the answer goes out. An error thrown
      // from here would reach Fastify's own handler, which quotes the driver's message (the query).
      const e = toVigilError(err, { bodyLimit });
      void reply.code(e.status).type("application/json");
      return JSON.stringify(errorBody(e, req.id));
    }
    return names.length === 0 ? payload : nameMasker(names).mask(payload);
  });
}

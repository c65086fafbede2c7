import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import {
  BodyTooLarge,
  ERRORS,
  InternalError,
  InvalidRequest,
  MediaTypeUnsupported,
  NotFound,
  VigilError,
  type VigilErrorJson,
} from "../errors.js";
import { unavailableError } from "../store/db-errors.js";

// One error shape for every failure: `{ok: false, code, error, status}`. The domain's errors keep
// their code and message (messages name what the caller asked for, never record content); Fastify's
// own errors are mapped to registry codes with fixed messages (a JSON parse error would otherwise
// quote the body); a 5xx never says more than its code's help and the request id.

/** Fastify's client errors, by code, with messages that quote nothing from the request. */
const FASTIFY_CLIENT_ERRORS: Record<string, () => VigilError> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => new MediaTypeUnsupported("for this route"),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => new InvalidRequest("the content length is wrong"),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => new InvalidRequest("the JSON body is empty"),
  FST_ERR_CTP_INVALID_JSON_BODY: () => new InvalidRequest("the body is not valid JSON"),
};

export function toVigilError(err: unknown, limits: { bodyLimit: number }): VigilError {
  if (err instanceof VigilError) return err;
  const e = err as FastifyError & { statusCode?: number };
  if (e?.validation) return new InvalidRequest(e.message);
  if (e?.code === "FST_ERR_CTP_BODY_TOO_LARGE" || e?.statusCode === 413)
    return new BodyTooLarge(`${limits.bodyLimit} bytes`);
  const known = e?.code ? FASTIFY_CLIENT_ERRORS[e.code] : undefined;
  if (known) return known();
  if (e instanceof SyntaxError || (e?.statusCode === 400 && e.code?.startsWith("FST_")))
    return new InvalidRequest("the body could not be read");
  if (e?.statusCode === 415) return new MediaTypeUnsupported("for this route");
  // The database went away (a restart, a network fault): a 503 the client may retry, not a bug.
  return unavailableError(err) ?? new InternalError("unexpected");
}

export function errorBody(e: VigilError, requestId: string): VigilErrorJson {
  if (e.status < 500) return e.toJSON();
  const help = ERRORS.get(e.code)?.help ?? "The server failed.";
  return { ok: false, code: e.code, error: `${help} (request ${requestId})`, status: e.status };
}

export function installErrorHandlers(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((err: unknown, req: FastifyRequest, reply: FastifyReply) => {
    const e = toVigilError(err, { bodyLimit: req.routeOptions.bodyLimit ?? bodyLimit });
    if (e.status >= 500) {
      // The log keeps where it failed, not what it failed on: messages and values can hold record
      // content, so only the class, the code and the stack's frames are written.
      const stack = err instanceof Error ? (err.stack ?? "").split("\n").slice(1, 8) : [];
      req.log.error(
        { code: e.code, type: err instanceof Error ? err.name : typeof err, frames: stack },
        "request failed",
      );
    }
    if (e.code === "VIGIL_ERR_RATE_LIMITED") {
      const retry = Number(e.context.arg1);
      if (Number.isFinite(retry)) void reply.header("retry-after", String(retry));
    }
    void reply.status(e.status).type("application/json").send(errorBody(e, req.id));
  });
  app.setNotFoundHandler((_req, reply) => {
    const e = new NotFound("route");
    void reply.status(404).type("application/json").send(e.toJSON());
  });
}

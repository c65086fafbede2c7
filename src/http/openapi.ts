import { ACCESS, type Access } from "../accounts/roles.js";
import { VERSION } from "../version.js";
import { ERROR, type JsonSchema } from "./schemas.js";

// The OpenAPI 3.1 document, written from the routes' own schemas (collected as they are
// registered), so it cannot drift from what the server validates and returns. The test suite
// calls every operation it lists.

export interface RouteRecord {
  method: string;
  url: string;
  schema: RouteSchema;
  access: Access;
}

export interface RouteSchema {
  summary?: string;
  description?: string;
  tags?: string[];
  params?: JsonSchema;
  querystring?: JsonSchema;
  body?: JsonSchema;
  response?: Record<string, JsonSchema>;
  /** Request body content types other than JSON (uploads). */
  consumes?: string[];
  /** Response content types other than JSON (exports), for status 200. */
  produces?: string[];
  /** Leave the route out of the document. */
  hide?: boolean;
}

const ERROR_STATUSES: Record<string, string> = {
  "400": "Invalid request (VIGIL_ERR_INVALID_REQUEST, VIGIL_ERR_USAGE)",
  "401": "Not signed in (VIGIL_ERR_UNAUTHENTICATED)",
  "403": "Role too low or CSRF token missing (VIGIL_ERR_FORBIDDEN, VIGIL_ERR_CSRF)",
  "404": "No such record (VIGIL_ERR_NOT_FOUND)",
  "409": "Conflicts with the current state (VIGIL_ERR_CONFLICT)",
  "413": "Body too large (VIGIL_ERR_BODY_TOO_LARGE)",
  "415": "Unsupported content type (VIGIL_ERR_MEDIA_TYPE)",
  "422": "Well-formed but invalid (VIGIL_ERR_CHECK_INVALID and others)",
  "429": "Too many failed logins (VIGIL_ERR_RATE_LIMITED)",
  "500": "Server failure: the body names the request id, the log the rest",
};

/** `/api/actors/:id` → `/api/actors/{id}`. */
export function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, "{$1}");
}

function parameters(where: "path" | "query", schema: JsonSchema | undefined): unknown[] {
  if (!schema) return [];
  const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return Object.entries(props).map(([name, s]) => {
    const { description, examples, ...rest } = s;
    return {
      name,
      in: where,
      required: where === "path" || required.has(name),
      ...(description ? { description } : {}),
      schema: rest,
      ...(Array.isArray(examples) && examples.length ? { example: examples[0] } : {}),
    };
  });
}

function security(access: Access, method: string): unknown[] | undefined {
  if (access === "open") return [];
  const session = ["GET", "HEAD"].includes(method) ? { session: [] } : { session: [], csrf: [] };
  return ACCESS[access].publicMode ? [{}, session] : [session];
}

function operation(r: RouteRecord): Record<string, unknown> {
  const s = r.schema;
  const responses: Record<string, unknown> = {};
  for (const [status, schema] of Object.entries(s.response ?? {})) {
    const types = status === "200" && s.produces ? s.produces : ["application/json"];
    responses[status] = {
      description: (schema.description as string | undefined) ?? "OK",
      content: Object.fromEntries(
        types.map((t) => [t, { schema: t === "application/json" ? schema : { type: "string" } }]),
      ),
    };
  }
  if (Object.keys(responses).length === 0 && s.produces)
    responses["200"] = {
      description: "OK",
      content: Object.fromEntries(s.produces.map((t) => [t, { schema: { type: "string" } }])),
    };
  for (const [status, description] of Object.entries(ERROR_STATUSES))
    responses[status] ??= {
      description,
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    };
  const op: Record<string, unknown> = {
    operationId: `${r.method.toLowerCase()}${openApiPath(r.url)
      .replace(/[{}]/g, "")
      .split(/[/-]/)
      .filter(Boolean)
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join("")}`,
    summary: s.summary ?? "",
    ...(s.description ? { description: s.description } : {}),
    tags: s.tags ?? [],
    parameters: [...parameters("path", s.params), ...parameters("query", s.querystring)],
    responses,
    "x-vigil-access": r.access,
  };
  const sec = security(r.access, r.method);
  if (sec) op.security = sec;
  if (s.body || s.consumes) {
    const types = s.consumes ?? ["application/json"];
    op.requestBody = {
      required: true,
      content: Object.fromEntries(
        types.map((t) => [
          t,
          {
            schema:
              t === "application/json"
                ? (s.body ?? {})
                : { type: "string", contentEncoding: "binary" },
          },
        ]),
      ),
    };
  }
  return op;
}

export function openApiDocument(routes: readonly RouteRecord[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    if (r.schema.hide || r.method === "HEAD") continue;
    const p = (paths[openApiPath(r.url)] ??= {});
    p[r.method.toLowerCase()] = operation(r);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Vigil API",
      version: VERSION,
      description:
        "Sources, statements, actors, figures, legal references, events, the case register, counts, checks and search. Sign in with POST /api/auth/login; send the session cookie back, and the CSRF token in the x-csrf-token header on every POST, PUT, PATCH and DELETE. Lists take limit and cursor and answer {items, next}. Every failure is {ok: false, code, error, status}. See docs/api.md.",
    },
    paths,
    components: {
      schemas: { Error: ERROR },
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "vigil_session" },
        csrf: { type: "apiKey", in: "header", name: "x-csrf-token" },
      },
    },
  };
}

// JSON Schema pieces the routes share. They validate requests, shape responses (Fastify's
// serializer writes only what a schema lists, plus what `additionalProperties` lets through) and
// become /openapi.json. Kept to the subset that JSON Schema draft-07 (Fastify's Ajv) and
// OpenAPI 3.1 (2020-12) read alike.

export type JsonSchema = Record<string, unknown>;

export const STRING: JsonSchema = { type: "string" };
export const INTEGER: JsonSchema = { type: "integer" };
export const NUMBER: JsonSchema = { type: "number" };
export const BOOLEAN: JsonSchema = { type: "boolean" };
export const ANY_OBJECT: JsonSchema = { type: "object", additionalProperties: true };

/** The same schema, or null. */
export function nullable(s: JsonSchema): JsonSchema {
  const type = s.type;
  if (typeof type === "string") return { ...s, type: [type, "null"] };
  return { anyOf: [s, { type: "null" }] };
}

export const NSTRING = nullable(STRING);
export const NINTEGER = nullable(INTEGER);
export const NNUMBER = nullable(NUMBER);

export function arrayOf(items: JsonSchema): JsonSchema {
  return { type: "array", items };
}

/**
 * An object with these properties. Responses list what clients rely on and let the rest through
 * (`additionalProperties`), so a field added to a store result is never silently dropped.
 */
export function object(
  properties: Record<string, JsonSchema>,
  required: string[] = Object.keys(properties),
  extra = true,
): JsonSchema {
  return { type: "object", required, properties, additionalProperties: extra };
}

/** A request's parameters or body: only these properties (unknown ones are dropped). */
export function input(
  properties: Record<string, JsonSchema>,
  required: string[] = [],
  examples?: Record<string, unknown>[],
): JsonSchema {
  return {
    type: "object",
    properties,
    required,
    additionalProperties: false,
    ...(examples ? { examples } : {}),
  };
}

/** A string with an example, which the OpenAPI test uses to call the route. */
export function example(s: JsonSchema, value: unknown, description?: string): JsonSchema {
  return { ...s, examples: [value], ...(description ? { description } : {}) };
}

export const ID_PARAM = (what: string, value: number | string = 1): JsonSchema =>
  input({ id: example(typeof value === "number" ? INTEGER : STRING, value, `${what} id`) }, ["id"]);

export const DATE = example(
  { type: "string", pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$" },
  "2021-06-24",
  "YYYY, YYYY-MM or YYYY-MM-DD",
);
export const DAY = example({ type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, "2021-04-22");

export const ERROR: JsonSchema = object(
  {
    ok: { type: "boolean", const: false },
    code: example(STRING, "VIGIL_ERR_NOT_FOUND"),
    error: STRING,
    status: INTEGER,
  },
  ["ok", "code", "error", "status"],
  false,
);

export const DOCUMENT_REF: JsonSchema = object({
  id: INTEGER,
  title: NSTRING,
  outlet: NSTRING,
  date: NSTRING,
  url: NSTRING,
  path: STRING,
});

export const SPAN: JsonSchema = object({ start: INTEGER, end: INTEGER });

/** Why a change is made: kept in the audit log. */
export const WHY: JsonSchema = {
  type: ["string", "null"],
  maxLength: 2000,
  description: "why: kept in the audit log",
};

import { Ajv } from "ajv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleFiles } from "../helpers/register-db.js";
import {
  addUser,
  login,
  testServer,
  uploadExamples,
  type Client,
  type TestServer,
} from "../helpers/http.js";

type Json = Record<string, unknown>;
interface Operation {
  parameters: { name: string; in: "path" | "query"; required: boolean; example?: unknown }[];
  requestBody?: { content: Record<string, { schema: Json }> };
  responses: Record<string, { content?: Record<string, { schema: Json }> }>;
  "x-vigil-access": string;
}

/** Calls whose example values must come from the seeded store, or must run last. */
const LAST = ["post /api/auth/logout"];

describe("/openapi.json", () => {
  let s: TestServer;
  let admin: Client;
  let doc: { openapi: string; paths: Record<string, Record<string, Operation>> };

  beforeAll(async () => {
    s = await testServer();
    await addUser(s.store, "root", "admin");
    admin = await login(s.app, "root");
    await uploadExamples(admin, 6);
    const imported = await s.store.casesImport({ files: exampleFiles() });
    expect(imported.ok).toBe(true);
    doc = (await s.app.inject({ url: "/openapi.json" })).json();
  });
  afterAll(() => s.close());

  it("is OpenAPI 3.1 and lists the API's areas", () => {
    expect(doc.openapi).toBe("3.1.0");
    for (const path of [
      "/healthz",
      "/api/sources",
      "/api/sources/{id}",
      "/api/statements",
      "/api/actors/{id}",
      "/api/figures",
      "/api/legal-refs",
      "/api/events",
      "/api/cases",
      "/api/stats",
      "/api/search",
      "/api/auth/login",
    ])
      expect(Object.keys(doc.paths)).toContain(path);
  });

  it("every route it lists answers as it says, with a body its schema accepts", async () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const persons = (await s.store.listActors({ kind: "person", limit: 10 })).filter(
      (a) => a.documents > 0,
    );
    expect(persons.length).toBeGreaterThan(1);
    const [keep, other] = persons as [(typeof persons)[0], (typeof persons)[0]];
    const splittable = (await s.store.actor(keep.id)).links[0]!.document.id;
    // Values the examples cannot know: ids made by earlier calls and the seeded store.
    const bodies: Record<string, unknown> = {
      "post /api/auth/login": { name: "root", password: "password-root" },
      "post /api/merges": { keep: keep.id, other: other.id, reason: "test" },
      "post /api/actors/{id}/split": { documents: [splittable] },
    };
    const params: Record<string, Record<string, unknown>> = {
      "post /api/actors/{id}/split": { id: keep.id },
      "post /api/merges/{id}/undo": { id: 1 },
    };
    const ops = Object.entries(doc.paths)
      .flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, op]) => ({
          key: `${method} ${path}`,
          path,
          method,
          op,
        })),
      )
      .sort((a, b) => Number(LAST.includes(a.key)) - Number(LAST.includes(b.key)));
    const called: string[] = [];
    for (const { key, path, method, op } of ops) {
      const values = { ...params[key] };
      let url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
        const p = op.parameters.find((x) => x.name === name && x.in === "path")!;
        return encodeURIComponent(String(values[name] ?? p.example));
      });
      const query = op.parameters
        .filter((p) => p.in === "query" && p.required)
        .map((p) => `${p.name}=${encodeURIComponent(String(p.example))}`);
      if (query.length) url += `?${query.join("&")}`;
      const json = op.requestBody?.content["application/json"];
      const upload = op.requestBody?.content["application/octet-stream"];
      const body =
        bodies[key] ?? (json ? (json.schema.examples as unknown[] | undefined)?.[0] : undefined);
      const r = await admin.call({
        method: method.toUpperCase() as "GET",
        url,
        ...(body !== undefined ? { payload: body as object } : {}),
        ...(upload
          ? {
              payload: "A title\n\nThe ministry said on Monday that the figures were wrong.\n",
              headers: { "content-type": "application/octet-stream" },
            }
          : {}),
      });
      expect(r.statusCode, `${key}: ${r.body.slice(0, 300)}`).toBeLessThan(300);
      expect(Object.keys(op.responses), key).toContain(String(r.statusCode));
      const schema = op.responses[String(r.statusCode)]?.content?.["application/json"]?.schema;
      if (schema && String(r.headers["content-type"]).startsWith("application/json")) {
        const validate = ajv.compile(schema);
        expect(validate(r.json()), `${key}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      }
      called.push(key);
    }
    expect(called.length).toBe(ops.length);
  });

  it("names an access level on every operation", () => {
    for (const methods of Object.values(doc.paths))
      for (const op of Object.values(methods))
        expect(["open", "public", "read", "edit", "review", "admin"]).toContain(
          op["x-vigil-access"],
        );
  });
});

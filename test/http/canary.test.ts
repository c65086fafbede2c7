import { randomInt } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../src/store/db.js";
import { createStoreService } from "../../src/store/store-service.js";
import type { StoreService } from "../../src/store/store-types.js";
import { runCli } from "../helpers/cli.js";
import {
  addUser,
  anonymous,
  login,
  testServer,
  uploadExamples,
  type Client,
  type TestServer,
} from "../helpers/http.js";
import { exampleFiles } from "../helpers/register-db.js";

// The canary test (issue 7): a unique made-up word is planted in every kind of confidential field
// — a confidential case's name and notes, a confidential person's name, a confidential source's
// title and text — on a real store with the example articles, register and published checks.
// Then every operation /openapi.json lists is called, with every confidential record's id among
// the path values and the canaries among the query values, by an anonymous visitor in public
// mode and by a viewer: no body and no header may hold a canary, nor any line the server logged.
// The command line's exports must not hold one either unless asked to include confidential
// records. Editors see the canaries: the test could fail.

const SYLLABLES = ["quor", "zel", "vex", "tram", "bik", "dol", "fyr", "kas", "nop", "wex", "lum"];

/** A capitalised made-up word no text holds: `Quorzelvexdol`. */
function canary(): string {
  const word = Array.from({ length: 4 }, () => SYLLABLES[randomInt(SYLLABLES.length)]).join("");
  return word[0]!.toUpperCase() + word.slice(1) + "ak";
}

const C = {
  caseName: canary(),
  caseNotes: canary(),
  actorName: canary(),
  sourceTitle: canary(),
  sourceText: canary(),
};

const PERSON_ARTICLE = `Vinh teacher questioned over posts

Teacher Trần Văn ${C.actorName}, 41, told reporters on Monday that the police “searched his home twice” before taking him in for questioning. ${C.actorName} said officers asked about his posts on land seizures. Trần Văn ${C.actorName} was released on Tuesday evening, his wife said.
`;

const SECRET_SOURCE = `Visit notes ${C.sourceTitle}

A relative of a prisoner, Lò Thị Sen, said on Friday that the guards “took his letters away” and that the camp near ${C.sourceText} holds at least 40 people for their writing. She said no one there is allowed a lawyer.
`;

const REGISTER = `id,name,gender,province,notes,confidential
C-1,Hồ Thị ${C.caseName},female,Nghe An,moved to a safe house; reach her through ${C.caseNotes},true
C-2,Lý Văn Bền,male,Nghe An,questioned with Trần Văn ${C.actorName},
`;
const REGISTER_EVENTS = `id,event,date,charges,sentence_months,source
C-1,arrested,2021-03-02,117,,
C-2,arrested,2021-03-04,117,,
`;

type Json = Record<string, unknown>;
interface Operation {
  parameters?: {
    name: string;
    in: "path" | "query";
    required: boolean;
    example?: unknown;
    schema: Json;
  }[];
  requestBody?: { content: Record<string, { schema: Json }> };
}

/**
 * Every canary in a text, as stored or lower-cased (a folded key would be). Requests probe with
 * the canaries upper-cased, so what echoes a request back is told from what leaks a record.
 */
function leaks(text: string): string[] {
  let own = text;
  for (const word of Object.values(C)) own = own.split(word.toUpperCase()).join("");
  const lower = own.toLowerCase();
  return Object.entries(C)
    .filter(([, word]) => own.includes(word) || lower.includes(word.toLowerCase()))
    .map(([field]) => field);
}

function exposed(r: LightMyRequestResponse): string[] {
  return leaks(r.body + "\n" + JSON.stringify(r.headers));
}

describe("confidential records never leave (canary)", () => {
  let dir: string;
  let store: StoreService;
  let s: TestServer;
  const log: string[] = [];
  let editor: Client;
  let reviewer: Client;
  let viewer: Client;
  const ids = {
    secretSource: 0,
    personArticle: 0,
    person: 0,
    otherActor: 0,
    checks: [] as string[],
    hiddenChecks: [] as string[],
    typedCheck: "",
  };

  beforeAll(async () => {
    dir = join(mkdtempSync(join(tmpdir(), "vigil-canary-")), "data");
    store = createStoreService(await createDb({ db: dir }));
    s = await testServer({
      store,
      public: true,
      logger: { level: "trace", stream: { write: (line: string) => void log.push(line) } },
    });
    await addUser(store, "ed", "editor");
    await addUser(store, "rev", "reviewer");
    await addUser(store, "vi", "viewer");
    editor = await login(s.app, "ed");
    reviewer = await login(s.app, "rev");
    viewer = await login(s.app, "vi");

    await uploadExamples(editor, 6);
    expect((await store.casesImport({ files: exampleFiles() })).ok).toBe(true);
    const upload = async (name: string, text: string): Promise<number> => {
      const r = await editor.call({
        method: "POST",
        url: `/api/sources?name=${name}`,
        headers: { "content-type": "application/octet-stream" },
        payload: text,
      });
      expect(r.statusCode, r.body).toBe(200);
      return r.json().items[0].documentId as number;
    };
    ids.personArticle = await upload("vinh-teacher.txt", PERSON_ARTICLE);
    ids.secretSource = await upload("visit-notes.txt", SECRET_SOURCE);
    const imported = await editor.call({
      method: "POST",
      url: "/api/cases/import",
      payload: {
        files: [
          { file: "people.csv", text: REGISTER },
          { file: "events.csv", text: REGISTER_EVENTS },
        ],
      },
    });
    expect(imported.json().ok, imported.body).toBe(true);

    const person = await store.findActors(`Trần Văn ${C.actorName}`, { confidential: true });
    expect(person.map((a) => a.name)).toEqual([`Trần Văn ${C.actorName}`]);
    ids.person = person[0]!.id;
    ids.otherActor = (await store.listActors({ kind: "person", limit: 1 }))[0]!.id;

    // Checks resting on the person's words and on the source's, one naming the person as the
    // speaker of a typed claim, and one that touches nothing confidential: all published.
    const statementOf = async (documentId: number): Promise<number> =>
      (await store.statementsList({ documentId, confidential: true }))[0]!.id;
    const drafts = [
      { statementId: await statementOf(ids.personArticle), date: "2021-06-24" },
      { statementId: await statementOf(ids.secretSource), date: "2021-06-24" },
      {
        text: "No one in Vietnam is detained for what they write.",
        speaker: `Trần Văn ${C.actorName}`,
        date: "2021-06-24",
        jurisdiction: "VN",
      },
      {
        text: "Nobody in Vietnam is arrested or put on trial simply for expressing their opinions.",
        speaker: "Le Thi Thu Hang",
        date: "2021-06-24",
        jurisdiction: "VN",
      },
    ];
    for (const body of drafts) {
      const r = await editor.call({ method: "POST", url: "/api/checks", payload: body });
      expect(r.statusCode, r.body).toBe(200);
      const id = r.json().id as string;
      for (const step of ["accept", "publish"])
        expect(
          (await reviewer.call({ method: "POST", url: `/api/checks/${id}/${step}` })).statusCode,
        ).toBe(200);
      ids.checks.push(id);
    }
    ids.hiddenChecks = ids.checks.slice(0, 2);
    ids.typedCheck = ids.checks[2]!;

    // Marked through the API, as an editor would.
    for (const [url, why] of [
      [`/api/actors/${ids.person}/confidential`, "the family asked for discretion"],
      [`/api/sources/${ids.secretSource}/confidential`, "a source at risk"],
    ] as const) {
      const r = await editor.call({ method: "POST", url, payload: { why } });
      expect(r.statusCode, r.body).toBe(200);
    }
  });

  afterAll(async () => {
    await s?.close();
    await store?.close();
    if (dir) rmSync(join(dir, ".."), { recursive: true, force: true });
  });

  it("the canaries are planted: editors see every one of them", async () => {
    const seen = new Set<string>();
    for (const url of [
      `/api/cases/C-1`,
      `/api/actors/${ids.person}`,
      `/api/sources/${ids.secretSource}`,
    ])
      for (const f of exposed(await editor.call({ url }))) seen.add(f);
    expect([...seen].sort()).toEqual(Object.keys(C).sort());
  });

  /** Every operation of the OpenAPI document, with confidential ids and canaries as values. */
  async function everyCall(client: Client): Promise<{ key: string; r: LightMyRequestResponse }[]> {
    const doc = (await client.call({ url: "/openapi.json" })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    const probe = C.actorName.toUpperCase();
    const pathValues = (path: string): Record<string, unknown>[] => {
      if (path.startsWith("/api/sources/"))
        return [{ id: ids.secretSource }, { id: ids.personArticle }, { id: 999_999 }];
      if (path.startsWith("/api/actors/"))
        return [{ id: ids.person }, { id: ids.otherActor }, { id: 999_999 }];
      if (path.startsWith("/api/cases/")) return [{ id: "C-1" }, { id: "VN-072" }, { id: "C-2" }];
      if (path.startsWith("/api/checks/")) return [...ids.checks, "999999"].map((id) => ({ id }));
      if (path.startsWith("/api/merges/")) return [{ id: 1 }];
      if (path.startsWith("/api/users/")) return [{ name: "vi" }];
      return [{}];
    };
    /** Values for a query parameter that reach for confidential records. */
    const queryValues = (name: string, schema: Json, example: unknown): unknown[] => {
      if (Array.isArray(schema.enum)) return schema.enum;
      if (schema.type === "integer" || (schema.type as string[] | undefined)?.includes?.("integer"))
        return name === "actor"
          ? [ids.person]
          : name === "document"
            ? [ids.secretSource, ids.personArticle]
            : [example ?? 1];
      if (schema.type === "boolean") return [true, false];
      if (schema.pattern || name === "record") return example === undefined ? [] : [example];
      if (schema.type === "array") return [example ?? "gender"];
      return [probe, `Trần Văn ${probe}`, C.sourceTitle.toUpperCase(), example ?? "a"];
    };
    const out: { key: string; r: LightMyRequestResponse }[] = [];
    for (const [path, methods] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(methods)) {
        const params = op.parameters ?? [];
        const required = params.filter((p) => p.in === "query" && p.required);
        const optional = params.filter((p) => p.in === "query" && !p.required);
        const base = required.map((p) => [p.name, p.example] as [string, unknown]);
        const variants: [string, unknown][][] = [base];
        for (const p of [...required, ...optional])
          for (const v of queryValues(p.name, p.schema, p.example))
            variants.push([...base.filter(([n]) => n !== p.name), [p.name, v]]);
        const json = op.requestBody?.content["application/json"];
        const body = json ? (json.schema.examples as unknown[] | undefined)?.[0] : undefined;
        for (const values of pathValues(path))
          for (const query of variants) {
            let url = path.replace(/\{(\w+)\}/g, (_, n: string) =>
              encodeURIComponent(String(values[n] ?? "1")),
            );
            const qs = query
              .filter(([, v]) => v !== undefined)
              .map(([n, v]) => `${n}=${encodeURIComponent(String(v))}`);
            if (qs.length) url += `?${qs.join("&")}`;
            // Nothing may change the store while it is being probed: state-changing calls go
            // as they are (they are refused to these readers), without the session's CSRF token.
            const r =
              method === "get"
                ? await client.call({ method: "GET", url })
                : await client.call({
                    method: method.toUpperCase() as "POST",
                    url,
                    ...(body !== undefined ? { payload: body as object } : {}),
                    headers: { "x-csrf-token": "" },
                  });
            out.push({ key: `${method} ${url}`, r });
          }
      }
    return out;
  }

  for (const who of ["anonymous visitor (public mode)", "viewer"] as const)
    it(`answers a ${who} without a canary, on every route`, { timeout: 600_000 }, async () => {
      const client = who === "viewer" ? viewer : anonymous(s.app);
      const calls = await everyCall(client);
      expect(calls.length).toBeGreaterThan(150);
      const leaked = calls
        .map(({ key, r }) => ({ key, status: r.statusCode, fields: exposed(r) }))
        .filter((c) => c.fields.length > 0);
      expect(leaked).toEqual([]);
      // Some answers did carry records, so the probe reached the data.
      expect(calls.filter(({ r }) => r.statusCode === 200).length).toBeGreaterThan(50);
    });

  it("answers a confidential record as a missing one, and finds nothing by a canary", async () => {
    for (const client of [viewer, anonymous(s.app)]) {
      const pairs = [
        [`/api/sources/${ids.secretSource}`, "/api/sources/999999"],
        [`/api/actors/${ids.person}`, "/api/actors/999999"],
        [`/api/checks/${ids.hiddenChecks[0]}`, "/api/checks/999999"],
        [`/api/checks/${ids.hiddenChecks[1]}/claim-review`, "/api/checks/999999/claim-review"],
      ];
      if (client === viewer) pairs.push(["/api/cases/C-1", "/api/cases/NO-SUCH"]);
      for (const [hidden, missing] of pairs) {
        const a = await client.call({ url: hidden! });
        const b = await client.call({ url: missing! });
        expect(a.statusCode, hidden).toBe(b.statusCode);
        const shape = (r: LightMyRequestResponse) =>
          JSON.stringify(r.json()).replace(/[\w-]+(?= not found)/, "X");
        expect(shape(a)).toBe(shape(b));
      }
      for (const word of Object.values(C)) {
        const r = await client.call({ url: `/api/search?q=${word.toUpperCase()}` });
        expect(r.json().items, word).toEqual([]);
      }
    }
    const listed = (await viewer.call({ url: "/api/checks?limit=100" })).json();
    const shown = listed.items.map((c: { id: string }) => c.id);
    expect(shown).not.toContain(ids.hiddenChecks[0]);
    expect(shown).not.toContain(ids.hiddenChecks[1]);
    expect(shown).toContain(ids.typedCheck);
  });

  it("logs no canary, even of a failure whose message holds one", async () => {
    const failing = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop === "caseShow")
          return async () => {
            const e = new Error(`cannot read case of Hồ Thị ${C.caseName}`);
            (e as Error & { detail: string }).detail = C.caseNotes;
            throw e;
          };
        return Reflect.get(target, prop, receiver) as unknown;
      },
    });
    const lines: string[] = [];
    const broken = await testServer({
      store: failing,
      logger: { level: "trace", stream: { write: (line: string) => void lines.push(line) } },
    });
    try {
      const admin = await login(broken.app, "rev");
      const r = await admin.call({ url: "/api/cases/C-1" });
      expect(r.statusCode).toBe(500);
      expect(exposed(r)).toEqual([]);
      expect(lines.some((l) => l.includes("request failed"))).toBe(true);
      expect(leaks(lines.join("\n"))).toEqual([]);
    } finally {
      await broken.app.close();
    }
    expect(log.length).toBeGreaterThan(100);
    expect(leaks(log.join("\n"))).toEqual([]);
  });

  it(
    "exports nothing confidential from the command line unless asked",
    { timeout: 600_000 },
    async () => {
      await s.app.close();
      await store.close();
      const run = (...args: string[]) => runCli(["--db", dir, ...args], { env: { USER: "ops" } });
      for (const format of ["csv", "events-csv", "json"]) {
        const r = await run("cases", "export", "--format", format);
        expect(r.code, r.stderr).toBe(0);
        expect(leaks(r.stdout + r.stderr), format).toEqual([]);
        expect(r.stdout).toContain(format === "events-csv" ? "C-2," : "Lý Văn Bền");
      }
      const full = await run("cases", "export", "--format", "json", "--include-confidential");
      expect(leaks(full.stdout).sort()).toEqual(["actorName", "caseName", "caseNotes"]);
      const site = ["--site", "https://monitor.example.org/", "--organisation", "Monitor"];
      for (const id of ids.hiddenChecks) {
        const r = await run("checks", "export", id, ...site);
        expect(r.code).not.toBe(0);
        expect(r.stderr).toContain(`check ${id} not found`);
        expect(leaks(r.stdout + r.stderr)).toEqual([]);
      }
      const typed = await run("checks", "export", ids.typedCheck, ...site);
      expect(typed.code, typed.stderr).toBe(0);
      expect(leaks(typed.stdout)).toEqual([]);
      expect(JSON.parse(typed.stdout)["@type"]).toBe("ClaimReview");
      const unmasked = await run(
        "checks",
        "export",
        ids.typedCheck,
        ...site,
        "--include-confidential",
      );
      expect(leaks(unmasked.stdout)).toEqual(["actorName"]);
    },
  );
});

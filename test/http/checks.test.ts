import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleFiles } from "../helpers/register-db.js";
import {
  addUser,
  anonymous,
  login,
  testServer,
  uploadExamples,
  type Client,
  type TestServer,
} from "../helpers/http.js";

// Checks over HTTP: drafted by editors, reviewed by reviewers, published ones readable by
// anonymous visitors in public mode, exported as ClaimReview.

const CLAIM = {
  text: "Nobody in Vietnam is arrested or put on trial simply for expressing their opinions.",
  speaker: "Le Thi Thu Hang",
  date: "2021-06-24",
  jurisdiction: "VN",
};

describe("/api/checks", () => {
  let s: TestServer;
  let editor: Client;
  let reviewer: Client;
  let viewer: Client;

  beforeAll(async () => {
    s = await testServer({ public: true });
    await addUser(s.store, "ed", "editor");
    await addUser(s.store, "rev", "reviewer");
    await addUser(s.store, "view", "viewer");
    [editor, reviewer, viewer] = await Promise.all([
      login(s.app, "ed"),
      login(s.app, "rev"),
      login(s.app, "view"),
    ]);
    await uploadExamples(editor, 6);
    expect((await s.store.casesImport({ files: exampleFiles() })).ok).toBe(true);
  });
  afterAll(() => s.close());

  it("checks a typed claim, keeps it for review, and names who asked", async () => {
    const r = await editor.call({ method: "POST", url: "/api/checks", payload: CLAIM });
    expect(r.statusCode, r.body).toBe(200);
    const c = r.json();
    expect(c).toMatchObject({ saved: true, state: "proposed", asOf: "2021-06-24" });
    expect(c.verdict).toBe("contradicted");
    expect(c.evidence.length).toBeGreaterThan(0);
    expect(c.history[0]).toMatchObject({ action: "propose", by: "ed" });
    const again = await viewer.call({ url: `/api/checks/${c.id}` });
    expect(again.json().id).toBe(c.id);
  });

  it("checks an extracted statement by its id", async () => {
    const statements = (await viewer.call({ url: "/api/statements?limit=1" })).json();
    const id = statements.items[0].id as number;
    const r = await editor.call({
      method: "POST",
      url: "/api/checks",
      payload: { statementId: id },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().claim.statementId).toBe(String(id));
  });

  it("refuses a body with both or neither of text and statementId, and viewers", async () => {
    for (const payload of [{}, { text: "x", statementId: 1 }]) {
      const r = await editor.call({ method: "POST", url: "/api/checks", payload });
      expect(r.statusCode).toBe(400);
      expect(r.json().code).toBe("VIGIL_ERR_USAGE");
    }
    const r = await viewer.call({ method: "POST", url: "/api/checks", payload: CLAIM });
    expect(r.statusCode).toBe(403);
  });

  it("takes a check through review to publication and exports it as ClaimReview", async () => {
    const id = (await editor.call({ method: "POST", url: "/api/checks", payload: CLAIM })).json()
      .id as string;
    const notYet = await reviewer.call({ url: `/api/checks/${id}/claim-review` });
    expect(notYet.statusCode).toBe(404);
    expect(
      (await editor.call({ method: "POST", url: `/api/checks/${id}/accept` })).statusCode,
    ).toBe(403);
    const accepted = await reviewer.call({
      method: "POST",
      url: `/api/checks/${id}/accept`,
      payload: { note: "read the evidence" },
    });
    expect(accepted.json()).toMatchObject({ state: "accepted", reviewer: "rev" });
    const wrong = await reviewer.call({ method: "POST", url: `/api/checks/${id}/reopen` });
    expect(wrong.statusCode).toBe(409);
    const published = await reviewer.call({
      method: "POST",
      url: `/api/checks/${id}/publish`,
      payload: { url: "https://monitor.example.org/checks/x" },
    });
    expect(published.json()).toMatchObject({
      state: "published",
      publishedBy: "rev",
      publishedUrl: "https://monitor.example.org/checks/x",
    });
    const ld = await anonymous(s.app).call({
      url: `/api/checks/${id}/claim-review?organisation=Monitor&site=https://monitor.example.org/`,
    });
    expect(ld.statusCode, ld.body).toBe(200);
    expect(ld.headers["content-type"]).toContain("application/ld+json");
    expect(JSON.parse(ld.body)).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      claimReviewed: CLAIM.text,
      author: { name: "Monitor" },
    });
  });

  it("shows anonymous visitors in public mode published checks only", async () => {
    const anon = anonymous(s.app);
    const list = await anon.call({ url: "/api/checks" });
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { state: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((c) => c.state === "published")).toBe(true);
    const proposed = (await viewer.call({ url: "/api/checks?state=proposed" })).json().items[0];
    expect((await anon.call({ url: `/api/checks/${proposed.id}` })).statusCode).toBe(401);
    expect((await anon.call({ url: "/api/checks?state=proposed" })).statusCode).toBe(401);
  });
});

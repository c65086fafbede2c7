import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addUser,
  anonymous,
  login,
  testServer,
  type Client,
  type TestServer,
} from "../helpers/http.js";

// The audit log over HTTP: changes made through the API name the signed-in user and the `why`
// sent; reviewers and admins read it, accounts' entries only admins.

const PEOPLE = "id,name,gender\nH-1,Tạ Văn Hiếu,male\n";

describe("GET /api/audit", () => {
  let s: TestServer;
  let editor: Client;
  let reviewer: Client;
  let admin: Client;
  let viewer: Client;

  beforeAll(async () => {
    s = await testServer({ public: true });
    await addUser(s.store, "root", "admin");
    await addUser(s.store, "ed", "editor");
    await addUser(s.store, "rev", "reviewer");
    await addUser(s.store, "vi", "viewer");
    await addUser(s.store, "kim", "viewer");
    admin = await login(s.app, "root");
    editor = await login(s.app, "ed");
    reviewer = await login(s.app, "rev");
    viewer = await login(s.app, "vi");
  });
  afterAll(() => s.close());

  it("names who made a change through the API, and why", async () => {
    const r = await editor.call({
      method: "POST",
      url: "/api/cases/import",
      payload: { files: [{ file: "people.csv", text: PEOPLE }], why: "list from the field team" },
    });
    expect(r.statusCode).toBe(200);
    const page = await reviewer.call({ url: "/api/audit?record=case:H-1" });
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({
      items: [
        {
          action: "case.create",
          who: "ed",
          why: "list from the field team",
          record: { type: "case", id: "H-1" },
          before: null,
          after: { name: "Tạ Văn Hiếu" },
        },
      ],
      next: null,
    });
  });

  it("is for reviewers and admins; accounts' entries for admins only", async () => {
    await admin.call({
      method: "PATCH",
      url: "/api/users/kim",
      payload: { role: "viewer", why: "no change, for the log" },
    });
    expect((await anonymous(s.app).call({ url: "/api/audit" })).statusCode).toBe(401);
    expect((await viewer.call({ url: "/api/audit" })).statusCode).toBe(403);
    expect((await editor.call({ url: "/api/audit" })).statusCode).toBe(403);
    const asReviewer = (await reviewer.call({ url: "/api/audit?record=user:kim" })).json();
    expect(asReviewer.items).toEqual([]);
    const asAdmin = (await admin.call({ url: "/api/audit?record=user:kim" })).json();
    expect(asAdmin.items[0]).toMatchObject({
      action: "user.role",
      who: "root",
      why: "no change, for the log",
    });
  });

  it("pages, and refuses a malformed record", async () => {
    for (const why of ["one", "two", "three"])
      await editor.call({
        method: "POST",
        url: "/api/cases/import",
        payload: {
          files: [{ file: "p.csv", text: `id,name,notes\nH-2,Kha Thị Mơ,${why}\n` }],
          why,
        },
      });
    const first = (await reviewer.call({ url: "/api/audit?record=case:H-2&limit=2" })).json();
    expect(first.items.map((e: { why: string }) => e.why)).toEqual(["three", "two"]);
    const rest = (
      await reviewer.call({ url: `/api/audit?record=case:H-2&limit=2&cursor=${first.next}` })
    ).json();
    expect(rest).toMatchObject({ items: [{ why: "one" }], next: null });
    const bad = await reviewer.call({ url: "/api/audit?record=planet:1" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe("VIGIL_ERR_USAGE");
  });
});

import { beforeAll, expect, it } from "vitest";
import { item, record, type RecordSpec } from "../helpers/records.js";
import { describeStores } from "../helpers/store.js";

// Confidentiality in the store, on both backends: what readers without the right (the default)
// get of a confidential person, source and case, and what marking does and records.

const PUBLIC_ARTICLE: RecordSpec = {
  title: "Hearing postponed in Vinh",
  text: "Activist Vũ Thị Quế said the hearing “was postponed again”. Quế was detained in May. Lawyer Đỗ Minh Khang said the court “gave no reason”.",
  date: "2022-05-20",
  outlet: "Delta Courier",
  actors: [
    { name: "Vũ Thị Quế", aliases: ["Quế"], roles: ["activist"] },
    { name: "Đỗ Minh Khang", roles: ["lawyer"] },
  ],
  statements: [
    { quote: "“was postponed again”", speaker: 0, cue: "said" },
    { quote: "“gave no reason”", speaker: 1, cue: "said" },
  ],
};

const SECRET_SOURCE: RecordSpec = {
  title: "Notes from the prison visit",
  text: "A relative, Lò Thị Sen, said the guards “took his letters away” at Xuan Loc.",
  date: "2022-06-02",
  actors: [{ name: "Lò Thị Sen", roles: ["relative"] }],
  statements: [{ quote: "“took his letters away”", speaker: 0, cue: "said" }],
};

describeStores("confidentiality", (ctx) => {
  let quế: number;
  let khang: number;
  let sen: number;
  let articleId: number;
  let secretId: number;

  beforeAll(async () => {
    // Every mention of the short name, as the extractor gives them (the helper finds the first).
    const article = record(PUBLIC_ARTICLE);
    const short = [...PUBLIC_ARTICLE.text.matchAll(/Quế/g)].map((m) => m.index);
    article.actors[0]!.mentions = [
      article.actors[0]!.mentions[0]!,
      ...short.slice(1).map((i) => ({ start: i, end: i + 3 })),
    ];
    const r = await ctx.store.ingest([item(article), item(SECRET_SOURCE)]);
    expect(r.every((x) => x.ok)).toBe(true);
    [articleId, secretId] = r.map((x) => x.documentId!) as [number, number];
    const id = async (name: string) =>
      (await ctx.store.findActors(name, { confidential: true }))[0]!.id;
    quế = await id("Vũ Thị Quế");
    khang = await id("Đỗ Minh Khang");
    sen = await id("Lò Thị Sen");
    await ctx.store.casesImport({
      files: [
        { file: "p.csv", text: "id,name,province\nQ-1,Vũ Thị Quế,Nghe An\nQ-2,Hà Văn Lực,\n" },
      ],
    });
    // What `vigil review accept` does once the article's person is known to be this case.
    await ctx.db.query("UPDATE cases SET actor_id = $1 WHERE case_id = 'Q-1'", [quế]);
  });

  it("marks a person, their cases with them, and records both in the audit log", async () => {
    const r = await ctx.store.setConfidential({
      record: `actor:${quế}`,
      confidential: true,
      by: "mai",
      why: "the family asked for discretion",
    });
    expect(r.changed).toEqual([
      { type: "actor", id: String(quế) },
      { type: "case", id: "Q-1" },
    ]);
    const again = await ctx.store.setConfidential({ record: `actor:${quế}`, confidential: true });
    expect(again.changed).toEqual([]);
    const [entry] = await ctx.store.auditList({ record: `actor:${quế}`, confidential: true });
    expect(entry).toMatchObject({
      action: "actor.confidential",
      who: "mai",
      why: "the family asked for discretion",
      before: { confidential: false },
      after: { confidential: true },
    });
    const [onCase] = await ctx.store.auditList({ record: "case:Q-1", confidential: true });
    expect(onCase).toMatchObject({
      action: "case.confidential",
      after: { confidential: true, because: `confidential with actor ${quế}` },
    });
    expect((await ctx.store.caseShow("Q-1", { confidential: true })).case.confidential).toBe(true);
  });

  it("hides the person: lists, their page, lookups, statements, merges", async () => {
    const listed = await ctx.store.listActors({ limit: 100 });
    expect(listed.map((a) => a.id)).toContain(khang);
    expect(listed.map((a) => a.id)).not.toContain(quế);
    expect(
      (await ctx.store.listActors({ limit: 100, confidential: true })).find((a) => a.id === quế),
    ).toMatchObject({ confidential: true });
    const missing = await ctx.store.actor(999_999).then(String, (e: Error) => e.message);
    const hidden = await ctx.store.actor(quế).then(String, (e: Error) => e.message);
    expect(hidden).toBe(missing.replace("999999", String(quế)));
    expect(await ctx.store.findActors("Vũ Thị Quế")).toEqual([]);
    expect(await ctx.store.findActors(`#${quế}`)).toEqual([]);
    const statements = await ctx.store.statementsList({ limit: 100 });
    expect(statements.map((s) => s.speaker.name)).toContain("Đỗ Minh Khang");
    expect(statements.map((s) => s.speaker.name)).not.toContain("Vũ Thị Quế");
    expect(await ctx.store.statementsList({ actorId: quế })).toEqual([]);
  });

  it("masks the person in a public source, offsets kept", async () => {
    const shown = await ctx.store.sourceShow(articleId);
    const text = PUBLIC_ARTICLE.text;
    expect(shown.document.text).toHaveLength(text.length);
    expect(shown.document.text).not.toMatch(/Quế/);
    expect(shown.document.text).toContain("Activist ██ ███ ███ said");
    expect(shown.document.text.slice(text.indexOf("Lawyer"))).toBe(
      text.slice(text.indexOf("Lawyer")),
    );
    expect(shown.actors.map((a) => a.name)).toEqual(["Đỗ Minh Khang"]);
    expect(shown.statements.map((s) => s.speaker?.name)).toEqual(["Đỗ Minh Khang"]);
    const full = await ctx.store.sourceShow(articleId, { confidential: true });
    expect(full.document.text).toBe(text);
    expect(full.actors).toHaveLength(2);
  });

  it("finds nothing by the person's name, full or short", async () => {
    for (const query of ["Vũ Thị Quế", "Vu Thi Que", "Quế", "detained"])
      expect((await ctx.store.search({ query })).hits, query).toEqual([]);
    expect((await ctx.store.search({ query: "reason" })).hits).toHaveLength(1);
    // The title names no one: it is found, and only it.
    const titled = (await ctx.store.search({ query: "postponed" })).hits;
    expect(titled.map((h) => h.field)).toEqual(["title"]);
    expect(
      (await ctx.store.search({ query: "Quế", confidential: true })).hits.length,
    ).toBeGreaterThan(0);
  });

  it("hides a confidential source whole", async () => {
    await ctx.store.setConfidential({
      record: `source:${secretId}`,
      confidential: true,
      by: "mai",
    });
    expect((await ctx.store.sourcesList()).map((s) => s.id)).toEqual([articleId]);
    const missing = await ctx.store.sourceShow(999_999).then(String, (e: Error) => e.message);
    const hidden = await ctx.store.sourceShow(secretId).then(String, (e: Error) => e.message);
    expect(hidden).toBe(missing.replace("999999", String(secretId)));
    expect(
      (await ctx.store.statementsList({ limit: 100 })).map((s) => s.document.id),
    ).not.toContain(secretId);
    expect((await ctx.store.search({ query: "letters" })).hits).toEqual([]);
    expect((await ctx.store.search({ query: "letters", confidential: true })).hits.length).toBe(2);
    // Known only from the confidential source: not listed, no page.
    expect((await ctx.store.listActors({ limit: 100 })).map((a) => a.id)).not.toContain(sen);
    await expect(ctx.store.actor(sen)).rejects.toThrow(/not found/);
    expect(
      (await ctx.store.sourcesList({ confidential: true })).find((s) => s.id === secretId),
    ).toMatchObject({ confidential: true });
  });

  it("hides a confidential case from lists and its page, and from exports", async () => {
    expect((await ctx.store.casesList()).map((c) => c.id)).toEqual(["Q-2"]);
    await expect(ctx.store.caseShow("Q-1")).rejects.toThrow("case Q-1 not found");
    const csv = await ctx.store.casesExport({ format: "csv" });
    expect(csv.text).not.toMatch(/Quế|Que/);
    expect(csv.cases).toBe(1);
  });

  it("keeps a person hidden while a case keeps them so, and clears in order", async () => {
    await expect(
      ctx.store.setConfidential({ record: `actor:${quế}`, confidential: false }),
    ).rejects.toThrow(/case Q-1/);
    await expect(
      ctx.store.setConfidential({ record: "case:Q-1", confidential: false }),
    ).rejects.toThrow(new RegExp(`actor ${quế}`));
    await ctx.db.query("UPDATE cases SET actor_id = NULL WHERE case_id = 'Q-1'");
    await ctx.store.setConfidential({ record: `actor:${quế}`, confidential: false, by: "an" });
    expect((await ctx.store.listActors({ limit: 100 })).map((a) => a.id)).toContain(quế);
    await expect(
      ctx.store.setConfidential({ record: "check:1", confidential: true }),
    ).rejects.toThrow(/only a case, an actor/);
    await expect(
      ctx.store.setConfidential({ record: "source:999999", confidential: true }),
    ).rejects.toThrow(/not found/);
  });
});

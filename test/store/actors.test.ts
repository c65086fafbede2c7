import { beforeAll, describe, expect, it } from "vitest";
import {
  decideLink,
  isFullName,
  lookupKeys,
  type Candidate,
  type Mention,
} from "../../src/store/actor-rules.js";
import { item, type RecordSpec } from "../helpers/records.js";
import { describeStores } from "../helpers/store.js";

// Our own sentences, in the style of the reporting Vigil reads.
const DOCS: RecordSpec[] = [
  {
    text: "Spokesperson Lê Thị Thu Hằng of the Ministry of Foreign Affairs said on Thursday that Vietnam “always respects freedom of expression”. Hằng rejected the report.",
    date: "2021-06-24",
    outlet: "Vietnam Daily Pictorial",
    actors: [
      {
        name: "Lê Thị Thu Hằng",
        aliases: ["Hằng"],
        roles: ["Spokesperson"],
        orgs: ["Ministry of Foreign Affairs"],
      },
      { name: "Ministry of Foreign Affairs", kind: "organisation", aliases: ["MOFA"] },
    ],
    statements: [{ quote: "“always respects freedom of expression”", speaker: 0, cue: "said" }],
  },
  {
    text: "At a press briefing, Le Thi Thu Hang, the foreign ministry spokesperson, said that “no one is arrested for their opinions”.",
    date: "2021-03-04",
    outlet: "Saigon Monitor",
    actors: [{ name: "Le Thi Thu Hang", roles: ["spokesperson"], orgs: ["foreign ministry"] }],
    statements: [{ quote: "“no one is arrested for their opinions”", speaker: 0, cue: "said" }],
  },
  {
    text: "Nguyễn Văn An, a lawyer with the Hanoi Bar Association, said the trial “lasted barely three hours”.",
    date: "2022-01-10",
    actors: [{ name: "Nguyễn Văn An", roles: ["lawyer"], orgs: ["Hanoi Bar Association"] }],
    statements: [{ quote: "“lasted barely three hours”", speaker: 0 }],
  },
  {
    text: "Nguyễn Văn Bình, a farmer from Đồng Tâm, said the police “came before dawn”.",
    date: "2022-02-11",
    actors: [{ name: "Nguyễn Văn Bình", roles: ["farmer"] }],
    statements: [{ quote: "“came before dawn”", speaker: 0 }],
  },
  {
    text: "Colonel Nguyễn Văn An of the Ministry of Public Security told reporters the suspects “confessed on their own”.",
    date: "2022-03-12",
    actors: [{ name: "Nguyễn Văn An", roles: ["Colonel"], orgs: ["Ministry of Public Security"] }],
    statements: [{ quote: "“confessed on their own”", speaker: 0 }],
  },
  {
    text: "Hằng, a shopkeeper in Huế, said the market “has been quiet for weeks”.",
    date: "2022-04-13",
    actors: [{ name: "Hằng", roles: ["shopkeeper"] }],
    statements: [{ quote: "“has been quiet for weeks”", speaker: 0 }],
  },
  {
    text: "The Vietnamese Ministry of Foreign Affairs (MOFA) issued a statement on Monday.",
    date: "2022-05-14",
    actors: [{ name: "MOFA", kind: "organisation", aliases: ["Ministry of Foreign Affairs"] }],
  },
];

const mention = (m: Partial<Mention> & { name: string }): Mention => ({
  kind: "person",
  aliases: [],
  roles: [],
  orgs: [],
  ...m,
});
const candidate = (c: Partial<Candidate> & { actorId: number; name: string }): Candidate => ({
  kind: "person",
  matched: [],
  byName: true,
  roles: [],
  orgs: [],
  ...c,
});

describe("actor link rules", () => {
  it.each([
    ["Nguyen Van An", true],
    ["Nguyễn Văn An", true],
    ["Hằng", false],
    ["Mr. Tri", true],
    ["Le Hy", false],
  ])("%s is a full name: %s", (name, full) => {
    expect(isFullName(name.toLowerCase())).toBe(full);
  });

  it("links the same folded full name and keeps context conflicts apart", () => {
    const c = candidate({
      actorId: 1,
      name: "Nguyễn Văn An",
      roles: ["lawyer"],
      orgs: ["hanoi bar association"],
    });
    expect(decideLink(mention({ name: "Nguyen Van An" }), [c])).toMatchObject({
      link: true,
      actorId: 1,
      rule: "same-name",
    });
    expect(
      decideLink(
        mention({
          name: "Nguyen Van An",
          roles: ["Colonel"],
          orgs: ["Ministry of Public Security"],
        }),
        [c],
      ),
    ).toMatchObject({ link: false, rule: "conflict" });
    expect(
      decideLink(mention({ name: "Nguyen Van An", roles: ["defence lawyer"] }), [c]),
    ).toMatchObject({ link: true });
  });

  it("links by a shared alias only with role or organisation evidence", () => {
    const c = candidate({
      actorId: 2,
      name: "Phạm Đoan Trang",
      byName: false,
      roles: ["journalist"],
    });
    expect(
      decideLink(mention({ name: "Trang Pham", aliases: ["Pham Doan Trang"] }), [c]),
    ).toMatchObject({ link: false, rule: "new" });
    expect(
      decideLink(
        mention({ name: "Trang Pham", aliases: ["Pham Doan Trang"], roles: ["journalist"] }),
        [c],
      ),
    ).toMatchObject({
      link: true,
      rule: "shared-alias",
    });
  });

  it("refuses to choose between namesakes without evidence", () => {
    const a = candidate({ actorId: 3, name: "Nguyễn Văn An", roles: ["lawyer"] });
    const b = candidate({ actorId: 4, name: "Nguyễn Văn An", roles: ["colonel"] });
    expect(decideLink(mention({ name: "Nguyen Van An" }), [a, b])).toMatchObject({
      link: false,
      rule: "ambiguous",
    });
    expect(
      decideLink(mention({ name: "Nguyen Van An", roles: ["Colonel"] }), [a, b]),
    ).toMatchObject({ link: true, actorId: 4 });
  });

  it("looks a body up by its name and aliases, but not by a bare head word ('Police')", () => {
    const keys = lookupKeys({
      name: "Nghệ An provincial police",
      kind: "organisation",
      aliases: ["Police", "MPS"],
      roles: [],
      orgs: [],
    });
    expect(keys).toEqual(["nghe an provincial police", "mps"]);
  });

  it("never links a single name, nor a person to an organisation", () => {
    expect(
      decideLink(mention({ name: "Hằng" }), [candidate({ actorId: 5, name: "Hằng" })]),
    ).toMatchObject({ rule: "too-short" });
    expect(
      decideLink(mention({ name: "Amnesty International" }), [
        candidate({ actorId: 6, name: "Amnesty International", kind: "organisation" }),
      ]),
    ).toMatchObject({ link: false });
  });
});

describeStores("actors across documents", (ctx) => {
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    const results = await ctx.store.ingest(DOCS.map((d) => item(d)));
    expect(results.every((r) => r.ok)).toBe(true);
    results.forEach((r, i) => (ids[`doc${i}`] = r.documentId!));
  });

  const find = async (name: string) => {
    const found = await ctx.store.findActors(name);
    return found;
  };

  it("merges diacritic variants of one person, keeps namesakes and single names apart", async () => {
    const hang = await find("Le Thi Thu Hang");
    expect(hang).toHaveLength(1);
    expect(hang[0]).toMatchObject({ name: "Lê Thị Thu Hằng", documents: 2, statements: 2 });
    expect(hang[0]!.aliases).toEqual(expect.arrayContaining(["Le Thi Thu Hang", "Hằng"]));
    const an = await find("Nguyen Van An");
    expect(an).toHaveLength(2); // the lawyer and the colonel
    expect(await find("Nguyễn Văn Bình")).toHaveLength(1);
    expect((await find("Nguyễn Văn Bình"))[0]!.id).not.toBe(an[0]!.id);
    // "Hằng" the shopkeeper is her own actor, though the spokesperson is also called "Hằng".
    const shop = (await ctx.store.listActors({ name: "hang" })).map((a) => a.name);
    expect(shop).toEqual(expect.arrayContaining(["Lê Thị Thu Hằng", "Hằng"]));
    const orgs = await ctx.store.listActors({ kind: "organisation" });
    expect(orgs.find((o) => o.name === "Ministry of Foreign Affairs")).toMatchObject({
      documents: 2,
    });
  });

  it("lists actors with mention counts, most mentioned first", async () => {
    const list = await ctx.store.listActors();
    expect(list[0]!.mentions).toBeGreaterThanOrEqual(list[list.length - 1]!.mentions);
    expect(list.find((a) => a.name === "Lê Thị Thu Hằng")).toMatchObject({
      mentions: 3,
      documents: 2,
    });
  });

  it("shows an actor's statements in date order with source and sentence", async () => {
    const [hang] = await find("lê thị thu hằng");
    const detail = await ctx.store.actor(hang!.id);
    expect(detail.statementList.map((s) => s.date)).toEqual(["2021-03-04", "2021-06-24"]);
    expect(detail.statementList[0]).toMatchObject({
      text: "“no one is arrested for their opinions”",
      sentence: DOCS[1]!.text,
      document: { outlet: "Saigon Monitor" },
    });
    expect(detail.links.map((l) => l.rule).sort()).toEqual(["new", "same-name"]);
    expect(detail.roles).toEqual(expect.arrayContaining(["Spokesperson", "spokesperson"]));
  });

  it("merges by hand and undoes the merge", async () => {
    const [lawyer, colonel] = (await find("Nguyen Van An")).sort((a, b) => a.id - b.id);
    const m = await ctx.store.mergeActors(lawyer!.id, colonel!.id, "test: same man?");
    expect(m).toMatchObject({
      kind: "merge",
      into: { id: lawyer!.id },
      from: { id: colonel!.id },
      evidence: { reason: "test: same man?" },
    });
    expect(await find("Nguyen Van An")).toHaveLength(1);
    expect((await ctx.store.actor(colonel!.id)).id).toBe(lawyer!.id); // the old id resolves to the merged actor
    expect((await ctx.store.actor(lawyer!.id)).statements).toBe(2);
    await expect(ctx.store.mergeActors(lawyer!.id, colonel!.id)).rejects.toMatchObject({
      code: "VIGIL_ERR_CONFLICT",
    });
    const undone = await ctx.store.unmerge(m.id);
    expect(undone.undoneAt).not.toBeNull();
    expect(await find("Nguyen Van An")).toHaveLength(2);
    await expect(ctx.store.unmerge(m.id)).rejects.toMatchObject({ code: "VIGIL_ERR_CONFLICT" });
    expect((await ctx.store.history(lawyer!.id)).map((h) => h.id)).toContain(m.id);
  });

  it("splits a wrong automatic link off into its own actor, and undoes the split", async () => {
    const [hang] = await find("Le Thi Thu Hang");
    const split = await ctx.store.splitActor(hang!.id, [ids.doc1!], "different person");
    expect(split).toMatchObject({ kind: "split", from: { id: hang!.id } });
    expect((await ctx.store.actor(hang!.id)).documents).toBe(1);
    expect((await ctx.store.actor(split.into.id)).statementList.map((s) => s.date)).toEqual([
      "2021-03-04",
    ]);
    await ctx.store.unmerge(split.id);
    expect((await ctx.store.actor(hang!.id)).documents).toBe(2);
  });

  it("refuses to merge a person into an organisation", async () => {
    const [hang] = await find("Lê Thị Thu Hằng");
    const [mofa] = await find("Ministry of Foreign Affairs");
    await expect(ctx.store.mergeActors(mofa!.id, hang!.id)).rejects.toMatchObject({
      code: "VIGIL_ERR_CONFLICT",
    });
    await expect(ctx.store.actor(999_999)).rejects.toMatchObject({ code: "VIGIL_ERR_NOT_FOUND" });
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { highlight, queryTerms } from "../../src/store/highlight.js";
import type { SearchHit, SearchQuery } from "../../src/store/store-types.js";
import { item, type RecordSpec } from "../helpers/records.js";
import { describeStores } from "../helpers/store.js";

const DOCS: RecordSpec[] = [
  {
    title: "Nghệ An court jails teacher for Facebook posts",
    text: "VINH — A court in Nghệ An on Friday sentenced teacher Trần Thị Hương to eight years in prison under Article 117. Her husband said the trial “was over before lunch”. Diplomats were not allowed into the courtroom.",
    date: "2021-12-10",
    outlet: "Mekong Wire",
    actors: [
      { name: "Trần Thị Hương", roles: ["teacher"] },
      { name: "Lê Văn Dũng", roles: ["husband"] },
    ],
    statements: [{ quote: "“was over before lunch”", speaker: 1, cue: "said" }],
  },
  {
    title: "Ministry says no one is jailed for opinions",
    text: "HANOI — Spokesperson Lê Thị Thu Hằng of the Ministry of Foreign Affairs said on Thursday that “no one in Vietnam is arrested for expressing opinions”. She said foreign reports about prison conditions were biased.",
    date: "2021-06-24",
    outlet: "Vietnam Daily Pictorial",
    actors: [
      { name: "Lê Thị Thu Hằng", roles: ["Spokesperson"], orgs: ["Ministry of Foreign Affairs"] },
    ],
    statements: [
      { quote: "“no one in Vietnam is arrested for expressing opinions”", speaker: 0, cue: "said" },
      {
        quote: "foreign reports about prison conditions were biased",
        speaker: 0,
        kind: "indirect",
        cue: "said",
      },
    ],
  },
  {
    title: "Rights group counts prisoners of conscience",
    text: "A rights group said 160 prisoners of conscience were held at the end of 2023. The group said conditions in prison worsened, and that the teacher from Nghe An was moved to a camp far from her family.",
    date: "2024-01-08",
    outlet: "Prisoner Watch Vietnam",
    actors: [{ name: "Prisoner Watch Vietnam", kind: "organisation" }],
    statements: [
      {
        quote: "the teacher from Nghe An was moved to a camp far from her family",
        speaker: 0,
        kind: "indirect",
        cue: "said",
      },
    ],
  },
];

describe("query terms and highlighting", () => {
  it.each([
    ['"Nguyễn Văn" -police or court', ["nguyen", "van", "court"]],
    ["Article 117", ["article", "117"]],
    ["land-rights", ["land", "rights"]],
  ])("%s → %j", (q, terms) => {
    expect(
      queryTerms(
        q
          .normalize("NFD")
          .replace(/[\u0300-\u036f]/g, "")
          .replace(/đ/g, "d"),
      ),
    ).toEqual(terms);
  });

  it("marks matches in the original text, diacritics and all", () => {
    const h = highlight("Bà Trần Thị Hương nói", ["tran", "huong"]);
    expect(h.highlights.map(([s, e]) => h.text.slice(s, e))).toEqual(["Trần", "Hương"]);
  });

  it("cuts a window around the first match in a long passage", () => {
    const text =
      "Filler words here. ".repeat(40) +
      "The verdict was read at noon. " +
      "More filler. ".repeat(40);
    const h = highlight(text, ["verdict"], 120);
    expect(h.text.length).toBeLessThanOrEqual(120);
    expect(h.text.slice(h.highlights[0]![0], h.highlights[0]![1])).toBe("verdict");
    expect(text.slice(h.start, h.end)).toBe(h.text);
  });
});

describeStores("search", (ctx) => {
  beforeAll(async () => {
    const results = await ctx.store.ingest(DOCS.map((d) => item(d)));
    expect(results.every((r) => r.ok)).toBe(true);
  });

  const search = async (
    query: string,
    filters: Omit<SearchQuery, "query"> = {},
  ): Promise<SearchHit[]> => (await ctx.store.search({ query, ...filters })).hits;
  const titles = (hits: SearchHit[]) => [...new Set(hits.map((h) => h.document.title))];
  const marked = (h: SearchHit) => h.highlights.map(([s, e]) => h.snippet.slice(s, e));

  it("ignores diacritics both ways and highlights the original spelling", async () => {
    const folded = await search("Tran Thi Huong");
    expect(titles(folded)).toEqual(["Nghệ An court jails teacher for Facebook posts"]);
    expect(marked(folded[0]!)).toEqual(["Trần", "Thị", "Hương"]);
    const accented = await search("Nghệ An");
    expect(titles(accented).sort()).toEqual(
      [
        "Nghệ An court jails teacher for Facebook posts",
        "Rights group counts prisoners of conscience",
      ].sort(),
    );
    const plain = accented.find((h) => h.document.outlet === "Prisoner Watch Vietnam")!;
    expect(marked(plain)).toEqual(expect.arrayContaining(["Nghe", "An"]));
  });

  it("matches phrases as phrases", async () => {
    expect(titles(await search('"prison conditions"'))).toEqual([
      "Ministry says no one is jailed for opinions",
    ]);
    expect(await search('"conditions prison"')).toEqual([]);
    expect(titles(await search("conditions prison")).sort()).toHaveLength(2);
  });

  it("ranks a title match above a passing mention", async () => {
    const hits = await search("teacher", { kind: "source" });
    expect(hits[0]!.document.title).toBe("Nghệ An court jails teacher for Facebook posts");
    expect(hits[0]!.field).toBe("title");
    expect(hits.every((h, i) => i === 0 || hits[i - 1]!.score >= h.score)).toBe(true);
    // One hit per source: its best passage.
    expect(new Set(hits.map((h) => h.document.id)).size).toBe(hits.length);
  });

  it("filters by speaker, organisation, kind, outlet and dates", async () => {
    const bySpeaker = await search("arrested opinions", { speaker: "Le Thi Thu Hang" });
    expect(bySpeaker).toHaveLength(1);
    expect(bySpeaker[0]).toMatchObject({
      type: "statement",
      statement: { speaker: "Lê Thị Thu Hằng", kind: "direct" },
    });
    expect(await search("arrested", { speaker: "Tran Thi Huong" })).toEqual([]);
    expect(
      (await search("reports", { org: "foreign affairs" })).map((h) => h.statement?.kind),
    ).toEqual(["indirect"]);
    expect(
      (await search("prison", { kind: "indirect" })).every((h) => h.statement?.kind === "indirect"),
    ).toBe(true);
    expect(titles(await search("prison", { outlet: "mekong wire" }))).toEqual([
      "Nghệ An court jails teacher for Facebook posts",
    ]);
    expect(titles(await search("prison", { from: "2022", to: "2024-01" }))).toEqual([
      "Rights group counts prisoners of conscience",
    ]);
    expect(titles(await search("prison", { to: "2021-06" }))).toEqual([
      "Ministry says no one is jailed for opinions",
    ]);
    await expect(ctx.store.search({ query: "prison", from: "June" })).rejects.toMatchObject({
      code: "VIGIL_ERR_USAGE",
    });
    await expect(ctx.store.search({ query: "  -- " })).rejects.toMatchObject({
      code: "VIGIL_ERR_USAGE",
    });
  });

  it("points hits at the right place after characters outside the BMP", async () => {
    const text =
      "Supporters posted 🕯️ candles online. 🙏 Later, the detainee's mother Đoàn Thị Nga said the verdict was unjust.";
    await ctx.store.ingest([item({ text, title: "Vigil online 🕯️", date: "2024-05-01" })]);
    const [h] = await search("Doan Thi Nga");
    expect(h).toBeDefined();
    expect(text.slice(h!.start!, h!.end!)).toBe(h!.snippet);
    expect(marked(h!)).toEqual(["Đoàn", "Thị", "Nga"]);
    const [t] = await search("vigil online", { kind: "source" });
    expect(t).toMatchObject({ field: "title", snippet: "Vigil online 🕯️" });
  });

  it("still finds other sources when one source fills the ranking window", async () => {
    const para =
      "The ombudsman wrote again about the ombudsman's unanswered letters to the ombudsman office.";
    const big = Array.from({ length: 260 }, (_, i) => `${para} (${i})`).join("\n\n");
    await ctx.store.ingest([
      item({ text: big, title: "Letters", date: "2024-02-01" }),
      item({ text: "An ombudsman visited the prison.", title: "Visit", date: "2024-02-02" }),
    ]);
    const hits = await search("ombudsman", { kind: "source", limit: 2 });
    expect(titles(hits).sort()).toEqual(["Letters", "Visit"]);
  });

  it("points every hit at its place in the source", async () => {
    const hits = await search("courtroom");
    const h = hits[0]!;
    const doc = DOCS[0]!.text;
    expect(doc.slice(h.start!, h.end!)).toBe(h.snippet);
  });
});

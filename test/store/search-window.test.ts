import { sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { foldForIndex } from "../../src/store/fold-map.js";
import { pageSql } from "../../src/store/search-sql.js";
import { rows } from "../../src/store/sql.js";
import { item } from "../helpers/records.js";
import { describeStores } from "../helpers/store.js";

// A search ranks the units holding a mark of its words first and every match only when they
// cannot fill its window (src/store/search-sql.ts). Whichever way it goes, a page must be the
// page that ranking every match gives.

const FILLER =
  " Officials gave no further details that week, and the family said it had not been allowed a visit." +
  " Neighbours described a quiet man who repaired motorbikes and posted about local floods.";

const PARAGRAPHS = [
  (n: string) =>
    `The detention of a blogger in Cần Thơ (${n}) drew comment from the provincial court, which said the detention was lawful.`,
  (n: string) =>
    `Relatives waited outside the court in Vinh (${n}); a lawyer said the hearing under Article 117 lasted two hours and the court refused bail.`,
  (n: string) =>
    `Police in Đà Nẵng (${n}) questioned three students over posts on freedom of expression and released them at night.`,
  (n: string) =>
    `Under Article 117, and again under Article 117 of the penal code (${n}), prosecutors asked for nine years of detention.`,
];

const TITLES = ["Court hears Article 117 case", "Detention in Can Tho", "Students questioned"];

const DOCS = Array.from({ length: 40 }, (_, d) => ({
  title: `${TITLES[d % 3]} (${d})`,
  date: `2023-${String((d % 12) + 1).padStart(2, "0")}-10`,
  outlet: d % 2 ? "Mekong Wire" : "Delta Daily",
  text: Array.from({ length: 20 }, (_, i) => PARAGRAPHS[(d + i) % 4]!(`${d}.${i}`) + FILLER).join(
    "\n\n",
  ),
}));

describeStores("search window", (ctx) => {
  beforeAll(async () => {
    const results = await ctx.store.ingest(DOCS.map((d) => item(d)));
    expect(results.every((r) => r.ok)).toBe(true);
  });

  /** Every match ranked, as the search did before marks. */
  const everyMatch = async (query: string, limit: number, offset: number) =>
    (
      await rows<{ document_id: number; statement_id: number | null; rank: number }>(
        ctx.db.orm,
        pageSql([sql`su.tsv @@ q.q`], false, foldForIndex(query).trim(), limit, offset, null),
      )
    ).map((r) => [r.document_id, r.statement_id, Math.round(Number(r.rank) * 10_000) / 10_000]);

  it("marks the words a unit repeats, enough here to fill a window", async () => {
    const count = async (q: string) =>
      (
        await rows<{ n: number }>(
          ctx.db.orm,
          sql`SELECT count(*)::int AS n FROM search_units WHERE tsv @@ ${q}::tsquery`,
        )
      )[0]!.n;
    expect(await count("' detention'")).toBeGreaterThan(200);
    expect(await count("detention & !' detention'")).toBeGreaterThan(0);
    expect(await count("' court'")).toBeGreaterThan(30);
  });

  it.each([
    // Each a window filled by units that hold the word twice, then one they cannot fill.
    ["detention", 20, 0],
    ["detention", 20, 15],
    ["detention", 10, 25],
    ["Article 117", 20, 0],
    ["article 117", 10, 25],
    ['"Article 117"', 20, 0],
    ["court", 20, 0],
    ["court -bail", 20, 0],
    ["court or detention", 20, 5],
    ['"freedom of expression"', 20, 0],
    ["Cần Thơ", 20, 0],
    ["Can Tho detention", 20, 0],
  ])("%s (limit %i, offset %i) pages as ranking every match does", async (query, limit, offset) => {
    const { hits } = await ctx.store.search({ query, limit, offset, confidential: true });
    const expected = await everyMatch(query, limit, offset);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map((h) => [h.document.id, h.statement?.id ?? null, h.score])).toEqual(expected);
  });
});

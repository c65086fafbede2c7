// Every figure the example articles attribute to the example register (the table in
// examples/register/README.md), reproduced through the database: the register imported with
// `casesImport`, stocks counted by `registerStats` from the stored history rows, flows by
// `registerFlows`. The same table is checked against the core alone in test/examples.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import { formatImportError } from "../../../src/core/register/import-errors.js";
import type { PartialDateRule } from "../../../src/core/register/counting-rules.js";
import type { StoreService } from "../../../src/store/store-types.js";
import { EXAMPLE_REGISTER, exampleFiles, truncateRegister } from "../../helpers/register-db.js";
import { describeStores } from "../../helpers/store.js";

// Central Highlands provinces (a fact of Vietnam's geography, used by article 09's figure).
const HIGHLANDS = new Set(["Dak Lak", "Dak Nong", "Gia Lai", "Kon Tum", "Lam Dong"]);

interface Figure {
  article: string;
  at: string;
  figure: string;
  value: number;
}

function figures(): Figure[] {
  const readme = readFileSync(join(EXAMPLE_REGISTER, "README.md"), "utf8");
  const section = readme.split(/^## Figures the articles state/m)[1]?.split(/^## /m)[0] ?? "";
  return section
    .split("\n")
    .map((line) => line.split("|").map((cell) => cell.trim()))
    .filter((cells) => /^\d+$/.test(cells[1] ?? ""))
    .map((cells) => ({
      article: cells[1]!,
      at: cells[2]!,
      figure: cells[3]!,
      value: Number(cells[4]),
    }));
}

/** Prisoner Watch Vietnam's list is the register's Vietnam rows. */
function vietnamRows(text: string): string {
  const [header, ...rows] = text.split("\n");
  return [header, ...rows.filter((r) => r.startsWith("VN-"))].join("\n") + "\n";
}

async function compute(
  store: StoreService,
  f: Figure,
  partialDates: PartialDateRule,
): Promise<number | null> {
  const stock = (
    q: { status?: string; by?: ("gender" | "ethnicity")[]; charge?: string; rules?: string } = {},
  ) => store.registerStats({ asOf: f.at, status: "detained", partialDates, ...q });
  const year = { from: `${f.at}-01-01`, to: `${f.at}-12-31`, partialDates };
  let m: RegExpMatchArray | null;
  if (/^(activists )?at risk$/.test(f.figure))
    return (await stock({ status: "not-exiled-or-deceased" })).total;
  if (/^detained\b/.test(f.figure)) return (await stock()).total;
  if (/^women, of the \d+$/.test(f.figure))
    return (
      (await stock({ by: ["gender"] })).groups.find((g) => g.key.gender === "female")?.count ?? 0
    );
  if (/^ethnic minorities, of the \d+$/.test(f.figure))
    return (await stock({ by: ["ethnicity"] })).groups
      .filter((g) => g.key.ethnicity !== "Kinh" && g.key.ethnicity !== null)
      .reduce((n, g) => n + g.count, 0);
  // "Article 117 (not its 1999 predecessor, Article 88)": articles as charged.
  if ((m = /^held under Article (\d+), of the \d+/.exec(f.figure)))
    return (await stock({ rules: "as-charged@1", charge: m[1]! })).total;
  if ((m = /^held under Article (\d+), percent of the detained$/.exec(f.figure))) {
    const held = (await stock({ rules: "as-charged@1", charge: m[1]! })).total;
    return Math.round((100 * held) / (await stock()).total);
  }
  if (/^arrested during the year/.test(f.figure))
    return (await store.registerFlows({ ...year, types: ["arrested", "held-pending-trial"] }))
      .events;
  if (/^convicted during the year/.test(f.figure))
    return (await store.registerFlows({ ...year, types: ["sentenced"] })).events;
  if (/^total prison sentences, years$/.test(f.figure))
    return (await store.registerFlows({ ...year, types: ["sentenced"] })).sentenceMonths / 12;
  if (/^deaths in custody/.test(f.figure))
    return (await store.registerFlows({ ...year, types: ["deceased"], whileDetained: true }))
      .people;
  if (/^released/.test(f.figure))
    return (await store.registerFlows({ ...year, types: ["released", "exiled"] })).people;
  if ((m = /^Central Highlands (\w+) convicted under Article (\d+) since (\d{4})/.exec(f.figure))) {
    const [, religion, article, since] = m;
    const c = await store.registerFlows({
      from: `${since}-01-01`,
      to: f.at,
      partialDates,
      types: ["sentenced"],
      charge: article!,
      by: ["religion", "province"],
    });
    const ids = c.groups
      .filter(
        (g) => religion!.startsWith(g.key.religion ?? "-") && HIGHLANDS.has(g.key.province ?? ""),
      )
      .flatMap((g) => g.caseIds);
    return new Set(ids).size;
  }
  return null;
}

describeStores("example register figures through the database", (ctx) => {
  const table = figures();
  beforeAll(async () => {
    await truncateRegister(ctx.db);
    const files = exampleFiles().map((f) => ({ ...f, text: vietnamRows(f.text) }));
    const r = await ctx.store.casesImport({ files, recordedAt: "2025-05-20T00:00:00Z" });
    expect(r.errors.map(formatImportError)).toEqual([]);
  });

  it("has figures to check", () => {
    expect(table.length).toBeGreaterThan(20);
  });

  for (const partialDates of ["start-of-period", "exclude-uncertain"] as const) {
    it(`reproduces every figure (${partialDates})`, async () => {
      const got = [];
      for (const f of table)
        got.push(`${f.article} ${f.at} ${f.figure}: ${await compute(ctx.store, f, partialDates)}`);
      expect(got).toEqual(table.map((f) => `${f.article} ${f.at} ${f.figure}: ${f.value}`));
    });
  }

  it("says which rules counted, and lists the records counted without the confidential one", async () => {
    const c = await ctx.store.registerStats({ asOf: "2024-12-31", status: "detained", list: true });
    expect(c).toMatchObject({
      rules: "vigil-default@1",
      partialDates: "start-of-period",
      total: 45,
    });
    expect(c.statement[0]).toMatch(/^detained = /);
    expect(c.caseIds).toHaveLength(44);
    expect(c.caseIds).not.toContain("VN-072");
    expect(c.redacted).toBe(1);
    const all = await ctx.store.registerStats({
      asOf: "2024-12-31",
      status: "detained",
      list: true,
      includeConfidential: true,
    });
    expect(all.caseIds).toContain("VN-072");
  });

  it("compares two organisations' rules on the same register", async () => {
    const at = { asOf: "2024-12-31", status: "detained", charge: "117" };
    expect((await ctx.store.registerStats(at)).total).toBe(26);
    expect((await ctx.store.registerStats({ ...at, rules: "as-charged" })).total).toBe(24);
  });
});

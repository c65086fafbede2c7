// The register's answers to the evidence questions from the database equal the core's answers in
// memory over the same register: who is held on a day under which articles (and since when), and
// the register's counts of every quantity, on many days.

import { beforeAll, expect, it } from "vitest";
import type { Right } from "../../../src/core/lexicon/statutes/index.js";
import { memoryEvidenceSource } from "../../../src/core/check/memory-source.js";
import { MAJORITY_ETHNICITIES } from "../../../src/core/lexicon/majority-ethnicities.js";
import { CATALOGUE_STATUTES } from "../../../src/core/register/catalogue-statutes.js";
import { importCsv } from "../../../src/core/register/csv-import.js";
import { dbEvidenceSource } from "../../../src/store/check/db-evidence-source.js";
import { exampleFiles } from "../../helpers/register-db.js";
import { describeStores } from "../../helpers/store.js";

const AT = "2025-05-20T00:00:00Z";
const DAYS = ["2016-01-01", "2019-06-30", "2021-04-25", "2021-06-24", "2022-07-19", "2024-12-31"];
const RIGHTS: Right[][] = [["expression"], ["religion"], ["assembly", "association"]];

describeStores("register evidence from the database", (ctx) => {
  const files = exampleFiles();
  const memory = memoryEvidenceSource({
    register: importCsv(
      { persons: files[0]!, events: files[1]! },
      { recordedAt: AT, statutes: CATALOGUE_STATUTES },
    ).value,
    majorityEthnicity: MAJORITY_ETHNICITIES,
  });

  beforeAll(async () => {
    const r = await ctx.store.casesImport({ files, recordedAt: AT });
    expect(r.ok).toBe(true);
  });

  it("people held on a day under restricting articles: the same count, breakdown and list", async () => {
    const db = dbEvidenceSource(ctx.db.orm);
    for (const day of DAYS)
      for (const rights of RIGHTS)
        for (const j of ["VN", null]) {
          const q = { rights, jurisdiction: j, limit: 50 };
          expect(await db.casesDetainedAsOf(day, q), `${day} ${rights} ${j}`).toEqual(
            await memory.casesDetainedAsOf(day, q),
          );
        }
  });

  it("people held for more than N months: from the rollup for 12, from the history otherwise", async () => {
    const db = dbEvidenceSource(ctx.db.orm);
    let heldOver = 0;
    for (const day of DAYS)
      for (const heldMonths of [12, 6, 25])
        for (const status of ["pending-trial", "serving-sentence", null] as const) {
          const q = { rights: RIGHTS.flat(), jurisdiction: "VN", status, heldMonths, limit: 20 };
          const held = await db.casesDetainedAsOf(day, q);
          expect(held, `${day} ${heldMonths} ${status}`).toEqual(
            await memory.casesDetainedAsOf(day, q),
          );
          if (heldMonths === 12) heldOver += held.total;
        }
    expect(heldOver).toBeGreaterThan(0);
  });

  it("names the first few people counted when asked for fewer ids, and says how many more", async () => {
    const db = dbEvidenceSource(ctx.db.orm);
    for (const maxIds of [0, 3]) {
      const q = { rights: RIGHTS[0]!, jurisdiction: "VN", limit: 2, maxIds };
      const held = await db.casesDetainedAsOf("2021-06-24", q);
      expect(held).toEqual(await memory.casesDetainedAsOf("2021-06-24", q));
      expect(held.caseIds).toHaveLength(Math.min(maxIds, held.total - held.confidential));
      expect(held.caseIds.length + held.moreCaseIds).toBe(held.total - held.confidential);
      for (const [quantity, date] of [
        ["detained", "2021-06-24"],
        ["detained/ethnic-minority", "2021-06-24"],
        ["arrested", "2021"],
      ] as const) {
        const count = await db.registerCount(date, quantity, "VN", maxIds);
        expect(count, quantity).toEqual(await memory.registerCount(date, quantity, "VN", maxIds));
        expect(count!.caseIds.length, quantity).toBeLessThanOrEqual(maxIds);
      }
    }
  });

  it("the register's counts of every quantity, on days and in years", async () => {
    const db = dbEvidenceSource(ctx.db.orm);
    const stocks = [
      "detained",
      "detained/women",
      "detained/ethnic-minority",
      "detained/article:117",
      "detained/article:331",
      "at-risk",
    ];
    // The register has Cambodian cases: for Vietnam the counts read the history rows, for no
    // jurisdiction the count rollup.
    for (const day of DAYS)
      for (const q of stocks)
        for (const j of ["VN", null])
          expect(await db.registerCount(day, q, j), `${day} ${q} ${j}`).toEqual(
            await memory.registerCount(day, q, j),
          );
    const flows = ["arrested", "convicted", "sentence-years", "released", "deaths-in-custody"];
    const qualified = ["arrested/women", "convicted/article:117", "released/ethnic-minority"];
    const yearly = async () => {
      for (const year of ["2018", "2021", "2022", "2024"])
        for (const q of [...flows, ...qualified])
          for (const j of ["VN", null])
            expect(await db.registerCount(year, q, j), `${year} ${q} ${j}`).toEqual(
              await memory.registerCount(year, q, j),
            );
    };
    await yearly();
    // A register stored before the placed records existed (migration 0016) gets them written by
    // the first yearly count.
    await ctx.db.exec(
      "DELETE FROM case_placed; UPDATE case_history_variants SET placed_built_at = NULL",
    );
    await yearly();
    const [placed] = await ctx.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM case_placed",
    );
    expect(placed!.n).toBeGreaterThan(0);
    expect(await db.registerCount("2024-12-31", "internet-users", "VN")).toBeNull();
  });
});

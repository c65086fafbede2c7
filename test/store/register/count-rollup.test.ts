// The count rollup answers exactly what the core counts. A random register (partial dates, late
// recording, corrections, retractions) is imported in steps after the rollups are built, so they
// are kept by the writers, not built from the final state: originals first, then the corrections
// and retractions together with gender and confidentiality changes, then more people. Counts the rollup answers are
// compared with `countAsOf` over the same records, and the rollups kept step by step with ones
// rebuilt from the final history rows.
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { addMonths } from "../../../src/core/check/check-dates.js";
import { CATALOGUE_STATUTES } from "../../../src/core/register/catalogue-statutes.js";
import { countAsOf } from "../../../src/core/register/count.js";
import { RULE_SETS } from "../../../src/core/register/counting-rules.js";
import { exportJson } from "../../../src/core/register/json-export.js";
import { addDays } from "../../../src/core/register/partial-date.js";
import { syntheticRegister } from "../../../src/core/register/synthetic.js";
import { STATUSES, type Register } from "../../../src/core/register/types.js";
import {
  blockCover,
  dayNumber,
  dayOf,
  HELD_OVER_MONTHS,
  LEVEL_MIN,
  rebuildCounts,
} from "../../../src/store/register/count-blocks.js";
import { inForce } from "../../../src/store/register/count-rollup.js";
import { runner } from "../../../src/store/register/register-sql.js";
import { truncateRegister } from "../../helpers/register-db.js";
import { describeStores } from "../../helpers/store.js";

const PEOPLE = 700;
const MORE = 300;
const SEED = fc.sample(fc.noBias(fc.integer({ min: 1, max: 2 ** 31 - 1 })), 1)[0]!;

describe("block cover", () => {
  it("splits the days before a day into aligned blocks and fewer than 32 days", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_652_058 }), (n) => {
        const day = dayOf(n);
        expect(dayNumber(day)).toBe(n);
        const cover = blockCover(day);
        let at = 0;
        for (const b of cover.blocks) {
          expect(b.level).toBeGreaterThanOrEqual(LEVEL_MIN);
          expect(b.block * 2 ** b.level).toBe(at);
          at += 2 ** b.level;
        }
        expect(dayOf(at)).toBe(cover.restFrom);
        // The remainder is the days restFrom..day: none when day + 1 is a block boundary.
        expect(n + 1 - at).toBeGreaterThanOrEqual(0);
        expect(n + 1 - at).toBeLessThan(2 ** LEVEL_MIN);
      }),
    );
  });
});

describeStores("count rollup equals the in-memory reference", (ctx) => {
  let register: Register;
  const snapshot = async () =>
    (
      await ctx.db.query<{ row: string }>(
        `SELECT concat_ws('|', b.variant, b.level, b.block, k.status, k.gender, k.confidential,
           k.charges::text,
           k.charges_current::text, k.held_months, b.n) AS row
         FROM case_count_blocks b JOIN case_count_keys k ON k.id = b.key WHERE b.n <> 0
         ORDER BY 1`,
      )
    ).map((r) => r.row);
  const importRegister = async (r: Register, file: string) => {
    const text = exportJson(r, { includeConfidential: true });
    const result = await ctx.store.casesImport({ files: [{ file, text }] });
    expect(result.errors).toEqual([]);
    return result;
  };

  beforeAll(async () => {
    await truncateRegister(ctx.db);
    const first = syntheticRegister({
      seed: SEED,
      cases: PEOPLE,
      correctionShare: 0.15,
      partialShare: 0.35,
    });
    // Step 1: the original records only; then counts that build the rollups of two variants.
    await importRegister(
      { cases: first.cases, events: first.events.filter((e) => e.supersedes === null) },
      "step-1.json",
    );
    for (const partialDates of ["start-of-period", "exclude-uncertain"] as const) {
      const built = await ctx.store.registerStats({ asOf: "2015-06-30", partialDates });
      expect(built.method).toBe("rollup");
    }
    // Step 2: corrections and retractions arrive; one person in seven is re-recorded with another
    // gender (a case edit, which moves their rows between count keys).
    // (An import leaves an attribute it does not state as stored, so nobody becomes unknown.)
    const other = (g: string | null) => (g === "female" ? "male" : "female");
    // One in eleven becomes confidential (also part of the keys).
    const edited = first.cases.map((c, i) => ({
      ...c,
      ...(i % 7 === 3 ? { gender: other(c.gender) } : {}),
      ...(i % 11 === 5 ? { confidential: true } : {}),
    }));
    const step2 = await importRegister({ cases: edited, events: first.events }, "step-2.json");
    expect(step2.cases.updated).toBeGreaterThan(0);
    expect(step2.events.corrected + step2.events.added).toBeGreaterThan(0);
    // Step 3: more people.
    const more = syntheticRegister({
      seed: SEED + 1,
      cases: MORE,
      first: PEOPLE,
      idDigits: 4,
      correctionShare: 0.15,
    });
    const renamed = (r: Register): Register => ({
      cases: r.cases.map((c) => ({ ...c, id: `Q${c.id}` })),
      events: r.events.map((e) => ({
        ...e,
        id: `Q${e.id}`,
        caseId: `Q${e.caseId}`,
        supersedes: e.supersedes === null ? null : `Q${e.supersedes}`,
      })),
    });
    await importRegister(renamed(more), "step-3.json");
    register = {
      cases: [...edited, ...renamed(more).cases],
      events: [...first.events, ...renamed(more).events],
    };
  });

  it(`counts as the core counts (register seed ${SEED})`, async () => {
    const day = fc.integer({ min: 0, max: 8000 }).map((n) => addDays("2003-01-01", n));
    const by = fc.uniqueArray(fc.constantFrom("status", "gender", "charge" as const), {
      maxLength: 3,
    });
    const status = fc.option(fc.constantFrom(...STATUSES, "detained", "not-exiled-or-deceased"), {
      nil: null,
    });
    const charge = fc.option(
      fc.constantFrom("117", "331", "vn/penal-code-1999/88", "vn/penal-code-1999/258"),
      {
        nil: null,
      },
    );
    const partialDates = fc.constantFrom("start-of-period", "exclude-uncertain" as const);
    await fc.assert(
      fc.asyncProperty(
        day,
        fc.constantFrom(...RULE_SETS.keys()),
        partialDates,
        by,
        status,
        charge,
        async (asOf, rules, pd, fields, st, ch) => {
          const got = await ctx.store.registerStats({
            asOf,
            rules,
            partialDates: pd,
            by: fields,
            status: st,
            charge: ch,
          });
          expect(got.method).toBe("rollup");
          const want = countAsOf(register, asOf, {
            rules: RULE_SETS.get(rules)!,
            partialDates: pd,
            by: fields,
            status: st,
            charge: ch,
            statutes: CATALOGUE_STATUTES,
          });
          expect(got.total).toBe(want.total);
          expect(got.byStatus).toEqual(want.byStatus);
          expect(got.aggregates).toEqual(want.aggregates);
          expect(got.groups.map((g) => [g.key, g.count])).toEqual(
            want.groups.map((g) => [g.key, g.count]),
          );
        },
      ),
      { numRuns: 80 },
    );
  }, 240_000); // thousands of people counted in memory per run: minutes on a busy machine

  it("people held over 12 months on a day: the rollup's held-over keys equal the history rows", async () => {
    const day = fc.integer({ min: 0, max: 8000 }).map((n) => addDays("2003-01-01", n));
    let seen = 0;
    await fc.assert(
      fc.asyncProperty(day, async (asOf) => {
        const before = addMonths(asOf, -HELD_OVER_MONTHS);
        const got = await runner(ctx.db.orm)<{ status: string; n: number }>(
          sql`SELECT status, sum(n)::int AS n FROM (${inForce(1, asOf, true)}) f
              GROUP BY 1 ORDER BY 1`,
        );
        const want = await ctx.db.query<{ status: string; n: number }>(
          `SELECT status, count(*)::int AS n FROM case_history
           WHERE variant = 1 AND known_to = 'infinity' AND day_from <= $1 AND day_to > $1
             AND status IN ('pending-trial', 'serving-sentence') AND since < $2
           GROUP BY 1 ORDER BY 1`,
          [asOf, before],
        );
        expect(got, asOf).toEqual(want);
        seen += want.length;
      }),
      { numRuns: 60 },
    );
    expect(seen).toBeGreaterThan(0);
  });

  it("the rollups kept through the imports equal ones rebuilt from the history rows", async () => {
    const kept = await snapshot();
    expect(kept.length).toBeGreaterThan(0);
    await ctx.db.orm.transaction(async (tx) => {
      for (const variant of [1, 3]) await rebuildCounts(runner(tx), variant);
    });
    expect(await snapshot()).toEqual(kept);
  });

  it("day numbers are the database's", async () => {
    for (const day of ["0001-01-01", "1999-12-31", "2021-04-22", "9999-12-31"]) {
      const [r] = await ctx.db.query<{ n: number }>("SELECT ($1::date - DATE '0001-01-01') AS n", [
        day,
      ]);
      expect(r!.n).toBe(dayNumber(day));
    }
  });

  it("custody held over N months from the database's day is the core's rule", async () => {
    const [r] = await ctx.db.query<{ days: string[]; over1: string[]; over12: string[] }>(
      `SELECT array_agg(d::date::text ORDER BY d) AS days,
         array_agg(vigil_held_over(d::date, 1)::text ORDER BY d) AS over1,
         array_agg(vigil_held_over(d::date, 12)::text ORDER BY d) AS over12
       FROM generate_series(timestamp '2019-01-01', timestamp '2024-12-31', interval '1 day') d`,
    );
    // The first day D with since < addMonths(D, -months), found by stepping a day at a time.
    const firstOver = (since: string, months: number) => {
      let d = addMonths(since, months);
      while (!(since < addMonths(d, -months))) d = addDays(d, 1);
      return d;
    };
    expect(r!.over1).toEqual(r!.days.map((d) => firstOver(d, 1)));
    expect(r!.over12).toEqual(r!.days.map((d) => firstOver(d, 12)));
  });

  it("lists, record times and other breakdowns are read from the history rows", async () => {
    const q = { asOf: "2016-01-01" };
    expect((await ctx.store.registerStats({ ...q, list: true })).method).toBe("history");
    expect((await ctx.store.registerStats({ ...q, knownAt: "2016-06-01" })).method).toBe("history");
    expect((await ctx.store.registerStats({ ...q, by: ["province"] })).method).toBe("history");
  });
});

// The database counts what the core counts: random registers of thousands of people (seeded
// synthetic stories with partial dates, late recording, corrections and retractions) imported
// through `casesImport`, then random days, record times, rule sets, filters and breakdowns —
// `registerStats` (stored history rows) equals `countAsOf` (the in-memory reference).
import fc from "fast-check";
import { beforeAll, expect, it } from "vitest";
import { CATALOGUE_STATUTES } from "../../../src/core/register/catalogue-statutes.js";
import { countAsOf, GROUP_FIELDS } from "../../../src/core/register/count.js";
import { RULE_SETS } from "../../../src/core/register/counting-rules.js";
import { exportJson } from "../../../src/core/register/json-export.js";
import { addDays } from "../../../src/core/register/partial-date.js";
import { syntheticRegister } from "../../../src/core/register/synthetic.js";
import { STATUSES, type Register } from "../../../src/core/register/types.js";
import { truncateRegister } from "../../helpers/register-db.js";
import { describeStores } from "../../helpers/store.js";

const PEOPLE = 2_500;
const SEED = fc.sample(fc.noBias(fc.integer({ min: 1, max: 2 ** 31 - 1 })), 1)[0]!;

const day = fc.integer({ min: 0, max: 8000 }).map((n) => addDays("2003-01-01", n));
const knownAt = fc.option(
  fc.oneof(
    day,
    fc
      .tuple(day, fc.integer({ min: 0, max: 23 }))
      .map(([d, h]) => `${d}T${String(h).padStart(2, "0")}:30:00Z`),
  ),
  { nil: null },
);
const rules = fc.constantFrom(...RULE_SETS.keys());
const partialDates = fc.option(
  fc.constantFrom("start-of-period", "end-of-period", "exclude-uncertain" as const),
  { nil: undefined },
);
const by = fc.uniqueArray(fc.constantFrom(...GROUP_FIELDS), { maxLength: 2 });
const status = fc.option(fc.constantFrom(...STATUSES, "detained", "not-exiled-or-deceased"), {
  nil: null,
});
const charge = fc.option(fc.constantFrom("117", "331", "vn/penal-code-1999/88", "109"), {
  nil: null,
});

describeStores("database counts equal the in-memory reference", (ctx) => {
  let register: Register;
  beforeAll(async () => {
    await truncateRegister(ctx.db);
    register = syntheticRegister({ seed: SEED, cases: PEOPLE });
    const text = exportJson(register, { includeConfidential: true });
    const r = await ctx.store.casesImport({ files: [{ file: "synthetic.json", text }] });
    expect(r.errors).toEqual([]);
    expect(r.cases.added).toBe(PEOPLE);
  });

  it(`for random days, record times, rules and breakdowns (register seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(
        day,
        knownAt,
        rules,
        partialDates,
        by,
        status,
        charge,
        fc.boolean(),
        async (asOf, k, r, pd, fields, st, ch, list) => {
          const q = {
            asOf,
            knownAt: k,
            rules: r,
            by: fields,
            status: st,
            charge: ch,
            list,
            ...(pd ? { partialDates: pd } : {}),
          };
          const got = await ctx.store.registerStats(q);
          const want = countAsOf(register, asOf, {
            rules: RULE_SETS.get(r)!,
            knownAt: k,
            by: fields,
            status: st,
            charge: ch,
            statutes: CATALOGUE_STATUTES,
            redactConfidential: true,
            ...(pd ? { partialDates: pd } : {}),
          });
          expect(got.total).toBe(want.total);
          expect(got.byStatus).toEqual(want.byStatus);
          expect(got.aggregates).toEqual(want.aggregates);
          expect({ rules: got.rules, partialDates: got.partialDates, charge: got.charge }).toEqual({
            rules: want.rules,
            partialDates: want.partialDates,
            charge: want.charge,
          });
          const groups = (g: typeof want.groups) =>
            g.map((x) => ({ key: x.key, count: x.count, ...(list ? { ids: x.caseIds } : {}) }));
          expect(groups(got.groups)).toEqual(groups(want.groups));
          if (list) {
            expect(got.caseIds).toEqual(want.caseIds);
            expect(got.redacted).toBe(want.redacted);
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 240_000); // thousands of people counted in memory per run: minutes on a busy machine

  it("series: one count per step, each equal to the count on its day", async () => {
    const s = await ctx.store.registerSeries({
      from: "2010-01-31",
      to: "2011-01-31",
      every: "month",
      status: "detained",
    });
    expect(s.points.map((p) => p.asOf).slice(0, 3)).toEqual([
      "2010-01-31",
      "2010-02-28",
      "2010-03-31",
    ]);
    expect(s.points).toHaveLength(13);
    for (const p of s.points)
      expect(p.total).toBe(countAsOf(register, p.asOf, { status: "detained" }).total);
  });
});

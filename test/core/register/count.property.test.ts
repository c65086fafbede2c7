// Invariants of counting as of a date, over seeded synthetic registers and random dates.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countAsOf, eventsByCase, GROUP_FIELDS } from "../../../src/core/register/count.js";
import {
  CERTAIN_DATES,
  INCLUDE_HOUSE_ARREST,
  PRINCIPAL_CHARGE,
  RELEASE_AT_TERM,
  VIGIL_DEFAULT,
  type CountingRules,
} from "../../../src/core/register/counting-rules.js";
import { addDays } from "../../../src/core/register/partial-date.js";
import { knownAtMillis, recordMillis } from "../../../src/core/register/record-time.js";
import { historyRows } from "../../../src/core/register/status-history.js";
import { syntheticRegister } from "../../../src/core/register/synthetic.js";
import { STATUSES, type Register } from "../../../src/core/register/types.js";

const RULES = [
  VIGIL_DEFAULT,
  INCLUDE_HOUSE_ARREST,
  CERTAIN_DATES,
  RELEASE_AT_TERM,
  PRINCIPAL_CHARGE,
];

const day = fc.integer({ min: 0, max: 8000 }).map((n) => addDays("2003-01-01", n));
const seed = fc.integer({ min: 1, max: 2 ** 31 - 1 });
const rules = fc.constantFrom(...RULES);
const knownAt = fc.option(day, { nil: null });

const registers = new Map<string, Register>();
function register(
  s: number,
  cases: number,
  extra: Partial<Parameters<typeof syntheticRegister>[0]> = {},
) {
  const key = JSON.stringify([s, cases, extra]);
  let r = registers.get(key);
  if (!r) {
    r = syntheticRegister({ seed: s, cases, ...extra });
    registers.set(key, r);
  }
  return r;
}

const disjoint = (lists: string[][]) => {
  const all = lists.flat();
  return new Set(all).size === all.length;
};

describe("counting invariants", () => {
  it("counts each person in one status at most, and the statuses add up to the total", () => {
    fc.assert(
      fc.property(seed, day, rules, knownAt, (s, asOf, r, k) => {
        const reg = register(s, 400);
        const all = countAsOf(reg, asOf, { rules: r, knownAt: k, by: ["status"] });
        const perStatus = STATUSES.map((status) =>
          countAsOf(reg, asOf, { rules: r, knownAt: k, status }),
        );
        expect(disjoint(perStatus.map((p) => p.caseIds))).toBe(true);
        expect(perStatus.reduce((n, p) => n + p.total, 0)).toBe(all.total);
        for (const [i, status] of STATUSES.entries()) {
          expect(perStatus[i]!.total).toBe(all.byStatus[status]);
        }
        expect(all.groups.reduce((n, g) => n + g.count, 0)).toBe(all.total);
        const detained = countAsOf(reg, asOf, { rules: r, knownAt: k, status: "detained" });
        const statuses = r.aggregates["detained"]!;
        expect(detained.total).toBe(statuses.reduce((n, st) => n + all.byStatus[st], 0));
        expect(detained.total).toBe(all.aggregates["detained"]);
      }),
      { numRuns: 25 },
    );
  });

  it("breaks down into groups that add up to the total (charges: every charge covers everyone)", () => {
    const field = fc.constantFrom(...GROUP_FIELDS);
    fc.assert(
      fc.property(
        seed,
        day,
        rules,
        fc.uniqueArray(field, { minLength: 1, maxLength: 3 }),
        (s, asOf, r, by) => {
          const reg = register(s, 300);
          const c = countAsOf(reg, asOf, { rules: r, by, status: "detained" });
          const ids = new Set(c.groups.flatMap((g) => g.caseIds));
          expect([...ids].sort()).toEqual(c.caseIds);
          const sum = c.groups.reduce((n, g) => n + g.count, 0);
          if (c.groupsOverlap) expect(sum).toBeGreaterThanOrEqual(c.total);
          else expect(sum).toBe(c.total);
          for (const g of c.groups) expect(g.count).toBe(g.caseIds.length);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("agrees with a range query over stored history rows (what the database will run)", () => {
    fc.assert(
      fc.property(
        seed,
        fc.array(day, { minLength: 1, maxLength: 5 }),
        rules,
        knownAt,
        (s, days, r, k) => {
          const reg = register(s, 250);
          const byCase = eventsByCase(reg.events);
          const rows = reg.cases.flatMap((c) =>
            historyRows(c.id, byCase.get(c.id) ?? [], {
              partialDates: r.partialDates,
              termEnds: r.termEnds,
            }),
          );
          const t = k === null ? Infinity : knownAtMillis(k);
          for (const asOf of days) {
            const hit = rows.filter(
              (row) =>
                recordMillis(row.knownFrom) <= t &&
                (row.knownTo === null || t < recordMillis(row.knownTo)) &&
                row.from <= asOf &&
                (row.to === null || asOf < row.to),
            );
            const expected = countAsOf(reg, asOf, { rules: r, knownAt: k });
            expect(disjoint([hit.map((row) => row.caseId)])).toBe(true);
            expect(hit.map((row) => row.caseId).sort()).toEqual(expected.caseIds);
            for (const status of STATUSES) {
              expect(hit.filter((row) => row.status === status).length).toBe(
                expected.byStatus[status],
              );
            }
          }
        },
      ),
      { numRuns: 20 },
    );
  });

  it("only adds people as more is recorded, when nothing is corrected and dates are full", () => {
    fc.assert(
      fc.property(seed, day, day, day, rules, (s, asOf, t1, t2, r) => {
        const reg = register(s, 300, { partialShare: 0, correctionShare: 0 });
        const [early, late] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const before = countAsOf(reg, asOf, { rules: r, knownAt: early }).caseIds;
        const after = new Set(countAsOf(reg, asOf, { rules: r, knownAt: late }).caseIds);
        expect(before.filter((id) => !after.has(id))).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it("gives the same counts under every partial-date rule when all dates are full", () => {
    fc.assert(
      fc.property(seed, day, (s, asOf) => {
        const reg = register(s, 300, { partialShare: 0 });
        const counts = (["start-of-period", "end-of-period", "exclude-uncertain"] as const).map(
          (partialDates) => countAsOf(reg, asOf, { partialDates, by: ["status"] }).groups,
        );
        expect(counts[1]).toEqual(counts[0]);
        expect(counts[2]).toEqual(counts[0]);
      }),
      { numRuns: 20 },
    );
  });

  it("counts a certain status only where both bounds of every partial date agree", () => {
    fc.assert(
      fc.property(seed, day, (s, asOf) => {
        const reg = register(s, 400, { partialShare: 0.5 });
        const statusOf = (rule: CountingRules["partialDates"]) =>
          new Map(
            countAsOf(reg, asOf, { partialDates: rule, by: ["status"] }).groups.flatMap((g) =>
              g.caseIds.map((id) => [id, g.key.status] as const),
            ),
          );
        const certain = statusOf("exclude-uncertain");
        const start = statusOf("start-of-period");
        const end = statusOf("end-of-period");
        for (const [id, status] of certain) {
          if (status === "uncertain") continue;
          expect([id, start.get(id)]).toEqual([id, status]);
          expect([id, end.get(id)]).toEqual([id, status]);
        }
        // Start of period counts every day a detention may have covered; end of period only
        // the certain ones.
        const detained = (rule: CountingRules["partialDates"]) =>
          countAsOf(reg, asOf, { partialDates: rule, status: "detained" }).caseIds;
        const wide = new Set(detained("start-of-period"));
        expect(detained("end-of-period").filter((id) => !wide.has(id))).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});

import { describe, expect, it } from "vitest";
import { countEvents } from "../../../src/core/register/count-events.js";
import { countAsOf } from "../../../src/core/register/count.js";
import {
  AS_CHARGED,
  CERTAIN_DATES,
  findRules,
  INCLUDE_HOUSE_ARREST,
  PRINCIPAL_CHARGE,
  RELEASE_AT_TERM,
} from "../../../src/core/register/counting-rules.js";
import { caseRecord } from "../../../src/core/register/records.js";
import { series, seriesDays } from "../../../src/core/register/series.js";
import type { Register } from "../../../src/core/register/types.js";
import { events } from "../../helpers/register.js";
import type { StatuteLookup } from "../../../src/core/register/charges.js";

const C = "vn/criminal-code-2015";
const STATUTES: StatuteLookup = {
  defaultCode: C,
  has: () => true,
  toCurrent: (id) =>
    ({ "vn/penal-code-1999/88": `${C}/117`, "vn/penal-code-1999/258": `${C}/331` })[id] ?? id,
};

// Made-up people, one situation each.
const REGISTER: Register = {
  cases: [
    caseRecord({ id: "A", name: "A", gender: "female", province: "Hanoi" }),
    caseRecord({ id: "B", name: "B", gender: "male", province: "Hanoi" }),
    caseRecord({ id: "C", name: "C", gender: "male", province: "Dak Lak" }),
    caseRecord({ id: "D", name: "D", gender: "female", province: "Dak Lak", confidential: true }),
    caseRecord({ id: "E", name: "E", gender: null }),
    caseRecord({ id: "F", name: "F", gender: "male" }),
  ],
  events: [
    // pending trial, charged under two articles
    ...events("A", [`arrested 2021-03-16 charges=${C}/117;${C}/331`]),
    // serving under the 1999 article that 117 replaced
    ...events("B", [
      "arrested 2013-08-20 charges=vn/penal-code-1999/88",
      "sentenced 2014-05-06 months=120",
    ]),
    // released into house arrest
    ...events("C", [
      `arrested 2016-01-10 charges=${C}/331`,
      "sentenced 2016-08-01 months=48 house=24",
      "released 2020-01-10",
    ]),
    // suspended sentence
    ...events("D", [
      `arrested 2020-06-01 charges=${C}/331`,
      "sentenced 2020-12-01 months=24 suspended",
    ]),
    // arrested some time in 2021
    ...events("E", [`arrested 2021 charges=${C}/117`]),
    // at risk only
    ...events("F", ["at-risk 2019-05"]),
  ],
};

const count = (opts: Parameters<typeof countAsOf>[2] = {}) =>
  countAsOf(REGISTER, "2021-06-01", { statutes: STATUTES, ...opts });

describe("countAsOf", () => {
  it("says which rules counted, and counts each status", () => {
    const c = count({ by: ["status"] });
    expect([c.rules, c.partialDates]).toEqual(["vigil-default@1", "start-of-period"]);
    expect(c.statement).toContain("suspended sentences are not detention");
    expect(c.groups.map((g) => [g.key.status, g.caseIds])).toEqual([
      ["at-risk", ["F"]],
      ["house-arrest", ["C"]],
      ["pending-trial", ["A", "E"]],
      ["serving-sentence", ["B"]],
      ["suspended-sentence", ["D"]],
    ]);
    expect(c.aggregates).toEqual({ detained: 3, "not-exiled-or-deceased": 6 });
  });

  it.each([
    ["vigil-default", {}, ["A", "B", "E"]],
    ["include-house-arrest", { rules: INCLUDE_HOUSE_ARREST }, ["A", "B", "C", "E"]],
    ["certain-dates", { rules: CERTAIN_DATES }, ["A", "B"]],
  ] as const)("counts the detained under %s", (_name, opts, ids) => {
    const c = count({ status: "detained", ...opts });
    expect(c.caseIds).toEqual(ids);
  });

  it("puts a partial date that covers the day apart under exclude-uncertain", () => {
    expect(count({ rules: CERTAIN_DATES, status: "uncertain" }).caseIds).toEqual(["E"]);
    expect(count({ partialDates: "end-of-period", status: "detained" }).caseIds).toEqual([
      "A",
      "B",
    ]);
  });

  it("counts a 1999 article as its 2015 successor, unless the rules count as charged", () => {
    expect(count({ status: "detained", charge: "117" }).caseIds).toEqual(["A", "B", "E"]);
    expect(count({ status: "detained", charge: "117", rules: AS_CHARGED }).caseIds).toEqual([
      "A",
      "E",
    ]);
    expect(
      count({ status: "detained", charge: "vn/penal-code-1999/88", rules: AS_CHARGED }).caseIds,
    ).toEqual(["B"]);
  });

  it("breaks down by charge once per article, or by the principal one only", () => {
    const every = count({ status: "detained", by: ["charge"] });
    expect(every.groupsOverlap).toBe(true);
    expect(every.groups.map((g) => [g.key.charge, g.count])).toEqual([
      [`${C}/117`, 3],
      [`${C}/331`, 1],
    ]);
    expect(every.total).toBe(3);
    const principal = count({ status: "detained", by: ["charge"], rules: PRINCIPAL_CHARGE });
    expect(principal.groups.map((g) => [g.key.charge, g.count])).toEqual([[`${C}/117`, 3]]);
  });

  it("breaks down by several fields, unknown values last", () => {
    const c = count({ by: ["gender", "province"] });
    expect(c.groups.map((g) => [g.key.gender, g.key.province, g.count])).toEqual([
      ["female", "Dak Lak", 1],
      ["female", "Hanoi", 1],
      ["male", "Dak Lak", 1],
      ["male", "Hanoi", 1],
      ["male", null, 1],
      [null, null, 1],
    ]);
  });

  it("counts confidential people but leaves them out of the lists when asked", () => {
    const c = count({ status: "suspended-sentence", redactConfidential: true });
    expect([c.total, c.caseIds, c.redacted]).toEqual([1, [], 1]);
  });

  it("ends a sentence at its term under release-at-term", () => {
    const late = (rules = RELEASE_AT_TERM) =>
      countAsOf(REGISTER, "2024-06-01", { rules, status: "detained" });
    expect(late().caseIds).toEqual(["A", "E"]);
    expect(countAsOf(REGISTER, "2024-06-01", { status: "detained" }).caseIds).toEqual([
      "A",
      "B",
      "E",
    ]);
  });

  it("rejects what it cannot count", () => {
    expect(() => count({ status: "jailed" })).toThrow(/unknown status "jailed"/);
    expect(() => countAsOf(REGISTER, "2021-06", {})).toThrow(/not a date/);
    expect(() => count({ charge: "Article 117" })).toThrow(/not an article number/);
  });

  it("finds rule sets by name and version", () => {
    expect(findRules("include-house-arrest")).toBe(INCLUDE_HOUSE_ARREST);
    expect(findRules("vigil-default@1")?.name).toBe("vigil-default");
    expect(findRules("vigil-default@9")).toBeNull();
  });
});

describe("series and event counts", () => {
  it("steps by month, quarter and year, clamping short months", () => {
    expect(seriesDays("2021-01-31", "2021-04-30", "month")).toEqual([
      "2021-01-31",
      "2021-02-28",
      "2021-03-31",
      "2021-04-30",
    ]);
    expect(seriesDays("2020-02-29", "2022-03-01", "year")).toEqual([
      "2020-02-29",
      "2021-02-28",
      "2022-02-28",
    ]);
    expect(seriesDays("2021-01-01", "2021-12-31", "quarter")).toHaveLength(4);
  });

  it("gives a count for each date of the series", () => {
    const s = series(REGISTER, "2020-01-01", "2022-01-01", "year", { status: "detained" });
    expect(s.points.map((p) => [p.asOf, p.total])).toEqual([
      ["2020-01-01", 2],
      ["2021-01-01", 2],
      ["2022-01-01", 3],
    ]);
    expect(s.rules).toBe("vigil-default@1");
  });

  it("counts events in a period, with their sentences", () => {
    const c = countEvents(REGISTER, "2013-01-01", "2016-12-31", { types: ["sentenced"] });
    expect([c.events, c.caseIds, c.sentenceMonths]).toEqual([2, ["B", "C"], 168]);
    const uncertain = countEvents(REGISTER, "2021-01-01", "2021-06-30", {
      types: ["arrested"],
      rules: CERTAIN_DATES,
    });
    expect([uncertain.caseIds, uncertain.uncertain.eventIds]).toEqual([["A"], ["E/1"]]);
  });
});

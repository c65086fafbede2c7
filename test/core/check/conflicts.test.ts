import { describe, expect, it } from "vitest";
import { findConflicts, findConflictsWithSource } from "../../../src/core/check/conflicts.js";
import type { FigureRecord, SourceRef } from "../../../src/core/check/evidence.js";
import { agree, gap } from "../../../src/core/check/intervals.js";
import { memoryEvidenceSource } from "../../../src/core/check/memory-source.js";
import { exampleRecord } from "./fixtures/example-record.js";

describe("bounded numbers", () => {
  it.each([
    [{ value: 238, bound: "gte" }, { value: 239, bound: "eq" }, true],
    [{ value: 239, bound: "eq" }, { value: 239, bound: "eq" }, true],
    [{ value: 36, bound: "eq" }, { value: 37, bound: "eq" }, true],
    [{ value: 36, bound: "eq" }, { value: 45, bound: "eq" }, false],
    [{ value: 70, bound: "gt" }, { value: 72, bound: "eq" }, true],
    [{ value: 70, bound: "gt" }, { value: 65, bound: "eq" }, false],
    [{ value: 800, bound: "approx" }, { value: 760, bound: "eq" }, true],
    [{ value: 50, bound: "lt" }, { value: 49, bound: "eq" }, true],
    [{ value: 50, bound: "lte" }, { value: 80, bound: "eq" }, false],
  ] as const)("%o and %o agree: %s", (a, b, ok) => {
    expect(agree(a, b)).toBe(ok);
    expect(agree(b, a)).toBe(ok);
  });

  it("measures the gap beyond the bounds", () => {
    expect(gap({ value: 36, bound: "eq" }, { value: 45, bound: "eq" })).toBe(9);
    expect(gap({ value: 70, bound: "gt" }, { value: 65, bound: "eq" })).toBe(5);
    expect(gap({ value: 238, bound: "gte" }, { value: 239, bound: "eq" })).toBe(0);
  });

  it("a strict bound against its own value meets only within a tolerance", () => {
    const exact = { relative: 0, absolute: 0, approx: 0.1 };
    expect(agree({ value: 238, bound: "gt" }, { value: 238, bound: "eq" }, exact)).toBe(false);
    expect(agree({ value: 238, bound: "gt" }, { value: 238, bound: "eq" })).toBe(true);
  });
});

const src = (id: string, outlet: string, date: string): SourceRef => ({
  documentId: id,
  title: null,
  outlet,
  date,
  url: `https://example.org/${id}`,
});

function fig(id: string, over: Partial<FigureRecord>): FigureRecord {
  return {
    id,
    value: 0,
    bound: "eq",
    unit: "count",
    what: "activists in detention",
    asOf: "2023-05-31",
    publisher: "Prisoner Watch Vietnam",
    jurisdiction: "VN",
    source: src(id, "Mekong Wire", "2023-06-01"),
    sentence: null,
    ...over,
  };
}

describe("conflicting figures", () => {
  it("flags publishers that disagree on the same quantity and date, with both sources", () => {
    const a = fig("a", { value: 43 });
    const b = fig("b", {
      value: 61,
      what: "political prisoners held by the authorities",
      publisher: "Lotus Rights Network",
      asOf: "2023-06-15",
      source: src("b", "Saigon Monitor", "2023-06-16"),
    });
    const [c, ...rest] = findConflicts([a, b]);
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ kind: "publishers", quantity: "detained", difference: 18 });
    expect(c!.a.id).toBe("a");
    expect(c!.b!.id).toBe("b");
    expect(c!.reason).toContain(
      "Prisoner Watch Vietnam: 43 activists in detention as of 31 May 2023",
    );
    expect(c!.reason).toContain("Lotus Rights Network: 61 political prisoners");
    expect(c!.reason).toContain("18 apart");
  });

  it("does not flag bounds that overlap, one publisher's repeats, other dates or other quantities", () => {
    const figures = [
      fig("a", { value: 239 }),
      fig("b", { value: 238, bound: "gte", publisher: "Lotus Rights Network" }),
      fig("c", { value: 20, source: src("c", "Other Wire", "2023-06-02") }),
      fig("d", { value: 90, asOf: "2023-09-30", publisher: "Lotus Rights Network" }),
      fig("e", {
        value: 12,
        what: "women among those detained",
        publisher: "Lotus Rights Network",
      }),
      fig("f", { value: 3, what: "press agencies closed", publisher: "Lotus Rights Network" }),
    ];
    expect(findConflicts(figures).filter((c) => c.kind === "publishers")).toEqual([
      expect.objectContaining({
        a: expect.objectContaining({ id: "b" }),
        b: expect.objectContaining({ id: "c" }),
      }),
    ]);
  });

  it("compares yearly totals within the same year only, and never a count since some date", () => {
    const y = (id: string, value: number, asOf: string, publisher: string) =>
      fig(id, { value, asOf, publisher, what: "people arrested in the year" });
    const found = findConflicts([
      y("a", 13, "2021", "Prisoner Watch Vietnam"),
      y("b", 19, "2021", "Lotus Rights Network"),
      y("c", 30, "2022", "Lotus Rights Network"),
      // "convicted since 2018, as of 19 July 2022" is no yearly total.
      y("d", 2, "2022-07-19", "Prisoner Watch Vietnam"),
    ]);
    expect(found.map((c) => [c.a.id, c.b?.id])).toEqual([["a", "b"]]);
  });

  it("flags figures the register disagrees with, and only those", async () => {
    const rec = exampleRecord();
    const source = memoryEvidenceSource(rec);
    const published = rec.figures!.filter((f) => f.jurisdiction === "VN");
    // Every figure the example articles attribute to the monitoring group matches its register.
    expect(
      (await findConflictsWithSource(published, source)).filter((c) => c.kind === "register"),
    ).toEqual([]);
    const off = fig("x", {
      value: 25,
      asOf: "2024-12-31",
      what: "prisoners of conscience",
      publisher: "Lotus Rights Network",
    });
    const found = await findConflictsWithSource([...published, off], source);
    const reg = found.filter((c) => c.kind === "register");
    expect(reg).toHaveLength(1);
    expect(reg[0]).toMatchObject({
      a: { id: "x" },
      register: { date: "2024-12-31", value: 45 },
      difference: 20,
    });
    expect(reg[0]!.reason).toContain("the register counts 45 on 31 December 2024");
    // And the publishers disagree with each other for that date.
    expect(found.some((c) => c.kind === "publishers" && (c.a.id === "x" || c.b?.id === "x"))).toBe(
      true,
    );
  });

  it("uses a register count given as a function", () => {
    const found = findConflicts([fig("a", { value: 43 })], {
      registerCount: (date, quantity) =>
        date === "2023-05-31" && quantity === "detained" ? 50 : null,
    });
    expect(found).toMatchObject([{ kind: "register", difference: 7 }]);
    expect(memoryEvidenceSource({})).toBeTruthy();
  });
});

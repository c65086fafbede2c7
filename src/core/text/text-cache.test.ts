import { describe, expect, it } from "vitest";
import { startBatch, TextCache } from "./text-cache.js";

describe("TextCache", () => {
  const docs = [
    "Police detained the lawyer on Monday.",
    "The court adjourned the appeal hearing.",
    "Three activists were released on bail.",
  ];

  it("keeps the batch's documents whatever else is read, and only the last few other texts", () => {
    const cache = new TextCache<number>(2);
    startBatch(docs);
    docs.forEach((d, i) => cache.set(d, i));
    for (const line of ["a line", "another line", "a third line"]) cache.set(line, -1);
    expect(docs.map((d) => cache.get(d))).toEqual([0, 1, 2]);
    expect(cache.get("a line")).toBeUndefined();
    expect(cache.get("another line")).toBe(-1);
    expect(cache.get("a third line")).toBe(-1);
  });

  it("forgets everything when the next batch starts, the same texts included", () => {
    const cache = new TextCache<number>(2);
    startBatch(docs);
    docs.forEach((d, i) => cache.set(d, i));
    cache.set("a line", -1);
    startBatch(docs);
    expect([...docs, "a line"].map((d) => cache.get(d))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("with room for one other text, keeps the last one read", () => {
    const cache = new TextCache<string>(1);
    startBatch([]);
    cache.set("first text", "x");
    cache.set("second text", "y");
    expect(cache.get("first text")).toBeUndefined();
    expect(cache.get("second text")).toBe("y");
  });
});

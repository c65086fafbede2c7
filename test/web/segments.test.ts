import { describe, expect, it } from "vitest";
import { pieces, type MarkRange } from "../../web/src/lib/segments.js";

const r = (key: string, start: number, end: number, kind: MarkRange["kind"] = "statement") => ({
  key,
  kind,
  start,
  end,
});

/** Each piece as `text[keys]`, so a table reads like the page. */
function show(text: string, ranges: MarkRange[]): string[] {
  return pieces(text.length, ranges).pieces.map(
    (p) => `${text.slice(p.start, p.end)}[${p.marks.map((m) => m.key).join(",")}]`,
  );
}

describe("pieces: highlights from offsets", () => {
  const text = "The ministry said 28 people were held under Article 117.";
  //            0         1         2         3         4         5
  //            0123456789012345678901234567890123456789012345678901234567

  it.each<[string, MarkRange[], string[]]>([
    ["no annotation: one piece", [], [`${text}[]`]],
    [
      "a figure inside a statement nests",
      [r("s", 18, 56), r("f", 18, 27, "figure")],
      ["The ministry said []", "28 people[s,f]", " were held under Article 117.[s]"],
    ],
    [
      "crossing annotations split: each piece lists both where they overlap",
      [r("a", 4, 20), r("b", 13, 32, "figure")],
      ["The []", "ministry [a]", "said 28[a,b]", " people were[b]", " held under Article 117.[]"],
    ],
    [
      "of two starting together, the longer is outside",
      [r("short", 44, 55, "legalRef"), r("long", 44, 56, "event")],
      ["The ministry said 28 people were held under []", "Article 117[long,short]", ".[long]"],
    ],
  ])("%s", (_name, ranges, expected) => {
    expect(show(text, ranges)).toEqual(expected);
  });

  it("puts each annotation's keyboard stop on its first piece only", () => {
    const { pieces: ps } = pieces(text.length, [
      r("q", 0, 12),
      r("q", 18, 27),
      r("f", 4, 20, "figure"),
    ]);
    const firsts = ps.flatMap((p) => p.firsts.map((k) => `${k}@${p.start}`));
    expect(firsts).toEqual(["q@0", "f@4"]);
  });

  it("drops empty and reversed ranges, clamps ranges past the end, and says how many it dropped", () => {
    const out = pieces(10, [r("a", 3, 3), r("b", 7, 2), r("c", 8, 99), r("d", Number.NaN, 4)]);
    expect(out.dropped).toBe(3);
    expect(out.pieces.map((p) => [p.start, p.end, p.marks.map((m) => m.key)])).toEqual([
      [0, 8, []],
      [8, 10, ["c"]],
    ]);
  });

  it("covers the text exactly, whatever the annotations (random ranges)", () => {
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let round = 0; round < 200; round++) {
      const len = 1 + rand(80);
      const ranges = Array.from({ length: rand(12) }, (_, i) =>
        r(`k${i % 5}`, rand(len + 5) - 2, rand(len + 5) - 2),
      );
      const ps = pieces(len, ranges).pieces;
      expect(ps[0]!.start).toBe(0);
      expect(ps[ps.length - 1]!.end).toBe(len);
      for (let i = 1; i < ps.length; i++) expect(ps[i]!.start).toBe(ps[i - 1]!.end);
      for (const p of ps)
        for (const m of p.marks) {
          expect(m.start).toBeLessThanOrEqual(p.start);
          expect(m.end).toBeGreaterThanOrEqual(p.end);
        }
    }
  });
});

import { describe, expect, it } from "vitest";
import { findNumbers, parseNumber, parseNumeral, type NumberMatch } from "./numbers.js";
import { wordRuns } from "./word-runs.js";

type Seen = Pick<NumberMatch, "text" | "value"> & Partial<NumberMatch>;

/** The interesting fields only: text and value always, flags when set. */
function seen(text: string): Seen[] {
  return findNumbers(text).map((n) => {
    const out: Seen = { text: n.text, value: Math.round(n.value * 1000) / 1000 };
    if (n.percent) out.percent = true;
    if (n.currency) out.currency = n.currency;
    if (n.vague) out.vague = true;
    if (n.fraction) out.fraction = true;
    if (n.compound) out.compound = n.compound;
    if (n.form === "words") out.form = "words";
    return out;
  });
}

describe("findNumbers", () => {
  it.each<[string, Seen[]]>([
    ["Police now hold 239 activists.", [{ text: "239", value: 239 }]],
    ["The group counted 1,500 arrests.", [{ text: "1,500", value: 1500 }]],
    ["Some 1.5 million people signed.", [{ text: "1.5 million", value: 1500000 }]],
    ["Nearly two hundred monks marched.", [{ text: "two hundred", value: 200, form: "words" }]],
    ["twenty-five bloggers", [{ text: "twenty-five", value: 25, form: "words" }]],
    [
      "two hundred and fifty petitioners",
      [{ text: "two hundred and fifty", value: 250, form: "words" }],
    ],
    ["Nine lawyers defended him.", [{ text: "Nine", value: 9, form: "words" }]],
    ["a dozen journalists", [{ text: "a dozen", value: 12, form: "words" }]],
    [
      "three thousand five hundred",
      [{ text: "three thousand five hundred", value: 3500, form: "words" }],
    ],
    ["one and a half million", [{ text: "one and a half million", value: 1500000, form: "words" }]],
    ["dozens of petitioners", [{ text: "dozens", value: 12, vague: true, form: "words" }]],
    [
      "tens of thousands of protesters",
      [{ text: "tens of thousands", value: 10000, vague: true, form: "words" }],
    ],
    ["More than 70% use it.", [{ text: "70%", value: 70, percent: true }]],
    ["About 95 per cent of voters", [{ text: "95 per cent", value: 95, percent: true }]],
    [
      "seventy percent of users",
      [{ text: "seventy percent", value: 70, percent: true, form: "words" }],
    ],
    ["a 4.5 % rise", [{ text: "4.5 %", value: 4.5, percent: true }]],
    ["half of the detainees", [{ text: "half", value: 0.5, fraction: true, form: "words" }]],
    ["two-thirds of them", [{ text: "two-thirds", value: 0.667, fraction: true, form: "words" }]],
    ["a quarter of the cases", [{ text: "a quarter", value: 0.25, fraction: true, form: "words" }]],
    ["fined 500 million VND", [{ text: "500 million VND", value: 500000000, currency: "VND" }]],
    ["a 20 triệu đồng fine", [{ text: "20 triệu đồng", value: 20000000, currency: "đồng" }]],
    ["bail of US$5 million", [{ text: "US$5 million", value: 5000000, currency: "US$" }]],
    ["VND 40 million", [{ text: "VND 40 million", value: 40000000, currency: "VND" }]],
    [
      "fined 90,000 Belarusian rubles",
      [{ text: "90,000 Belarusian rubles", value: 90000, currency: "Belarusian rubles" }],
    ],
    [
      "five million dong",
      [{ text: "five million dong", value: 5000000, currency: "dong", form: "words" }],
    ],
    ["a 12-page indictment", [{ text: "12", value: 12, compound: "page" }]],
    ["the 61-year-old writer", [{ text: "61", value: 61, compound: "year-old" }]],
    ["an eight-year term", [{ text: "eight", value: 8, compound: "year", form: "words" }]],
    [
      "Articles 109, 117 and 331",
      [
        { text: "109", value: 109 },
        { text: "117", value: 117 },
        { text: "331", value: 331 },
      ],
    ],
    ["1.500.000 đồng", [{ text: "1.500.000 đồng", value: 1500000, currency: "đồng" }]],
  ])("%s", (text, expected) => {
    expect(seen(text)).toEqual(expected);
  });

  it.each([
    "the 14th congress",
    "until 6pm",
    "the COVID-19 pandemic",
    "on 22/4/2021",
    "at 21:30",
    "on 2021-04-22",
    "call 0912 for help",
    "see https://example.org/2021/04/22/story-95378.html",
    "no one was charged",
    "the third time",
    "a hearing",
    "the 1990s",
    // No count is this large; past 2^53 the value would not even be the number written.
    "10^400 detainees were released",
    `${"9".repeat(400)} people were arrested`,
    "1,000,000,000,000,000,000,000 leaflets",
    "5 trillion trillion visitors",
    "1e400 visitors",
  ])("no number in %s", (text) => {
    expect(findNumbers(text)).toEqual([]);
  });

  it("keeps offsets into the original text", () => {
    const text = "Of the 239 held, 83 are women.";
    for (const n of findNumbers(text)) expect(text.slice(n.start, n.end)).toBe(n.text);
    expect(findNumbers(text).map((n) => n.start)).toEqual([7, 17]);
  });

  it("reads only the range it is given", () => {
    expect(findNumbers("12 monks and 30 nuns", 5).map((n) => n.value)).toEqual([30]);
  });
});

describe("parseNumeral and parseNumber", () => {
  it.each<[string, number | null]>([
    ["1,500", 1500],
    ["1.5", 1.5],
    ["1.500.000", 1500000],
    ["207.5", 207.5],
    ["0912", null],
    ["1,50", null],
  ])("parseNumeral(%s)", (s, v) => {
    expect(parseNumeral(s)).toBe(v);
  });

  it.each<[string, number | null]>([
    ["twenty-five", 25],
    ["1.5 million", 1500000],
    ["nine", 9],
    ["nine lives", null],
  ])("parseNumber(%s)", (s, v) => {
    expect(parseNumber(s)).toBe(v);
  });
});

describe("findNumbers over a document whose word runs are read", () => {
  // With the runs read, a sentence with no digit and no trigger word is passed by untokenised;
  // the numbers found must be the same as without them.
  const doc =
    "Police held TWO hundred people. None were charged. Dozens protested; a dozen left.\n" +
    "Half of them, \u212aids said, fled. The 1,500 others stayed. Some ha\u0301lf-measures.\n" +
    "Fifty\u00e9 and é50 and x7 and 12th. A third of the tens of thousands.";
  const spans: [number, number][] = [];
  for (let a = 0; a < doc.length; a += 7)
    for (let b = a; b <= doc.length; b += 11) spans.push([a, b]);
  it("finds what it finds without them", () => {
    const without = spans.map(([a, b]) => {
      wordRuns("another text");
      return findNumbers(doc, a, b);
    });
    wordRuns(doc);
    expect(spans.map(([a, b]) => findNumbers(doc, a, b))).toEqual(without);
  });
});

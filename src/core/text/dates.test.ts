import { describe, expect, it } from "vitest";
import { findDates, type DateMatch } from "./dates.js";
import { startBatch } from "./text-cache.js";

type Seen = Pick<DateMatch, "text" | "value"> & Partial<DateMatch>;

function seen(text: string, docDate: string | null = "2021-04-22", dayFirst = false): Seen[] {
  return findDates(text, { docDate, dayFirst }).map((d) => {
    const out: Seen = { text: d.text, value: d.value };
    if (d.cue) out.cue = d.cue;
    if (d.relative) out.relative = true;
    if (d.endOf) out.endOf = true;
    return out;
  });
}

describe("findDates", () => {
  it.each<[string, Seen[]]>([
    [
      "He was arrested on April 22, 2021 in Hanoi.",
      [{ text: "on April 22, 2021", value: "2021-04-22", cue: "on" }],
    ],
    ["Hearing set for 22 April 2021.", [{ text: "22 April 2021", value: "2021-04-22" }]],
    // The cue starts after the whole emoji, not inside its surrogate pair.
    ["Held 😀since 2019.", [{ text: "since 2019", value: "2019", cue: "since" }]],
    ["Posted 3 Feb 2019 08:15", [{ text: "3 Feb 2019", value: "2019-02-03" }]],
    ["the 3rd of May 2019", [{ text: "3rd of May 2019", value: "2019-05-03" }]],
    [
      "as of December 31, 2019, the list held",
      [{ text: "as of December 31, 2019", value: "2019-12-31", cue: "as of" }],
    ],
    [
      "by the end of 2020 there were",
      [{ text: "by the end of 2020", value: "2020-12-31", cue: "by the end of", endOf: true }],
    ],
    [
      "at the end of October 2020",
      [
        {
          text: "at the end of October 2020",
          value: "2020-10-31",
          cue: "at the end of",
          endOf: true,
        },
      ],
    ],
    [
      "She was detained in October 2020.",
      [{ text: "in October 2020", value: "2020-10", cue: "in" }],
    ],
    ["In 2019, police arrested", [{ text: "In 2019", value: "2019", cue: "in" }]],
    ["in power since 1994", [{ text: "since 1994", value: "1994", cue: "since" }]],
    ["emissions by mid-2030", [{ text: "by mid-2030", value: "2030", cue: "by" }]],
    ["in the summer of 2020", [{ text: "in the summer of 2020", value: "2020", cue: "in" }]],
    [
      "from June 2012 to May 2016",
      [
        { text: "from June 2012", value: "2012-06", cue: "from" },
        { text: "to May 2016", value: "2016-05", cue: "to" },
      ],
    ],
    [
      "between 2015 and 2019",
      [
        { text: "between 2015", value: "2015", cue: "between" },
        { text: "and 2019", value: "2019", cue: "and" },
      ],
    ],
    ["the ISO date 2021-04-22", [{ text: "2021-04-22", value: "2021-04-22" }]],
    // No year: the document's year, unless that would put the date after the document.
    [
      "told RFA on April 22 that",
      [{ text: "on April 22", value: "2021-04-22", cue: "on", relative: true }],
    ],
    [
      "convicted on Dec. 14",
      [{ text: "on Dec. 14", value: "2020-12-14", cue: "on", relative: true }],
    ],
    ["Apr. 2 hearing", [{ text: "Apr. 2", value: "2021-04-02", relative: true }]],
    ["in early April", [{ text: "in early April", value: "2021-04", cue: "in", relative: true }]],
    ["in May", [{ text: "in May", value: "2020-05", cue: "in", relative: true }]],
    // Relative words, resolved against the document date (Thursday 22 April 2021).
    ["arrested yesterday", [{ text: "yesterday", value: "2021-04-21", relative: true }]],
    ["Last year, police", [{ text: "Last year", value: "2020", relative: true }]],
    ["this year alone", [{ text: "this year", value: "2021", relative: true }]],
    ["last month", [{ text: "last month", value: "2021-03", relative: true }]],
    ["late on Saturday", [{ text: "on Saturday", value: "2021-04-17", cue: "on", relative: true }]],
    ["on Thursday", [{ text: "on Thursday", value: "2021-04-22", cue: "on", relative: true }]],
    ["last Thursday", [{ text: "last Thursday", value: "2021-04-15", relative: true }]],
    // Numeric dates: an order is chosen only when the numbers decide it.
    ["on 22/4/2021", [{ text: "on 22/4/2021", value: "2021-04-22", cue: "on" }]],
    ["on 4/22/2021", [{ text: "on 4/22/2021", value: "2021-04-22", cue: "on" }]],
    ["on 4/5/2021", [{ text: "on 4/5/2021", value: "2021", cue: "on" }]],
    ["ngày 22 tháng 4 năm 2021", [{ text: "ngày 22 tháng 4 năm 2021", value: "2021-04-22" }]],
    ["tháng 10/2020", [{ text: "tháng 10/2020", value: "2020-10" }]],
  ])("%s", (text, expected) => {
    expect(seen(text)).toEqual(expected);
  });

  it("reads ambiguous numeric dates day first when told to (Vietnamese sources)", () => {
    expect(seen("on 4/5/2021", "2021-06-01", true)).toEqual([
      { text: "on 4/5/2021", value: "2021-05-04", cue: "on" },
    ]);
  });

  it.each([
    "the 2016 national elections",
    "Article 88 of the 1999 Penal Code",
    "under the Criminal Code 2015",
    "you may go",
    "the 1990s",
    "on 31/2/2021",
    "next Monday",
  ])("no date in %s", (text) => {
    expect(seen(text)).toEqual([]);
  });

  it("leaves yearless and relative dates alone without a document date", () => {
    expect(seen("on April 22 and yesterday and on Monday, in 2019", null)).toEqual([
      { text: "in 2019", value: "2019", cue: "in" },
    ]);
  });

  it("resolves weekdays and month-days only as far as the document date allows", () => {
    expect(seen("on Monday, on April 2 and last month", "2021")).toEqual([
      { text: "on April 2", value: "2021-04-02", cue: "on", relative: true },
    ]);
  });

  it.each([
    "The trial was set for 2026-13-45.",
    "He was released on 12 May 99999.",
    "The law stays in force until the year 99999.",
    "She was arrested on 45/13/2026.",
    "on 0000-00-00",
  ])("no date outside the calendar in %j", (text) => {
    expect(seen(text)).toEqual([]);
  });

  it("keeps a month-day followed by a number that goes on with the sentence", () => {
    expect(seen("On May 12, 15000 people marched.")).toEqual([
      { text: "On May 12", value: "2020-05-12", cue: "on", relative: true },
    ]);
  });

  it("reads a span of a long text the same as the span alone", () => {
    const filler = "words without a date ".repeat(2000);
    const span = "The court sat on April 2, 2021 in Hanoi.";
    const text = filler + span + filler;
    const from = filler.length;
    const found = findDates(text, { from, to: from + span.length, docDate: "2021-04-22" });
    expect(found.map((d) => [d.start - from, d.end - from, d.value])).toEqual(
      findDates(span, { docDate: "2021-04-22" }).map((d) => [d.start, d.end, d.value]),
    );
  });

  it("reads a relative word spelt with a letter that folds to ASCII as the pattern does", () => {
    // ſ (long s) matches "s" case-insensitively, so the pattern finds "yeſterday", which names no
    // relative day: the word scan that finds where patterns start steps aside for such texts.
    expect(seen("He was held yeſterday, and yesterday.")).toEqual([
      { text: "and yesterday", value: "2021-04-21", cue: "and", relative: true },
    ]);
  });

  it("finds no date inside words or numbers (Mayor, 12345, Sundays)", () => {
    expect(seen("Mayor Ngo met 12345 people; Maybe the Sundays.")).toEqual([]);
  });

  it("keeps offsets into the text", () => {
    const text = "Police said that as of April 22, 2021, 239 were held.";
    const [d] = findDates(text, { docDate: "2021-04-22" });
    expect(text.slice(d!.start, d!.end)).toBe("as of April 22, 2021");
  });
});

describe("findDates: matches kept from one call to the next", () => {
  // A date's match is kept per raw match with the floor its cue is read to: asking for one
  // stretch after another must give what each stretch gives asked first.
  const text = [
    "By the end of 2020, the group counted 40 prisoners; as of March 1, 2021 it counted 43.",
    "Since early 2019 arrests rose, and between 2015 and 2019 they doubled.",
    "In the first half of April the court sat twice, on Monday and on April 22.",
    "He was held until the end of May 2020 and again from 3 June to 9 July 2020.",
  ].join(" ");
  const stretches: [number, number][] = [];
  for (let from = 0; from < text.length; from += 7)
    for (const length of [5, 23, 61, 140, text.length]) stretches.push([from, from + length]);

  it("reads every stretch the same whatever was read before", () => {
    const docDate = "2021-04-22";
    const alone = stretches.map(([from, to]) => {
      startBatch([]);
      return findDates(text, { docDate, from, to: Math.min(to, text.length) });
    });
    startBatch([text]);
    for (const order of [1, -1]) {
      const list = order === 1 ? stretches.map((s, i) => i) : stretches.map((s, i) => i).reverse();
      for (const i of list) {
        const [from, to] = stretches[i]!;
        expect(findDates(text, { docDate, from, to: Math.min(to, text.length) })).toEqual(alone[i]);
      }
    }
    // another document date reads the raw matches again
    expect(findDates(text, { docDate: "2019-01-01" })).toEqual(
      (startBatch([]), findDates(text, { docDate: "2019-01-01" })),
    );
  });
});

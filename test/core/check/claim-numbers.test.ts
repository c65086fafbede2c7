import { describe, expect, it } from "vitest";
import { claimNumbers } from "../../../src/core/check/claim-numbers.js";
import { claimTokens } from "../../../src/core/check/claim-tokens.js";

const read = (s: string, date = "2023-01-10") =>
  claimNumbers(s, claimTokens(s), date).map((n) => ({
    value: n.value,
    bound: n.bound,
    unit: n.unit,
    quantity: n.quantity,
    ...(n.year !== null ? { year: n.year } : {}),
    ...(n.asOf !== null ? { asOf: n.asOf } : {}),
    ...(n.partitive ? { partitive: true } : {}),
  }));

describe("numbers in claims", () => {
  it.each([
    [
      "More than 75 percent of the population are online every day.",
      [{ value: 75, bound: "gt", unit: "percent", quantity: "internet-users" }],
    ],
    [
      "Nearly 60 million people use the internet in Vietnam.",
      [{ value: 60_000_000, bound: "lt", unit: "count", quantity: "internet-users" }],
    ],
    [
      "As of June 30, 2022, the group counted 40 people in pre-trial detention, of whom 12 are women.",
      [
        { value: 40, bound: "eq", unit: "count", quantity: "detained", asOf: "2022-06-30" },
        { value: 12, bound: "eq", unit: "count", quantity: "detained/women", asOf: "2022-06-30" },
      ],
    ],
    [
      "At least 19 of them are held under Article 117.",
      [{ value: 19, bound: "gte", unit: "count", quantity: "detained/article:117" }],
    ],
    [
      "Twenty-two of the 40, or 55 percent, are held under Article 117.",
      [
        { value: 22, bound: "eq", unit: "count", quantity: "detained/article:117" },
        { value: 40, bound: "eq", unit: "count", quantity: null, partitive: true },
        { value: 55, bound: "eq", unit: "percent", quantity: "detained/article:117" },
      ],
    ],
    [
      "In 2022, police arrested eleven activists and courts convicted nine, handing down a total of 61 years.",
      [
        { value: 11, bound: "eq", unit: "count", quantity: "arrested", year: 2022 },
        { value: 9, bound: "eq", unit: "count", quantity: "convicted", year: 2022 },
        { value: 61, bound: "eq", unit: "years", quantity: "sentence-years", year: 2022 },
      ],
    ],
    // One person's sentence belongs to the event, not to a total.
    [
      // ("constructor" after a number is no duration word: the record's prototype is not read.)
      "The court fined 12 constructor firms.",
      [{ value: 12, bound: "eq", unit: "count", quantity: null }],
    ],
    [
      "The court sentenced him to four and a half years.",
      [{ value: 4.5, bound: "eq", unit: "years", quantity: null }],
    ],
    [
      "Vietnam has some 780 press agencies.",
      [{ value: 780, bound: "approx", unit: "count", quantity: "press-agencies" }],
    ],
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it.each([
    "Articles 109, 117 and 331 of the 2015 Criminal Code were cited.",
    "He was arrested on March 3, 2021 in Nghệ An.",
    "The blogger, 52, was tried under Clause 2 of the article.",
    "No one spoke at the one-sided hearing.",
    "The 1999 Penal Code was replaced in 2018.",
    "The ministry said 10^400 detainees had been released.",
    `Officials said ${"9".repeat(400)} people were detained.`,
    "There are 1,000,000,000,000,000,000,000 prisoners.",
  ])("no quantity in: %s", (sentence) => {
    expect(read(sentence)).toEqual([]);
  });
});

// The monitoring group's year-end numbers in example articles 06 and 16, each claim with the
// register quantities that should support it: one table for the cross-check's core tests and
// its store tests, which must agree.

/** Article stem, the words the claim starts with, how far it runs, the supporting quantities. */
export const YEAR_END_CLAIMS = [
  ["06", "According to Prisoner Watch Vietnam's records", "sentence", ["detained"]],
  [
    "06",
    "According to Prisoner Watch Vietnam's records",
    "paragraph",
    ["detained", "detained/women", "detained/ethnic-minority"],
  ],
  [
    "06",
    "In 2021, the authorities arrested",
    "sentence",
    ["arrested", "convicted", "sentence-years"],
  ],
  ["16", "As of December 31, 2024, Prisoner Watch", "sentence", ["at-risk", "detained"]],
  [
    "16",
    "As of December 31, 2024, Prisoner Watch",
    "paragraph",
    [
      "at-risk",
      "detained",
      "detained/women",
      "detained/ethnic-minority",
      "detained/article:117",
      "detained/article:117",
    ],
  ],
  ["16", "Twenty-four of the 45", "sentence", ["detained/article:117", "detained/article:117"]],
  [
    "16",
    "In 2024, the authorities arrested",
    "paragraph",
    ["arrested", "convicted", "sentence-years", "deaths-in-custody", "released"],
  ],
] as const;

/** The article's date: each year-end report is published in the first week of the next year. */
export function yearEndDate(stem: "06" | "16"): string {
  return stem === "06" ? "2022-01-06" : "2025-01-06";
}

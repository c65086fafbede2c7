// Calendar words for `text/dates.ts`. Month and weekday names are matched with a capital first
// letter ("May 5", never "may"); keys here are lower-case.

/** Month names and their abbreviations (written with or without a full stop) → 1–12. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Month names that are also common words: dated only with a day, a year or a date cue. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(["may", "mar", "jan", "jun"]);

/** Weekdays → JavaScript `getUTCDay()` numbers (Sunday = 0). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/**
 * Words written just before a date that say how it is used: "as of March 1, 2021", "since
 * 2019", "by the end of 2020". Longest first; matched case-insensitively.
 */
export const DATE_CUES: readonly string[] = [
  "by the end of",
  "at the end of",
  "until the end of",
  "the end of",
  "by the beginning of",
  "at the beginning of",
  "by the start of",
  "at the start of",
  "as of",
  "as at",
  "since",
  "from",
  "until",
  "till",
  "through",
  "between",
  "during",
  "before",
  "after",
  "around",
  "on",
  "in",
  "by",
  "to",
  "and",
  "of",
];

/** Cues after which a date is the end of its period: "by the end of 2020" → 2020-12-31. */
export const END_OF_CUES: ReadonlySet<string> = new Set([
  "by the end of",
  "at the end of",
  "until the end of",
  "the end of",
]);

/** Cues that may stand before a bare year ("in 2019", "since 1994"); "the 2016 elections" is no date. */
export const YEAR_CUES: ReadonlySet<string> = new Set([
  "as of",
  "as at",
  "by the end of",
  "at the end of",
  "until the end of",
  "the end of",
  "by the beginning of",
  "at the beginning of",
  "by the start of",
  "at the start of",
  "since",
  "from",
  "until",
  "till",
  "through",
  "between",
  "during",
  "before",
  "after",
  "around",
  "in",
  "by",
  "to",
  "and",
]);

/** Words between a cue and a month or year that narrow it: "in early April", "mid-2020". */
export const PERIOD_PARTS: readonly string[] = [
  "the first half of",
  "the second half of",
  "the summer of",
  "the spring of",
  "the autumn of",
  "the fall of",
  "the winter of",
  "early",
  "late",
  "mid-",
  "mid",
];

/** Relative day, month and year words, resolved against the document date. */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = { today: 0, yesterday: -1 };
export const RELATIVE_MONTHS: Readonly<Record<string, number>> = {
  "this month": 0,
  "last month": -1,
};
export const RELATIVE_YEARS: Readonly<Record<string, number>> = {
  "this year": 0,
  "last year": -1,
};

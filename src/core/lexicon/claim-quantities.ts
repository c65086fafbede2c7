// What a number counts, as quantity keys shared by numeric claims, published figures and the
// register: "36 people in prison or pre-trial detention", "239 activists being detained" and
// "45 prisoners of conscience" are all the family `detained`; "of whom 17 are women" adds the
// qualifier `women` (key `detained/women`). Phrases are over folded, lower-cased tokens.
//
// A family is a stock counted on a day (`day`) or a flow counted over a year (`year`). The
// register counts a family when its in-memory or database source says so; the others are only
// compared between publishers.

export interface QuantityFamily {
  key: string;
  label: string;
  period: "day" | "year";
  /** The units a number of this family comes in. */
  units: readonly ("count" | "percent" | "years")[];
  /** Phrases that name it near the number, most specific first. */
  terms: readonly string[];
}

/** Families in precedence order: when two name the same number equally close, the first wins. */
export const QUANTITY_FAMILIES: readonly QuantityFamily[] = [
  {
    key: "deaths-in-custody",
    label: "deaths in custody",
    period: "year",
    units: ["count"],
    terms: ["died in custody", "deaths in custody", "death in custody", "died in prison", "died"],
  },
  {
    key: "released",
    label: "people released",
    period: "year",
    units: ["count"],
    terms: ["released", "freed", "releases", "were released"],
  },
  {
    key: "sentence-years",
    label: "total prison sentences, in years",
    period: "year",
    units: ["years"],
    terms: ["total of", "total", "in prison", "prison sentences", "sentences", "sentencing"],
  },
  {
    key: "convicted",
    label: "people convicted",
    period: "year",
    units: ["count"],
    terms: ["convicted", "convictions", "sentenced", "jailed during the year"],
  },
  {
    key: "arrested",
    label: "people arrested",
    period: "year",
    units: ["count"],
    terms: ["arrested", "arrests", "taken into custody"],
  },
  {
    key: "at-risk",
    label: "people at risk",
    period: "day",
    units: ["count"],
    terms: ["at risk", "activists at risk", "people at risk"],
  },
  {
    key: "detained",
    label: "people detained for peaceful expression or activism",
    period: "day",
    units: ["count", "percent"],
    terms: [
      "prisoners of conscience",
      "political prisoners",
      "prisoner of conscience",
      "political detainees",
      "in prison or pre trial detention",
      "pre trial detention",
      "in detention",
      "being detained",
      "detained",
      "detention",
      "in prison",
      "imprisoned",
      "jailed",
      "behind bars",
      "incarcerated",
      "in custody",
      "held",
      "holding",
      "holds",
      "prisoners",
    ],
  },
  {
    key: "internet-users",
    label: "internet users",
    period: "day",
    units: ["count", "percent"],
    terms: [
      "internet users",
      "use the internet",
      "uses the internet",
      "internet",
      "online",
      "netizens",
    ],
  },
  {
    key: "press-agencies",
    label: "press agencies",
    period: "day",
    units: ["count"],
    terms: ["press agencies", "press agency", "newspapers", "media outlets"],
  },
];

/** Sub-groups a figure can be restricted to; `article` takes the number after it. */
export const QUANTITY_QUALIFIERS: readonly { key: string; terms: readonly string[] }[] = [
  { key: "women", terms: ["women", "woman", "female", "females"] },
  {
    key: "ethnic-minority",
    terms: ["ethnic minorities", "ethnic minority", "minorities", "minority", "indigenous"],
  },
];

/** Words before a number that bound it ("more than 70%"), by the Figure contract's bounds. */
export const NUMBER_BOUNDS: Readonly<
  Record<"gt" | "gte" | "lt" | "lte" | "approx" | "eq", readonly string[]>
> = {
  gt: ["more than", "over", "above", "upwards of", "in excess of", "exceeding"],
  gte: ["at least", "no fewer than", "no less than", "a minimum of"],
  lt: ["fewer than", "less than", "under", "below", "nearly", "almost", "just under"],
  lte: ["up to", "at most", "a maximum of", "no more than", "not more than"],
  approx: ["about", "around", "some", "approximately", "roughly", "an estimated", "close to"],
  eq: ["only", "exactly", "just"],
};

/** Scale words after a number. */
export const NUMBER_SCALES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  millions: 1_000_000,
  billion: 1_000_000_000,
};

/** Words before a number that make it a label, not a quantity ("Article 117", "Clause 2"). */
export const NUMBER_LABEL_WORDS: readonly string[] = [
  "article",
  "articles",
  "clause",
  "clauses",
  "dieu",
  "khoan",
  "point",
  "paragraph",
  "no",
  "number",
  "cycle",
  "page",
  "resolution",
  "decree",
];

/** Words after a number that make it a percentage. */
export const PERCENT_WORDS: readonly string[] = ["%", "percent", "per cent", "pc"];

/** Words after a number that make it a duration in years (months are divided by 12). */
export const DURATION_WORDS: Readonly<Record<string, number>> = {
  year: 1,
  years: 1,
  month: 1 / 12,
  months: 1 / 12,
};

/** Words that end the phrase a number counts ("36 people in prison | for …"). */
export const COUNTED_STOPS: readonly string[] = [
  "is",
  "are",
  "was",
  "were",
  "have",
  "has",
  "had",
  "and",
  "or",
  "of",
  "for",
  "because",
  "since",
  "as",
  "who",
  "which",
  "that",
  "to",
  "by",
  "with",
  "on",
  "at",
];

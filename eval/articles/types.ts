// The expected facts of one article (`eval/articles/expected/<stem>.json` for the dev articles,
// `examples/expected/<stem>.json` for our own): the examples' format (examples/README.md), plus
// two things real articles need. Any field may list alternatives (`"person": ["Kyaw Min Yu", "Ko
// Jimmy"]`, `"date": [null, "2023-03-03"]`) when the text supports more than one reading, and any
// item may be `"optional": true` when a careful reader could list it or not: a prediction that
// matches an optional item is neither right nor wrong, and a missed optional item is not a miss.

import type { Analysis } from "../../src/core/types.js";

export type Alt<T> = T | T[];

interface Item {
  optional?: boolean;
}

export interface ExpectedFigure extends Item {
  value: number;
  bound: string;
  unit?: string;
  what?: string | null;
  asOf?: Alt<string | null>;
  publisher?: Alt<string | null>;
  partOfValue?: Alt<number | null>;
}

export interface ExpectedLegalRef extends Item {
  statute: Alt<string>;
  clause?: Alt<string | null>;
}

export interface ExpectedReport extends Item {
  issuer: Alt<string>;
  year: Alt<number | null>;
  title?: string | null;
  cycle?: number | null;
}

export interface ExpectedResponse extends Item {
  speaker: Alt<string>;
  reportIssuer: Alt<string>;
  response?: Alt<string | null>;
}

export interface ExpectedEvent extends Item {
  type: string;
  person: Alt<string | null>;
  date?: Alt<string | null>;
  place?: Alt<string | null>;
  charges?: string[];
  sentenceMonths?: Alt<number | null>;
  probationMonths?: Alt<number | null>;
  penalty?: Alt<string | null>;
}

export interface ExpectedStatement extends Item {
  /** null: a statement the text gives no source for ("Asked whether …"). */
  speaker: Alt<string> | null;
}

/**
 * A person, organisation or state the article mentions, once however often it is named. `aliases`
 * lists the other names it must be known by (short forms, acronyms, the capital for the state);
 * `roles`, when given, is the whole set of roles the article gives it, each role possibly with
 * alternatives ("land-rights blogger" or "blogger").
 */
export interface ExpectedActor extends Item {
  name: Alt<string>;
  kind: "person" | "organisation" | "state";
  aliases?: string[];
  roles?: Alt<string>[];
}

export interface Expected {
  actors?: ExpectedActor[];
  statements?: ExpectedStatement[];
  figures?: ExpectedFigure[];
  legalRefs?: ExpectedLegalRef[];
  reports?: ExpectedReport[];
  responses?: ExpectedResponse[];
  events?: ExpectedEvent[];
}

/** One article: its expected facts and what the extractor produced for it. */
export interface ArticleCase {
  stem: string;
  expected: Expected;
  analysis: Analysis;
}

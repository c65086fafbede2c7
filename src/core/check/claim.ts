// A claim: a sentence someone said on a date, typed-in or taken from an extracted statement, and
// what the classifier found in it.

import type { Right } from "../lexicon/statutes/index.js";
import type { ActorKind, PartialDate } from "../types.js";
import type { ClaimNumber } from "./claim-numbers.js";

export interface ClaimSpeaker {
  name: string;
  kind?: ActorKind | null;
  role?: string | null;
  org?: string | null;
  /** The state the speaker speaks for (ISO 3166 alpha-2), when they speak for one: "VN". */
  state?: string | null;
}

/** Where the claim appeared: the document of the statement, or a page the reviewer names. */
export interface ClaimAppearance {
  documentId?: string | null;
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  date?: PartialDate | null;
}

/** The report a claim answers, when the statement extractor linked one. */
export interface ClaimReportRef {
  issuer?: string | null;
  issuerId?: string | null;
  title?: string | null;
  year?: number | null;
}

export interface ClaimInput {
  text: string;
  speaker?: ClaimSpeaker | null;
  /** When it was said; the as-of date of every evidence query. */
  date?: PartialDate | null;
  /** The country the claim is about (ISO 3166 alpha-2); defaults to the speaker's state. */
  jurisdiction?: string | null;
  appearance?: ClaimAppearance | null;
  /** The extracted statement it came from (`vigil check --statement ID`). */
  statementId?: string | null;
  respondsTo?: ClaimReportRef | null;
}

export interface Claim {
  text: string;
  speaker: ClaimSpeaker | null;
  date: PartialDate | null;
  jurisdiction: string | null;
  appearance: ClaimAppearance | null;
  statementId: string | null;
  respondsTo: ClaimReportRef | null;
}

export interface ClaimFeatures {
  /** Negation words as written in folded form: "no", "not", "never", "nobody". */
  negations: string[];
  quantifiers: { phrase: string; force: "universal" | "existential" }[];
  /** Canonical acts named: "arrest", "try", "imprison". */
  acts: string[];
  /** Grounds named for an act: "expressing", "opinions", "protecting human rights". */
  grounds: string[];
  /** Rights the grounds or freedoms named touch. */
  rights: Right[];
  numbers: ClaimNumber[];
  /** The sentence reports someone else's claim ("tells the UN that no one is …"). */
  reported: boolean;
}

export interface ClaimTypeMatch {
  type: string;
  label: string;
  /** The best firing trigger's weight, plus a little for each further trigger. */
  score: number;
  polarity: "positive" | "negative";
  /** Ids of the triggers that fired, best first. */
  triggers: string[];
  /** The words that fired the best trigger. */
  matched: string[];
  evidenceRules: readonly string[];
  verdictRule: string | null;
}

export interface TypedClaim {
  claim: Claim;
  features: ClaimFeatures;
  /** Best first; a single `other` when nothing fired. */
  types: ClaimTypeMatch[];
}

export function toClaim(input: ClaimInput | string): Claim {
  const i: ClaimInput = typeof input === "string" ? { text: input } : input;
  return {
    text: i.text.normalize("NFC").replace(/\s+/g, " ").trim(),
    speaker: i.speaker ?? null,
    date: i.date ?? null,
    jurisdiction: i.jurisdiction ?? i.speaker?.state ?? null,
    appearance: i.appearance ?? null,
    statementId: i.statementId ?? null,
    respondsTo: i.respondsTo ?? null,
  };
}

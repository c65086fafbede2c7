// What a claim sentence says, independent of its type: negation, quantifiers, the acts and
// grounds it names, the rights those touch, and its numbers.
//   "No one in Vietnam is arrested or put on trial merely for expressing opinions"
//     → negations [no], quantifiers [no one: universal], acts [arrest, try],
//       grounds [expressing, opinions], rights [expression]

import {
  CLAIM_ACTS,
  CLAIM_FREEDOMS,
  CLAIM_GROUNDS,
  CLAIM_NEGATIONS,
  CLAIM_QUANTIFIERS,
  CLAIM_REPORTING,
} from "../lexicon/claim-words.js";
import type { Right } from "../lexicon/statutes/index.js";
import type { PartialDate } from "../types.js";
import type { ClaimFeatures } from "./claim.js";
import { claimNumbers } from "./claim-numbers.js";
import type { ClaimToken } from "./claim-tokens.js";
import { findPhrases } from "./token-pattern.js";

const ACT_PHRASES = Object.entries(CLAIM_ACTS).map(([act, phrases]) => ({ act, phrases }));
const GROUND_PHRASES = CLAIM_GROUNDS.flatMap((g) => g.phrases);
const FREEDOM_PHRASES = CLAIM_FREEDOMS.flatMap((g) => g.phrases);
const NEGATIONS = new Set(CLAIM_NEGATIONS);
const REPORTING = new Set(CLAIM_REPORTING);

function rightsOf(
  phrase: string,
  table: readonly { phrases: readonly string[]; rights: readonly Right[] }[],
): readonly Right[] {
  return table.find((g) => g.phrases.includes(phrase))?.rights ?? [];
}

const FIRST_PERSON = new Set(["i", "we"]);
const REPORTED_NEXT = new Set(["that", "to", "it", "they", "he", "she"]);

export function claimFeatures(
  text: string,
  tokens: readonly ClaimToken[],
  date: PartialDate | null,
): ClaimFeatures {
  const negations = tokens.filter((t) => NEGATIONS.has(t.norm)).map((t) => t.norm);
  const quantifiers: ClaimFeatures["quantifiers"] = [];
  for (const force of ["universal", "existential"] as const)
    for (const q of findPhrases(tokens, CLAIM_QUANTIFIERS[force]))
      quantifiers.push({ phrase: q.phrase, force });
  const acts: string[] = [];
  for (const a of ACT_PHRASES)
    if (findPhrases(tokens, a.phrases).length > 0 && !acts.includes(a.act)) acts.push(a.act);
  const groundHits = findPhrases(tokens, GROUND_PHRASES);
  const grounds = groundHits.map((g) => g.phrase);
  const rights = new Set<Right>();
  for (const g of grounds) for (const r of rightsOf(g, CLAIM_GROUNDS)) rights.add(r);
  // "for defending human rights" is a ground, not a claim about every human right.
  for (const f of findPhrases(tokens, FREEDOM_PHRASES)) {
    if (groundHits.some((g) => g.start < f.end && f.start < g.end)) continue;
    for (const r of rightsOf(f.phrase, CLAIM_FREEDOMS)) rights.add(r);
  }
  // "Hanoi tells the UN that no one is detained …": a reporting verb before a negation means the
  // sentence attributes the denial to someone else.
  // Without a negation, words that report what others say ("the authorities always say they
  // cooperate … but I think it is a formality") make the speaker a reporter of the claim too.
  const firstNeg = tokens.findIndex((t) => NEGATIONS.has(t.norm));
  const reportsOthers = (t: ClaimToken, i: number) =>
    REPORTING.has(t.norm) &&
    !FIRST_PERSON.has(tokens[i - 1]?.norm ?? "") &&
    // "say to comply with", "claims that", "says it cooperates" — not "can say what he likes".
    (firstNeg > 0 || REPORTED_NEXT.has(tokens[i + 1]?.norm ?? ""));
  const reported =
    firstNeg > 0
      ? tokens.slice(0, firstNeg).some(reportsOthers) &&
        tokens.slice(0, firstNeg).some((t) => t.norm === "that")
      : firstNeg < 0 && tokens.some(reportsOthers);
  return {
    negations,
    quantifiers,
    acts,
    grounds: [...new Set(grounds)],
    rights: [...rights],
    numbers: claimNumbers(text, tokens, date),
    reported,
  };
}

/** Whether any word negates: `claimFeatures(…).negations.length > 0` without the rest. */
export function hasNegation(tokens: readonly ClaimToken[]): boolean {
  return tokens.some((t) => NEGATIONS.has(t.norm));
}

/** A negation within `[start - 3, end)`: "does not cooperate with the UN". */
export function negatedAround(tokens: readonly ClaimToken[], start: number, end: number): boolean {
  for (let i = Math.max(0, start - 3); i < end; i++)
    if (NEGATIONS.has(tokens[i]!.norm)) return true;
  return false;
}

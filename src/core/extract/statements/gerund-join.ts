// "and" before an "-ing" cue word inside reported content: a second participle attribution, or
// the second of two gerunds in the content?
//   criticized the judge for accepting gifts and speaking fees   → one content
//   noting their skill in handling crowds and saying they had …  → two statements

import { PREPOSITIONS } from "../../lexicon/function-words.js";
import { WORD, type Tok } from "../../text/lex.js";
import type { StatementDoc } from "./find.js";

/**
 * Does the "-ing" word after "and" at `k` join a gerund in the content from `a` ("for accepting
 * gifts and speaking fees") rather than start an attribution? Not when a clause or an object
 * pronoun of its own follows it ("and saying they …", "and calling him …").
 */
export function joinsGerund(doc: StatementDoc, a: number, k: number): boolean {
  return !ownComplement(doc, k + 2) && gerundBetween(doc.toks, a, k);
}

function ownComplement(doc: StatementDoc, k: number): boolean {
  const t = doc.toks[k];
  return t !== undefined && (doc.pieceOf[k]! >= 0 || OWN_COMPLEMENT.test(t.lower));
}

const OWN_COMPLEMENT = /^(that|he|she|they|it|we|i|him|her|them|us)$/;

/** A gerund after a preposition in `[a, k)`: "for accepting", not the noun in "a fair ruling". */
function gerundBetween(toks: readonly Tok[], a: number, k: number): boolean {
  for (let j = a + 1; j < k; j++) {
    const t = toks[j]!;
    const gerund = t.kind === WORD && !t.cap && /ing$/.test(t.lower) && t.lower.length > 5;
    if (gerund && PREPOSITIONS.has(toks[j - 1]!.lower)) return true;
  }
  return false;
}

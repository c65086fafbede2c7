// What a comma around an attribution opens: a clause that goes on with the content, or the
// main clause after an opening subordinate one.
//   The court must hear every witness, he said, to be fair.         → "to be fair" goes on
//   The dam hurt the party, Hoa said, since most farmers live below. → "since …" goes on
//   As the floods spread, it is his duty, he said, to warn them.     → "it is his duty"

import { NARRATED_SUBJECTS } from "../../lexicon/function-words.js";
import { WORD, wordCount, type Tok } from "../../text/lex.js";
import type { StatementDoc } from "./find.js";

const CLAUSE_LEADS = new Set(["since", "because", "until", "before", "after", "unless"]);
const NOT_VERB =
  /^(the|a|an|his|her|their|its|my|our|your|this|that|these|those|him|them|me|us|you|it|what|which|some|all|every|each|no)$/;
const RELATIVE = /^(which|who|whose|where|when)$/;

/**
 * A subordinate clause or an infinitive at `k`, right after a comma ("since most of them …",
 * "to hear …"): read as an adjunct, it would hide the comma that closes the attribution.
 */
function clauseAfterComma(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  const n = toks[k + 1];
  if (t === undefined || n === undefined || n.kind !== WORD) return false;
  if (t.lower === "to") return !n.cap && !NOT_VERB.test(n.lower);
  // "…, officials said Friday, as they filed …": "as" with a subject opens a clause.
  if (t.lower === "as") return NARRATED_SUBJECTS.has(n.lower);
  return CLAUSE_LEADS.has(t.lower);
}

/** The first comma in `[from, j)` that such a clause follows, else `j`. */
export function commaBeforeClause(toks: readonly Tok[], from: number, j: number): number {
  for (let k = from; k < j; k++)
    if (toks[k]!.text === "," && clauseAfterComma(toks, k + 1)) return k;
  return j;
}

/**
 * Where the main clause starts in `(a, comma)` that opens with a subordinate clause: after its
 * last comma outside quotations, or -1 when there is none or a relative clause follows it
 * ("When asked …, which was seen as a failure, he said, “…”" is still the question).
 */
export function mainClauseStart(doc: StatementDoc, a: number, comma: number): number {
  const toks = doc.toks;
  for (let k = comma - 1; k > a; k--) {
    if (toks[k]!.text !== "," || doc.pieceOf[k]! >= 0) continue;
    return !RELATIVE.test(toks[k + 1]!.lower) && wordCount(toks, k + 1, comma) >= 2 ? k + 1 : -1;
  }
  return -1;
}

/** After a parenthesis opening at `j` and closing before `limit`, else `j`. */
export function pastParenthesis(toks: readonly Tok[], j: number, limit: number): number {
  if (toks[j]?.text !== "(") return j;
  for (let k = j + 1; k < limit && k - j < 30; k++) if (toks[k]!.text === ")") return k + 1;
  return j;
}

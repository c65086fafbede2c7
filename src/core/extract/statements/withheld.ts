// "deny" in its other sense: refusing someone a thing, not contradicting a claim.
//   The court denied him bail.                          → no statement
//   Police denied the family access to the detainee.   → no statement
//   The ministry denied the charges.                   → "the charges"

import {
  ARTICLES,
  CLAUSE_WORDS,
  DETERMINERS,
  OBJECT_PRONOUNS,
  PREPOSITIONS,
} from "../../lexicon/function-words.js";
import { WITHHELD_NOUNS } from "../../lexicon/withheld.js";
import { WORD, type Tok } from "../../text/lex.js";
import { finiteWord } from "./clause.js";
import type { Cue } from "./cues.js";

/** Cue `c` denies someone something, the person's object starting at `j`. */
export function withholds(toks: readonly Tok[], c: Cue, j: number, limit: number): boolean {
  if (c.form.lemma !== "deny" || j !== c.tokEnd) return false;
  const t = toks[j];
  if (t === undefined || t.kind !== WORD) return false;
  // "denied them a fair trial": an object pronoun with a second object after it.
  const n = toks[j + 1];
  // "denied access to the prison", "denied bail.": the thing alone.
  if (WITHHELD_NOUNS.has(t.lower) && (n === undefined || n.kind !== WORD || n.lower === "to"))
    return true;
  if (OBJECT_PRONOUNS.has(t.lower))
    return n !== undefined && j + 1 < limit && n.kind === WORD && !PREPOSITIONS.has(n.lower);
  // "denied Nguyen Van Minh access to …", "denied his family any visits": a person, then the thing.
  if ((!t.cap && !DETERMINERS.has(t.lower)) || t.lower === "that") return false;
  for (let k = j + 1; k < Math.min(limit, j + 6); k++) {
    const w = toks[k]!;
    if (w.kind !== WORD || finiteWord(w) || CLAUSE_WORDS.has(w.lower)) return false;
    if (!WITHHELD_NOUNS.has(w.lower)) continue;
    const before = toks[k - 1]!;
    const second = ARTICLES.has(before.lower) || /^(any|all|further)$/.test(before.lower);
    if (second ? k - 1 > j : !PREPOSITIONS.has(before.lower) && !DETERMINERS.has(before.lower))
      return true;
    return false;
  }
  return false;
}

// "added 178,000 jobs" counts what was added; "added 20 people had been arrested" reports a
// clause whose subject is a count. Only a verb after the count tells them apart.

import { WORD, type Tok } from "../../text/lex.js";
import { FINITE, numberToken, pastTense } from "./clause.js";

const APPROXIMATELY = new Set(["roughly", "about", "nearly", "some", "almost", "around", "over"]);

/** "added 20 people had been arrested": an auxiliary or past tense makes the count a subject. */
function auxiliaryAhead(toks: readonly Tok[], j: number, limit: number): boolean {
  for (let k = j + 1; k < Math.min(limit, j + 12); k++) {
    const w = toks[k]!.lower;
    if (toks[k]!.text === "," || toks[k]!.text === ".") return false;
    if (FINITE.has(w) || pastTense(w)) return true;
  }
  return false;
}

function countAt(toks: readonly Tok[], j: number): boolean {
  const t = toks[j];
  if (t === undefined) return false;
  // ("added two new cells": a number word counts too.)
  if (numberToken(t)) return true;
  return t.kind === WORD && APPROXIMATELY.has(t.lower) && numberToken(toks[j + 1]);
}

/** A count at `j` that is what was added, not the subject of a reported clause. */
export function countAdded(toks: readonly Tok[], j: number, limit: number): boolean {
  return countAt(toks, j) && !auxiliaryAhead(toks, j, limit);
}

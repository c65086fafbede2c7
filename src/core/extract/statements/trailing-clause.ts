// “…,” when asked about …: a clause of time after a quotation says when it was said; the
// quotation still closes what the speaker said (rule 01).
//   The minister said, “We will see,” when asked whether the camp would close.
// A quotation right after another that opens in lower case goes on with its clause instead:
//   Lan said that “rice farmers” “do the hardest work.”

import type { StatementDoc } from "./find.js";

const TIME_CLAUSES = new Set(["when", "after", "before", "while", "as"]);

/** After the quotation ending at token `b`: a comma inside the mark, then a time clause. */
export function timeClauseAfter(doc: StatementDoc, b: number, limit: number): boolean {
  const toks = doc.toks;
  const comma = toks[b - 2]?.text === "," || toks[b]?.text === ",";
  const k = toks[b]?.text === "," ? b + 1 : b;
  return comma && k < limit && TIME_CLAUSES.has(toks[k]!.lower) && doc.pieceOf[k]! < 0;
}

/**
 * The quotation ending at token `b` runs straight into the next one (`next`, its first offset),
 * which opens in lower case: the sentence goes on, so the first closes nothing.
 */
export function runsIntoNext(doc: StatementDoc, b: number, next: number, limit: number): boolean {
  if (b >= limit || doc.idx.tokenAt(next) !== b) return false;
  return /^.\p{Ll}/u.test(doc.text.slice(next, next + 2));
}

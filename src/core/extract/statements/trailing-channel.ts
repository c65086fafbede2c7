// Where something was said, at the end of what was said: the channel is not content.
//   … denounced the new decree in their weekly radio appearance   → "the new decree"
//   … declined to comment for this broadcast                      → "to comment"
//   … defended the decree on his weekly television show           → "the decree"

import { PUNCT, WORD } from "../../text/lex.js";
import { isVerbFormMarked } from "./cues.js";
import type { StatementDoc } from "./find.js";

const LEADS = new Set(["in", "during", "at", "on", "for", "via"]);
// (Not "debate", "rally", "hearing", "call", "report": often what the content is about.)
const CHANNELS = new Set([
  "statement",
  "interview",
  "speech",
  "remarks",
  "appearance",
  "appearances",
  "address",
  "op-ed",
  "post",
  "tweet",
  "email",
  "story",
  "article",
  "broadcast",
  "briefing",
  "show",
  "podcast",
  "letter",
  "column",
  "blog",
]);
const DETERMINERS = /^(a|an|the|his|her|their|its|this|that|our|my)$/;

/**
 * `[a, b)` without a last prepositional phrase that names the channel ("in an interview with
 * VTV", "during a speech on Monday", "for this broadcast"), when at least two words stay.
 */
export function withoutTrailingChannel(doc: StatementDoc, a: number, b: number): number {
  const toks = doc.toks;
  for (let p = b - 1; p > a + 1; p--) {
    const t = toks[p]!;
    if (
      doc.pieceOf[p]! >= 0 ||
      t.text === "," ||
      (t.kind === WORD && isVerbFormMarked(doc.marks[p]!))
    )
      return b;
    if (t.kind !== WORD || !LEADS.has(t.lower) || !DETERMINERS.test(toks[p + 1]?.lower ?? ""))
      continue;
    for (let k = p + 2; k < b; k++) {
      const w = toks[k]!;
      // ("in the inquiry into her email server": the channel word is no head there.)
      if (w.kind === PUNCT || /^(of|into|about|against|with)$/.test(w.lower)) break;
      if (CHANNELS.has(w.lower)) return p;
    }
  }
  return b;
}

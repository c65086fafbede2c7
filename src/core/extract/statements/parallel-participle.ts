// A participle attribution's content ends at "and" + a second participle of the same subject:
//   …, touting his record on flood relief and visiting the flooded districts  → "his record …"
//   …, writing a memoir called “The Long Road” and leading her father's campaign on housing
// The second participle is the subject's next deed (or statement), not part of what the first
// one names. Not a gerund joined to one already in the content ("for jailing bloggers and
// silencing lawyers", `gerund-join.ts`; "of" too) nor an "-ing" noun ("rising seas": no object
// follows).

import { DETERMINERS, OBJECT_PRONOUNS } from "../../lexicon/function-words.js";
import { WORD } from "../../text/lex.js";
import type { StatementDoc } from "./find.js";
import { joinsGerund } from "./gerund-join.js";

const OBJECT_OPENERS = /^(to|it|her|him|them|up|down|out|off)$/;

/** Does "and" at `k` open a second participle of the subject of a participle cue's content `a`? */
export function parallelParticiple(doc: StatementDoc, a: number, k: number): boolean {
  const toks = doc.toks;
  const v = toks[k + 1];
  const n = toks[k + 2];
  if (v === undefined || n === undefined || v.kind !== WORD || v.cap) return false;
  if (!/ing$/.test(v.lower) || v.lower.length <= 5 || doc.pieceOf[k + 1]! >= 0) return false;
  // An object of its own: "mocking the governor", "leading her campaign", "trying to …".
  const object =
    n.cap ||
    DETERMINERS.has(n.lower) ||
    OBJECT_PRONOUNS.has(n.lower) ||
    OBJECT_OPENERS.test(n.lower);
  return object && !joinsGerund(doc, a, k) && !gerundAfterOf(doc, a, k);
}

/** "accusing it of jailing bloggers and silencing …": "of" takes both gerunds. */
function gerundAfterOf(doc: StatementDoc, a: number, k: number): boolean {
  for (let j = a + 1; j < k; j++) {
    if (doc.toks[j - 1]!.lower === "of" && /ing$/.test(doc.toks[j]!.lower)) return true;
  }
  return false;
}

// A subject with a relative clause right before its cue, when the clause ends in a word no noun
// phrase ends with (a participle, a pronoun, a time): the usual reading finds no subject there,
// so the statement was lost.
//   A former prisoner who was released in August told us: “…”  → "A former prisoner who was
//                                                                  released" (the time left out,
//                                                                  as after a noun)
//   A relative who visited him last week said …               → "A relative who visited him"

import { NUMBER, type Tok } from "../../text/lex.js";
import { finiteWord, sForm } from "./clause.js";
import { isWord, nounish, type TokSpan } from "./noun-phrase.js";
import { describedBy } from "./subject-phrase.js";

/** Words of the relative clause read back from the cue; a clause longer than this is not read. */
const MAX_CLAUSE = 12;

/**
 * The subject ending at `k` (the last token before the cue, times skipped) when `k` closes a
 * "who" clause after a noun, with no punctuation between; else null.
 */
export function relativeSubject(toks: readonly Tok[], k: number, floor: number): TokSpan | null {
  // "a senator who has declined to back": the cue is the clause's own infinitive.
  if (toks[k]?.lower === "to") return null;
  for (let j = k - 1; j > floor && k - j <= MAX_CLAUSE; j--) {
    const t = toks[j]!;
    if (!isWord(t) && t.kind !== NUMBER) return null;
    // "farmers who lost their land but claim …": a second verb of the clause.
    if (/^(and|but|or)$/.test(t.lower)) return null;
    if (t.lower !== "who") continue;
    // "a man who many credit …": the clause's subject comes first, and the cue is its verb.
    const verb = toks[j + 1]!;
    if (!finiteWord(verb) && !(isWord(verb) && !verb.cap && sForm(verb.lower))) return null;
    const head = toks[j - 1]!;
    if (!(head.cap || nounish(head))) return null;
    return describedBy(toks, j - 1, k + 1, floor);
  }
  return null;
}

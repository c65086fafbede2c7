// A cue verb in a title-case headline: "Minister Says Detained Blogger Will Be Freed", "Court
// Must Hear Appeal, Lawyer Says". Title case capitalises the verb, which `verbal` otherwise
// takes for part of a name.

import { HEADLINE_CUE_LEMMAS } from "../../lexicon/headline-cues.js";
import { type Tok, WORD } from "../../text/lex.js";
import { isTitleCase } from "../mentions/find.js";
import type { Cue } from "./cues.js";

/** Is the capitalised cue at `i` the verb of a title-case headline in `[a, b)`? */
export function headlineVerb(
  toks: readonly Tok[],
  i: number,
  a: number,
  b: number,
  c: Cue,
): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1];
  const f = c.form;
  if (!t.cap || i === a || prev === undefined || prev.kind !== WORD || !prev.cap) return false;
  // "Says", "Tells": headlines report in the present.
  if (!f.present || f.base || f.gerund) return false;
  if (!HEADLINE_CUE_LEMMAS.has(f.lemma)) return false;
  return isTitleCase(toks, a, b);
}

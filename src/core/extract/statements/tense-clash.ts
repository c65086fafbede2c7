// Coordinated verbs share their tense: after a past cue ("said"), a present "-s" cue word after
// "and" is not the speaker's next verb but a noun or the content's own verb.
//   said the arrests and protests demands a response   → one content

import type { Tok } from "../../text/lex.js";
import { cueAt } from "./cues.js";

/**
 * "said the arrests and protests demands …": a present "-s" form after "and" cannot be the next
 * verb of a speaker whose cue (just before the content at `a`) is in the past tense.
 */
export function tenseClash(toks: readonly Tok[], a: number, k: number): boolean {
  const c = cueAt(toks, k);
  if (c === null || c.form.past || !c.form.present) return false;
  for (let j = a - 1; j >= Math.max(0, a - 3); j--) {
    const outer = cueAt(toks, j);
    if (outer !== null) return outer.form.past;
  }
  return false;
}

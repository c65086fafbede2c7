// Coordinated verbs share their tense: after a past cue ("said"), a present "-s" cue word after
// "and" is not the speaker's next verb but a noun or the content's own verb; after a present cue
// ("says"), a past one is the reported clause's next verb.
//   said the arrests and protests demands a response   → one content
//   says the two men met in prison and decided to …   → one content

import type { Tok } from "../../text/lex.js";
import type { CueFrame } from "../../lexicon/speech-cues.js";
import { cueAt } from "./cues.js";

/**
 * "said the arrests and protests demands …": a present "-s" form after "and" cannot be the next
 * verb of a speaker whose cue (just before the content at `a`) is in the past tense.
 */
function ownIntention(cls: string, frames: ReadonlySet<CueFrame>): boolean {
  return (
    cls === "intention" &&
    frames.has("to") &&
    !frames.has("quote") &&
    !frames.has("obj") &&
    !frames.has("obj-to")
  );
}

export function tenseClash(toks: readonly Tok[], a: number, k: number): boolean {
  const c = cueAt(toks, k);
  if (c === null) return false;
  const present = !c.form.past && c.form.present;
  // ("says … and has vowed": the auxiliary is in the present. "says … but noted that …", "adds
  // … and called on …": a speech act is the speaker's next statement even when the writer slips
  // into the past; only an intention of one's own — decided, planned, refused to — is not.)
  const past = c.form.past && !c.form.present && ownIntention(c.form.cls, c.form.frames);
  if (!present && !past) return false;
  for (let j = a - 1; j >= Math.max(0, a - 3); j--) {
    const outer = cueAt(toks, j);
    if (outer === null) continue;
    if (present) return outer.form.past;
    // "Lan says the two men met in prison and decided to …": "decided" is the men's.
    return outer.form.present && !outer.form.past;
  }
  return false;
}

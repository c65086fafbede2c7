// A relative clause with no relative word ("contact clause"): a noun, then a pronoun subject and
// a naming cue, whose object is the noun before it:
//   He posts videos he calls “Voice of the Farmers” …   → "he" names the videos
// The statement inside it names something; a participle after it is the sentence subject's.

import { WORD, type Tok } from "../../text/lex.js";
import type { CueForm } from "./cues.js";
import { nounish } from "./noun-phrase.js";

/** The speaker at `speaker`, a pronoun right after a lower-case noun, before a naming cue. */
export function contactClause(
  toks: readonly Tok[],
  speaker: number,
  form: CueForm | null,
): boolean {
  const before = toks[speaker - 1];
  return (
    /^(he|she|they|we|i)$/.test(toks[speaker]?.lower ?? "") &&
    before !== undefined &&
    before.kind === WORD &&
    !before.cap &&
    nounish(before) &&
    form?.frames.has("named") === true
  );
}

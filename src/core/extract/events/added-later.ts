// What a later clause or sentence adds to events already told: the range a charge carries
// ("The three can face from 10 to 20 years"), the charges an upheld sentence was about.

import { headsOf, mayHoldWord } from "../../text/word-runs.js";
import type { Event } from "../../types.js";
import type { EventView } from "./draft.js";
import { potentialRange } from "./terms.js";

/** An appeal that upheld a sentence was about the sentence's charges. */
export function keepCharges(appeals: readonly Event[], sentences: readonly Event[]): void {
  for (const a of appeals)
    for (const s of sentences)
      if (s.actor === a.actor)
        for (const c of s.charges) if (!a.charges.includes(c)) a.charges.push(c);
}

const FACING_WORDS = ["face", "faces", "facing", "faced", "carries", "carry", "punishable"];
const FACING = new RegExp(`\\b(?:${FACING_WORDS.join("|")})\\b`, "i");
/** Most sentences hold none of the words: FACING is not run over them. */
const FACING_HEADS = headsOf(FACING_WORDS);

/** "The three can face from 10 to 20 years": the range goes to the latest indictment or arrest. */
export function potential(view: EventView, events: Event[], floor: number): void {
  // Only an indictment or arrest of the last sentences can take a range: else skip the reading.
  if (!events.some((e) => (e.type === "indictment" || e.type === "arrest") && e.start >= floor))
    return;
  const { text } = view.ctx;
  const { start, end } = view.sentence;
  if (!mayHoldWord(FACING_HEADS, text, start, end)) return;
  const slice = text.slice(start, end);
  if (!FACING.test(slice)) return;
  const range = potentialRange(slice);
  if (!range) return;
  for (const type of ["indictment", "arrest"] as const) {
    const hits = events.filter((e) => e.type === type && e.start >= floor);
    if (hits.length === 0) continue;
    const at = hits[hits.length - 1]!.start;
    for (const e of hits.filter((e) => at - e.start < 300)) e.potentialMonths ??= range;
    return;
  }
}

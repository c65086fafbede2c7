// "footage of the minister saying …", "a video of police telling the crowd …": a recording of
// someone speaking; the person recorded speaks, not the sentence's subject.

import { type Tok, WORD } from "../../text/lex.js";
import type { TokSpan } from "./noun-phrase.js";

const RECORDINGS = new Set([
  "footage",
  "video",
  "videos",
  "clip",
  "clips",
  "recording",
  "recordings",
  "audio",
  "tape",
  "tapes",
]);

/** Words between "of" and the participle: the person recorded. */
const PERSON_WORDS = 5;

export function recordedSpeaker(
  toks: readonly Tok[],
  cueTok: number,
  floor: number,
): TokSpan | null {
  for (let k = cueTok - 1; k > floor && cueTok - k <= PERSON_WORDS + 1; k--) {
    const t = toks[k]!;
    if (t.kind !== WORD) return null;
    if (t.lower !== "of") continue;
    if (k + 1 >= cueTok || !RECORDINGS.has(toks[k - 1]?.lower ?? "")) return null;
    return { a: k + 1, b: cueTok };
  }
  return null;
}

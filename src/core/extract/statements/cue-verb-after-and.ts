// "… and called for …", "… and has vowed …": a speech, writing or intention verb after "and"
// starts the speaker's next statement rather than going on with the reported content.

import { type Tok, WORD } from "../../text/lex.js";
import { cueAt } from "./cues.js";

const AUX = new Set([
  "has",
  "have",
  "had",
  "is",
  "was",
  "were",
  "are",
  "will",
  "would",
  "then",
  "also",
  "later",
  "went",
  "made",
  "did",
]);

/** "… and called for …": an attribution verb after "and" is the speaker's next statement. */
export function cueVerbAt(toks: readonly Tok[], k: number): boolean {
  let j = k;
  while (AUX.has(toks[j]?.lower ?? "")) j++;
  const t = toks[j];
  if (t === undefined || t.kind !== WORD || t.cap) return false;
  const c = cueAt(toks, j);
  // "… and warned …" and "… and has vowed …" are the speaker's next statement; "… and
  // thought …" may be the content's.
  const speech =
    c !== null &&
    (c.form.cls === "speech" || c.form.cls === "writing" || c.form.cls === "intention");
  return c !== null && speech && (c.form.past || (c.form.present && !c.form.base));
}

// A speech cue's short object before the colon that introduces a quotation (rule 01).

import { type Tok, WORD } from "../../text/lex.js";
import { isVerbForm, type Cue } from "./cues.js";

/**
 * "she added a caveat: “…”", "explained it this way: “…”": a short object of a speech cue, then
 * a colon, then the quotation.
 */
export function colonObject(toks: readonly Tok[], c: Cue, pieceTok: number): boolean {
  const colon = pieceTok - 1;
  const speaks = c.form.cls === "speech" || c.form.cls === "writing";
  if (toks[colon]?.text !== ":" || !speaks || colon - c.tokEnd > 5) return false;
  for (let k = c.tokEnd; k < colon; k++) {
    const t = toks[k]!;
    if (t.kind !== WORD || isVerbForm(t.lower)) return false;
  }
  return colon > c.tokEnd;
}

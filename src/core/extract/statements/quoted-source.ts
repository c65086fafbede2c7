// "quote" as a cue names the source that carries someone's words and whom it quotes:
//   State media quoted the minister as saying …   → State media, "the minister as saying …"
//   The report quotes a former guard: “…”         → The report, the quotation
// but not "said, and I quote, “…”" (the writer marking a quotation) nor "she quoted a diplomat
// in March" (the words are elsewhere).

import { WORD, type Tok } from "../../text/lex.js";

/** After "quote" at `i`: an object of a few words, then "as" and a participle, or a colon. */
export function quotesSomeone(toks: readonly Tok[], i: number): boolean {
  if (toks[i + 1]?.kind !== WORD) return false;
  for (let k = i + 2; k < i + 14; k++) {
    const t = toks[k];
    if (t === undefined) return false;
    if (t.text === ":") return true;
    if (t.lower === "as") return /ing$/.test(toks[k + 1]?.lower ?? "");
    if (t.kind !== WORD && t.text !== "," && t.text !== ".") return false;
  }
  return false;
}

// Set phrases in which a cue word reports nothing:
//   The poet is best known for his songs.                  → how well known
//   land estimated at $40,000                              → a value put on the land
//   the fines would add up to more than they earn          → a sum
//   Tran Van Minh, a former officer charged with espionage  → an indictment
//   The abbot welcomed several hundred pilgrims.           → hosting
//   As they say in the villages: the land remembers.       → a saying, nobody's statement

import { CURRENCY_SYMBOLS } from "../../lexicon/currencies.js";
import { BOUND_WORDS } from "../../lexicon/figure-bounds.js";
import { type Tok, WORD } from "../../text/lex.js";
import { numberToken } from "./clause.js";
import type { CueForm } from "./cues.js";

/** A number or a currency sign at `k`, after at most three words that bound it ("less than $2"). */
function figureAt(toks: readonly Tok[], k: number): boolean {
  for (let m = k; m < k + 4; m++) {
    const t = toks[m];
    if (t === undefined) return false;
    if (numberToken(t) || CURRENCY_SYMBOLS.includes(t.text)) return true;
    if (!BOUND_WORDS.has(t.lower)) return false;
  }
  return false;
}

/** Whether the cue word at `i` (of form `f`) is part of a set phrase that reports nothing. */
export function setPhrase(toks: readonly Tok[], i: number, unitStart: number, f: CueForm): boolean {
  const prev = i > unitStart ? toks[i - 1]! : null;
  const next = toks[i + 1];
  // "the costs add up to …", "it adds up": a sum, not a remark.
  if (f.lemma === "add" && next?.lower === "up") return true;
  // "a former officer now charged with espionage": an indictment, not a remark.
  if (f.lemma === "charge" && next?.lower === "with") return true;
  // "welcomed several hundred guests", "welcomes 40 delegates": hosting a number of people.
  if (
    f.lemma === "welcome" &&
    (numberToken(next) || /^(several|dozens|hundreds|thousands)$/.test(next?.lower ?? ""))
  )
    return true;
  if (prev === null) return false;
  // "best known for his poems", "a little known decree": how well something is known, not a view.
  if (f.lemma === "know" && f.past && /^(best|better|well|widely|little|lesser)$/.test(prev.lower))
    return true;
  // "as they say in the trade: …", "as you say": a saying, with nobody saying it.
  if (f.lemma === "say" && f.base && /^(they|you|people)$/.test(prev.lower))
    return toks[i - 2]?.lower === "as";
  // "a fortune estimated at $2 million", "The damage, estimated at about 40 houses, …": a value
  // put on the noun before it, by nobody named ("the ministry estimated at the hearing that …",
  // "he estimated at least 40" report).
  return (
    f.lemma === "estimate" &&
    f.past &&
    next?.lower === "at" &&
    figureAt(toks, i + 2) &&
    (prev.text === "," || (prev.kind === WORD && !prev.cap)) &&
    !/^(has|had|have|is|was|are|were|be|been|being|then|also|often|he|she|they|we|i|you|it|who)$/.test(
      prev.lower,
    )
  );
}

// The trigger words of the statement rules, marked on a document's tokens in one walk. Each rule
// used to walk every token of every unit and test its own word set ("was", "accused", "claim", a
// cue form), with a hash look-up per word and rule. A rule now declares its trigger words once
// (`triggerMark`), and its walk reads one number per token.
//   "The lawyer was accused of lying" → "was" marked for the rules that read "be", "accused"
//   for the passive-blame rule.

import { WORD, type Tok } from "../../text/lex.js";
import { WordFilter } from "./word-filter.js";

/**
 * Word → the marks it carries (bits, one per `triggerMark` call) and, above them, its tag
 * (`tagWords`).
 */
const MARKS = new Map<string, number>();
let nextBit = 1;

/** Turns most unmarked words away before the look-up. */
const FILTER = new WordFilter();

/**
 * A new mark carried by `words` (lower-case), for a rule's module to declare when it loads. The
 * bit it returns is set by `markTriggers` on every word token spelled as one of them.
 */
export function triggerMark(words: Iterable<string>): number {
  if (nextBit > 0x8000) throw new Error("statements: no trigger mark left (16 in use)");
  const bit = nextBit;
  nextBit <<= 1;
  for (const w of words) {
    MARKS.set(w, (MARKS.get(w) ?? 0) | bit);
    FILTER.add(w);
  }
  return bit;
}

/**
 * Tags `words` with numbers from 1 to 65,535, read back from a token's marks with `tagOf`: the
 * cue lexicon tags each form with its entry, so that the cue scan finds a marked token's entry
 * without a second look-up in a table of a thousand words.
 */
export function tagWords(words: Iterable<readonly [string, number]>): void {
  for (const [w, tag] of words) {
    if (tag < 1 || tag > 0xffff) throw new Error(`statements: tag ${tag} out of range`);
    MARKS.set(w, ((MARKS.get(w) ?? 0) & 0xffff) | (tag << 16));
    FILTER.add(w);
  }
}

/** The tag of a token's marks (0 when its word has none). */
export function tagOf(marks: number): number {
  return marks >>> 16;
}

/** For each token, the marks of the words it is (0 for punctuation, numbers, other words). */
export function markTriggers(toks: readonly Tok[]): number[] {
  const marks = new Array<number>(toks.length).fill(0);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind !== WORD || !FILTER.mayHold(t.lower)) continue;
    const m = MARKS.get(t.lower);
    if (m !== undefined) marks[k] = m;
  }
  return marks;
}

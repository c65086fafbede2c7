// A regex anchored at the end of a stretch of text ("…\s+$") run over the whole stretch tries
// every position; when its match can only cover the last few words, running it from just before
// those words gives the same answer at a fraction of the cost.

import { isSpace } from "./chars.js";

/**
 * Where to run a regex anchored at the end of `text[floor, end)` whose match covers at most its
 * last `words` whitespace-separated words and the character before them: one character before
 * those words (a space, which `\b` or `[^\p{L}]` reads as the text before it would), or `floor`
 * when there are not that many words.
 */
export function tailStart(text: string, floor: number, end: number, words: number): number {
  let i = end;
  for (let n = 0; n < words; n++) {
    while (i > floor && isSpace(text.charCodeAt(i - 1))) i--;
    if (i === floor) return floor;
    while (i > floor && !isSpace(text.charCodeAt(i - 1))) i--;
    if (i === floor) return floor;
  }
  return i - 1;
}

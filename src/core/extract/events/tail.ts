// Where to start a regex anchored at the end of a stretch of text ("…\s+$"). Run over the whole
// stretch, such a regex tries every position; when its match can only cover the last few words,
// running it from just before those words gives the same answer at a fraction of the cost.

import { isSpace } from "./chars.js";

/**
 * The offset one character before the `words`-th last whitespace-separated word of
 * `text[floor, end)` (so a `\b` or `[^\p{L}]` before that word still sees the space), or `floor`
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

// A phrase from a list written at the end of a stretch of text ("… by the end of ", "… early "),
// read by hand the way `(?:^|[^\p{L}])(phrase|…)\s+$` (flags iu) reads it: such a pattern is
// tried from every offset of the stretch, and it is asked before every date of a document.

import { codePointBefore, foldAscii, isLetterIu, isSpace } from "./chars.js";

export interface TrailingMatch {
  /** Where the pattern's match starts, less the one character of `[^\p{L}]` it may begin with. */
  at: number;
  /** The phrase as written (the pattern's group). */
  start: number;
  end: number;
}

export class TrailingPhrases {
  /** The phrases' words, by the character each phrase ends with. */
  private readonly byLast = new Map<number, (readonly string[])[]>();

  /**
   * @param phrases lower-case ASCII words, one space apart, each starting with a letter ("mid-")
   * @param spaceAfter the phrase must be followed by white space (`\s+$`, else `\s*$`)
   */
  constructor(
    phrases: readonly string[],
    private readonly spaceAfter: boolean,
  ) {
    for (const p of phrases) {
      if (!/^[a-z][a-z-]*(?: [a-z-]+)*$/.test(p)) throw new Error(`not a plain phrase: ${p}`);
      const c = p.charCodeAt(p.length - 1);
      const same = this.byLast.get(c);
      if (same) same.push(p.split(" "));
      else this.byLast.set(c, [p.split(" ")]);
    }
  }

  /** The pattern's match over `text[from, to)`, or null. */
  find(text: string, from: number, to: number): TrailingMatch | null {
    let e = to;
    while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
    if (e === from || (this.spaceAfter && e === to)) return null;
    const candidates = this.byLast.get(foldAscii(text.charCodeAt(e - 1)));
    if (candidates === undefined) return null;
    // The pattern takes the match that starts first: of the phrases that end the text, the longest.
    let best: TrailingMatch | null = null;
    let bestFrom = Infinity;
    for (const words of candidates) {
      const s = startOf(text, from, e, words);
      if (s < 0) continue;
      let matchFrom = s;
      let at = s;
      if (s > from) {
        const cp = codePointBefore(text, s, from);
        if (isLetterIu(cp)) continue;
        matchFrom = s - (cp > 0xffff ? 2 : 1);
        // The phrase starts after the character before it, whatever its width: a date after an
        // emoji once started inside the emoji's surrogate pair.
        at = s;
      }
      if (matchFrom < bestFrom) {
        bestFrom = matchFrom;
        best = { at, start: s, end: e };
      }
    }
    return best;
  }
}

/** Where `words` (apart by white space) start when they end at `end`, not before `from`; else -1. */
function startOf(text: string, from: number, end: number, words: readonly string[]): number {
  let k = end - 1;
  for (let w = words.length - 1; w >= 0; w--) {
    const word = words[w]!;
    for (let i = word.length - 1; i >= 0; i--, k--) {
      if (k < from || foldAscii(text.charCodeAt(k)) !== word.charCodeAt(i)) return -1;
    }
    if (w > 0) {
      if (k < from || !isSpace(text.charCodeAt(k))) return -1;
      while (k >= from && isSpace(text.charCodeAt(k))) k--;
    }
  }
  return k + 1;
}

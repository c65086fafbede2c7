import { wordCharWidth } from "./phrase-key.js";
import { firstWithKeyAtLeast } from "./sorted.js";

// Extractors ask for a pattern's matches one sentence at a time. A global pattern started at the
// sentence that finds nothing there scans on to the end of the document, so asking sentence by
// sentence costs the square of the document's length. Matching the whole text once per pattern
// and cutting the list to each span keeps it linear.

const CACHE = new WeakMap<RegExp, { text: string; matches: RegExpExecArray[] }>();

/** Is the character just before `i` (a whole surrogate pair included) a letter or digit? */
export function wordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return wordCharWidth(text, i - 2) === 2;
  }
  return wordCharWidth(text, i - 1) === 1;
}

/**
 * Every match of global pattern `re` in `text`, left to right (the last text's, kept). With
 * `wordStart`, as if the pattern opened with `(?<![\p{L}\p{N}])`: a match that follows a letter
 * or digit is dropped and the scan goes on from the next character.
 */
function allMatches(re: RegExp, text: string, wordStart: boolean): RegExpExecArray[] {
  const hit = CACHE.get(re);
  if (hit !== undefined && hit.text === text) return hit.matches;
  const matches: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (wordStart && wordCharBefore(text, m.index)) {
      const c = text.charCodeAt(m.index);
      const pair = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(m.index + 1) & 0xfc00) === 0xdc00;
      re.lastIndex = m.index + (pair ? 2 : 1);
      continue;
    }
    matches.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  CACHE.set(re, { text, matches });
  return matches;
}

/** The matches of `re` (global) starting in `[from, to)`; a match may run past `to`. */
export function matchesStartingIn(
  re: RegExp,
  text: string,
  from: number,
  to: number,
): RegExpExecArray[] {
  return startingIn(allMatches(re, text, false), from, to);
}

/**
 * As `matchesStartingIn` for `(?<![\p{L}\p{N}])` followed by `re`'s pattern, where `re` leaves
 * that word edge out: a pattern that opens with a look-behind is tried at every offset of the
 * text, one without can skip to where its first characters occur.
 */
export function wordMatchesStartingIn(
  re: RegExp,
  text: string,
  from: number,
  to: number,
): RegExpExecArray[] {
  return startingIn(allMatches(re, text, true), from, to);
}

/** The matches of a list in text order (as a global scan gives them) starting in `[from, to)`. */
export function startingIn(
  all: readonly RegExpExecArray[],
  from: number,
  to: number,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const first = firstWithKeyAtLeast(all, from, (m) => m.index);
  for (let i = first; i < all.length && all[i]!.index < to; i++) out.push(all[i]!);
  return out;
}

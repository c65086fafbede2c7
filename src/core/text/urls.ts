// URLs and e-mail addresses in a text: the numbers inside them are not quantities.

import type { Span } from "../types.js";
import { isSpace } from "./chars.js";
import { anyIn } from "./sorted.js";

const URL = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+/g;

// Where "@", "http:", "https:" and "www." are written in the text read last: asked for each
// sentence, found once for the text.
const URL_CUE = /@|https?:|www\./gi;
let urlCuesFor: string | null = null;
let urlCues: number[] = [];

/**
 * Whether `text[start, end)` has an "@", "http:", "https:" or "www." (in any case), where a space
 * or the edge of the text is on either side (no cue spans a space).
 */
function mayHoldUrl(text: string, start: number, end: number): boolean {
  if (text !== urlCuesFor) {
    urlCuesFor = text;
    urlCues = [];
    URL_CUE.lastIndex = 0;
    for (let m = URL_CUE.exec(text); m; m = URL_CUE.exec(text)) urlCues.push(m.index);
  }
  return anyIn(urlCues, start, end);
}

/** URLs and e-mail addresses overlapping `[from, to)`; one may start before `from`, never across a space. */
export function urlSpans(text: string, from: number, to: number): Span[] {
  let start = from;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
  let end = to;
  while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
  // Neither pattern crosses a space, so the words overlapping the span are all there is to
  // search; scanning the whole rest of the document for each sentence made this quadratic.
  const out: Span[] = [];
  if (!mayHoldUrl(text, start, end)) return out;
  const slice = text.slice(start, end);
  URL.lastIndex = 0;
  for (let m = URL.exec(slice); m && start + m.index < to; m = URL.exec(slice))
    out.push({ start: start + m.index, end: start + m.index + m[0].length });
  return out;
}

export function inUrl(urls: Span[], at: number): boolean {
  for (const u of urls) if (at >= u.start && at < u.end) return true;
  return false;
}

// Extractors ask for a pattern's matches one sentence at a time. A global pattern started at the
// sentence that finds nothing there scans on to the end of the document, so asking sentence by
// sentence costs the square of the document's length. Matching the whole text once per pattern
// and cutting the list to each span keeps it linear.

const CACHE = new WeakMap<RegExp, { text: string; matches: RegExpExecArray[] }>();

/** Every match of global pattern `re` in `text`, left to right (the last text's, kept). */
function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const hit = CACHE.get(re);
  if (hit !== undefined && hit.text === text) return hit.matches;
  const matches: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
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
  const all = allMatches(re, text);
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.index < from) lo = mid + 1;
    else hi = mid;
  }
  const out: RegExpExecArray[] = [];
  for (let i = lo; i < all.length && all[i]!.index < to; i++) out.push(all[i]!);
  return out;
}

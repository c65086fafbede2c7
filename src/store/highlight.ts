import { foldWithMap } from "./fold-map.js";

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The words a search query looks for, folded and lower-cased as the index holds them: quoted
 * phrases count word by word; `-excluded` words and the `or` operator are not highlighted.
 *   `"Nguyễn Văn" -police or court` → ["nguyen", "van", "court"]
 */
export function queryTerms(foldedQuery: string): string[] {
  const out = new Set<string>();
  for (const m of foldedQuery.matchAll(/(-?)("[^"]*"?|[^\s"]+)/g)) {
    if (m[1] === "-") continue;
    const words = m[2]!.toLowerCase().match(WORD) ?? [];
    if (words.length === 1 && words[0] === "or" && !m[2]!.startsWith('"')) continue;
    for (const w of words) out.add(w);
  }
  return [...out];
}

export interface Snippet {
  /** Offset of the snippet in the text it was cut from. */
  start: number;
  end: number;
  text: string;
  highlights: [number, number][];
}

/**
 * Marks every word of `text` equal (folded, lower-cased) to a query term and cuts a window of
 * about `width` characters around the first mark, at word boundaries.
 */
export function highlight(text: string, terms: readonly string[], width = 240): Snippet {
  const folded = foldWithMap(text);
  const lower = folded.text.toLowerCase();
  const termSet = new Set(terms);
  const marks: [number, number][] = [];
  if (lower.length === folded.text.length) {
    for (const m of lower.matchAll(WORD)) {
      if (!termSet.has(m[0])) continue;
      const s = folded.origin[m.index]!;
      const e = folded.origin[m.index + m[0].length]!;
      const last = marks[marks.length - 1];
      if (last && last[1] === s) last[1] = e;
      else marks.push([s, e]);
    }
  }
  if (text.length <= width) return { start: 0, end: text.length, text, highlights: marks };
  const focus = marks[0]?.[0] ?? 0;
  let start = Math.max(0, focus - Math.floor(width / 3));
  let end = Math.min(text.length, start + width);
  start = Math.max(0, end - width);
  if (start > 0) {
    const sp = text.indexOf(" ", start);
    if (sp >= 0 && sp < focus) start = sp + 1;
  }
  if (end < text.length) {
    const sp = text.lastIndexOf(" ", end);
    if (sp > (marks[0]?.[1] ?? start)) end = sp;
  }
  const inside = marks
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]) => [s - start, e - start] as [number, number]);
  return { start, end, text: text.slice(start, end), highlights: inside };
}

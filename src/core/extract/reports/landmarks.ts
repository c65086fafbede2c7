// Where a document's report titles and report nouns stand, found once per document from its runs
// of ASCII letters: most documents name none, and the sentences that do are the only ones the
// reports pass reads.

import { REPORT_NOUNS, REPORT_TITLES } from "../../lexicon/report-titles.js";
import { wordCharBefore } from "../../text/match-cache.js";
import { wordCharWidth } from "../../text/phrase-key.js";
import { firstWithKeyAtLeast } from "../../text/sorted.js";
import { wordRuns } from "../../text/word-runs.js";
import type { Span } from "../../types.js";
import type { TitleMention } from "./find.js";

const WORD_EDGE_R = "(?![\\p{L}\\p{N}])";

const TITLE_RE = new RegExp(
  REPORT_TITLES.map((t, i) => `(?<t${i}>(?:${t.pattern})${WORD_EDGE_R})`).join("|"),
  "uy",
);

/**
 * The words a match of a title's pattern can open with: "(?:EU )?Annual Reports? on …" opens
 * with "EU" or "Annual", "[Pp]rison [Cc]ensus" with "Prison" or "prison". Read from the pattern,
 * which may start each of its alternatives with an optional word ("(?:World )?") and then a
 * word of letters and two-letter classes ("[Cc]oncluding") ending at a space or at the end of the
 * alternative; a pattern written otherwise is refused here, as the scan below could miss it.
 */
export function titleHeads(pattern: string): string[] {
  const heads: string[] = [];
  for (const alternative of pattern.split("|")) {
    const m = /^(?:\(\?:([A-Za-z]+) \)\?)?((?:[A-Za-z]|\[[A-Za-z]{2}\])+)(?: |$)/.exec(alternative);
    if (!m) throw new Error(`title pattern not read for its first words: ${pattern}`);
    if (m[1] !== undefined) heads.push(m[1]);
    let words = [""];
    for (const part of m[2]!.match(/\[[A-Za-z]{2}\]|[A-Za-z]/g)!) {
      const letters = part.length === 1 ? [part] : [part[1]!, part[2]!];
      words = words.flatMap((w) => letters.map((c) => w + c));
    }
    heads.push(...words);
  }
  return heads;
}

interface Head {
  word: string;
  noun: boolean;
  title: boolean;
}

/**
 * Title heads and report nouns by first character and length (ASCII, under 64): a run's slot is
 * read before its letters are compared, and most runs find theirs empty.
 */
const HEADS: (Head[] | undefined)[] = new Array<Head[] | undefined>(128 * 64).fill(undefined);
const headKey = (first: number, length: number): number => (first << 6) | length;

function addHead(word: string, kind: "noun" | "title"): void {
  if (!/^[A-Za-z]{1,63}$/.test(word)) throw new Error(`not a word of ASCII letters: ${word}`);
  const same = (HEADS[headKey(word.charCodeAt(0), word.length)] ??= []);
  let head = same.find((h) => h.word === word);
  if (!head) same.push((head = { word, noun: false, title: false }));
  head[kind] = true;
}

/** The head the run `text[i, j)` is, if any. */
function headAt(text: string, i: number, j: number): Head | undefined {
  if (j - i > 63) return undefined;
  const same = HEADS[headKey(text.charCodeAt(i), j - i)];
  if (same === undefined) return undefined;
  for (const h of same) if (text.startsWith(h.word, i)) return h;
  return undefined;
}

/** The titles' group names, in order: the group a match holds tells its title. */
const GROUPS = REPORT_TITLES.map((_, i) => `t${i}`);

for (const t of REPORT_TITLES) for (const w of titleHeads(t.pattern)) addHead(w, "title");
for (const n of REPORT_NOUNS) addHead(n, "noun");

interface Landmarks {
  text: string;
  titles: TitleMention[];
  nouns: Span[];
}

let last: Landmarks | null = null;

/**
 * The document's titles and report nouns, found from its runs of ASCII letters (the last text's,
 * kept: the pass asks sentence by sentence). A title or a noun opens with such a run, and that
 * whole run is one of their first words: only there are the titles' pattern and the nouns' edges
 * tried, not at every offset of the text. The titles are those a global scan of the titles'
 * pattern keeps when it drops matches after a letter or digit (as `wordMatchesStartingIn`
 * does); the nouns those of `(?<![\p{L}\p{N}])(?:reports|Reports|report|Report)(?![\p{L}\p{N}])`.
 */
function landmarks(text: string): Landmarks {
  if (last !== null && last.text === text) return last;
  const titles: TitleMention[] = [];
  const nouns: Span[] = [];
  const { starts, ends } = wordRuns(text);
  let free = 0;
  for (let r = 0; r < starts.length; r++) {
    const i = starts[r]!;
    const j = ends[r]!;
    const head = headAt(text, i, j);
    if (head === undefined || wordCharBefore(text, i)) continue;
    if (head.title && i >= free) {
      TITLE_RE.lastIndex = i;
      const m = TITLE_RE.exec(text);
      if (m) {
        const k = GROUPS.findIndex((g) => m.groups![g] !== undefined);
        const title = REPORT_TITLES[k];
        if (title) titles.push({ start: i, end: i + m[0].length, title });
        free = i + m[0].length;
      }
    }
    if (head.noun && (j === text.length || wordCharWidth(text, j) === 0))
      nouns.push({ start: i, end: j });
  }
  return (last = { text, titles, nouns });
}

/** The spans of a list in text order starting in `[from, to)`. */
function spansStartingIn<T extends Span>(all: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = firstWithKeyAtLeast(all, from, (s) => s.start); i < all.length; i++) {
    if (all[i]!.start >= to) break;
    out.push(all[i]!);
  }
  return out;
}

export function findTitles(text: string, span: Span): TitleMention[] {
  return spansStartingIn(landmarks(text).titles, span.start, span.end);
}

export function findReportNouns(text: string, span: Span): Span[] {
  return spansStartingIn(landmarks(text).nouns, span.start, span.end);
}

/** Whether the document holds a title or a report noun anywhere: the rules read nothing else. */
export function mayReferToReports(text: string): boolean {
  const found = landmarks(text);
  return found.titles.length > 0 || found.nouns.length > 0;
}

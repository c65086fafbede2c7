import {
  AUDIENCE_VERBS,
  SOURCE_HEADS,
  SOURCE_ROLES,
  SOURCE_VERBS,
  STAT_ADJECTIVES,
  STAT_LINKS,
  STAT_NOUNS,
} from "../../../lexicon/figure-publishers.js";
import { live, type Draft, type FigureRule, type RuleContext } from "../draft.js";
import { fullName, nameAt, nameEndingAt, roleHolder, sourceEndingAt } from "../names.js";
import { isPossessive, type Word } from "../words.js";

/** Index just past "statistics from", "the latest count compiled by" starting at word i, or i. */
function skipStatPhrase(words: readonly Word[], i: number): number {
  let j = i;
  const article = words[j]?.lower;
  if (article === "the" || article === "a" || article === "an") j++;
  while (STAT_ADJECTIVES.has(words[j]?.lower ?? "")) j++;
  if (!STAT_NOUNS.has(words[j]?.lower ?? "")) return i;
  j++;
  for (const link of STAT_LINKS) {
    const parts = link.split(" ");
    if (parts.every((p, n) => words[j + n]?.lower === p)) return j + parts.length;
  }
  return i;
}

interface Source {
  at: number;
  name: string;
}

/**
 * The sources named in sentence `sentence`, in the order read:
 *   "According to (statistics from) X" · "X's (latest) statistics" · "statistics compiled by X"
 *   · "X said/reported" · "..., said X" · "the group said" (the organisation named last).
 */
function sourcesIn(sentence: number, rc: RuleContext): Source[] {
  const text = rc.ctx.text;
  const words = rc.words(sentence);
  const found: Source[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.lower === "according" && words[i + 1]?.lower === "to") {
      const j = skipStatPhrase(words, i + 2);
      const head = sourceHeadFrom(words, j);
      const name =
        nameAt(text, words, j) ??
        (head >= 0 ? sourceEndingAt(text, words, head, rc.analysis, j) : null) ??
        description(text, words, j);
      if (name) found.push({ at: w.start, name });
    } else if (STAT_NOUNS.has(w.lower)) {
      // "Defend the Defenders’ statistics", "The 88 Project's latest count"
      let p = i - 1;
      while (p >= 0 && STAT_ADJECTIVES.has(words[p]!.lower)) p--;
      if (p >= 0 && isPossessive(words[p]!)) {
        const name = nameEndingAt(text, words, p);
        if (name) found.push({ at: w.start, name });
      }
      const j = skipStatPhrase(words, i);
      if (j > i) {
        const name = nameAt(text, words, j);
        if (name) found.push({ at: w.start, name });
      }
    } else if (SOURCE_VERBS.has(w.lower)) {
      const before =
        i > 0
          ? (sourceEndingAt(text, words, i - 1, rc.analysis) ?? nameEndingAt(text, words, i - 1))
          : null;
      const inverted =
        i > 0 &&
        /^[,“”"’]$/.test(words[i - 1]!.text) &&
        !AUDIENCE_VERBS.has(w.lower) &&
        !reportsAClause(words, i + 1)
          ? nameAt(text, words, i + 1)
          : null;
      const name = before ?? inverted;
      if (name) found.push({ at: w.start, name });
    }
  }
  return found;
}

/** The publisher named in the figure's sentence nearest to it (the first read, of two as near). */
function publisherIn(d: Draft, found: readonly Source[], rc: RuleContext): string | null {
  if (found.length === 0) return null;
  const text = rc.ctx.text;
  let nearest = found[0]!;
  for (const f of found) {
    if (Math.abs(f.at - d.start) < Math.abs(nearest.at - d.start)) nearest = f;
  }
  const { at, name } = nearest;
  // "Kha said" → "Vo Dinh Kha"; "according to the spokesperson" → the spokesperson named before
  if (SOURCE_ROLES.has(name.toLowerCase())) return roleHolder(text, name.toLowerCase(), at) ?? name;
  return /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(name) ? fullName(text, name, at, rc.analysis) : name;
}

const FINITE = new Set([
  "had",
  "has",
  "have",
  "was",
  "were",
  "is",
  "are",
  "would",
  "will",
  "could",
  "did",
  "should",
  "may",
  "might",
  "must",
]);

/**
 * "..., said Trang, 43, had lost" is "said (that) Trang had lost", not an inverted "said X":
 * a finite verb follows the name (after any apposition between commas).
 */
function reportsAClause(words: readonly Word[], from: number): boolean {
  let i = from;
  while (i < words.length && words[i]!.kind !== "punct" && !FINITE.has(words[i]!.lower)) i++;
  if (words[i]?.text === ",") {
    const close = words.findIndex((w, k) => k > i && k - i <= 6 && w.text === ",");
    if (close > 0) i = close + 1;
  }
  return i < words.length && FINITE.has(words[i]!.lower);
}

/** "according to a friend of the family," → "a friend of the family": a source described, not named. */
function description(text: string, words: readonly Word[], j: number): string | null {
  const first = words[j];
  if (!first || !["a", "an", "her", "his", "their", "its", "one"].includes(first.lower))
    return null;
  let k = j;
  while (k + 1 < words.length && k - j < 7 && words[k + 1]!.kind === "word") k++;
  if (k === j) return null;
  return text.slice(first.start, words[k]!.end);
}

/** The first of the next few words that can head a lower-case source ("police", "state media"). */
function sourceHeadFrom(words: readonly Word[], j: number): number {
  for (let k = j; k < words.length && k - j < 4 && words[k]!.kind === "word"; k++) {
    if (SOURCE_HEADS.has(words[k]!.lower)) return k;
  }
  return -1;
}

// "According to statistics from the Delta Rights Group, 90 people ..." → "Delta Rights Group".
// "There are also 9 bloggers awaiting trial" (no source of its own) → the sentence before's.
// "Vietnam holds 238 prisoners, Defend the Defenders said" → "Defend the Defenders".
export const publisher: FigureRule = {
  name: "publisher",
  apply(drafts, rc) {
    const figures = live(drafts);
    // the sources of a sentence are the same for each of its figures: read them once
    const sources = new Map<number, Source[]>();
    for (const d of figures) {
      let found = sources.get(d.sentence);
      if (!found) {
        found = sourcesIn(d.sentence, rc);
        sources.set(d.sentence, found);
      }
      d.publisher =
        publisherIn(d, found, rc) ??
        d.whole?.publisher ??
        figures.find((w) => w.sentence === d.sentence - 1 && w.publisher !== null)?.publisher ??
        null;
    }
  },
};

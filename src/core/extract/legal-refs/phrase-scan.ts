import { ShapeSet, wordCharWidth, wordRuns, wordShape } from "../../text/phrase-key.js";
import { alt, B, E } from "./patterns.js";
import { escapeRegExp } from "../../text/escape-regexp.js";

// Finding word-bounded phrases ("the same article", "ho chi minh city") in a long text. A global
// alternation tries every alternative at every offset of the text; but a phrase that opens with a
// letter or digit can only start where a run of letters and digits starts, and that whole run
// must be the phrase's first word. So the text's runs are looked up in a table of first words,
// and only the few phrases found there are tried, each with its own sticky pattern.

/**
 * One group of phrases. By default its matches are those `new RegExp(B + alt(phrases) + E, "gu")`
 * finds, none overlapping; with `everyStart`, every offset where some phrase matches is reported.
 */
export interface PhraseGroup {
  phrases: readonly string[];
  everyStart?: boolean;
}

export interface PhraseHit {
  group: number;
  start: number;
  end: number;
}

interface Entry {
  group: number;
  re: RegExp;
  /** The phrase's second word, which must be the text's next run: "people" of "the people's". */
  second: string | null;
  /**
   * The phrase is its first word alone ("vietnam"): a run that is that word is a match, ending
   * where the run does (a run is all the letters and digits there), with no pattern to try.
   */
  single: boolean;
}

/** The phrase's run of letters and digits starting at `from`, or "". */
function runAt(phrase: string, from: number): string {
  let j = from;
  for (let w = wordCharWidth(phrase, j); w > 0; w = wordCharWidth(phrase, j)) j += w;
  return phrase.slice(from, j);
}

/** The phrase up to its first character that is not a letter or digit. */
const firstRun = (phrase: string): string => runAt(phrase, 0);

/** The phrase's second run, or null when it has one run only. */
function secondRun(phrase: string): string | null {
  let j = firstRun(phrase).length;
  while (j < phrase.length && wordCharWidth(phrase, j) === 0) j++;
  return j < phrase.length ? runAt(phrase, j) : null;
}

export class PhraseScanner {
  private readonly byFirst = new Map<string, Entry[]>();
  /**
   * The first words with a shape (see wordShape), by it: a run of that shape is compared with
   * them where it stands rather than sliced out to be looked up (`the` alone opens eight).
   */
  private readonly byShape = new Map<number, { word: string; entries: Entry[] }[]>();
  /** Groups holding a phrase that does not open with a letter or digit: matched the plain way. */
  private readonly plain: { group: number; re: RegExp }[] = [];

  private readonly everyStart: boolean[];
  /** The shapes of the first words (see wordShape). */
  private readonly firstShapes = new ShapeSet();

  constructor(groups: readonly PhraseGroup[]) {
    this.everyStart = groups.map((g) => g.everyStart === true);
    groups.forEach(({ phrases, everyStart }, group) => {
      // The order `alt` tries them in: distinct, trimmed, longest first.
      const unique = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))];
      unique.sort((a, b) => b.length - a.length);
      if (unique.some((p) => firstRun(p) === "")) {
        // Every start: a match looked ahead for at each offset, the pattern kept in a capture.
        const source = everyStart ? `${B}(?=(${alt(unique)})${E})` : `${B}(${alt(unique)})${E}`;
        this.plain.push({ group, re: new RegExp(source, "gu") });
        return;
      }
      for (const p of unique) {
        const key = firstRun(p);
        this.firstShapes.add(wordShape(key, 0, key.length));
        const re = new RegExp(`${escapeRegExp(p).replace(/ +/g, "\\s+")}${E}`, "uy");
        const list = this.byFirst.get(key);
        const entry = { group, re, second: secondRun(p), single: key === p };
        if (list) list.push(entry);
        else this.byFirst.set(key, [entry]);
      }
    });
    for (const [word, entries] of this.byFirst) {
      const shape = wordShape(word, 0, word.length);
      if (shape < 0) continue;
      const same = this.byShape.get(shape);
      if (same) same.push({ word, entries });
      else this.byShape.set(shape, [{ word, entries }]);
    }
  }

  /** The entries whose first word is the run `text[i, j)`, or undefined. */
  private entriesAt(text: string, i: number, j: number, shape: number): Entry[] | undefined {
    // a shape holds the length only up to 63, and -1 tells nothing
    if (shape < 0 || j - i >= 63) return this.byFirst.get(text.slice(i, j));
    const same = this.byShape.get(shape);
    if (same === undefined) return undefined;
    for (const { word, entries } of same)
      if (word.length === j - i && text.startsWith(word, i)) return entries;
    return undefined;
  }

  /** Each group's matches in text order, non-overlapping within a group. */
  scan(text: string): PhraseHit[][] {
    const everyStart = this.everyStart;
    const out: PhraseHit[][] = everyStart.map(() => []);
    const free = everyStart.map(() => 0);
    const { bounds, count } = wordRuns(text);
    const shapes = this.firstShapes;
    for (let r = 0; r < count; r++) {
      const i = bounds[2 * r]!;
      const j = bounds[2 * r + 1]!;
      // Most runs are told apart from every first word by their first letters and length alone.
      const shape = wordShape(text, i, j);
      if (!shapes.has(shape)) continue;
      const entries = this.entriesAt(text, i, j, shape);
      if (entries) {
        // Between a phrase's first two words stand only spaces or marks, so its second word is
        // the text's next run: "the" is the first word of many phrases.
        let next: string | null | undefined;
        for (const { group, re, second, single } of entries) {
          // Past a group's match, its later (shorter) phrases and overlapping ones are skipped.
          if (i < free[group]!) continue;
          if (second !== null) {
            next ??= r + 1 < count ? text.slice(bounds[2 * r + 2], bounds[2 * r + 3]) : null;
            if (second !== next) continue;
          }
          let end = j;
          if (!single) {
            re.lastIndex = i;
            if (!re.test(text)) continue;
            end = re.lastIndex;
          }
          out[group]!.push({ group, start: i, end });
          free[group] = everyStart[group] ? i + 1 : end;
        }
      }
    }
    for (const { group, re } of this.plain) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        out[group]!.push({ group, start: m.index, end: m.index + m[1]!.length });
        if (m[0].length === 0)
          re.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
      }
    }
    return out;
  }
}

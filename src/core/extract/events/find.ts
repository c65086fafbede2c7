// Finding event words in a sentence and reading the grammar around them: is "arrested" passive
// ("she was arrested"), active ("police arrested her") or a bare participle (a headline, "Tho,
// arrested on Saturday, …"); is "arrest" a noun ("her arrest"). Whether its clause reports an
// event at all is read in non-event.ts.

import { EVENT_TRIGGERS, NEEDS_TERM, type EventTrigger } from "../../lexicon/event-triggers.js";
import type { EventType, Span } from "../../types.js";
import {
  isSpace,
  letterOrApostropheBefore,
  wordOrHyphenAt,
  wordOrHyphenBefore,
} from "../../text/chars.js";
import { tailStart } from "../../text/tail-start.js";
import { WordTrie } from "../../text/word-trie.js";
import { firstRunAfter, foldsIn, wordRuns, type WordRuns } from "../../text/word-runs.js";
import { elidedTerm } from "./terms.js";
import { LetterPairs } from "./letter-pairs.js";
import { escapeRegExp } from "../../text/escape-regexp.js";

export interface TriggerHit extends Span {
  type: EventType;
  form: EventTrigger["form"];
  word: string;
  /** A form of "be"/"get" stands before it: the person is the subject. */
  passive: boolean;
  /** Reports a sentence only with a term after it ("received an eight-year sentence"). */
  needsTerm: boolean;
  /** Where the words between subject and trigger (auxiliaries, adverbs) begin. */
  auxStart: number;
}

interface Entry {
  type: EventType;
  form: EventTrigger["form"];
  requires?: RegExp;
}

const BY_WORD = new Map<string, Entry[]>();
for (const t of EVENT_TRIGGERS) {
  for (const w of t.words) {
    const list = BY_WORD.get(w) ?? [];
    list.push({
      type: t.type,
      form: t.form,
      ...(t.requires
        ? { requires: new RegExp(`\\b(?:${t.requires.map(escapeRegExp).join("|")})\\b`, "i") }
        : {}),
    });
    BY_WORD.set(w, list);
  }
}
/**
 * The entry lists that hold a noun and another form ("arrest", "arrests"): only for these does the
 * noun test before the word choose the entry; every other list gives its first entry either way.
 */
const MIXED_FORMS: ReadonlySet<readonly Entry[]> = new Set(
  [...BY_WORD.values()].filter(
    (l) => l.some((e) => e.form === "noun") && l.some((e) => e.form !== "noun"),
  ),
);
/** Trigger words in the order the alternation tries them: longest first. */
const ALTERNATIVES = [...BY_WORD.keys()].sort((a, b) => b.length - a.length);
const TRIGGER_RE = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${ALTERNATIVES.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}-])`,
  "giu",
);
/**
 * The alternatives by their first word (the letters before a space or hyphen), in the order the
 * alternation tries them; null when a trigger is not plain lower-case ASCII words, which the word
 * scan below does not read.
 */
const BY_HEAD: WordTrie<string[]> | null = ALTERNATIVES.every((w) =>
  /^[a-z]+(?:[ -][a-z]+)*$/.test(w),
)
  ? new WordTrie(byHead(ALTERNATIVES))
  : null;

/** The first two letters of the triggers' first words: most words of a sentence start no trigger. */
const HEAD_PAIRS = BY_HEAD ? new LetterPairs(byHead(ALTERNATIVES).keys()) : null;

function byHead(words: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const w of words) {
    const head = /^[a-z]+/.exec(w)![0];
    out.set(head, [...(out.get(head) ?? []), w]);
  }
  return out;
}
/** Words between a subject and its verb: "has been", "was later", "is currently", "now". */
const AUX_WORDS = [
  ...["has", "have", "had", "remain", "remains", "remained", "now", "currently", "still", "also"],
  ...["later", "then", "reportedly", "allegedly", "already", "subsequently", "eventually"],
  ...["finally", "first", "again", "formally", "officially", "only", "just", "recently"],
  ...["themselves", "arbitrarily", "secretly", "briefly", "temporarily", "quickly"],
  ...["immediately", "once", "twice"],
];
const QUANTIFIERS = ["both", "all", "each"];
const BE_WORDS = [
  "was",
  "were",
  "is",
  "are",
  "be",
  "been",
  "being",
  "got",
  "gets",
  "get",
  "getting",
];
const AUX = 1;
const QUANTIFIER = 2;
const BE = 4;
/**
 * Each auxiliary's kinds, read straight from the text: a trie lookup matches letters in any
 * case and no character beyond ASCII, as `/^(?:…)$/i` over the word did, without slicing the word
 * and running three patterns over it.
 */
const AUX_KINDS = new WordTrie<number>([
  ...AUX_WORDS.map((w) => [w, AUX] as const),
  ...QUANTIFIERS.map((w) => [w, AUX | QUANTIFIER] as const),
  ...BE_WORDS.map((w) => [w, AUX | BE] as const),
]);

/** Noun reading of a word that is also a verb: "the arrest", "her arrest", "Tho's arrest". */
const NOUN_BEFORE =
  /(?:\b(?:the|a|an|his|her|their|its|this|that|whose|of|after|before|since|during|upon|following|on|at|with)|['’]s?)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * The auxiliaries and adverbs right before `at` ("has been", "was later"), read back word by word:
 * each step takes the letters (`[\p{L}’']+`) before the spaces that end the text so far.
 */
function auxBefore(text: string, floor: number, at: number): { start: number; passive: boolean } {
  let start = at;
  let passive = false;
  for (;;) {
    let end = start;
    while (end > floor && isSpace(text.charCodeAt(end - 1))) end--;
    if (end === start) break;
    let from = end;
    for (let n = 0; from > floor && (n = letterOrApostropheBefore(text, from, floor)) > 0;)
      from -= n;
    if (from === end) break;
    const kinds = AUX_KINDS.get(text, from, end) ?? 0;
    if ((kinds & AUX) === 0) break;
    // "Both were convicted": a quantifier that opens the clause is its subject.
    if ((kinds & QUANTIFIER) !== 0 && /^[\s"“(]*$/.test(text.slice(floor, from))) break;
    if ((kinds & BE) !== 0) passive = true;
    start = from;
  }
  return { start, passive };
}

/** The clause around a word: back to a comma or semicolon, on to the next one (80 chars at most). */
function clauseAround(text: string, sentence: Span, start: number, end: number): string {
  const before =
    text
      .slice(Math.max(sentence.start, start - 40), start)
      .split(/[;,]/)
      .pop() ?? "";
  const after = text.slice(end, Math.min(sentence.end, end + 80)).split(/[;,]/)[0] ?? "";
  return `${before} ${after}`;
}

/** Does `word` stand at `at`, letters in any case, followed by no letter, digit or hyphen? */
function wordAt(text: string, at: number, word: string, limit: number): boolean {
  const end = at + word.length;
  if (end > limit) return false;
  for (let k = 0; k < word.length; k++) {
    const w = word.charCodeAt(k);
    const c = text.charCodeAt(at + k);
    if (c !== w && (w < 97 || (c | 0x20) !== w)) return false;
  }
  return end === limit || !wordOrHyphenAt(text, end, limit);
}

/**
 * Where `TRIGGER_RE` matches in `text[from, to)`, read word by word: at each word start, the
 * first alternative (longest first) that stands there. Only for stretches with no character that
 * case-folds to an ASCII letter, where this and the regex agree.
 */
function scanTriggers(runs: WordRuns, from: number, to: number, out: number[]): void {
  const text = runs.text;
  let next = from;
  for (let k = firstRunAfter(runs.ends, from); k < runs.starts.length; k++) {
    const i = Math.max(runs.starts[k]!, from);
    if (i >= to) break;
    const end = Math.min(runs.ends[k]!, to);
    if (!HEAD_PAIRS!.mayBe(text, i, end)) continue;
    // A hit ends before a non-letter, so no run straddles its end.
    if (i < next) continue;
    // Only from a word start: the lookbehind.
    if (i > from && wordOrHyphenBefore(text, i, from)) continue;
    const candidates = BY_HEAD!.get(text, i, end);
    if (candidates === undefined) continue;
    // A loop, not `find`: a closure per word whose head is a trigger's was a fifth of the pass's
    // allocation.
    for (const w of candidates) {
      if (!wordAt(text, i, w, to)) continue;
      out.push(i, i + w.length);
      next = i + w.length;
      break;
    }
  }
}

/** Start and end of each trigger in the sentence, in order (flattened pairs). */
function triggerSpans(text: string, sentence: Span): number[] {
  const out: number[] = [];
  const runs = wordRuns(text);
  if (BY_HEAD && !foldsIn(runs, sentence.start, sentence.end)) {
    scanTriggers(runs, sentence.start, sentence.end, out);
    return out;
  }
  const slice = text.slice(sentence.start, sentence.end);
  TRIGGER_RE.lastIndex = 0;
  for (let m = TRIGGER_RE.exec(slice); m; m = TRIGGER_RE.exec(slice))
    out.push(sentence.start + m.index, sentence.start + m.index + m[0].length);
  return out;
}

/** The entry the words before `start` choose: the noun after "her", "the", "Tho's"; else a verb. */
function formAt(text: string, sentence: Span, start: number, entries: readonly Entry[]): Entry {
  const window = Math.max(sentence.start, start - 60);
  const nounish = NOUN_BEFORE.test(text.slice(tailStart(text, window, start, 3), start));
  return entries.find((e) => (nounish ? e.form === "noun" : e.form !== "noun")) ?? entries[0]!;
}

export function findTriggers(text: string, sentence: Span): TriggerHit[] {
  const out: TriggerHit[] = [];
  const spans = triggerSpans(text, sentence);
  for (let k = 0; k < spans.length; k += 2) {
    const start = spans[k]!;
    const end = spans[k + 1]!;
    const word = text.slice(start, end);
    const entries = BY_WORD.get(word.toLowerCase()) ?? BY_WORD.get(word) ?? [];
    if (entries.length === 0) continue;
    const entry = MIXED_FORMS.has(entries) ? formAt(text, sentence, start, entries) : entries[0]!;
    // "died at Xuan Loc prison": only with its context word in the same clause.
    // "…, who is serving nine.": a term whose unit was told before stands for the context word.
    if (
      entry.requires &&
      !entry.requires.test(clauseAround(text, sentence, start, end)) &&
      !(entry.form === "state" && elidedTerm(text, sentence, end))
    )
      continue;
    const aux = auxBefore(text, sentence.start, start);
    out.push({
      start,
      end,
      type: entry.type,
      form: entry.form,
      word,
      passive: entry.form === "verb" && aux.passive,
      needsTerm: entry.form === "verb" && NEEDS_TERM.includes(word.toLowerCase()),
      auxStart: aux.start,
    });
  }
  sharePassive(text, out);
  return out;
}

/**
 * "Vinh was arrested in Hanoi on December 16, 2016 and sentenced on June 27, 2018 to 13 years":
 * a participle after "and" with no object of its own (a preposition follows) shares the passive
 * and the subject of the verb before it.
 */
function sharePassive(text: string, hits: TriggerHit[]): void {
  let last: TriggerHit | null = null;
  for (const h of hits) {
    if (
      last !== null &&
      h.form === "verb" &&
      !h.passive &&
      h.auxStart === h.start &&
      /,?\s+and\s+$/.test(text.slice(last.end, h.start).slice(-8)) &&
      /^\s+(?:on|in|to|at|for|under|by|without|the\s+same\s+day)\b/i.test(
        text.slice(h.end, h.end + 20),
      )
    ) {
      h.passive = true;
      h.auxStart = last.auxStart;
    }
    if (h.form === "verb" && h.passive) last = h;
  }
}

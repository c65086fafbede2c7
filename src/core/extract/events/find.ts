// Finding event words in a sentence and reading the grammar around them: is "arrested" passive
// ("she was arrested"), active ("police arrested her") or a bare participle (a headline, "Tho,
// arrested on Saturday, …"); is "arrest" a noun ("her arrest"); is the clause a non-event ("if
// convicted", "the risk of arrest").

import {
  EVENT_TRIGGERS,
  NEEDS_TERM,
  NON_EVENT_CUES,
  type EventTrigger,
} from "../../lexicon/event-triggers.js";
import type { EventType, Span } from "../../types.js";

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

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

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
        ? { requires: new RegExp(`\\b(?:${t.requires.map(escape).join("|")})\\b`, "i") }
        : {}),
    });
    BY_WORD.set(w, list);
  }
}
const TRIGGER_RE = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${[...BY_WORD.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|")})(?![\\p{L}\\p{N}-])`,
  "giu",
);

/** Words between a subject and its verb: "has been", "was later", "is currently", "now". */
const AUX_WORD =
  /^(?:has|have|had|was|were|is|are|be|been|being|got|gets|get|getting|remains?|remained|now|currently|still|also|later|then|reportedly|allegedly|already|subsequently|eventually|finally|first|again|formally|officially|only|just|recently|both|all|each|themselves|arbitrarily|secretly|briefly|temporarily|quickly|immediately|once|twice)$/i;
const BE = /^(?:was|were|is|are|be|been|being|got|gets|get|getting)$/i;

/** Noun reading of a word that is also a verb: "the arrest", "her arrest", "Tho's arrest". */
const NOUN_BEFORE =
  /(?:\b(?:the|a|an|his|her|their|its|this|that|whose|of|after|before|since|during|upon|following|on|at|with)|['’]s?)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

function auxBefore(text: string, floor: number, at: number): { start: number; passive: boolean } {
  let start = at;
  let passive = false;
  for (;;) {
    const m = /([\p{L}’']+)\s+$/u.exec(text.slice(floor, start));
    if (!m || !AUX_WORD.test(m[1]!)) break;
    if (BE.test(m[1]!)) passive = true;
    start = floor + m.index;
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

export function findTriggers(text: string, sentence: Span): TriggerHit[] {
  const out: TriggerHit[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  TRIGGER_RE.lastIndex = 0;
  for (let m = TRIGGER_RE.exec(slice); m; m = TRIGGER_RE.exec(slice)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const word = m[0];
    const entries = BY_WORD.get(word.toLowerCase()) ?? BY_WORD.get(word) ?? [];
    if (entries.length === 0) continue;
    const nounish = NOUN_BEFORE.test(text.slice(Math.max(sentence.start, start - 60), start));
    const entry =
      entries.find((e) => (nounish ? e.form === "noun" : e.form !== "noun")) ?? entries[0]!;
    // "died at Xuan Loc prison": only with its context word in the same clause.
    if (entry.requires && !entry.requires.test(clauseAround(text, sentence, start, end))) continue;
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

const NON_EVENT_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...NON_EVENT_CUES]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|")})(?![\\p{L}\\p{N}])`,
  "iu",
);
/** Clause boundaries a non-event cue does not reach across. */
const CLAUSE_BREAK = /[;:,“”"()]|\b(?:but|while|after|when|since|because|who|which)\b/giu;
/** How many words before the trigger a non-event cue may stand. */
const CUE_WINDOW = 6;

/**
 * True when the trigger sits in a clause that does not report an event: a condition, a
 * possibility, a denial, a demand ("if convicted", "could face arrest", "no one is arrested",
 * "requested her immediate release", "awaiting trial").
 */
export function isNonEvent(text: string, sentence: Span, hit: TriggerHit): boolean {
  const before = text.slice(sentence.start, hit.start);
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before))
    from = m.index + m[0].length;
  const words = before.slice(from).trim().split(/\s+/).filter(Boolean);
  const window = words.slice(-CUE_WINDOW).join(" ");
  return NON_EVENT_RE.test(window) || /\b(?:risk|fear|threat|danger)\s+of\s*$/i.test(before);
}

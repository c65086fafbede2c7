// The trigger pattern language of claim-types.ts, compiled once and matched over claim tokens.
//   "@nobody *6 @act"          "no one in Vietnam is arrested"   (nobody=no one, act=arrested)
//   "not|never *3 @act *2 @anyone"   "does not detain anyone"
//   "@detainee *3 rights *4 @secured?"
// Matching is leftmost, then in the order alternatives are written (longest phrase first within
// a class), with backtracking over gaps: patterns are short and claims are sentences.

import { ClaimTypeInvalid } from "../../errors.js";
import { phraseTokens, type ClaimToken } from "./claim-tokens.js";

interface Alternative {
  tokens: readonly string[];
  /** The class the phrase came from, or null for a literal. */
  cls: string | null;
}

/**
 * Alternatives by their first token, each list in the order written: at a position only those
 * starting with its token can match (a claim is read against hundreds of patterns).
 */
interface FirstTokenIndex<T> {
  byFirst: ReadonlyMap<string, readonly T[]>;
  /** Those matching anywhere (no tokens), and the list for a token starting none. */
  anywhere: readonly T[];
}

function indexByFirst<T>(items: readonly T[], tokensOf: (item: T) => readonly string[]) {
  const anywhere = items.filter((i) => tokensOf(i).length === 0);
  const byFirst = new Map<string, T[]>();
  for (const item of items) {
    const first = tokensOf(item)[0];
    if (first !== undefined && !byFirst.has(first))
      byFirst.set(
        first,
        items.filter((i) => tokensOf(i).length === 0 || tokensOf(i)[0] === first),
      );
  }
  return { byFirst, anywhere } satisfies FirstTokenIndex<T>;
}

const startingAt = <T>(index: FirstTokenIndex<T>, token: ClaimToken | undefined): readonly T[] =>
  (token && index.byFirst.get(token.norm)) || index.anywhere;

type Element =
  | { kind: "alts"; alts: FirstTokenIndex<Alternative>; optional: boolean }
  | { kind: "gap"; max: number };

export interface TokenPattern {
  source: string;
  elements: readonly Element[];
  /**
   * For each element that must match, the words one of its phrases starts with: a claim lacking
   * all of one list cannot match, and most claims are turned away by this alone.
   */
  required: readonly (readonly string[])[];
}

/** What a class phrase or literal matched: token indexes `[start, end)`. */
export interface MatchedPart {
  cls: string | null;
  phrase: string;
  start: number;
  end: number;
}

export interface PatternMatch {
  start: number;
  end: number;
  parts: MatchedPart[];
}

export type WordClasses = Readonly<Record<string, readonly string[]>>;

const DEFAULT_GAP = 4;

const classCache = new WeakMap<WordClasses, Map<string, Alternative[]>>();

function classAlternatives(classes: WordClasses, name: string, owner: string): Alternative[] {
  let byName = classCache.get(classes);
  if (!byName) classCache.set(classes, (byName = new Map()));
  let alts = byName.get(name);
  if (alts) return alts;
  const phrases = classes[name];
  if (!phrases) throw new ClaimTypeInvalid(owner, `unknown word class @${name}`);
  alts = phrases
    .map((p) => ({ tokens: phraseTokens(p), cls: name }))
    .filter((a) => a.tokens.length > 0)
    .sort((a, b) => b.tokens.length - a.tokens.length);
  byName.set(name, alts);
  return alts;
}

/** Compiles one pattern; `owner` names the claim type in errors. */
export function compilePattern(source: string, classes: WordClasses, owner = "?"): TokenPattern {
  const elements: Element[] = [];
  for (const raw of source.trim().split(/\s+/)) {
    const gap = /^\*(\d*)$/.exec(raw);
    if (gap) {
      elements.push({ kind: "gap", max: gap[1] ? Number(gap[1]) : DEFAULT_GAP });
      continue;
    }
    const optional = raw.endsWith("?") && raw.length > 1;
    const body = optional ? raw.slice(0, -1) : raw;
    const alts: Alternative[] = [];
    for (const a of body.split("|")) {
      if (a === "") throw new ClaimTypeInvalid(owner, `empty alternative in "${source}"`);
      if (a.startsWith("@")) alts.push(...classAlternatives(classes, a.slice(1), owner));
      else alts.push({ tokens: phraseTokens(a), cls: null });
    }
    elements.push({ kind: "alts", alts: indexByFirst(alts, (a) => a.tokens), optional });
  }
  if (!elements.some((e) => e.kind === "alts" && !e.optional))
    throw new ClaimTypeInvalid(owner, `pattern "${source}" has nothing it must match`);
  const required: string[][] = [];
  for (const e of elements)
    if (e.kind === "alts" && !e.optional && e.alts.anywhere.length === 0)
      required.push([...e.alts.byFirst.keys()]);
  return { source, elements, required };
}

const wordsCache = new WeakMap<readonly ClaimToken[], Set<string>>();

function wordsOf(tokens: readonly ClaimToken[]): Set<string> {
  let words = wordsCache.get(tokens);
  if (!words) wordsCache.set(tokens, (words = new Set(tokens.map((t) => t.norm))));
  return words;
}

function phraseAt(tokens: readonly ClaimToken[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > tokens.length) return false;
  for (let k = 0; k < phrase.length; k++) if (tokens[at + k]!.norm !== phrase[k]) return false;
  return true;
}

/** A match stays inside one sentence: "… in Geneva. No one …" is two. */
function crossesSentence(tokens: readonly ClaimToken[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (tokens[i]!.sentenceStart) return true;
  return false;
}

function matchFrom(
  p: TokenPattern,
  tokens: readonly ClaimToken[],
  el: number,
  at: number,
  parts: MatchedPart[],
): number {
  if (el === p.elements.length) return at;
  const e = p.elements[el]!;
  const first = parts[0]?.start ?? at;
  if (e.kind === "gap") {
    for (let k = 0; k <= e.max && at + k <= tokens.length; k++) {
      const end = matchFrom(p, tokens, el + 1, at + k, parts);
      if (end >= 0) return end;
    }
    return -1;
  }
  for (const a of startingAt(e.alts, tokens[at])) {
    if (!phraseAt(tokens, at, a.tokens)) continue;
    if (parts.length > 0 && crossesSentence(tokens, first, at + a.tokens.length)) continue;
    parts.push({ cls: a.cls, phrase: a.tokens.join(" "), start: at, end: at + a.tokens.length });
    const end = matchFrom(p, tokens, el + 1, at + a.tokens.length, parts);
    if (end >= 0) return end;
    parts.pop();
  }
  return e.optional ? matchFrom(p, tokens, el + 1, at, parts) : -1;
}

/** The leftmost match of `p` in `tokens`, or null. */
export function matchPattern(p: TokenPattern, tokens: readonly ClaimToken[]): PatternMatch | null {
  if (p.required.length > 0) {
    const words = wordsOf(tokens);
    if (!p.required.every((firsts) => firsts.some((w) => words.has(w)))) return null;
  }
  for (let s = 0; s < tokens.length; s++) {
    const parts: MatchedPart[] = [];
    const end = matchFrom(p, tokens, 0, s, parts);
    // A pattern may not start with a gap that swallowed nothing useful: the match starts at its
    // first matched part.
    if (end >= 0 && parts.length > 0) return { start: parts[0]!.start, end, parts };
  }
  return null;
}

const phraseCache = new WeakMap<readonly string[], FirstTokenIndex<string[]>>();

/** Every phrase of a word list in `tokens`, left to right, longest first, not overlapping. */
export function findPhrases(
  tokens: readonly ClaimToken[],
  phrases: readonly string[],
): { phrase: string; start: number; end: number }[] {
  let alts = phraseCache.get(phrases);
  if (!alts) {
    const sorted = phrases
      .map((p) => phraseTokens(p))
      .filter((t) => t.length > 0)
      .sort((a, b) => b.length - a.length);
    alts = indexByFirst(sorted, (a) => a);
    phraseCache.set(phrases, alts);
  }
  const out: { phrase: string; start: number; end: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = startingAt(alts, tokens[i]).find((a) => phraseAt(tokens, i, a));
    if (!hit) continue;
    out.push({ phrase: hit.join(" "), start: i, end: i + hit.length });
    i += hit.length - 1;
  }
  return out;
}

// Scoring tokens (README rule 1): runs of letters and digits with their offsets. Punctuation,
// quotation marks and spaces are not tokens, so quote marks never change a score. Deliberately
// independent of src/core's tokenizer: the ruler must not move with the thing it measures.

import type { Span } from "./types.js";

export interface Token {
  s: number;
  e: number;
}

export type TokenSet = ReadonlySet<number>;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    out.push({ s: m.index, e: m.index + m[0].length });
  }
  return out;
}

/** Index of the first token ending after `offset` (tokens are sorted and disjoint). */
function firstEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.e > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Indices of the tokens `t` with `t.s < span.end && t.e > span.start` for some span. */
export function tokenSet(tokens: readonly Token[], spans: readonly Span[]): Set<number> {
  const out = new Set<number>();
  for (const [start, end] of spans) {
    for (let i = firstEndingAfter(tokens, start); i < tokens.length && tokens[i]!.s < end; i++) {
      out.add(i);
    }
  }
  return out;
}

export function intersectionSize(a: TokenSet, b: TokenSet): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const t of small) if (large.has(t)) n++;
  return n;
}

export function sameSet(a: TokenSet, b: TokenSet): boolean {
  return a.size === b.size && intersectionSize(a, b) === a.size;
}

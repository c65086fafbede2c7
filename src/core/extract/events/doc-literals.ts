// Where a literal a sentence's reading needs stands in the document, found once per document: the
// pass asks for each sentence in turn whether it holds " under " or "-year", and a slice and a
// search per sentence cost more than one search of the document and a halving per sentence.

import type { DocContext } from "../../text/doc-context.js";
import { firstAtLeast } from "../../text/sorted.js";
import { wordRuns } from "../../text/word-runs.js";
import type { Span } from "../../types.js";

/** A document's occurrences (starts, ascending) of each literal asked about. */
const FOUND = new WeakMap<DocContext, Map<string, number[]>>();

/**
 * Every start of `literal` in the document, overlapping ones included (as an `indexOf` loop from
 * each start plus one finds them).
 */
function literalStarts(ctx: DocContext, literal: string): readonly number[] {
  let byLiteral = FOUND.get(ctx);
  if (!byLiteral) FOUND.set(ctx, (byLiteral = new Map()));
  let starts = byLiteral.get(literal);
  if (!starts) {
    starts = [];
    const text = ctx.text;
    for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1))
      starts.push(at);
    byLiteral.set(literal, starts);
  }
  return starts;
}

/**
 * The starts of `literal` that lie, with the whole literal, inside `span`: those a search of
 * `text.slice(span.start, span.end)` finds, as offsets in the document.
 */
export function literalsIn(ctx: DocContext, literal: string, span: Span): number[] {
  const starts = literalStarts(ctx, literal);
  const out: number[] = [];
  for (let k = firstAtLeast(starts, span.start); k < starts.length; k++) {
    if (starts[k]! + literal.length > span.end) break;
    out.push(starts[k]!);
  }
  return out;
}

/** Whether `literal` stands, whole, inside `span`. */
export function literalIn(ctx: DocContext, literal: string, span: Span): boolean {
  const starts = literalStarts(ctx, literal);
  const k = firstAtLeast(starts, span.start);
  return k < starts.length && starts[k]! + literal.length <= span.end;
}

/** Per document, each word asked about and whether a run of its letters is that word. */
const WORDS = new WeakMap<DocContext, Map<string, boolean>>();

/**
 * Whether some whole run of the document's ASCII letters is `word` (lower-case) in any case, or
 * the document holds a letter that folds to an ASCII one ("ſ", "K"), which a pattern with the
 * `iu` flags reads as one: false means no such pattern finds the word with a non-letter on both
 * sides. One walk over the runs per document, comparing lengths first.
 */
export function mayHoldRun(ctx: DocContext, word: string): boolean {
  let byWord = WORDS.get(ctx);
  if (!byWord) WORDS.set(ctx, (byWord = new Map()));
  let answer = byWord.get(word);
  if (answer === undefined) {
    const runs = wordRuns(ctx.text);
    answer = runs.folds.length > 0;
    const { starts, ends, text } = runs;
    for (let k = 0; !answer && k < starts.length; k++)
      answer = ends[k]! - starts[k]! === word.length && sameLetters(text, starts[k]!, word);
    byWord.set(word, answer);
  }
  return answer;
}

/** Whether `text` at `at` has the letters of `word` (lower-case ASCII), in any case. */
function sameLetters(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++)
    if ((text.charCodeAt(at + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

// Where a literal a sentence's reading needs stands in the document, found once per document: the
// pass asks for each sentence in turn whether it holds " under " or "-year", and a slice and a
// search per sentence cost more than one search of the document and a halving per sentence.

import type { DocContext } from "../../text/doc-context.js";
import { firstAtLeast } from "../../text/sorted.js";
import type { Span } from "../../types.js";

/** A document's occurrences (starts, ascending) of each literal asked about. */
const FOUND = new WeakMap<DocContext, Map<string, number[]>>();

/**
 * Every start of `literal` in the document, overlapping ones included (as an `indexOf` loop from
 * each start plus one finds them).
 */
export function literalStarts(ctx: DocContext, literal: string): readonly number[] {
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

import { paragraphs, sentencesIn } from "../core/text/segment.js";
import type { Span } from "../core/types.js";

/** Passages aim at this many characters: long enough to rank, short enough to show. */
const TARGET = 600;
const MAX = 1200;

/**
 * Cuts a document into the passages the search index holds: paragraphs, short ones joined up to
 * ~600 characters, long ones cut at sentence ends (or, failing that, at a space) under 1,200.
 * Every passage is a span of the original text, so a hit can be shown where it is.
 */
export function passages(text: string): Span[] {
  const out: Span[] = [];
  let current: Span | null = null;
  for (const para of paragraphs(text)) {
    for (const piece of splitLong(text, para)) {
      if (current && piece.end - current.start <= TARGET) {
        current.end = piece.end;
      } else {
        if (current) out.push(current);
        current = { ...piece };
      }
    }
  }
  if (current) out.push(current);
  return out;
}

function splitLong(text: string, para: Span): Span[] {
  if (para.end - para.start <= MAX) return [para];
  const out: Span[] = [];
  let current: Span | null = null;
  for (const s of sentencesIn(text, para)) {
    for (const piece of hardSplit(text, s)) {
      if (current && piece.end - current.start <= TARGET) current.end = piece.end;
      else {
        if (current) out.push(current);
        current = { ...piece };
      }
    }
  }
  if (current) out.push(current);
  return out;
}

/** A "sentence" with no sentence end for pages (tables, lists): cut at a space before MAX. */
function hardSplit(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  while (span.end - start > MAX) {
    let cut = text.lastIndexOf(" ", start + MAX);
    if (cut <= start + TARGET / 2) cut = start + MAX;
    out.push({ start, end: cut });
    start = cut;
    while (start < span.end && text[start] === " ") start++;
  }
  if (span.end > start) out.push({ start, end: span.end });
  return out;
}

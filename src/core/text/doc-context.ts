import type { DocumentInput, PartialDate, Span } from "../types.js";
import { paragraphs, sentencesIn } from "./segment.js";
import { stopMarks } from "./stop-marks.js";

/** What every extractor needs, computed once per document. */
export interface DocContext {
  readonly text: string;
  readonly date: PartialDate | null;
  readonly title: string | null;
  readonly jurisdiction: string | null;
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Span[];
  /** Index into `paragraphs` for each sentence. */
  readonly sentenceParagraph: readonly number[];
}

export function buildContext(input: DocumentInput): DocContext {
  const text = input.text;
  const paras = paragraphs(text);
  const stops = stopMarks(text);
  const sents: Span[] = [];
  const sentPara: number[] = [];
  paras.forEach((p, pi) => {
    for (const s of sentencesIn(text, p, stops)) {
      sents.push(s);
      sentPara.push(pi);
    }
  });
  return {
    text,
    date: input.date ?? null,
    title: input.title ?? null,
    jurisdiction: input.jurisdiction ?? null,
    paragraphs: paras,
    sentences: sents,
    sentenceParagraph: sentPara,
  };
}

/**
 * Index of the sentence containing `offset`, or, when none does, `-(i + 1)` where `i` is the
 * index of the first sentence after it (binary search: sentences are sorted).
 */
function findSentence(ctx: DocContext, offset: number): number {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ctx.sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -(lo + 1);
}

/** Index of the sentence containing `offset`, or -1. */
export function sentenceAt(ctx: DocContext, offset: number): number {
  const i = findSentence(ctx, offset);
  return i >= 0 ? i : -1;
}

/** Index of the sentence containing `offset`, else of the last one before it (0 when none). */
export function sentenceAtOrBefore(ctx: DocContext, offset: number): number {
  const i = findSentence(ctx, offset);
  return i >= 0 ? i : Math.max(0, -i - 2);
}

// What the statement rules work on: the document's tokens, its quotations, and "units" —
// sentences merged so that no unit boundary falls inside a quotation.
//   “This is wrong. It must stop,” she said.  → one unit (the ctx splits it in two)

import type { DocContext } from "../../text/doc-context.js";
import type { Tok } from "../../text/lex.js";
import type { QuotePiece, QuoteScan } from "../../text/quotes.js";
import type { MentionIndex } from "../mentions/mention-index.js";
import { sentenceTokenStarts } from "../mentions/index.js";
import { CUE_MARK, cueMarked, type Cue } from "./cues.js";
import { markTriggers } from "./trigger-marks.js";
import { verbal } from "./verbal.js";
import { headlineVerb } from "./headline-verb.js";
import { leftSpeaker } from "./speaker.js";
import { datelineEnd } from "./dateline.js";
import { splitReattributed } from "./reattributed-quote.js";

export interface Unit {
  para: number;
  start: number;
  end: number;
  /** Token range `[a, b)`. */
  a: number;
  b: number;
}

export interface StatementDoc {
  ctx: DocContext;
  text: string;
  toks: readonly Tok[];
  quotes: QuoteScan;
  idx: MentionIndex;
  units: Unit[];
  /** Unit range `[first, end)` per paragraph. */
  unitsByPara: [number, number][];
  /** For each token, the quotation piece containing it, or -1. */
  pieceOf: readonly number[];
  /** Tokens already inside an accepted statement (content, speaker or cue). */
  claimed: number[];
  /** For each token, the rules' trigger words it is (`trigger-marks.ts`). */
  marks: readonly number[];
  /** Cues outside quotations, by unit. */
  cues: Cue[][];
}

function buildUnits(
  ctx: DocContext,
  toks: readonly Tok[],
  quotes: QuoteScan,
): { units: Unit[]; byPara: [number, number][] } {
  const starts = sentenceTokenStarts(ctx, toks);
  const units: Unit[] = [];
  const byPara: [number, number][] = ctx.paragraphs.map(() => [0, 0]);
  let s = 0;
  const n = ctx.sentences.length;
  for (let pi = 0; pi < ctx.paragraphs.length; pi++) {
    const first = units.length;
    const [q0, q1] = quotes.byPara[pi] ?? [0, 0];
    const para = ctx.paragraphs[pi]!;
    const dateline = datelineEnd(ctx.text, para.start, para.end);
    while (s < n && ctx.sentenceParagraph[s] === pi) {
      let start = ctx.sentences[s]!.start;
      let e = s;
      // Merge while the boundary after sentence `e` lies inside a quotation piece.
      while (
        e + 1 < n &&
        ctx.sentenceParagraph[e + 1] === pi &&
        insidePiece(quotes.pieces, q0, q1, ctx.sentences[e]!.end)
      )
        e++;
      let a = starts[s]!;
      const b = starts[e + 1]!;
      // ("HUE, Vietnam (Reuters) — Le Van Tam, a lawyer, said …": Le Van Tam speaks, not Hue.)
      if (dateline !== null && start < dateline) {
        while (a < b && toks[a]!.start < dateline) a++;
        start = a < b ? toks[a]!.start : start;
      }
      if (a < b) units.push({ para: pi, start, end: ctx.sentences[e]!.end, a, b });
      s = e + 1;
    }
    byPara[pi] = [first, units.length];
  }
  return { units, byPara };
}

function insidePiece(
  pieces: readonly QuotePiece[],
  q0: number,
  q1: number,
  offset: number,
): boolean {
  for (let i = q0; i < q1; i++) {
    const q = pieces[i]!;
    if (q.start < offset && offset < q.end) return true;
  }
  return false;
}

function endsWithQuestionQuote(text: string, u: Unit): boolean {
  const tail = text.slice(Math.max(u.start, u.end - 4), u.end);
  // Two apostrophes stand for a double mark in some wire copy: ''Is it fair?'' he asked.
  return /[?!…](?:[”"’]|'')$/.test(tail);
}

/** The unit opens with "Trump said", "said Trump" or "she asked". */
function attributionOpens(toks: readonly Tok[], u: Unit, cues: readonly Cue[]): boolean {
  const c = cues[0];
  if (c === undefined || c.tok > u.a + 40) return false;
  if (c.tok === u.a) return true;
  const sp = leftSpeaker(toks, c.tok, u.a);
  return sp !== null && sp.a === u.a;
}

export function prepare(ctx: DocContext, idx: MentionIndex): StatementDoc {
  const toks = idx.tokens;
  const quotes = idx.quotes;
  const { units, byPara } = buildUnits(ctx, toks, quotes);
  // (Per-token arrays on the heap: a new Int32Array, its buffer allocated outside the heap, cost
  // 1.5–1.7 % of the pass in a profile.)
  const pieceOf: number[] = new Array<number>(toks.length).fill(-1);
  let k = 0;
  quotes.pieces.forEach((q, qi) => {
    while (k < toks.length && toks[k]!.start < q.start) k++;
    for (let j = k; j < toks.length && toks[j]!.start < q.end; j++) pieceOf[j] = qi;
  });
  const marks = markTriggers(toks);
  const isName = (k: number) =>
    idx.mentionsIn(toks[k]!.start, toks[k]!.end).some((m) => m.kind !== "place");
  const cuesOf = (u: Unit) => {
    const out: Cue[] = [];
    for (let i = u.a; i < u.b; i++) {
      if (pieceOf[i]! >= 0 || (marks[i]! & CUE_MARK) === 0) continue;
      const c = cueMarked(toks, i, marks[i]!);
      if (c !== null && (verbal(toks, i, u.a, c, isName) || headlineVerb(toks, i, u.a, u.b, c))) {
        out.push(c);
        // "fired back": the particle is the cue's, not a cue of its own ("back" as in support).
        i = Math.max(i, c.tokEnd - 1);
      }
    }
    return out;
  };
  let cues: Cue[][] = units.map(cuesOf);
  // “Who gave that order?” the mother asked. — the sentence splitter cut after “?”; the
  // attribution belongs with the quotation.
  const merged: Unit[] = [];
  const mergedCues: Cue[][] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const prev = merged[merged.length - 1];
    if (
      prev !== undefined &&
      prev.para === u.para &&
      endsWithQuestionQuote(ctx.text, prev) &&
      attributionOpens(toks, u, cues[i]!)
    ) {
      merged[merged.length - 1] = { ...prev, end: u.end, b: u.b };
      mergedCues[mergedCues.length - 1]!.push(...cues[i]!);
      continue;
    }
    merged.push(u);
    mergedCues.push(cues[i]!);
  }
  if (merged.length !== units.length) {
    units.length = 0;
    units.push(...merged);
    for (const range of byPara) range[0] = range[1] = -1;
    units.forEach((u, i) => {
      const r = byPara[u.para]!;
      if (r[0] < 0) r[0] = i;
      r[1] = i + 1;
    });
    for (const r of byPara) if (r[0] < 0) r[0] = r[1] = 0;
  }
  cues = mergedCues;
  return {
    ctx,
    text: ctx.text,
    toks,
    quotes: splitReattributed(ctx.text, toks, quotes, units, cues, (o) => idx.tokenAt(o)),
    idx,
    units,
    unitsByPara: byPara,
    pieceOf,
    claimed: new Array<number>(toks.length).fill(0),
    marks,
    cues,
  };
}

/** Pieces (indices) whose start lies in unit `u`, in order. */
export function piecesIn(doc: StatementDoc, u: Unit): number[] {
  const [q0, q1] = doc.quotes.byPara[u.para] ?? [0, 0];
  const out: number[] = [];
  for (let i = q0; i < q1; i++) {
    const q = doc.quotes.pieces[i]!;
    if (q.start >= u.start && q.start < u.end) out.push(i);
  }
  return out;
}

/** First token at or after offset `o` (tokens sorted). */
export function tokFrom(doc: StatementDoc, o: number): number {
  return doc.idx.tokenAt(o);
}

// A quotation paragraph signed on the line after it, as pull quotes and quote boxes are:
//   “Every prisoner of conscience must be freed.”
//   — Tran Thi Lan, director of the centre            → Tran Thi Lan said it
// Runs before rule 07, which would otherwise join the quotation to the statement before.

import { PUNCT, WORD } from "../../../text/lex.js";
import { claimDraft, spanOf, type Draft } from "../draft.js";
import type { StatementDoc } from "../find.js";

const DASHES = new Set(["-", "—", "–"]);
const NAME_TOKENS = 8;

/** The quotation pieces making up paragraph `pi` whole, none claimed, or null. */
function quotationParagraph(doc: StatementDoc, pi: number): [number, number][] | null {
  const p = doc.ctx.paragraphs[pi]!;
  const segs: [number, number][] = [];
  for (let k = doc.idx.tokenAt(p.start); k < doc.toks.length && doc.toks[k]!.start < p.end; k++) {
    const qi = doc.pieceOf[k]!;
    if (qi < 0) {
      if (doc.toks[k]!.kind !== PUNCT) return null;
      continue;
    }
    if (doc.claimed[k]) return null;
    const q = doc.quotes.pieces[qi]!;
    // (A single-quoted piece sits inside the double-quoted one.)
    if (q.single) continue;
    if (segs.length === 0 || segs[segs.length - 1]![0] !== q.start) segs.push([q.start, q.end]);
  }
  return segs.length > 0 ? segs : null;
}

export function signature(doc: StatementDoc, pi: number): Draft | null {
  if (pi + 1 >= doc.ctx.paragraphs.length) return null;
  const next = doc.ctx.paragraphs[pi + 1]!;
  const toks = doc.toks;
  const dash = doc.idx.tokenAt(next.start);
  if (!DASHES.has(toks[dash]?.text ?? "") || toks[dash]!.start >= next.end) return null;
  const a = dash + toks.slice(dash).findIndex((t) => !DASHES.has(t.text));
  const first = toks[a];
  if (first === undefined || first.kind !== WORD || !first.cap || first.start >= next.end)
    return null;
  // The name runs to the first comma (the role after it is no part of the speaker).
  let b = a;
  while (b < toks.length && toks[b]!.start < next.end && toks[b]!.kind === WORD) b++;
  if (b - a > NAME_TOKENS) return null;
  const named = doc.idx
    .mentionsIn(first.start, toks[b - 1]!.end)
    .some((m) => m.kind === "person" || m.kind === "organisation");
  // ("Michelle Marks": a name the mention pass read as a verb is still capitalised words.)
  const capitalised = b - a >= 2 && b - a <= 4 && toks.slice(a, b).every((t) => t.cap);
  if (!named && !capitalised) return null;
  const segs = quotationParagraph(doc, pi);
  if (segs === null) return null;
  const [u0] = doc.unitsByPara[pi + 1] ?? [0, 0];
  const d: Draft = {
    segments: segs,
    speaker: spanOf(doc, { a, b }),
    cue: spanOf(doc, { a: dash, b: dash + 1 }),
    form: null,
    rule: "11-signature",
    groups: [],
    unit: u0,
  };
  claimDraft(doc, d);
  return d;
}

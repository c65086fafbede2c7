// An introduction ending in a colon, and the paragraph(s) it introduces:
//   Dr. Nguyen Van A, reached in Hanoi on Friday, stated:
//   They arrest people and then say they respect rights … We must protest. ”   ← block, lone ”
//
//   Lawyer Tran said by telephone as follows:
//   When he received the indictment, my client was calm.                      ← unmarked block
//
//   She added:
//   “We will appeal.”                                                          ← marked quote

import { PUNCT } from "../../../text/lex.js";
import { claimDraft, spanOf, taken, type Draft } from "../draft.js";
import type { StatementDoc } from "../find.js";
import { leftSpeaker, rightSpeaker } from "../speaker.js";

/** Statement introduced by the last unit of paragraph `pi`, if it ends in a colon. */
export function colonBlock(doc: StatementDoc, pi: number): Draft | null {
  const [u0, u1] = doc.unitsByPara[pi] ?? [0, 0];
  if (u1 <= u0 || pi + 1 >= doc.ctx.paragraphs.length) return null;
  const ui = u1 - 1;
  const u = doc.units[ui]!;
  const toks = doc.toks;
  const last = toks[u.b - 1];
  if (last === undefined || last.text !== ":" || taken(doc, u.b - 1)) return null;
  // The cue nearest the colon, with a speaker before it.
  const cues = doc.cues[ui]!.filter((c) => !taken(doc, c.tok));
  const c = cues[cues.length - 1];
  if (c === undefined) return null;
  let floor = c.tok;
  while (floor > u.a && !taken(doc, floor - 1)) floor--;
  // "Stated Stone:" ¶ “…”: the speaker after a cue that opens the sentence.
  const inverted = c.tok === u.a ? rightSpeaker(toks, c.tokEnd, u.b - 1) : null;
  const sp =
    inverted !== null && inverted.b === u.b - 1 ? inverted : leftSpeaker(toks, c.tok, floor);
  if (sp === null) return null;
  // Between the cue and the colon: addressee, time, place, manner ("by telephone as follows").
  for (let k = c.tokEnd; k < u.b - 1; k++) {
    const t = toks[k]!;
    if (t.kind === PUNCT && t.text !== ",") return null;
  }
  if (u.b - 1 - c.tokEnd > 14) return null;
  const next = doc.ctx.paragraphs[pi + 1]!;
  const [q0, q1] = doc.quotes.byPara[pi + 1] ?? [0, 0];
  const segments: [number, number][] = [];
  const groups: number[] = [];
  const first = q0 < q1 ? doc.quotes.pieces[q0]! : null;
  if (first !== null && first.start === next.start && !first.single) {
    const g = doc.quotes.groups[first.group]!;
    if (g.some((i) => doc.claimed[doc.idx.tokenAt(doc.quotes.pieces[i]!.start)])) return null;
    for (const i of g) segments.push([doc.quotes.pieces[i]!.start, doc.quotes.pieces[i]!.end]);
    groups.push(first.group);
  } else if (q0 === q1) {
    // No marks at all: the next paragraph is the quoted block.
    const a = doc.idx.tokenAt(next.start);
    if (doc.claimed[a]) return null;
    segments.push([next.start, next.end]);
  } else return null;
  const d: Draft = {
    segments,
    speaker: spanOf(doc, sp),
    cue: spanOf(doc, { a: c.tok, b: c.tokEnd }),
    form: c.form,
    rule: "02-colon",
    groups,
    unit: ui,
  };
  claimDraft(doc, d);
  return d;
}

// Attribution carried by a noun, with the speaker as its possessor:
//   The ministry’s claim that no one is detained for their views was rejected by the group.
//   Hang’s assertion that trials are public drew criticism.

import { CLAIM_NOUNS } from "../../../lexicon/speech-cues.js";
import { WORD } from "../../../text/lex.js";
import { contentEnd, extendOverQuotes } from "../content.js";
import { claimDraft, spanOf, taken, trimSegment, type Draft } from "../draft.js";
import type { StatementDoc } from "../find.js";
import { npLeftOf } from "../noun-phrase.js";

export function nominal(doc: StatementDoc, ui: number): Draft[] {
  const u = doc.units[ui]!;
  const toks = doc.toks;
  const out: Draft[] = [];
  for (let k = u.a + 2; k + 2 < u.b; k++) {
    const t = toks[k]!;
    // "that" first: a string compare turns away most words before a set look-up would.
    if (toks[k + 1]!.lower !== "that" || t.kind !== WORD || !CLAIM_NOUNS.has(t.lower)) continue;
    if (taken(doc, k) || doc.pieceOf[k]! >= 0) continue;
    // The possessor: "X’s claim", "X’s repeated claim" (one modifier at most).
    let p = k - 1;
    if (
      toks[p]!.kind === WORD &&
      !toks[p]!.cap &&
      p - 1 > u.a &&
      /^['’]s?$/.test(toks[p - 1]!.text)
    )
      p--;
    if (!/^['’]s?$/.test(toks[p]!.text) || p - 1 < u.a) continue;
    const head = p - 1;
    if (!(toks[head]!.cap || toks[head]!.kind === WORD) || taken(doc, head)) continue;
    const sp = npLeftOf(toks, head, u.a);
    const a = k + 1;
    // The noun phrase is often a subject or an object: its clause ends at the next comma.
    const b = contentEnd(doc, u, a, { subordinate: true });
    if (b - a < 3) continue;
    const seg = trimSegment(doc.text, toks[a]!.start, toks[b - 1]!.end);
    if (seg === null) continue;
    const d: Draft = {
      segments: extendOverQuotes(doc, a, b, seg[0], seg[1]),
      speaker: spanOf(doc, sp),
      cue: spanOf(doc, { a: k, b: k + 1 }),
      form: null,
      rule: "08-nominal",
      groups: [],
      unit: ui,
    };
    claimDraft(doc, d);
    out.push(d);
  }
  return out;
}

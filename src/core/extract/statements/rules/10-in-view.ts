// Sourcing by someone's view, like "according to" (rule 03):
//   In the ministry's view, the protests were illegal.          → source "the ministry"
//   The only fair outcome, in Lan's view, would be a retrial.     → two segments
//   The decree will not last, in their opinion.

import { VIEW_NOUNS } from "../../../lexicon/view-nouns.js";
import { WORD, wordCount } from "../../../text/lex.js";
import { contentEnd, extendOverQuotes } from "../content.js";
import { claimDraft, spanOf, taken, trimSegment, type Draft } from "../draft.js";
import type { StatementDoc, Unit } from "../find.js";
import { triggerMark } from "../trigger-marks.js";
import { contentBefore } from "./03-according-to.js";

const POSSESSIVE_PRONOUNS = new Set(["his", "her", "their", "its", "our", "my"]);
const IN_MARK = triggerMark(["in"]);

/** The possessor between "in" at `k` and a view noun: its end (the noun's index), or -1. */
function viewNoun(doc: StatementDoc, u: Unit, k: number): number {
  const toks = doc.toks;
  const first = toks[k + 1];
  if (first?.kind === WORD && POSSESSIVE_PRONOUNS.has(first.lower))
    return VIEW_NOUNS.has(toks[k + 2]?.lower ?? "") ? k + 2 : -1;
  // "in Professor Tran's view", "in the ministry's view": a short noun phrase and its "’s".
  for (let j = k + 2; j < Math.min(u.b - 1, k + 8); j++) {
    const t = toks[j]!;
    if (doc.pieceOf[j]! >= 0 || taken(doc, j)) return -1;
    if (/^['’]s?$/.test(t.text)) return VIEW_NOUNS.has(toks[j + 1]?.lower ?? "") ? j + 1 : -1;
    if (t.kind !== WORD) return -1;
  }
  return -1;
}

export function inView(doc: StatementDoc, ui: number): Draft[] {
  const u = doc.units[ui]!;
  const toks = doc.toks;
  const out: Draft[] = [];
  for (let k = u.a; k + 2 < u.b; k++) {
    if ((doc.marks[k]! & IN_MARK) === 0 || doc.pieceOf[k]! >= 0 || taken(doc, k)) continue;
    // Set off like "according to": opening the sentence or after a comma.
    if (k > u.a && !/^[,(—–]$/.test(toks[k - 1]!.text)) continue;
    const noun = viewNoun(doc, u, k);
    if (noun < 0) continue;
    const after = toks[noun + 1];
    if (after === undefined || !/^[,.)—–]$/.test(after.text)) continue;
    const segs: [number, number][] = [];
    const a = contentBefore(doc, u.a, k, doc.cues[ui]!);
    if (a < k && wordCount(toks, a, k) >= 3) {
      const s = trimSegment(doc.text, toks[a]!.start, toks[k - 1]!.end);
      if (s !== null) segs.push(...extendOverQuotes(doc, a, k, s[0], s[1]));
    }
    if (after.text === "," && noun + 2 < u.b) {
      const b = contentEnd(doc, u, noun + 2);
      const s =
        b > noun + 2 ? trimSegment(doc.text, toks[noun + 2]!.start, toks[b - 1]!.end) : null;
      if (s !== null && wordCount(toks, noun + 2, b) >= 3)
        segs.push(...extendOverQuotes(doc, noun + 2, b, s[0], s[1]));
    }
    if (segs.length === 0) continue;
    const d: Draft = {
      segments: segs,
      // ("the ministry’s": the possessor without its mark.)
      speaker: spanOf(doc, {
        a: k + 1,
        b: /^['’]s?$/.test(toks[noun - 1]!.text) ? noun - 1 : noun,
      }),
      cue: spanOf(doc, { a: noun, b: noun + 1 }),
      form: null,
      rule: "10-in-view",
      groups: [],
      unit: ui,
    };
    claimDraft(doc, d);
    out.push(d);
  }
  return out;
}

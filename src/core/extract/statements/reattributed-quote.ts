// A quotation left open at the end of its paragraph runs on into the next paragraph's
// quotation, by the convention for quotations over several paragraphs. When the paragraph it
// opened in already names its speaker and the next piece closes with an attribution of its own,
// the mark was left open by mistake and the next piece is a new quotation:
//   “…,” Le Thi Hoa said on Friday. “If the court …¶“We have waited years,” added Tran Van Hieu.
//   → Hoa's two pieces; Hieu's quotation is his own, not a third piece of Hoa's

import { WORD, type Tok } from "../../text/lex.js";
import type { QuoteScan } from "../../text/quotes.js";
import type { Cue } from "./cues.js";
import type { Unit } from "./find.js";

/** Tokens between a quotation's closing mark and an attribution's cue ("Rep. Ngo Van Tam"). */
const NEAR_CUE = 8;

/**
 * `scan` with every such group split before its re-attributed piece; `scan` itself (shared with
 * the other passes) when there is none.
 */
export function splitReattributed(
  text: string,
  toks: readonly Tok[],
  scan: QuoteScan,
  units: readonly Unit[],
  cues: readonly Cue[][],
  tokenAt: (offset: number) => number,
): QuoteScan {
  const unitOf = (tok: number): number => units.findIndex((u) => u.a <= tok && tok < u.b);
  const cuesFrom = (tok: number): boolean =>
    cues[unitOf(tok)]?.some((c) => opensAttribution(toks, tok, c)) === true;
  // The quotation's first paragraph names its speaker: a quotation closed before it in the
  // paragraph has its attribution ("“…,” Hoa said. “If …"), or a cue opens its own sentence
  // ("Hoa said: “If …").
  const attributed = (qi: number): boolean => {
    const q = scan.pieces[qi]!;
    const a = tokenAt(q.start);
    if (cues[unitOf(a)]?.some((c) => c.tok < a) === true) return true;
    const [p0] = scan.byPara[q.para] ?? [qi, qi];
    for (let pi = p0; pi < qi; pi++)
      if (scan.pieces[pi]!.closed && cuesFrom(tokenAt(scan.pieces[pi]!.end))) return true;
    return false;
  };
  const splits: [number, number][] = [];
  scan.groups.forEach((g, gi) => {
    if (g.length < 2 || !attributed(g[0]!)) return;
    for (let m = 1; m < g.length; m++) {
      const q = scan.pieces[g[m]!]!;
      if (!q.closed || !/[,?!]/.test(text[q.end - 2] ?? "")) continue;
      if (cuesFrom(tokenAt(q.end))) {
        splits.push([gi, m]);
        break;
      }
    }
  });
  if (splits.length === 0) return scan;
  const pieces = scan.pieces.map((q) => ({ ...q }));
  const groups = scan.groups.map((g) => [...g]);
  for (const [gi, m] of splits) {
    const moved = groups[gi]!.splice(m);
    const ng = groups.length;
    groups.push(moved);
    for (const p of moved) pieces[p]!.group = ng;
  }
  return { pieces, groups, byPara: scan.byPara };
}

/** Cue `c` follows token `from` at once or after a few words of its speaker, in one clause. */
function opensAttribution(toks: readonly Tok[], from: number, c: Cue): boolean {
  if (c.tok < from || c.tok - from > NEAR_CUE) return false;
  for (let k = from; k < c.tok; k++) {
    const t = toks[k]!;
    if (t.kind === WORD) continue;
    // ("Rep. Ngo Van Tam (D-Hanoi) said": a title's stop, a party in brackets.)
    if (!/^[.()\-’'&]$/.test(t.text)) return false;
  }
  return true;
}

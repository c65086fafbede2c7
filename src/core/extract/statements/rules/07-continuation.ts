// Quotation paragraphs with no attribution of their own continue the statement before them
// (or, failing that, the one that follows):
//   “We will appeal,” the lawyer said. “The verdict was written in advance.”
//   “My client is innocent.”                  ← joins the lawyer's statement
// A quotation after an indirect statement gets a statement of its own with the same speaker.

import { PUNCT } from "../../../text/lex.js";
import { claimDraft, type Draft } from "../draft.js";
import type { StatementDoc } from "../find.js";
import { standsAlone } from "./01-quote-attribution.js";

/** Whether every unit of paragraph `pi` is an untaken quotation. Returns its piece groups. */
function quoteParagraph(doc: StatementDoc, pi: number): number[] | null {
  const [u0, u1] = doc.unitsByPara[pi] ?? [0, 0];
  const [q0, q1] = doc.quotes.byPara[pi] ?? [0, 0];
  if (u0 === u1 || q0 === q1) return null;
  const groups: number[] = [];
  for (let qi = q0; qi < q1; qi++) {
    const q = doc.quotes.pieces[qi]!;
    if (q.single) continue;
    if (doc.claimed[doc.idx.tokenAt(q.start)]) return null;
    if (!standsAlone(doc, qi, u0, u1)) return null;
    if (!groups.includes(q.group)) groups.push(q.group);
  }
  // Every unit must hold a piece: no prose beside the quotation.
  for (let ui = u0; ui < u1; ui++) {
    const u = doc.units[ui]!;
    let has = false;
    for (let k = u.a; k < u.b && !has; k++) has = doc.pieceOf[k]! >= 0;
    if (!has) return null;
  }
  return groups.length > 0 ? groups : null;
}

/**
 * Within a paragraph: a sentence that is only quotation continues the statement before it when
 * that statement quotes too ("Like most campaigns, “…,” Strother said. “If we found out …”").
 */
function withinParagraphs(doc: StatementDoc, drafts: Draft[]): void {
  const byUnit = new Map<number, Draft>();
  for (const d of drafts) {
    const cur = byUnit.get(d.unit);
    if (cur === undefined || cur.segments[0]![0] < d.segments[0]![0]) byUnit.set(d.unit, d);
  }
  for (const [u0, u1] of doc.unitsByPara) {
    let last: Draft | null = null;
    for (let ui = u0; ui < u1; ui++) {
      const here = byUnit.get(ui);
      if (here !== undefined) {
        last = here;
        continue;
      }
      if (doc.cues[ui]!.length > 0) {
        last = null;
        continue;
      }
      const pieces = quoteOnlyUnit(doc, ui);
      // A quotation sentence right after reported speech continues it ("Ms. Lan added that the
      // commune kept the land register hidden. “No one here has ever seen it.”").
      if (pieces === null || last === null) continue;
      if (!hasQuote(doc, last) && last.unit !== ui - 1) continue;
      for (const qi of pieces) {
        const q = doc.quotes.pieces[qi]!;
        for (const gi of doc.quotes.groups[q.group]!) {
          const p = doc.quotes.pieces[gi]!;
          last.segments.push([p.start, p.end]);
        }
        last.groups.push(q.group);
      }
      last.segments.sort((x, y) => x[0] - y[0]);
      claimDraft(doc, last);
    }
  }
}

/** The untaken quotation pieces that make up unit `ui` entirely, or null. */
function quoteOnlyUnit(doc: StatementDoc, ui: number): number[] | null {
  const u = doc.units[ui]!;
  const out: number[] = [];
  for (let k = u.a; k < u.b; k++) {
    const qi = doc.pieceOf[k]!;
    if (qi < 0) {
      if (doc.toks[k]!.kind !== PUNCT) return null;
      continue;
    }
    if (doc.claimed[k]) return null;
    if (!out.includes(qi)) out.push(qi);
  }
  return out.length > 0 && out.every((qi) => !doc.quotes.pieces[qi]!.single) ? out : null;
}

export function continuation(doc: StatementDoc, drafts: Draft[]): Draft[] {
  withinParagraphs(doc, drafts);
  const out: Draft[] = [];
  // The last statement ending in each paragraph, and the quotation statement opening each one.
  const endingIn = new Map<number, Draft>();
  const quoting = new Map<number, Draft>();
  const opening = new Map<number, Draft>();
  for (const d of drafts) {
    let last = doc.units[d.unit]!.para;
    for (const [, e] of d.segments) last = Math.max(last, paraAt(doc, e - 1));
    const cur = endingIn.get(last);
    if (cur === undefined || cur.segments[0]![0] < d.segments[0]![0]) endingIn.set(last, d);
    const q = quoting.get(last);
    if (hasQuote(doc, d) && (q === undefined || q.segments[0]![0] < d.segments[0]![0]))
      quoting.set(last, d);
    const p = doc.units[d.unit]!.para;
    if (d.rule === "01-quote" && d.segments[0]![0] === doc.ctx.paragraphs[p]!.start)
      opening.set(p, d);
  }
  for (let pi = 0; pi < doc.ctx.paragraphs.length; pi++) {
    const groups = quoteParagraph(doc, pi);
    if (groups === null) continue;
    const prev = endingIn.get(pi - 1);
    const next = opening.get(pi + 1);
    const segs = groups.flatMap((g) =>
      doc.quotes.groups[g]!.map(
        (i) => [doc.quotes.pieces[i]!.start, doc.quotes.pieces[i]!.end] as [number, number],
      ),
    );
    let target: Draft | null = null;
    let prevSpeaker = prev;
    // "“…,” said Lan, who thinks often about the farmers. ¶ “…”": a relative clause about the
    // speaker comes between; the quotation goes on with Lan's.
    const relative =
      prev?.speaker != null &&
      /^(who|which)$/i.test(doc.text.slice(prev.speaker.start, prev.speaker.end));
    // "…, calling him “an empty drum,” Lan said as she left. ¶ “But …”": the sentence's own
    // attribution closes it, so the quotation is Lan's, not the participle's inside her words.
    const closer = prev === undefined ? null : closingAttribution(drafts, prev);
    if (closer !== null) prevSpeaker = closer;
    else if (prev !== undefined && hasQuote(doc, prev) && !proseAfter(doc, prev, pi - 1))
      target = prev;
    else if (relative && quoting.has(pi - 1)) target = quoting.get(pi - 1)!;
    else if (next !== undefined) target = next;
    if (target !== null) {
      target.segments.push(...segs);
      target.segments.sort((x, y) => x[0] - y[0]);
      target.groups.push(...groups);
    } else if (prevSpeaker !== undefined && prevSpeaker.speaker !== null) {
      target = {
        segments: segs,
        speaker: prevSpeaker.speaker,
        cue: null,
        form: null,
        rule: "07-orphan",
        groups,
        unit: prevSpeaker.unit,
        inheritsSpeaker: true,
      };
      out.push(target);
    } else continue;
    claimDraft(doc, target);
    // A continued statement now ends here, so the next quotation paragraph can continue it too.
    const lastPi = paraAt(doc, segs[segs.length - 1]![1] - 1);
    endingIn.set(lastPi, target);
  }
  return out;
}

/**
 * A statement of the same sentence whose attribution follows its content and comes after
 * `d`'s cue, with `d` inside that content: the sentence's closing attribution, when `d` is a
 * statement nested in what its speaker said.
 */
function closingAttribution(drafts: readonly Draft[], d: Draft): Draft | null {
  if (d.cue === null) return null;
  const start = d.segments[0]![0];
  for (const o of drafts) {
    if (o === d || o.unit !== d.unit || o.cue === null || o.speaker === null) continue;
    const [s, e] = o.segments[0]!;
    if (o.cue.start > d.cue.start && o.cue.start >= e && s <= start && d.cue.start < e) return o;
  }
  return null;
}

/**
 * "… was “likable enough.” He went on to win the vote. ¶ “…”": the writer's own sentence after
 * the statement closes it; a quotation paragraph after that is not more of it.
 */
function proseAfter(doc: StatementDoc, d: Draft, pi: number): boolean {
  const [, u1] = doc.unitsByPara[pi] ?? [0, 0];
  const end = d.segments[d.segments.length - 1]![1];
  for (let ui = u1 - 1; ui >= 0; ui--) {
    const u = doc.units[ui]!;
    if (u.para !== pi || u.start < end) return false;
    for (let k = u.a; k < u.b; k++)
      if (doc.toks[k]!.kind !== PUNCT && !doc.claimed[k] && doc.pieceOf[k]! < 0) return true;
  }
  return false;
}

function paraAt(doc: StatementDoc, offset: number): number {
  const ps = doc.ctx.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ps[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function hasQuote(doc: StatementDoc, d: Draft): boolean {
  return (
    d.groups.length > 0 ||
    d.segments.some(([s, e]) => {
      for (let k = doc.idx.tokenAt(s); k < doc.toks.length && doc.toks[k]!.start < e; k++)
        if (doc.pieceOf[k]! >= 0) return true;
      return false;
    })
  );
}

// Direct quotations and the attribution next to them, paragraph by paragraph.
//   “It is unjust,” she said. “He did nothing wrong.”          → one statement, two segments
//   “The report is biased,” said Ha Van Tien, the spokesperson. → inverted attribution
//   Mr. Hai later insisted that: “I did not break the law!”     → leading attribution
//   He told RFA on Thursday: «We will appeal.»                  → addressee and time skipped

import { NUMBER, PUNCT, WORD } from "../../../text/lex.js";
import { isBridge, skipAdjuncts } from "../bridge.js";
import { contentEnd } from "../content.js";
import { forwardContent } from "../content-start.js";
import { colonObject } from "../colon-object.js";
import { recordedSpeaker } from "../media-subject.js";
import { issuer } from "../issued-document.js";
import { frontedContent, resumeAfterAttribution } from "../quote-resume.js";
import { sharedSubject } from "../shared-subject.js";
import { runsIntoNext, timeClauseAfter } from "../trailing-clause.js";
import type { Cue } from "../cues.js";
import { claimDraft, spanOf, type Draft } from "../draft.js";
import type { StatementDoc, Unit } from "../find.js";
import { npLeftOf, type TokSpan } from "../noun-phrase.js";
import { isCommaLike, leftSpeaker, rightSpeaker } from "../speaker.js";
import { sourceEnd } from "./03-according-to.js";

interface Attribution {
  cue: Cue | null;
  speaker: TokSpan | null;
  /** Source phrase "according to": the cue span when no verb. */
  cueSpan: TokSpan;
  /**
   * The speaker is the main clause's subject ("…, Ms. Lan said, adding, “…”", "He condemned the
   * deal, saying “…”"), whose own statement a later rule finds: not this statement's to take.
   */
  inherited?: boolean;
}

function unitOfTok(doc: StatementDoc, u0: number, u1: number, tok: number): Unit | null {
  for (let i = u0; i < u1; i++) {
    const u = doc.units[i]!;
    if (tok >= u.a && tok < u.b) return u;
  }
  return null;
}

function cueIn(doc: StatementDoc, ui: number, tok: number): Cue | null {
  for (const c of doc.cues[ui]!) if (c.tok === tok) return c;
  return null;
}

/** `“…,” she said` / `“…,” said X` / `“…,” according to X` right after the piece. */
function trailing(doc: StatementDoc, ui: number, from: number, limit: number): Attribution | null {
  const toks = doc.toks;
  let k = from;
  while (k < limit && toks[k]!.kind === PUNCT && /^[,—–-]$/.test(toks[k]!.text)) k++;
  if (k >= limit) return null;
  if (toks[k]!.lower === "according" && toks[k + 1]?.lower === "to") {
    const sp = rightSpeaker(toks, k + 2, limit);
    if (sp === null) return null;
    // "according to a petition filed by the defence": the whole source, as rule 03
    // reads it.
    let b = Math.max(sp.b, sourceEnd(toks, sp.b, limit, false));
    while (b > sp.b && toks[b - 1]!.kind !== WORD && toks[b - 1]!.kind !== NUMBER) b--;
    return { cue: null, speaker: { a: sp.a, b }, cueSpan: { a: k, b: k + 2 } };
  }
  const first = cueIn(doc, ui, k);
  if (first !== null) {
    const sp = rightSpeaker(toks, first.tokEnd, limit);
    if (sp !== null) return { cue: first, speaker: sp, cueSpan: { a: first.tok, b: first.tokEnd } };
  }
  for (const c of doc.cues[ui]!) {
    if (c.tok <= k || c.tok >= limit || c.tok > k + 40) continue;
    const sp = leftSpeaker(toks, c.tok, k);
    if (sp !== null && sp.a === k)
      return { cue: c, speaker: sp, cueSpan: { a: c.tok, b: c.tokEnd } };
    break;
  }
  return null;
}

/** `She said: “…”` / `X added that “…”` / `He told reporters, “…”` right before the piece. */
function leading(
  doc: StatementDoc,
  ui: number,
  floor: number,
  pieceTok: number,
  earlier: readonly Draft[],
): Attribution | null {
  const toks = doc.toks;
  let best: Cue | null = null;
  for (const c of doc.cues[ui]!) if (c.tok >= floor && c.tokEnd <= pieceTok) best = c;
  if (best === null) return namedColon(doc, floor, pieceTok);
  const u = doc.units[ui]!;
  // "Continued Stone: “…”", "Said Ellis: “…”", "But, said Lan, “…”": the speaker after a cue
  // opening the sentence (after a conjunction and its comma).
  let open = floor;
  if (/^(but|and|so|yet)$/.test(toks[open]?.lower ?? "")) open++;
  if (open > floor && toks[open]?.text === ",") open++;
  const sep = toks[pieceTok - 1]?.text;
  if (best.tok === open && (sep === ":" || sep === ",")) {
    const rs = rightSpeaker(toks, best.tokEnd, pieceTok - 1);
    if (rs !== null && rs.b === pieceTok - 1)
      return { cue: best, speaker: rs, cueSpan: { a: best.tok, b: best.tokEnd } };
  }
  if (!isBridge(toks, best.tokEnd, pieceTok, best.form) && !colonObject(toks, best, pieceTok))
    return null;
  // "said on VTV’s “Morning Coffee”": a quotation right after a possessive is a title.
  if (pieceTok - 1 >= best.tokEnd && /^['’]s$/.test(toks[pieceTok - 1]!.text)) return null;
  // "Lan said that farmers she has met with “understand …”": the quotation belongs to the
  // outer statement's content, not to the inner cue.
  for (const c of doc.cues[ui]!) {
    if (c.tok >= best.tok || c.tok < floor) continue;
    if (leftSpeaker(toks, c.tok, floor) === null) continue;
    const fw = forwardContent(doc, c, pieceTok);
    if (fw !== null && contentEnd(doc, u, fw.a) > pieceTok) return null;
  }
  // "…, saying, “…”" and "… but added, “…”": the subject of the sentence speaks.
  // A participle's subject is the sentence's ("released a statement saying, “…”" is hers, not
  // the statement's); other cues have their own subject to the left.
  const recorded = recordedSpeaker(toks, best.tok, floor);
  const own = recorded ?? leftSpeaker(toks, best.tok, floor);
  // "… with Trump reportedly yelling: “…”": the noun phrase after "with" is the speaker.
  const absolute = own !== null && (recorded !== null || toks[own.a - 1]?.lower === "with");
  const shared =
    best.form.gerund && !absolute
      ? (issuer(toks, best.tok, floor) ?? sharedSubject(doc, u, best, earlier))
      : own === null
        ? sharedSubject(doc, u, best, earlier)
        : null;
  const sp = shared ?? own;
  if (sp === null) return null;
  return {
    cue: best,
    speaker: sp,
    cueSpan: { a: best.tok, b: best.tokEnd },
    inherited: shared !== null,
  };
}

function groupSegments(
  doc: StatementDoc,
  piece: number,
): { segs: [number, number][]; group: number } {
  const p = doc.quotes.pieces[piece]!;
  const members = doc.quotes.groups[p.group] ?? [piece];
  return {
    segs: members.map((i) => [doc.quotes.pieces[i]!.start, doc.quotes.pieces[i]!.end]),
    group: p.group,
  };
}

/** `Michael P. McDonald: “…”` — a name and a colon stand for "said". */
function namedColon(doc: StatementDoc, floor: number, pieceTok: number): Attribution | null {
  const colon = pieceTok - 1;
  const toks = doc.toks;
  if (colon <= floor || toks[colon]!.text !== ":") return null;
  const named = (a: number, b: number) =>
    doc.idx
      .mentionsIn(toks[a]!.start, toks[b - 1]!.end)
      .find((m) => m.kind === "person" || m.kind === "organisation");
  const cue = { a: colon, b: colon + 1 };
  // "Pham Van Tu, on the telephone: “…”": an adjunct set off after the label is not part of it.
  const end = labelEnd(toks, floor, colon);
  // "Luu Minh Chau, director of Prisoner Watch Vietnam: “…”": the person the label opens with
  // speaks, not the organisation the appositive ends on.
  const person = doc.idx
    .mentionsIn(toks[floor]!.start, toks[end - 1]!.end)
    .find((m) => m.kind === "person" && m.start === toks[floor]!.start);
  if (person !== undefined && end - floor <= 24) {
    const after = doc.idx.tokenAt(person.end - 1) + 1;
    if (after === end || toks[after]!.text === ",")
      return { cue: null, speaker: { a: floor, b: after }, cueSpan: cue };
  }
  if (named(end - 1, end) !== undefined)
    return { cue: null, speaker: npLeftOf(toks, end - 1, floor), cueSpan: cue };
  // "Jeremy Lott, author: “…”": a name opening a short label before the colon.
  if (end - floor > 12) return null;
  const m = named(floor, end);
  if (m === undefined || toks[floor]!.start !== m.start) return null;
  return { cue: null, speaker: { a: floor, b: doc.idx.tokenAt(m.end - 1) + 1 }, cueSpan: cue };
}

/** Where a colon's label ends: before a last comma-set-off adjunct ("…, by telephone from Hanoi"). */
function labelEnd(toks: StatementDoc["toks"], floor: number, colon: number): number {
  for (let k = colon - 1; k > floor; k--) {
    if (toks[k]!.text !== ",") continue;
    return k + 1 < colon && skipAdjuncts(toks, k + 1, colon, null) === colon ? k : colon;
  }
  return colon;
}

/** Direct statements of paragraph `pi`. */
export function quoteAttribution(doc: StatementDoc, pi: number): Draft[] {
  const [q0, q1] = doc.quotes.byPara[pi] ?? [0, 0];
  const [u0, u1] = doc.unitsByPara[pi] ?? [0, 0];
  const pieces = doc.quotes.pieces;
  const byCue = new Map<number, Draft>();
  const attached: (Draft | null)[] = [];
  const list: number[] = [];
  for (let qi = q0; qi < q1; qi++) {
    const q = pieces[qi]!;
    // Pieces that started in an earlier paragraph belong to the statement that took their group.
    if (q.para !== pi || q.single) continue;
    if (doc.quotes.groups[q.group]![0] !== qi) continue;
    list.push(qi);
  }
  for (let li = 0; li < list.length; li++) {
    const qi = list[li]!;
    const q = pieces[qi]!;
    const a = doc.idx.tokenAt(q.start);
    const b = doc.idx.tokenAt(q.end);
    const unit = unitOfTok(doc, u0, u1, a);
    if (unit === null) {
      attached.push(null);
      continue;
    }
    const ui = doc.units.indexOf(unit);
    const prevEnd = li > 0 ? Math.max(unit.a, doc.idx.tokenAt(pieces[list[li - 1]!]!.end)) : unit.a;
    const nextStart =
      li + 1 < list.length
        ? Math.min(unit.b, doc.idx.tokenAt(pieces[list[li + 1]!]!.start))
        : unit.b;
    // A quotation inside a clause ("which he called “an evil act”", "was “heartbreaking,” she
    // said") is part of reported content: the quotation must open or close its sentence.
    const opensUnit = onlyPunct(doc, prevEnd, a);
    const goesOn =
      li + 1 < list.length && runsIntoNext(doc, b, pieces[list[li + 1]!]!.start, unit.b);
    const closesUnit =
      !goesOn && (onlyPunct(doc, b, nextStart) || timeClauseAfter(doc, b, nextStart));
    // “…,” delegate Hai, wearing “Vote Hai” pins, said: a quotation inside the attribution.
    const embedded =
      li + 1 < list.length && !standsAlone(doc, list[li + 1]!, u0, u1) && nextStart < unit.b;
    // "“Daily News” host Tran Binh said …": a title with no stop of its own, running into the
    // words after it, names what follows; it is no quotation the attribution reports.
    // (Short: a long sentence with its comma left out still has its attribution after it.)
    const title = doc.toks[b - 2]?.kind !== PUNCT && doc.toks[b]?.kind === WORD && b - a <= 8;
    const trail =
      (q.closed && opensUnit && !title ? trailing(doc, ui, b, nextStart) : null) ??
      (q.closed && opensUnit && embedded ? trailing(doc, ui, b, unit.b) : null);
    const att = trail ?? (closesUnit ? leading(doc, ui, prevEnd, a, [...byCue.values()]) : null);
    if (att === null) {
      attached.push(null);
      continue;
    }
    const key = att.cueSpan.a;
    let d = byCue.get(key);
    if (d === undefined) {
      d = {
        segments: [],
        speaker: att.speaker ? spanOf(doc, att.speaker) : null,
        cue: spanOf(doc, att.cueSpan),
        form: att.cue?.form ?? null,
        rule: "01-quote",
        groups: [],
        unit: ui,
        inheritsSpeaker: att.inherited === true,
      };
      byCue.set(key, d);
      // "“It was simply chance,” he said, that both men …": the sentence goes on after it.
      if (trail !== null) {
        const end = Math.max(trail.cueSpan.b, trail.speaker?.b ?? 0);
        d.segments.push(...(resumeAfterAttribution(doc, unit, end) ?? []));
      } else if (att.speaker !== null && att.speaker.a < att.cueSpan.a) {
        // "When the police came, the abbot said, “we kept praying.”"
        const front = frontedContent(doc, prevEnd, att.speaker.a, q.start);
        if (front !== null) d.segments.push(front);
      }
    }
    const g = groupSegments(doc, qi);
    d.segments.push(...g.segs);
    d.groups.push(g.group);
    attached.push(d);
  }
  // Unattributed pieces that are sentences of their own join their neighbour's statement:
  // “A,” she said. “B.” → B joins; “A.” “B,” she said. → A joins.
  const alone = list.map((qi) => standsAlone(doc, qi, u0, u1));
  // Nearest attributed piece before / after `li`, passing over embedded quotations (titles,
  // scare quotes) but not over other sentences of quotation.
  const near = (li: number, step: number): number => {
    for (let j = li + step; j >= 0 && j < list.length; j += step) {
      if (attached[j] !== null) return j;
      if (alone[j]) return -1;
    }
    return -1;
  };
  for (let li = 0; li < list.length; li++) {
    if (attached[li] !== null) continue;
    const qi = list[li]!;
    // “The risk,” said X, an economist, “is that …”: the attribution interrupts one sentence.
    const prev = li > 0 ? attached[li - 1] : null;
    // (Not “A,” she said, adding that if …, “B”: B is in the participle's clause.)
    const own = prev && !reportsAfterCue(doc, prev, list[li - 1]!, qi);
    if (!alone[li] && own && interrupted(doc, list[li - 1]!, qi, prev, u0, u1)) {
      const g = groupSegments(doc, qi);
      prev.segments.push(...g.segs);
      prev.groups.push(g.group);
      attached[li] = prev;
      continue;
    }
    if (!alone[li]) {
      // “A,” he said. “B” to every province in the delta. → the sentence opened by B continues A.
      const seg = leadsSentence(doc, qi, u0, u1);
      const d = seg !== null && li > 0 ? attached[li - 1] : null;
      if (seg !== null && d && !cueBetween(doc, list, li, li - 1, d, u0, u1)) {
        d.segments.push(seg);
        // Later quotations inside that sentence are part of the same segment.
        for (let lj = li; lj < list.length && doc.quotes.pieces[list[lj]!]!.start < seg[1]; lj++) {
          d.groups.push(doc.quotes.pieces[list[lj]!]!.group);
          attached[lj] = d;
        }
      }
      continue;
    }
    const pj = near(li, -1);
    const nj = pj < 0 ? near(li, 1) : -1;
    const j = pj >= 0 ? pj : nj;
    const d = j >= 0 ? attached[j]! : null;
    if (!d || cueBetween(doc, list, li, j, d, u0, u1)) continue;
    const g = groupSegments(doc, qi);
    if (j < li && reportsAfterCue(doc, d, list[j]!, qi)) {
      // “A,” he said, adding that …. “B.”: B is the speaker's next statement, not more of A.
      const next: Draft = {
        segments: [...g.segs],
        speaker: d.speaker,
        cue: null,
        form: null,
        rule: "01-next",
        groups: [g.group],
        unit: d.unit,
        inheritsSpeaker: true,
      };
      byCue.set(-1 - qi, next);
      attached[li] = next;
      continue;
    }
    d.segments.push(...g.segs);
    d.groups.push(g.group);
    attached[li] = d;
  }
  const drafts = [...new Set(byCue.values())];
  for (const d of drafts) {
    d.segments.sort((x, y) => x[0] - y[0]);
    claimDraft(doc, d);
  }
  return drafts;
}

function onlyPunct(doc: StatementDoc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (doc.toks[k]!.kind !== PUNCT && doc.pieceOf[k]! < 0) return false;
  return true;
}

/**
 * Piece `b` continues piece `a` across the attribution of `d` in one sentence: between them only
 * that attribution, ending in a comma; after `b`, only punctuation.
 */
function interrupted(
  doc: StatementDoc,
  a: number,
  b: number,
  d: Draft,
  u0: number,
  u1: number,
): boolean {
  const pa = doc.quotes.pieces[a]!;
  const pb = doc.quotes.pieces[b]!;
  if (d.cue === null || d.cue.start < pa.end || d.cue.start > pb.start) return false;
  const from = doc.idx.tokenAt(pa.end);
  const to = doc.idx.tokenAt(pb.start);
  const unit = unitOfTok(doc, u0, u1, from);
  if (unit === null || to >= unit.b) return false;
  // “A,” he said, but “B …”: a conjunction may open the resumed quotation.
  const joined = /^(but|and)$/i.test(doc.toks[to - 1]!.text) && isCommaLike(doc.toks, to - 2);
  if (!isCommaLike(doc.toks, to - 1) && !joined) return false;
  for (let k = from; k < to; k++)
    if (doc.toks[k]!.text === "." || doc.toks[k]!.text === ";") return false;
  return onlyPunct(doc, doc.idx.tokenAt(pb.end), unit.b);
}

/**
 * A piece that opens its sentence, which goes on in the writer's words with no attribution of
 * its own: the sentence from the piece to its last word, or null.
 */
function leadsSentence(
  doc: StatementDoc,
  qi: number,
  u0: number,
  u1: number,
): [number, number] | null {
  const q = doc.quotes.pieces[qi]!;
  const a = doc.idx.tokenAt(q.start);
  for (let ui = u0; ui < u1; ui++) {
    const u = doc.units[ui]!;
    if (a < u.a || a >= u.b) continue;
    const finite = doc.cues[ui]!.some((c) => doc.toks[c.tok - 1]?.lower !== "to");
    if (finite || !shortOpener(doc, u.a, a)) return null;
    let last = u.b - 1;
    while (last > a && doc.toks[last]!.kind === PUNCT) last--;
    // ("Now, “…”": a word or two before a quotation that ends the sentence.)
    const end = Math.max(doc.toks[last]!.end, q.end);
    for (let k = doc.idx.tokenAt(q.end); k <= last; k++) {
      const t = doc.toks[k]!;
      if (t.lower === "according") return null;
    }
    return [q.start, end];
  }
  return null;
}

/** Nothing before the quotation but punctuation or a word or two and a comma ("Now, “…"). */
function shortOpener(doc: StatementDoc, a: number, b: number): boolean {
  if (onlyPunct(doc, a, b)) return true;
  // "It’s “a new kind of censorship.”": a pronoun and "is" introduce the speaker's words.
  const be = /^(it|that|this|it['’]s|that['’]s|['’]s|is|was)$/;
  if (b - a <= 2 && doc.toks.slice(a, b).every((t) => be.test(t.lower))) return true;
  return b - a <= 3 && doc.toks[b - 1]?.text === "," && doc.toks[a]!.kind !== PUNCT;
}

/** A piece that is its unit's whole text (give or take punctuation). */
export function standsAlone(doc: StatementDoc, qi: number, u0: number, u1: number): boolean {
  const q = doc.quotes.pieces[qi]!;
  const a = doc.idx.tokenAt(q.start);
  const b = doc.idx.tokenAt(q.end);
  const unit = unitOfTok(doc, u0, u1, a);
  if (unit === null) return false;
  for (let k = unit.a; k < unit.b; k++) {
    if (k >= a && k < b) continue;
    if (doc.pieceOf[k]! >= 0) continue;
    if (doc.toks[k]!.kind !== PUNCT) return false;
  }
  return true;
}

/** Another attribution between pieces `i` and `j` of the paragraph (not `d`'s own cue)? */
function cueBetween(
  doc: StatementDoc,
  list: number[],
  i: number,
  j: number,
  d: Draft,
  u0: number,
  u1: number,
): boolean {
  const [lo, hi] = i < j ? [i, j] : [j, i];
  const from = doc.idx.tokenAt(doc.quotes.pieces[list[lo]!]!.end);
  const to = doc.idx.tokenAt(doc.quotes.pieces[list[hi]!]!.start);
  for (let ui = u0; ui < u1; ui++) {
    // Words inside the attribution's own sentence ("said X, who has known them for years") are
    // part of it, not another attribution.
    if (ui === d.unit) continue;
    for (const c of doc.cues[ui]!) {
      if (c.tok < from || c.tok >= to) continue;
      if (doc.toks[c.tok]!.start !== d.cue?.start) return true;
    }
  }
  for (let k = from; k < to; k++) {
    const t = doc.toks[k]!;
    if (t.lower === "according" && doc.toks[k + 1]?.lower === "to" && t.start !== d.cue?.start)
      return true;
  }
  return false;
}

/**
 * Between pieces `a` and `b`, after `d`'s own cue in its sentence, another cue with content of
 * its own (", adding that …", ", explaining why …"): the sentence reports more than A's words.
 */
function reportsAfterCue(doc: StatementDoc, d: Draft, a: number, b: number): boolean {
  const u = doc.units[d.unit]!;
  const own = d.cue ? doc.idx.tokenAt(d.cue.start) : -1;
  const from = doc.idx.tokenAt(doc.quotes.pieces[a]!.end);
  const to = Math.min(u.b, doc.idx.tokenAt(doc.quotes.pieces[b]!.start));
  for (const c of doc.cues[d.unit]!) {
    // (", then referred to …", ", and added that …": a finite cue joined to the first.)
    const joined = c.form.gerund || /^(then|and)$/.test(doc.toks[c.tok - 1]?.lower ?? "");
    if (c.tok <= own || c.tok < from || c.tok >= to || !joined) continue;
    if (forwardContent(doc, c, to) !== null) return true;
  }
  return false;
}

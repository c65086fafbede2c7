// End attribution: the statement whose cue and speaker come after its content ("The trial was a
// farce, his lawyer said.", "…, said the lawyer.") or interrupt it ("The verdict, the lawyer
// said, had been written in advance."). Rule 04 finds the cue and speaker; this decides whether
// the attribution closes the sentence or the content resumes after it, and cuts the content.

import { PUNCT, WORD, type Tok, wordCount } from "../../text/lex.js";
import { skipAdjuncts } from "./bridge.js";
import { commaBeforeClause, mainClauseStart, pastParenthesis } from "./clause-after-comma.js";
import { afterAppositive, contentEnd, extendOverQuotes } from "./content.js";
import type { Cue } from "./cues.js";
import { dashAt, dashGoesOn } from "./dashes.js";
import { segmentOf, spanOf, taken, type Draft } from "./draft.js";
import type { StatementDoc } from "./find.js";
import type { TokSpan } from "./noun-phrase.js";
import { frontedPhrase } from "./fronted-phrase.js";
import { isCommaLike, rightSpeaker } from "./speaker.js";

const END = new Set([".", "!", "?", "…", ")", "”", '"', "’"]);

export const SUBORDINATORS = new Set([
  "while",
  "although",
  "though",
  "when",
  "whenever",
  "if",
  "as",
  "because",
  "since",
  "after",
  "before",
  "until",
  "unless",
  "whereas",
  "once",
]);

// "If the province acts alone, he argued, it will lose markets": a condition is part of the claim.
const CONDITIONS = new Set(["if", "unless"]);

/** After the cue (and speaker, if inverted), only adjuncts and the sentence end remain? */
export function endsHere(
  toks: readonly Tok[],
  from: number,
  limit: number,
  c: Cue,
): { end: boolean; resume: number } {
  let j = skipAdjuncts(toks, from, limit, c.form);
  // "… said in a letter sent to the court on Monday.": a participle describing the channel.
  if (j < limit && toks[j]!.kind === WORD && !toks[j]!.cap && /ed$/.test(toks[j]!.lower))
    j = skipAdjuncts(toks, j + 1, limit, null);
  // "It is the court's duty, he said, to hear …", "…, Hoa said, since most of them live
  // downstream": a clause goes on past the comma, so the comma closed the attribution.
  if (j < limit && toks[j]!.kind === WORD && !toks[j]!.cap && toks[j]!.lower !== "that")
    j = commaBeforeClause(toks, from, j);
  // "…, said Mr. Binh (a view every lawyer shares).": an aside in parentheses right after.
  if (j === from) j = pastParenthesis(toks, j, limit);
  while (j < limit && END.has(toks[j]!.text)) j++;
  // "…, he said; his staff counted them …": a semicolon closes the attribution.
  if (j >= limit || toks[j]!.text === ";") return { end: true, resume: -1 };
  if (toks[j]!.text === ",") {
    const n = toks[j + 1];
    // ", adding …" / ", according to …": a new attribution follows, this one is done.
    if (n !== undefined && n.kind === WORD && /ing$/.test(n.lower))
      return { end: true, resume: -1 };
    // ", on condition of anonymity." — only an adjunct after the comma: nothing resumes.
    let e = skipAdjuncts(toks, j + 1, limit, null);
    while (e < limit && END.has(toks[e]!.text)) e++;
    if (e >= limit) return { end: true, resume: -1 };
    return { end: true, resume: j + 1 };
  }
  return { end: false, resume: -1 };
}

/**
 * "…, said an official who had sat in on the talks and spoke on condition of anonymity.": a
 * relative clause on an inverted speaker, which the attribution ends with. The token after it
 * (its comma, or `limit`); `k` itself when no "who" opens one there.
 */
export function pastSpeakerClause(toks: readonly Tok[], k: number, limit: number): number {
  if (toks[k]?.kind !== WORD || toks[k]!.lower !== "who") return k;
  let j = k + 1;
  while (j < limit && toks[j]!.text !== "," && toks[j]!.text !== ";") j++;
  while (j - 1 > k && END.has(toks[j - 1]!.text)) j--;
  return j;
}

/**
 * "…, said an official who had sat in on the talks.": the statement of an inverted cue `c` after
 * a comma when a relative clause on its speaker closes the sentence (the clause is the speaker's,
 * as before a cue: "a diplomat who asked not to be named"); else null.
 */
export function invertedWithClause(
  doc: StatementDoc,
  ui: number,
  c: Cue,
  floor: number,
): Draft | null {
  const toks = doc.toks;
  const limit = doc.units[ui]!.b;
  const reports = c.form.frames.has("that") || c.form.frames.has("quote");
  if (!reports || c.form.gerund || !isCommaLike(toks, c.tok - 1)) return null;
  const speaker = rightSpeaker(toks, c.tokEnd, limit);
  if (speaker === null) return null;
  const after = pastSpeakerClause(toks, speaker.b, limit);
  if (after === speaker.b) return null;
  const tail = endsHere(toks, after, limit, c);
  if (!tail.end) return null;
  const floorBack = nestedFloor(doc, doc.units[ui]!.a, floor);
  const sp = { a: speaker.a, b: after };
  return endAttributed(doc, ui, floorBack, c.tok - 1, sp, c, tail.resume, true);
}

/**
 * Where content before an end attribution may start: "In Quang Tri, a district the union
 * expected to win with ease, turnout will decide it, the organiser said" holds a nested
 * statement ("expected …"), so this passes back over what other statements took, to a quotation,
 * a claimed stop or the unit start.
 */
export function nestedFloor(doc: StatementDoc, unitStart: number, floor: number): number {
  const toks = doc.toks;
  // An attribution set off by commas ("…, his lawyer said, …", "according to X,") is a
  // statement of its own before this one: its taken words touch a comma.
  const setOff = (k: number) =>
    taken(doc, k) && (toks[k + 1]?.text === "," || toks[k - 1]?.text === ",");
  let f = floor;
  while (f > unitStart && doc.pieceOf[f - 1]! < 0) {
    const t = toks[f - 1]!;
    if ((t.kind === PUNCT && taken(doc, f - 1)) || setOff(f - 1)) break;
    f--;
  }
  return f;
}

/** The statement an attribution after (or inside) its content makes, or null. */
export function endAttributed(
  doc: StatementDoc,
  ui: number,
  floor: number,
  comma: number,
  sp: TokSpan,
  c: Cue,
  resume: number,
  inverted: boolean,
): Draft | null {
  const u = doc.units[ui]!;
  const toks = doc.toks;
  // Content before: from the unit start, or the last dash or semicolon, to the comma.
  // A pair of dashes ("costs -- health care, energy -- which makes …") is a parenthesis, and a
  // dash before "but" or "and" goes on with the same content.
  let a = floor;
  for (let k = comma - 1; k > floor; k--) {
    const x = toks[k]!.text;
    if (doc.pieceOf[k]! >= 0) continue;
    if (x === ";" || x === ":") {
      a = k + 1;
      break;
    }
    if (!dashAt(toks, k)) continue;
    if (dashGoesOn(toks, k)) continue;
    const after = toks[k + 1]?.text === "-" ? k + 2 : k + 1;
    let open = k - 1;
    while (open > floor && !(dashAt(toks, open) && toks[open]!.text === x)) open--;
    if (open > floor) {
      k = open;
      continue;
    }
    a = after;
    break;
  }
  while (a < comma && toks[a]!.kind === WORD && /^(but|and|so|yet)$/.test(toks[a]!.lower)) a++;
  // "Yet, her aides say, flood relief remains a priority": only the conjunction stands before.
  const before = wordCount(toks, a, comma);
  if (before < 1 && (resume < 0 || inverted)) return null;
  // Content before the attribution is a clause ("Likewise, Vietnam rejected it." is not one),
  // unless the attribution interrupts it ("Voters, Clinton suggested, need not worry").
  // "…, said Rob Egge, executive director of the fund, …": his appositive is not content.
  let from = resume;
  for (let n = 0; inverted && from >= 0 && from < u.b && n < 3; n++) {
    const next = afterAppositive(toks, from, u.b);
    if (next < 0) break;
    from = next < u.b ? next : -1;
  }
  // "…, whose members lobby all campaigns": a relative clause about the speaker, not content.
  if (inverted && from >= 0 && /^(who|whose|which|where)$/.test(toks[from]?.lower ?? "")) from = -1;
  const resumes = from >= 0 && from < u.b;
  if (before < 3 && !resumes) return null;
  if (!resumes && frontedPhrase(doc, a, comma)) return null;
  const segs: [number, number][] = [];
  // "When asked about the raid, the minister said, “…”": the question's clause is not the answer.
  const lead = toks[a]!;
  const question =
    resumes &&
    lead.kind === WORD &&
    ((SUBORDINATORS.has(lead.lower) && !CONDITIONS.has(lead.lower)) || lead.lower === "asked");
  // "As the floods spread, it is the ministry’s job, she said, to …": the main clause after the
  // subordinate one is content.
  const main = question ? mainClauseStart(doc, a, comma) : a;
  const s1 = before > 0 && main >= 0 ? segmentOf(doc, main, comma) : null;
  if (s1 !== null) segs.push(...extendOverQuotes(doc, main, comma, s1[0], s1[1]));
  if (resumes) {
    const b = contentEnd(doc, u, from);
    if (wordCount(toks, from, b) >= 2) {
      const s2 = segmentOf(doc, from, b);
      if (s2 !== null) segs.push(s2);
    }
  }
  if (segs.length === 0) return null;
  return {
    segments: segs,
    speaker: spanOf(doc, sp),
    cue: spanOf(doc, { a: c.tok, b: c.tokEnd }),
    form: c.form,
    rule: resumes ? "04-parenthetical" : "04-end",
    groups: [],
    unit: ui,
  };
}

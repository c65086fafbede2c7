// Sourcing phrases: "according to X", wherever X stands in the sentence.
//   According to the Ministry of Public Security, Hanoi rejects the allegations.
//   Vietnam holds 239 prisoners of conscience, according to Defend the Defenders.
//   According to statistics from The 88 Project, a non-profit group, there are 256 activists …
//   The trial, according to his lawyer, lasted only three hours.                 → two segments

import { NUMBER, PUNCT, WORD, type Tok } from "../../../text/lex.js";
import { claimDraft, spanOf, taken, trimSegment, type Draft } from "../draft.js";
import type { StatementDoc } from "../find.js";
import { contentEnd, extendOverQuotes } from "../content.js";
import { rightSpeaker } from "../speaker.js";
import { isRoleWord } from "../../mentions/name-lexicon.js";

const APPOSITIVE = /^(a|an|the|one|which|who|whose|former|its|his|her|their)$/;

/** Token after the source phrase: past the source's appositive, at the comma that ends it. */
function sourceEnd(toks: readonly Tok[], from: number, limit: number): number {
  let k = from;
  while (k < limit && toks[k]!.text !== ",") k++;
  // ", a non-profit organisation that …," and ", journalist X," belong to the source.
  const n = toks[k + 1];
  if (k + 1 < limit && n!.kind === WORD && (APPOSITIVE.test(n!.lower) || isRoleWord(n!.lower))) {
    let j = k + 1;
    while (j < limit && toks[j]!.text !== "," && j - k < 16) j++;
    if (j < limit && toks[j]!.text === ",") k = j;
  }
  return k;
}

function wordsIn(toks: readonly Tok[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (toks[k]!.kind !== PUNCT) n++;
  return n;
}

const LEADING_SUBORDINATORS = new Set([
  "though",
  "although",
  "while",
  "whereas",
  "if",
  "when",
  "as",
]);
const CLAUSE_LINKS = new Set(["because", "after", "before", "since", "but", "and", "so", "that"]);

/** The comma inside a number ("1,200"), which lexing splits off. */
function thousandsComma(toks: readonly Tok[], j: number): boolean {
  const p = toks[j - 1];
  const n = toks[j + 1];
  return (
    p?.kind === NUMBER && n?.kind === NUMBER && p.end === toks[j]!.start && n.start === toks[j]!.end
  );
}

/**
 * Where the content before "according to" at `k` starts: back to the unit start or a claimed
 * token, but after an opening parenthesis ("Iowa (93 percent …, according to exit polls)") and
 * past a subordinate clause that opens the sentence ("Though he has no shot …, Kasich appears
 * …"). Returns `k` when the word before the phrase links to what follows it ("because,
 * according to Trump, the media …").
 */
function contentBefore(doc: StatementDoc, floor: number, k: number): number {
  const toks = doc.toks;
  const prev = toks[k - 2];
  if (toks[k - 1]?.text === "," && prev?.kind === WORD && CLAUSE_LINKS.has(prev.lower)) return k;
  let a = k;
  while (a > floor && !doc.claimed[a - 1] && toks[a - 1]!.text !== "(") a--;
  while (a < k && toks[a]!.kind === WORD && /^(but|and|so|yet)$/.test(toks[a]!.lower)) a++;
  // "…, which stood at 263 entering the primary, according to the AP": the relative clause.
  for (let j = k - 2; j > a + 2; j--) {
    if (toks[j]!.text === "," && doc.pieceOf[j]! < 0 && !thousandsComma(toks, j)) {
      if (/^(which|who)$/.test(toks[j + 1]!.lower)) return j + 1;
      break;
    }
  }
  if (toks[a]?.kind === WORD && LEADING_SUBORDINATORS.has(toks[a]!.lower)) {
    for (let j = a + 1; j < k - 1; j++) {
      if (toks[j]!.text === "," && doc.pieceOf[j]! < 0) return j + 1;
    }
  }
  return a;
}

export function accordingTo(doc: StatementDoc, ui: number): Draft[] {
  const u = doc.units[ui]!;
  const toks = doc.toks;
  const out: Draft[] = [];
  for (let k = u.a; k + 1 < u.b; k++) {
    if (toks[k]!.lower !== "according" || toks[k + 1]!.lower !== "to") continue;
    if (doc.pieceOf[k]! >= 0 || taken(doc, k)) continue;
    // Sourcing is set off by a comma or opens the sentence; "sentenced according to Article 117"
    // is conformity, not attribution.
    const before = toks[k - 1];
    if (
      k > u.a &&
      before !== undefined &&
      !/^[,(—–-]$/.test(before.text) &&
      !/^(but|and|yet|so)$/i.test(before.text)
    )
      continue;
    const sp = rightSpeaker(toks, k + 2, u.b);
    if (sp === null) continue;
    const srcEnd = sourceEnd(toks, sp.b, u.b);
    const segs: [number, number][] = [];
    // Content before "according to" (back to the unit start or a claimed token).
    const a = contentBefore(doc, u.a, k);
    if (a < k && wordsIn(toks, a, k) >= 3) {
      const s = trimSegment(doc.text, toks[a]!.start, toks[k - 1]!.end);
      if (s !== null) segs.push(...extendOverQuotes(doc, a, k, s[0], s[1]));
    }
    // Content after the source (when the phrase leads or interrupts the sentence).
    if (srcEnd < u.b && toks[srcEnd]!.text === ",") {
      const b = contentEnd(doc, u, srcEnd + 1);
      if (b > srcEnd + 1) {
        const s = trimSegment(doc.text, toks[srcEnd + 1]!.start, toks[b - 1]!.end);
        if (s !== null) segs.push(...extendOverQuotes(doc, srcEnd + 1, b, s[0], s[1]));
      }
    }
    if (segs.length === 0) continue;
    let spEnd = Math.max(sp.b, srcEnd);
    while (spEnd > sp.a + 1 && toks[spEnd - 1]!.kind !== WORD && toks[spEnd - 1]!.kind !== NUMBER)
      spEnd--;
    const d: Draft = {
      segments: segs,
      speaker: spanOf(doc, { a: k + 2, b: spEnd }),
      cue: spanOf(doc, { a: k, b: k + 2 }),
      form: null,
      rule: "03-according",
      groups: [],
      unit: ui,
    };
    claimDraft(doc, d);
    out.push(d);
  }
  return out;
}

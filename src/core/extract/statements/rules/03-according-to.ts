// Sourcing phrases: "according to X", wherever X stands in the sentence.
//   According to the Ministry of Foreign Affairs, Hanoi rejects the allegations.
//   Some 239 prisoners of conscience are held in Vietnam, according to Defend the Defenders.
//   According to statistics from The 88 Project, a non-profit group, there are 256 activists …
//   The trial, according to his lawyer, lasted only three hours.                 → two segments

import { NUMBER, PUNCT, WORD, type Tok, wordCount } from "../../../text/lex.js";
import { claimDraft, spanOf, taken, trimSegment, type Draft } from "../draft.js";
import type { StatementDoc } from "../find.js";
import { finiteWord, insideNumber } from "../clause.js";
import { contentEnd, extendOverQuotes } from "../content.js";
import type { Cue } from "../cues.js";
import { type TokSpan } from "../noun-phrase.js";
import { rightSpeaker } from "../speaker.js";
import { triggerMark } from "../trigger-marks.js";
import { PREPOSITIONS, TIME_WORDS } from "../../../lexicon/function-words.js";
import { isRoleWord } from "../../mentions/name-lexicon.js";

const ACCORDING = triggerMark(["according"]);
const APPOSITIVE = /^(a|an|the|one|which|who|whose|former|its|his|her|their)$/;

/** Token after the source phrase: past the source's appositive, at the comma that ends it. */
export function sourceEnd(
  toks: readonly Tok[],
  from: number,
  limit: number,
  inParen: boolean,
): number {
  let k = from;
  // ("(… live, according to the census)": the parenthesis closes the source too.)
  while (k < limit && toks[k]!.text !== "," && !(inParen && toks[k]!.text === ")")) k++;
  // ", a non-profit organisation that …," and ", journalist X," belong to the source.
  const n = toks[k + 1];
  if (k + 1 < limit && n!.kind === WORD && (APPOSITIVE.test(n!.lower) || isRoleWord(n!.lower))) {
    let j = k + 1;
    // ("According to his lawyer, the blogger was beaten …": a verb before any relative word
    // makes it the sentence's own clause, not an appositive.)
    let clause = false;
    let relative = false;
    for (; j < limit && toks[j]!.text !== "," && j - k < 16; j++) {
      const t = toks[j]!;
      if (/^(that|which|who|whose|where)$/.test(t.lower)) relative = true;
      else if (!relative && finiteWord(t)) clause = true;
    }
    if (j < limit && toks[j]!.text === "," && !clause) k = j;
  }
  return k;
}

/** An opening parenthesis before `k` in the unit, not yet closed. */
function openParen(toks: readonly Tok[], a: number, k: number): boolean {
  for (let j = k - 1; j >= a; j--) {
    if (toks[j]!.text === ")") return false;
    if (toks[j]!.text === "(") return true;
  }
  return false;
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

/**
 * Where the content before "according to" at `k` starts: back to the unit start or a claimed
 * token, but after an opening parenthesis ("Iowa (93 percent …, according to exit polls)") and
 * past a subordinate clause that opens the sentence ("Though he has no shot …, Kasich appears
 * …"). Returns `k` when the word before the phrase links to what follows it ("because,
 * according to Trump, the media …").
 */
export function contentBefore(
  doc: StatementDoc,
  floor: number,
  k: number,
  cues: readonly Cue[],
): number {
  const toks = doc.toks;
  const prev = toks[k - 2];
  if (toks[k - 1]?.text === "," && prev?.kind === WORD && CLAUSE_LINKS.has(prev.lower)) return k;
  let a = k;
  // ("fell by 2% (adjusted for inflation) in 2020, according to …": a closed parenthesis
  // is passed over.)
  let depth = 0;
  while (a > floor && !doc.claimed[a - 1]) {
    const x = toks[a - 1]!.text;
    if (x === ")") depth++;
    if (x === "(" && depth-- === 0) break;
    a--;
  }
  while (a < k && toks[a]!.kind === WORD && /^(but|and|so|yet)$/.test(toks[a]!.lower)) a++;
  // "The decree has not emptied the camps: 300 people remain, according to …": the source backs
  // the clause after the colon; the one before it is the writer's lead-in. (Not a quotation
  // after "said:", which the source's content takes whole.)
  for (let j = k - 4; j > a; j--) {
    if (toks[j]!.text === ":" && doc.pieceOf[j]! < 0 && doc.pieceOf[j + 1]! < 0) {
      a = j + 1;
      break;
    }
  }
  // "X says the gap is closing, which stood at 263 entering the primary, according to the AP":
  // the relative clause only, when what comes before it is someone else's statement; "Borrowers
  // owe $1.3 trillion, which includes private loans, according to data from …" is sourced whole.
  for (let j = k - 2; j > a + 2; j--) {
    if (toks[j]!.text === "," && doc.pieceOf[j]! < 0 && !insideNumber(toks, j)) {
      const relative = /^(which|who)$/.test(toks[j + 1]!.lower);
      if (relative && cues.some((c) => c.tok >= a && c.tok < j && !c.form.nounLike)) return j + 1;
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

// Documents that report findings, as sources of a sentence they open ("In a new poll, …").
const SOURCE_DOCUMENTS = new Set([
  "poll",
  "polls",
  "survey",
  "surveys",
  "report",
  "reports",
  "study",
  "studies",
  "statement",
  "analysis",
  "census",
  "findings",
  "letter",
  "indictment",
  "verdict",
  "ruling",
  "judgment",
  "filing",
  "filings",
  "interview",
]);

/**
 * "In a poll released Sunday, 8 percent said …", "In its annual report, the group counted …": a
 * sentence opening with "In" and a document is sourced to that document. Returns the token after
 * the document phrase's comma, or -1.
 */
function documentOpening(doc: StatementDoc, ui: number): { source: TokSpan; from: number } | null {
  const u = doc.units[ui]!;
  const toks = doc.toks;
  if (toks[u.a]?.text !== "In" || taken(doc, u.a)) return null;
  let head = -1;
  let k = u.a + 1;
  for (; k < Math.min(u.b, u.a + 14); k++) {
    const t = toks[k]!;
    if (t.text === ",") break;
    if (doc.pieceOf[k]! >= 0) return null;
    if (t.kind === WORD && SOURCE_DOCUMENTS.has(t.lower) && !t.cap) head = k;
  }
  if (head < 0 || toks[k]?.text !== ",") return null;
  // The document heads the phrase: "a poll (released Sunday)", not "the season of provincial surveys".
  const tail = toks.slice(head + 1, k);
  const dated =
    tail.length === 0 ||
    (/ed$/.test(tail[0]!.lower) && tail.slice(1).every((t) => t.cap || TIME_WORDS.has(t.lower)));
  if (!dated) return null;
  for (let j = u.a + 1; j < head; j++) if (PREPOSITIONS.has(toks[j]!.lower)) return null;
  // ", conducted in early September,": the document's own participle phrase.
  let comma = k;
  const n = toks[comma + 1];
  if (n !== undefined && n.kind === WORD && !n.cap && /ed$/.test(n.lower)) {
    let j = comma + 2;
    while (j < Math.min(u.b, comma + 10) && toks[j]!.text !== ",") j++;
    if (toks[j]?.text === ",") comma = j;
  }
  // "In its report, the State Department said …": the document is where the speaker said it.
  const said = doc.cues[ui]!.some(
    (c) => c.tok > comma && (c.form.cls === "speech" || c.form.cls === "writing"),
  );
  if (said) return null;
  return { source: { a: u.a + 1, b: comma }, from: comma + 1 };
}

export function accordingTo(doc: StatementDoc, ui: number): Draft[] {
  const u = doc.units[ui]!;
  const toks = doc.toks;
  const out: Draft[] = [];
  const opening = documentOpening(doc, ui);
  if (opening !== null && opening.from < u.b) {
    const b = contentEnd(doc, u, opening.from);
    const s =
      b > opening.from ? trimSegment(doc.text, toks[opening.from]!.start, toks[b - 1]!.end) : null;
    if (s !== null && wordCount(toks, opening.from, b) >= 3) {
      const d: Draft = {
        segments: extendOverQuotes(doc, opening.from, b, s[0], s[1]),
        speaker: spanOf(doc, opening.source),
        cue: spanOf(doc, { a: u.a, b: u.a + 1 }),
        form: null,
        rule: "03-in-document",
        groups: [],
        unit: ui,
      };
      claimDraft(doc, d);
      out.push(d);
    }
  }
  for (let k = u.a; k + 1 < u.b; k++) {
    if ((doc.marks[k]! & ACCORDING) === 0 || toks[k + 1]!.lower !== "to") continue;
    if (doc.pieceOf[k]! >= 0 || taken(doc, k)) continue;
    // Sourcing is set off by a comma or opens the sentence; "sentenced according to Article 117"
    // is conformity, not attribution.
    // (Past closing quotation marks: "with “no visible harm,” according to a study".)
    let bk = k - 1;
    while (
      bk > u.a &&
      doc.pieceOf[bk]! >= 0 &&
      toks[bk]!.kind === PUNCT &&
      toks[bk - 1]!.kind === PUNCT
    )
      bk--;
    const before = toks[bk];
    if (
      k > u.a &&
      before !== undefined &&
      !/^[,(—–-]$/.test(before.text) &&
      !/^(but|and|yet|so)$/i.test(before.text)
    )
      continue;
    const sp = rightSpeaker(toks, k + 2, u.b);
    if (sp === null) continue;
    const srcEnd = sourceEnd(toks, sp.b, u.b, openParen(toks, u.a, k));
    const segs: [number, number][] = [];
    // Content before "according to" (back to the unit start or a claimed token).
    const a = contentBefore(doc, u.a, k, doc.cues[ui]!);
    if (a < k && wordCount(toks, a, k) >= 3) {
      const s = trimSegment(doc.text, toks[a]!.start, toks[k - 1]!.end);
      if (s !== null) segs.push(...extendOverQuotes(doc, a, k, s[0], s[1]));
    }
    // Content after the source (when the phrase leads or interrupts the sentence).
    // ("…, according to the report, which was released on Monday": the source's relative
    // clause, not the content resumed.)
    const aboutSource =
      segs.length > 0 && /^(who|which|whom|whose)$/.test(toks[srcEnd + 1]?.lower ?? "");
    if (srcEnd < u.b && toks[srcEnd]!.text === "," && !aboutSource) {
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

// Blame reported in the passive: "Tran Van Minh was accused of abusing democratic freedoms",
// "the ministry has been criticised by rights groups for the delay". Someone made the accusation
// even when the sentence does not say who, so the clause (subject included, as with "is
// expected to") is a statement, its speaker the "by …" phrase when there is one.

import { WORD, type Tok } from "../../../text/lex.js";
import { contentEnd } from "../content.js";
import { claimDraft, spanOf, taken, type Draft } from "../draft.js";
import type { StatementDoc, Unit } from "../find.js";
import { rightSpeaker } from "../speaker.js";
import { triggerMark } from "../trigger-marks.js";
import type { Span } from "../../../types.js";
import { CLAUSE_BOUNDS, draftOf, subjectStart } from "./09-unsourced.js";

/** Participles whose passive reports someone's blame (not "attacked": police attack people). */
const BLAME = new Set([
  "accused",
  "blamed",
  "censured",
  "condemned",
  "criticised",
  "criticized",
  "denounced",
  "faulted",
]);
/** Naming verbs, blame only when someone named does the naming ("has been called a traitor by …"). */
const NAMING = new Set([
  "branded",
  "called",
  "labeled",
  "labelled",
  // Judgements likewise: "the proposal was rejected by the assembly", "welcomed by lawyers".
  "applauded",
  "hailed",
  "praised",
  "rejected",
  "welcomed",
]);
const BLAME_OR_NAMING = triggerMark([...BLAME, ...NAMING]);
const PARTICLES = new Set(["out", "off", "up", "in", "on", "for", "upon", "back"]);
const AUXILIARIES = new Set(["is", "are", "was", "were", "been", "being", "has", "have", "had"]);
const AGENT_ENDS = new Set(["for", "of", "as", "over", "in", "after", "because"]);

/** The first auxiliary of the verb group ending in the participle at `v`, past adverbs. */
function groupStart(toks: readonly Tok[], u: Unit, v: number): number {
  let a = v;
  let be = false;
  for (let k = v - 1; k >= u.a; k--) {
    const t = toks[k]!;
    if (t.kind !== WORD) break;
    if (AUXILIARIES.has(t.lower)) {
      if (t.lower !== "has" && t.lower !== "have" && t.lower !== "had") be = true;
      a = k;
      continue;
    }
    // "has been repeatedly criticised", "have often been blamed".
    if (/ly$/.test(t.lower) || t.lower === "often" || t.lower === "also") continue;
    break;
  }
  return be ? a : v;
}

function passiveBlame(doc: StatementDoc, ui: number, u: Unit, v: number): Draft | null {
  const toks = doc.toks;
  const a0 = groupStart(toks, u, v);
  if (a0 === v || a0 === u.a) return null;
  // "condemned to ten years in prison" is a sentence passed, not blame.
  if (toks[v]!.lower === "condemned" && toks[v + 1]?.lower === "to") return null;
  for (let j = a0; j <= v; j++) if (taken(doc, j) || doc.pieceOf[j]! >= 0) return null;
  const a = subjectStart(toks, u, a0);
  if (a >= a0 || taken(doc, a)) return null;
  // "the charges he was accused of, …": the preposition's object went before the clause.
  const after = toks[v + 1];
  if (after !== undefined && AGENT_ENDS.has(after.lower) && toks[v + 2]?.kind !== WORD) return null;
  let b = contentEnd(doc, u, v + 1, { subordinate: CLAUSE_BOUNDS.has(toks[a]!.lower) });
  // The blame is one phrase: what follows a comma ("…, killing ten", "…, though he …") is the
  // writer's again.
  for (let k = v + 1; k < b; k++) {
    if (toks[k]!.text === "," && doc.pieceOf[k]! < 0) {
      b = k;
      break;
    }
  }
  let speaker: Span | null = null;
  let by = v + 1;
  while (by < b && toks[by]!.lower !== "by") by++;
  if (by < b) {
    let e = by + 1;
    while (e < b && toks[e]!.kind === WORD && !AGENT_ENDS.has(toks[e]!.lower)) e++;
    const sp = rightSpeaker(toks, by + 1, e);
    if (sp !== null) speaker = spanOf(doc, sp);
  }
  if (NAMING.has(toks[v]!.lower)) {
    // "was called out by …" is a phrasal verb; the name given ends where its giver is named.
    if (speaker === null || PARTICLES.has(toks[v + 1]?.lower ?? "")) return null;
    b = by;
  }
  const d = draftOf(doc, ui, a, Math.max(b, v + 1), spanOf(doc, { a: a0, b: v + 1 }), speaker);
  return d === null ? null : { ...d, rule: "12-passive-blame" };
}

export function passiveBlames(doc: StatementDoc, ui: number): Draft[] {
  const u = doc.units[ui]!;
  const out: Draft[] = [];
  for (let v = u.a + 2; v < u.b; v++) {
    if ((doc.marks[v]! & BLAME_OR_NAMING) === 0) continue;
    const d = passiveBlame(doc, ui, u, v);
    if (d === null) continue;
    claimDraft(doc, d);
    out.push(d);
  }
  return out;
}

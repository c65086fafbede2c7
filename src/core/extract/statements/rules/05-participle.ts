// Attributions that share the subject of the clause before them:
//   The ministry rejected the report, saying it relied on biased sources.     → participle
//   Hang said Vietnam respects human rights, adding that rights are secured.  → participle
//   The lawyer criticised the court and said the verdict was written in advance. → coordinated
// The speaker is the subject of the main clause: the speaker of the statement before it in the
// sentence, or else the noun phrase the sentence opens with (`shared-subject.ts`).

import type { Tok } from "../../../text/lex.js";
import { AUXILIARIES } from "../../../lexicon/function-words.js";
import type { Cue } from "../cues.js";
import { contentEnd, extendOverQuotes } from "../content.js";
import { forwardContent } from "../content-start.js";
import { claimDraft, IN_CONTENT, spanOf, taken, trimSegment, type Draft } from "../draft.js";
import type { StatementDoc, Unit } from "../find.js";
import { issuer } from "../issued-document.js";
import { inOpeningPhrase } from "../opening-phrase.js";
import { sharesSubject, subjectOf } from "../shared-subject.js";
import { type TokSpan } from "../noun-phrase.js";
import { leftSpeaker } from "../speaker.js";

/**
 * "– the envoy saying he was hopeful and Lan calling it a useful talk", "with the mayor telling
 * reporters …": a participle with its own subject right before it.
 */
function absoluteSubject(
  toks: readonly Tok[],
  c: Cue,
  u: Unit,
  drafts: readonly Draft[],
): TokSpan | null {
  const sp = leftSpeaker(toks, c.tok, u.a);
  if (sp === null || sp.b !== c.tok) return null;
  const before = toks[sp.a - 1];
  if (before === undefined || sp.a - 1 < u.a) return null;
  if (/^(with|–|—)$/.test(before.lower)) return sp;
  // "– the envoy saying … and Hoa calling it …": a second one joined to an absolute participle.
  if (before.lower !== "and") return null;
  const prev = drafts[drafts.length - 1];
  return prev?.rule === "05-absolute" && prev.cue !== null && prev.cue.end <= toks[sp.a]!.start
    ? sp
    : null;
}

/**
 * "Lan says the two men met in prison and decided to …": a verb after "and" that an earlier
 * statement's content runs over (`tenseClash`) is that content's subject's, not the speaker's.
 */
function insideContent(doc: StatementDoc, c: Cue): boolean {
  if (c.form.gerund || doc.claimed[c.tok]! !== IN_CONTENT) return false;
  let k = c.tok - 1;
  while (k > 0 && AUXILIARIES.has(doc.toks[k]!.lower)) k--;
  return /^(and|but)$/.test(doc.toks[k]?.lower ?? "");
}

/** `drafts`: the unit's statements found so far (their speakers are candidate subjects). */
export function participle(doc: StatementDoc, ui: number, drafts: readonly Draft[]): Draft[] {
  const u = doc.units[ui]!;
  const toks = doc.toks;
  const out: Draft[] = [];
  for (const c of doc.cues[ui]!) {
    if (taken(doc, c.tok) || insideContent(doc, c)) continue;
    const own = c.form.gerund ? absoluteSubject(toks, c, u, out) : null;
    if (own === null && !sharesSubject(toks, c, u)) continue;
    const fw = forwardContent(doc, c, u.b);
    if (fw === null) continue;
    // "After saying he was nervous, the man …": the opening phrase's comma ends it.
    const b = contentEnd(doc, u, fw.a, {
      object: fw.object,
      gerund: c.form.gerund,
      subordinate: inOpeningPhrase(doc, u, c),
    });
    if (b - fw.a < 2) continue;
    const sp = own ?? issuer(toks, c.tok, u.a);
    const speaker = sp !== null ? spanOf(doc, sp) : subjectOf(doc, u, c, [...drafts, ...out]);
    if (speaker === null) continue;
    const seg = trimSegment(doc.text, toks[fw.a]!.start, toks[b - 1]!.end);
    if (seg === null) continue;
    const d: Draft = {
      segments: extendOverQuotes(doc, fw.a, b, seg[0], seg[1]),
      speaker,
      cue: spanOf(doc, { a: c.tok, b: fw.cueEnd }),
      form: c.form,
      rule: own !== null ? "05-absolute" : "05-participle",
      groups: [],
      unit: ui,
      inheritsSpeaker: true,
    };
    claimDraft(doc, d);
    out.push(d);
  }
  return out;
}

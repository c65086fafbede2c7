import type { SpeakerRef, Statement } from "../../../types.js";
import { live, type Draft, type FigureRule, type RuleContext } from "../draft.js";
import { PRONOUNS } from "../names.js";

const OPENS_QUOTE = /^["“«‘']/;

/** A speaker that names somebody: not a description, not "she" left unresolved. */
const named = (s: SpeakerRef | null | undefined): s is SpeakerRef =>
  !!s && s.kind !== "description" && !PRONOUNS.has(s.name.toLowerCase());

/**
 * The statement a figure belongs to: one whose content holds it, or, for a quoted sentence no
 * pass attributed, the statement just before it in the same paragraph ("She said that ...
 * “Indeed, over 70% of our people use the Internet.”" continues her words).
 */
function statementFor(d: Draft, rc: RuleContext): Statement | null {
  const statements = rc.analysis.statements;
  const holding = statements.find((s) => s.segments.some(([a, b]) => d.start >= a && d.end <= b));
  if (holding) return holding;
  const sentence = rc.ctx.sentences[d.sentence]!;
  if (d.sentence === 0 || !OPENS_QUOTE.test(rc.ctx.text.slice(sentence.start, sentence.end)))
    return null;
  const para = rc.ctx.sentenceParagraph[d.sentence];
  if (rc.ctx.sentenceParagraph[d.sentence - 1] !== para) return null;
  const prev = rc.ctx.sentences[d.sentence - 1]!;
  return statements.find((s) => s.start >= prev.start && s.end <= prev.end) ?? null;
}

// She said: “Indeed, over 70% of our people use the Internet.” → a figure inside a statement
// found by an earlier pass is published by that statement's speaker.
export const quotedSpeaker: FigureRule = {
  name: "quoted-speaker",
  apply(drafts, rc) {
    for (const d of live(drafts)) {
      if (d.publisher !== null) continue;
      const speaker = statementFor(d, rc)?.speaker;
      if (named(speaker)) d.publisher = speaker.name;
    }
  },
};

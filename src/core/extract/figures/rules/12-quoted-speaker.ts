import type { SpeakerRef, Statement } from "../../../types.js";
import { live, type Draft, type FigureRule, type RuleContext } from "../draft.js";
import { ROLE_PHRASES } from "../../../lexicon/titles.js";
import { PRONOUNS } from "../names.js";

const OPENS_QUOTE = /^["“«‘']/;

/** Single-word roles a description of people can end with ("a parish priest", "analysts"). */
const ROLES: ReadonlySet<string> = new Set(ROLE_PHRASES.filter((r) => !r.includes(" ")));

/** Whether a description names people by a role ("a relative of X who …", "some experts"). */
function describesPeople(description: string): boolean {
  for (const word of description.toLowerCase().split(/[^\p{L}]+/u)) {
    if (ROLES.has(word)) return true;
    if (
      word.endsWith("s") &&
      ROLES.has(word.slice(0, word.endsWith("es") && ROLES.has(word.slice(0, -2)) ? -2 : -1))
    )
      return true;
  }
  return false;
}

/**
 * A speaker a reader can weigh as a source: a name, or a description of people by their role ("a
 * relative of Y Thuăn Niê who waited outside the courthouse said that more than 50 police …");
 * not "she" left unresolved, nor a description that is no one ("the reports", "deficits").
 */
const named = (s: SpeakerRef | null | undefined): s is SpeakerRef =>
  !!s &&
  !PRONOUNS.has(s.name.toLowerCase()) &&
  (s.kind !== "description" || describesPeople(s.name));

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

// A term named as a noun and given to someone in a clause after it, or challenged by its holder:
// the sentence it tells, though no sentencing verb has the person.
//   "… after serving the full four-year term he received for 'abusing democratic freedoms'"
//   "… upheld the eight-year prison sentence and three years of probation imposed on her in
//    November under Article 117"
//   "X has lodged an appeal to contest the four-year term imposed on her in June"

import { draft, type Draft, type EventView } from "../draft.js";
import type { TriggerHit } from "../find.js";
import { clauseSubject, objectAfter } from "../persons.js";
import { termAfter } from "../terms.js";
import { literalIn } from "../doc-literals.js";

/** A term noun phrase ("the full four-year term", "an eight-year prison sentence …"). */
const TERM_NOUN = String.raw`\b(?:the|a|an|his|her|their)\s+(?:full\s+|original\s+|entire\s+)?(?=[\p{L}\p{N}]+-(?:year|month)\b)`;
/** What gives it: "(that) he received", "imposed on her", "handed down to X". */
const GIVEN = String.raw`(?:(?:that\s+)?(?=(?:he|she|they)\s+(?:had\s+)?(?:received|was\s+given|were\s+given|got)\b)|(?:imposed\s+on|handed\s+(?:down\s+)?to|given\s+to)\s+)`;
const TERM_GIVEN = new RegExp(`${TERM_NOUN}([^.;:“”"]{0,80}?)\\s+${GIVEN}`, "giu");
const DETERMINER_AT_END = /\b(?:the|a|an|his|her|their)\s+(?:full\s+|original\s+|entire\s+)?$/iu;
/** A term its holder challenges: "appealing against her nine-year sentence", "to contest a …". */
const TERM_CHALLENGED = new RegExp(
  String.raw`\b(?:appeal(?:s|ed|ing)?\s+against|challeng(?:e|es|ed|ing)|contest(?:s|ed|ing)?)\s+` +
    TERM_NOUN,
  "giu",
);

/** Drafts for the terms given in the view's sentence. */
export function termsGiven(view: EventView): Draft[] {
  const { ctx, sentence } = view;
  const text = ctx.text;
  // Most sentences name no term as a noun: skip the pattern (and the slice) for them.
  if (!literalIn(ctx, "-year", sentence) && !literalIn(ctx, "-month", sentence)) return [];
  const slice = text.slice(sentence.start, sentence.end);
  const out: Draft[] = [];
  TERM_GIVEN.lastIndex = 0;
  for (let m = TERM_GIVEN.exec(slice); m; m = TERM_GIVEN.exec(slice)) {
    const termAt = sentence.start + m.index + m[0].indexOf(m[1]!) - 1;
    const nounStart = sentence.start + m.index;
    const givenAt = sentence.start + m.index + m[0].length;
    const term = termAfter(text, termAt, givenAt);
    if (!term || term.months.length !== 1) continue;
    const who = objectAfter(view.pc, givenAt, sentence.end);
    if (!who || who.persons.length === 0) continue;
    const word = /^\s*(\S+)/.exec(text.slice(givenAt, givenAt + 20));
    const at = who.persons[0]!.end;
    const hit = nounHit(nounStart, at, word?.[1] ?? "");
    // Its date, place and law are told after the noun: the court of the sentence is another's.
    const scope = { start: nounStart, end: sentence.end };
    out.push(draft(hit, who.persons, "term-given", { term, end: Math.max(at, term.end), scope }));
  }
  TERM_CHALLENGED.lastIndex = 0;
  for (let m = TERM_CHALLENGED.exec(slice); m; m = TERM_CHALLENGED.exec(slice)) {
    const verbAt = sentence.start + m.index;
    const nounStart = verbAt + m[0].search(DETERMINER_AT_END);
    const term = termAfter(text, sentence.start + m.index + m[0].length - 1, sentence.end);
    if (!term || term.months.length !== 1) continue;
    if (out.some((d) => d.trigger.start === nounStart)) continue;
    const persons = clauseSubject(view.pc, sentence, verbAt);
    if (persons.length === 0) continue;
    const hit = nounHit(nounStart, term.end, "term");
    const scope = { start: nounStart, end: sentence.end };
    out.push(draft(hit, persons, "term-challenged", { term, end: term.end, scope }));
  }
  return out;
}

/** The sentence trigger of a term told as a noun, from its determiner to `end`. */
function nounHit(start: number, end: number, word: string): TriggerHit {
  return {
    start,
    end,
    type: "sentence",
    form: "noun",
    word,
    passive: false,
    needsTerm: false,
    auxStart: start,
  };
}

// The person is the subject of a passive verb or of a state.
//   "Nguyen Van Long, 52, was arrested on Tuesday in Vinh."
//   "Tran Thi Lan and her brother Tran Van Duc were sentenced to six years in prison each."
//   "She has been held in pre-trial detention since March."
//   "Both women have lived in exile in France since 2019."
//   "Ly Van Sang was executed, along with Kim Van Toan." (both)

import { elidedTerm, termAfter } from "../terms.js";
import { draft, type Draft, type EventRule, type EventView } from "../draft.js";
import type { TriggerHit } from "../find.js";
import { objectAfter, subjectBefore, type PersonRef } from "../persons.js";

export const passive: EventRule = (view, hit) => {
  if (hit.form === "noun" || (hit.form === "verb" && !hit.passive)) return null;
  const persons = subjectBefore(view.pc, view.sentence.start, hit.auxStart);
  if (persons.length === 0) return null;
  if (serving(hit.word))
    return PRESENT.test(view.ctx.text.slice(Math.max(0, hit.start - 24), hit.start))
      ? servingTerm(view, hit, persons)
      : servedTerm(view, hit, persons);
  const term =
    hit.type === "sentence" || hit.type === "appeal"
      ? termAfter(view.ctx.text, hit.end, view.sentence.end)
      : null;
  if (hit.needsTerm && !term) return null;
  const along = /^\s*,?\s+(?:along|together)\s+with\s+/.exec(
    view.ctx.text.slice(hit.end, view.sentence.end),
  );
  const more = along ? objectAfter(view.pc, hit.end + along[0].length, view.sentence.end) : null;
  return draft(hit, [...persons, ...(more?.persons ?? [])], "passive", {
    term,
    end: term?.end ?? hit.end,
  });
};

/**
 * "who was serving a five-year sentence when he died" tells no detention to record, but the term
 * he had been given: a sentence, dated by nothing in this clause (the dates around it are the
 * death's or the letter's), its law only the one the term names ("… for 'abusing …'").
 */
function servedTerm(view: EventView, hit: TriggerHit, persons: PersonRef[]): Draft | null {
  const { text } = view.ctx;
  const term = termAfter(text, hit.end, view.sentence.end);
  if (!term || term.months.length !== 1) return null;
  const law = FOR_LAW.exec(text.slice(term.end, view.sentence.end));
  const scope = { start: hit.start, end: term.end + (law ? law[0].length : 0) };
  return draft(hit, persons, "passive", { type: "sentence", term, end: term.end, scope });
}

/**
 * "who is serving eight years under Article 117 in Thanh Hóa": a detention held under that term.
 * Its date, place and law are the clause's own: a date outside it ("45 people remained in
 * detention at the end of 2024, among them …") tells when the count was made, not when the
 * detention began. "…, and B, who is serving nine" leaves out the unit told before.
 */
function servingTerm(view: EventView, hit: TriggerHit, persons: PersonRef[]): Draft {
  const { text } = view.ctx;
  const { sentence } = view;
  const term = termAfter(text, hit.end, sentence.end) ?? elidedTerm(text, sentence, hit.end);
  const from = term?.end ?? hit.end;
  const clause = CLAUSE.exec(text.slice(from, sentence.end));
  const scope = { start: hit.start, end: from + (clause ? clause[0].length : 0) };
  return draft(hit, persons, "passive", { term, end: term?.end ?? hit.end, scope });
}

/** The rest of a clause, up to the next comma, semicolon or quotation. */
const CLAUSE = /^[^,;:“”"]*/u;

/** The law a term is for, up to the clause's end. */
const FOR_LAW = /^\s+(?:for|under)\s+[^,;()]*/u;

/** "who is serving eight years": the term a detention is held under. */
const serving = (word: string): boolean => word.toLowerCase() === "serving";
const PRESENT = /\b(?:is|are|remains|remain)\s+(?:still\s+|now\s+|currently\s+)?$/i;

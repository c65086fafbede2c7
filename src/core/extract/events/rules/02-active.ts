// The person is the object of an active verb, or, for verbs of receiving a term, its subject.
//   "Police in Hanoi arrested blogger Le Van Tam on Friday."
//   "Judges gave them six years each, followed by two years of house arrest."
//   "The tribunal sentenced the pair to six years in prison."
//   "The authorities released several dissidents, including Pham Van Hung and lawyer Ly Thi Nga."
//   "Phan Van Quy received a seven-year prison sentence." / "Do Minh Kha gets 12 years"

import { termAfter } from "../terms.js";
import { draft, type EventRule } from "../draft.js";
import { objectAfter, subjectBefore } from "../persons.js";

/** "sentenced X, a teacher who …, to eight years": the term may follow an appositive. */
function termAfterObject(text: string, at: number, limit: number) {
  const direct = termAfter(text, at, limit);
  if (direct) return direct;
  const appositive = /^,(?:[^;.]{1,200}?,)?(?=\s+(?:to|for)\s)/.exec(text.slice(at, limit));
  return appositive ? termAfter(text, at + appositive[0].length, limit) : null;
}

/**
 * "served four years", "served a five-year sentence": the term right after "served" ("served as
 * an adviser for five years" is no prison term).
 */
const SERVED_TERM =
  /^\s+(?:(?:a|an|his|her|their)\s+)?[\p{L}\p{N}.]+(?:[\s-]+[\p{L}\p{N}]+)?[\s-](?:years?|months?)\b/iu;

export const active: EventRule = (view, hit) => {
  if (hit.form !== "verb" || hit.passive) return null;
  const text = view.ctx.text;
  if (hit.needsTerm) {
    if (/^served$/i.test(hit.word) && !SERVED_TERM.test(text.slice(hit.end, hit.end + 40)))
      return null;
    const term = termAfter(text, hit.end, view.sentence.end);
    if (!term) return null;
    // "has served three years of his nine-year sentence": part of a term, not the sentence.
    if (/^\s+of\s/.test(text.slice(term.end, term.end + 4))) return null;
    const persons = subjectBefore(view.pc, view.sentence.start, hit.auxStart);
    return persons.length > 0
      ? draft(hit, persons, "active-receive", { term, end: term.end })
      : null;
  }
  // "rejected the appeal of teacher Tran Thi Mai Huong": the appellant follows "of".
  const of = hit.type === "appeal" ? /^\s+of(?=\s)/.exec(text.slice(hit.end, hit.end + 4)) : null;
  const obj = objectAfter(view.pc, hit.end + (of ? of[0].length : 0), view.sentence.end);
  if (!obj || obj.persons.length === 0) return null;
  let term =
    hit.type === "sentence" || hit.type === "appeal"
      ? termAfterObject(text, obj.end, view.sentence.end)
      : null;
  // "… rejected the appeal of X and upheld the eight-year sentence": the term upheld.
  const upheld = /^\s+and\s+(?:upheld|confirmed)(?=\s)/.exec(text.slice(obj.end, obj.end + 20));
  if (!term && hit.type === "appeal" && upheld)
    term = termAfter(text, obj.end + upheld[0].length, view.sentence.end);
  return draft(hit, obj.persons, "active", { term, end: term?.end ?? obj.end });
};

// A participle with no auxiliary after a person: headlines and reduced clauses.
//   "Land Activist Ngo Van Hoa Sentenced to Five Years"
//   "Bui Van Thanh, detained since May, was moved to a prison in Thanh Hoa." (detained)
//   "Vinh was arrested in Hanoi in 2016 and sentenced in 2018 to 13 years." (sentenced: Vinh)

import { termAfter } from "../terms.js";
import { draft, type EventRule } from "../draft.js";
import { subjectBefore } from "../persons.js";

export const participle: EventRule = (view, hit) => {
  if (hit.form !== "verb" || hit.passive || hit.needsTerm) return null;
  if (!/^(?:\S+ed|taken|held|put|sent|set|let|tried)\b/i.test(hit.word)) return null;
  const persons = subjectBefore(view.pc, view.sentence.start, hit.auxStart);
  if (persons.length === 0) {
    // "was arrested in Hanoi in 2016 and sentenced in 2018 to 13 years": the same subject.
    const prev = view.previous[view.previous.length - 1];
    const between = prev ? view.ctx.text.slice(prev.end, hit.start) : "";
    if (
      !prev ||
      prev.persons.length === 0 ||
      !/^[^.;]*\band\s+(?:later\s+|then\s+|subsequently\s+)?$/.test(between)
    )
      return null;
    persons.push(...prev.persons);
  }
  const term =
    hit.type === "sentence" ? termAfter(view.ctx.text, hit.end, view.sentence.end) : null;
  return draft(hit, persons, "participle", { term, end: term?.end ?? hit.end });
};

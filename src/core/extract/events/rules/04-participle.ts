// A participle with no auxiliary after a person: headlines and reduced clauses.
//   "Land Activist Ngo Van Hoa Sentenced to Five Years"
//   "Bui Van Thanh, detained since May, was moved to a prison in Thanh Hoa." (detained)

import { termAfter } from "../terms.js";
import { draft, type EventRule } from "../draft.js";
import { subjectBefore } from "../persons.js";

export const participle: EventRule = (view, hit) => {
  if (hit.form !== "verb" || hit.passive || hit.needsTerm) return null;
  if (!/ed$|^(?:taken|held|put|sent|set|let|tried)\b/i.test(hit.word)) return null;
  const persons = subjectBefore(view.pc, view.sentence.start, hit.auxStart);
  if (persons.length === 0) return null;
  const term =
    hit.type === "sentence" ? termAfter(view.ctx.text, hit.end, view.sentence.end) : null;
  return draft(hit, persons, "participle", { term, end: term?.end ?? hit.end });
};

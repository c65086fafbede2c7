// A noun with its person as possessor or of-phrase; a definite noun with no person refers back.
//   "Since Tran's arrest, his family has not been allowed to visit." · "her release"
//   "The jailing of Mai Van Son and Ho Thi Tu drew protests."
//   "The conviction was handed down by the People's Court of Ha Nam on June 2." (refers back)

import { draft, type EventRule } from "../draft.js";
import { possessorOf } from "../persons.js";

export const nominal: EventRule = (view, hit) => {
  if (hit.form !== "noun") return null;
  const persons = possessorOf(view.pc, view.sentence.start, hit, view.sentence.end);
  if (persons.length > 0) return draft(hit, persons, "nominal");
  const before = view.ctx.text.slice(Math.max(view.sentence.start, hit.start - 12), hit.start);
  if (/\b(?:the|this|that)\s+$/i.test(before) && hit.start - view.sentence.start < 8)
    return draft(hit, [], "nominal-anaphora", { anaphoric: true });
  return null;
};

// The person is the subject of a passive verb or of a state.
//   "Nguyen Van Long, 52, was arrested on Tuesday in Vinh."
//   "Tran Thi Lan and her brother Tran Van Duc were sentenced to six years in prison each."
//   "She has been held in pre-trial detention since March."
//   "Both men now live in exile in Germany."
//   "Ly Van Sang was executed, along with Kim Van Toan." (both)

import { termAfter } from "../terms.js";
import { draft, type EventRule } from "../draft.js";
import { objectAfter, subjectBefore } from "../persons.js";

export const passive: EventRule = (view, hit) => {
  if (hit.form === "noun" || (hit.form === "verb" && !hit.passive)) return null;
  const persons = subjectBefore(view.pc, view.sentence.start, hit.auxStart);
  if (persons.length === 0) return null;
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

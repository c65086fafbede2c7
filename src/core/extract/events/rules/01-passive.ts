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
  // "was serving a five-year sentence when he died" tells the past, not a detention to record.
  if (
    serving(hit.word) &&
    !PRESENT.test(view.ctx.text.slice(Math.max(0, hit.start - 24), hit.start))
  )
    return null;
  const persons = subjectBefore(view.pc, view.sentence.start, hit.auxStart);
  if (persons.length === 0) return null;
  const term =
    hit.type === "sentence" || hit.type === "appeal" || serving(hit.word)
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

/** "who is serving eight years": the term a detention is held under. */
const serving = (word: string): boolean => word.toLowerCase() === "serving";
const PRESENT = /\b(?:is|are|remains|remain)\s+(?:still\s+|now\s+|currently\s+)?$/i;

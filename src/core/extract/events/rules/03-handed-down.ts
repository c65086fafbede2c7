// A court hands terms to people, one term per person.
//   "The court handed down a nine-year term to Mai Van Son and a six-year sentence to Ho Thi Tu."

import { draft, type EventRule } from "../draft.js";
import { objectAfter, type PersonRef } from "../persons.js";
import { termAfter } from "../terms.js";

export const handedDown: EventRule = (view, hit) => {
  if (hit.type !== "sentence" || !/^handed(?: down)?$/i.test(hit.word)) return null;
  const text = view.ctx.text;
  const persons: PersonRef[] = [];
  const months: number[] = [];
  let at = hit.end;
  for (;;) {
    const term = termAfter(text, at, view.sentence.end);
    if (!term || term.months.length !== 1) break;
    const to = /^\s+to\s+/.exec(text.slice(term.end, view.sentence.end));
    if (!to) break;
    const obj = objectAfter(view.pc, term.end + to[0].length, view.sentence.end);
    if (!obj || obj.persons.length !== 1) break;
    persons.push(obj.persons[0]!);
    months.push(term.months[0]!);
    const and = /^\s*(?:,\s*)?(?:and\s+)?/.exec(text.slice(obj.end, view.sentence.end))!;
    at = obj.end + and[0].length - 1;
    if (and[0].length === 0) break;
  }
  if (persons.length === 0) return null;
  return draft(hit, persons, "handed-down", {
    term: { months, probationMonths: null, penalty: null, respectively: true, end: at },
    end: at,
  });
};

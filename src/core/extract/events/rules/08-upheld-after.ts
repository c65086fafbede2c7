// A sentence told with its appeal in an apposition after the term: the appeal upheld that term
// for the same people.
//   "… and Tran Van Loc to nine years on March 12, a sentence the appeal court upheld on July 18;"
//   "… was jailed for six years in May, a verdict upheld on appeal in October."

import { itemAround } from "../charge-scope.js";
import { draft, type Draft, type EventView } from "../draft.js";
import type { TriggerHit } from "../find.js";

/** ", a sentence (that) the appeal court upheld", ", a verdict (later) upheld on appeal". */
const UPHELD =
  /^[^;]{0,40}?,\s+(?:a|the)\s+(?:sentence|verdict|term|conviction)\s+(?:(?:that|which)\s+)?(?:(?:the|an?)\s+(?:[\p{L}’'-]+\s+){0,3}[Cc]ourt\s+(?:later\s+)?(upheld|confirmed|affirmed)\b|(?:was\s+)?(?:later\s+)?(upheld|confirmed|affirmed)\s+on\s+appeal\b)/u;

/** The verbs `UPHELD` needs one of, found in one search. */
const UPHOLDING = /upheld|confirmed|affirmed/;

/** Appeal drafts for the sentence drafts of the view's sentence that such an apposition follows. */
export function upheldAfter(view: EventView, drafts: readonly Draft[]): Draft[] {
  const { ctx, sentence } = view;
  const text = ctx.text;
  const out: Draft[] = [];
  for (const d of drafts) {
    if (d.type !== "sentence" || !d.term || d.persons.length === 0) continue;
    const from = Math.max(d.end, d.term.end);
    const rest = text.slice(from, Math.min(sentence.end, from + 160));
    if (!UPHOLDING.test(rest)) continue;
    const m = UPHELD.exec(rest);
    if (!m) continue;
    const word = (m[1] ?? m[2])!;
    const start = from + m[0].length - (m[1] ? word.length : m[0].length - m[0].indexOf(word));
    const hit: TriggerHit = {
      start,
      end: start + word.length,
      type: "appeal",
      form: "verb",
      word,
      passive: false,
      needsTerm: false,
      auxStart: start,
    };
    // The appeal's date and court are told in the apposition, not by the sentencing before it.
    const scope = { start: from + m[0].indexOf(","), end: itemAround(text, sentence, start).end };
    out.push(
      draft(hit, d.persons, "upheld-after", { term: d.term, end: hit.end, scope, upholds: d }),
    );
  }
  return out;
}

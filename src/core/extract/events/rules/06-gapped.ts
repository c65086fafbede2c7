// Lists that state the verb once and the people, places and dates after it ("gapping"), common in
// NGO round-ups. Each conjunct is an event of the same type, dated and placed by its own words.
//   "Blogger Ho Van Tai was detained in Can Tho on May 2 and poet Lam Thi Ut in Hue on June 9,
//    both under Article 331."
//   "Mai Van Son was sentenced to six years on March 3; teacher Ho Thi Tu to five years on April 4."

import type { Span } from "../../../types.js";
import { draft, type Draft, type EventView } from "../draft.js";
import { peopleIn } from "../people.js";
import { tailStart } from "../../../text/tail-start.js";
import { termAfter } from "../terms.js";

/** Before a gapped conjunct's name: ", ", "; ", " and ", with up to five words of description. */
const LEAD = /(?:,\s*(?:and\s+)?|;\s*(?:and\s+)?|\s+and\s+)((?:[\p{L}’'-]+\s+){0,5})$/u;
/** The most words `LEAD` spans: a comma's word, "and", five words of description. */
const LEAD_WORDS = 7;
/** After the name: what the omitted verb governed ("in Hue", "to five years", "on June 9"). */
const TAIL = /^\s+(?:in|to|on|at|for)\s/u;
/** Words a description before a gapped name cannot hold: they start a clause of their own. */
const CLAUSE = /\b(?:was|were|is|are|has|have|had|said|says|who|which|that|while|after|before)\b/iu;
/** A last conjunct that ties a law to every person: "…, both under Article 331". */
const SHARED = /,\s*(?:both|all|each|all\s+\w+)\s+(?:under|for|of)\b[^;]*$/iu;

export function gapped(view: EventView, d: Draft, hits: readonly Span[]): Draft[] {
  if (d.anaphoric || d.persons.length === 0) return [];
  const { ctx, sentence } = view;
  const text = ctx.text;
  const next = hits.find((h) => h.start > d.trigger.end);
  const limit = next ? next.start : sentence.end;
  const mine = new Set(d.persons.map((p) => p.actor));
  const out: Draft[] = [];
  const starts: number[] = [];
  for (const n of peopleIn(view.pc.people, d.end, limit)) {
    if (mine.has(n.actor!) || n.start < (out[out.length - 1]?.end ?? d.end)) continue;
    // The few characters after the name first: most names are followed by no such word.
    if (!TAIL.test(text.slice(n.end, n.end + 5))) continue;
    const floor = out.length > 0 ? out[out.length - 1]!.end : d.end;
    const lead = LEAD.exec(text.slice(tailStart(text, floor, n.start, LEAD_WORDS), n.start));
    if (!lead || CLAUSE.test(lead[1]!)) continue;
    starts.push(n.start - lead[0].length);
    const person = { start: n.start, end: n.end, actor: n.actor! };
    const term =
      d.type === "sentence" || d.type === "appeal" ? termAfter(text, n.end, limit) : null;
    out.push(
      draft({ ...d.trigger, ...hitOf(d) }, [person], "gapped", { term, end: term?.end ?? n.end }),
    );
    mine.add(n.actor!);
  }
  if (out.length === 0) return [];
  const shared = SHARED.exec(text.slice(sentence.start, limit));
  const sharedSpan = shared ? { start: sentence.start + shared.index, end: limit } : undefined;
  d.scope = { start: sentence.start, end: starts[0]! };
  d.shared = sharedSpan;
  out.forEach((g, i) => {
    g.trigger = { start: g.persons[0]!.start, end: g.persons[0]!.end };
    g.scope = { start: starts[i]!, end: starts[i + 1] ?? sharedSpan?.start ?? limit };
    g.shared = sharedSpan;
  });
  return out;
}

/** The trigger fields `draft` needs, from an existing draft. */
function hitOf(d: Draft) {
  return {
    type: d.type,
    form: "verb" as const,
    word: "",
    passive: false,
    needsTerm: false,
    auxStart: d.trigger.start,
  };
}

// What the event rules see and what they propose: a trigger with the people it is about and,
// for sentences, the term.

import type { DocContext } from "../../text/doc-context.js";
import type { Analysis, EventType, Span } from "../../types.js";
import type { TriggerHit } from "./find.js";
import type { PersonContext, PersonRef } from "./persons.js";
import type { Term } from "./terms.js";

export interface Draft {
  type: EventType;
  trigger: Span;
  persons: PersonRef[];
  term: Term | null;
  /** A definite noun with no person ("The conviction was handed down on May 5") adds to the
   * latest event of its type instead of making one. */
  anaphoric: boolean;
  /** Furthest offset the event's words reach (object, term). */
  end: number;
  /** The part of the sentence the date, place and charges come from (default: all of it). */
  scope?: Span;
  /** Words whose legal references apply to every conjunct ("…, both under Article 331"). */
  shared?: Span;
  rule: string;
  /** For an appeal told after a sentence ("…, a sentence the appeal court upheld"): that sentence,
   * whose charges the appeal keeps. */
  upholds?: Draft;
}

export interface EventView {
  ctx: DocContext;
  analysis: Analysis;
  pc: PersonContext;
  sentence: Span;
  /** Drafts already made for this sentence, in order. */
  previous: readonly Draft[];
}

export type EventRule = (view: EventView, hit: TriggerHit) => Draft | null;

export function draft(
  hit: TriggerHit,
  persons: PersonRef[],
  rule: string,
  fields: Partial<Draft> = {},
): Draft {
  return {
    type: hit.type,
    trigger: { start: hit.start, end: hit.end },
    persons,
    term: null,
    anaphoric: false,
    end: hit.end,
    rule,
    ...fields,
  };
}

import type { DocContext } from "../../text/doc-context.js";
import { findNumbers } from "../../text/numbers.js";
import type { Draft } from "./draft.js";

/** Every number of every sentence, as a draft figure that the rules then keep or drop. */
export function findCandidates(ctx: DocContext): Draft[] {
  const drafts: Draft[] = [];
  ctx.sentences.forEach((s, sentence) => {
    for (const num of findNumbers(ctx.text, s.start, s.end)) {
      drafts.push({
        num,
        sentence,
        start: num.start,
        end: num.end,
        value: num.value,
        bound: "eq",
        unit: "count",
        what: null,
        head: null,
        elided: false,
        partitiveOf: null,
        partitivePronoun: false,
        measured: false,
        asOf: null,
        asOfSource: null,
        publisher: null,
        whole: null,
        referent: null,
        dropped: null,
      });
    }
  });
  return drafts;
}

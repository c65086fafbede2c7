// A statement with no speaker named ("X is expected to …", "X was accused of …") whose words are
// the whole content of a statement whose speaker is named is what that speaker reported: "The
// court is expected to rule next week, a lawyer said" is the lawyer's statement, and a second
// one, the same words with no speaker, would tell the reader that nobody is named for them. (A
// smaller one inside, "the hearing, which is widely expected to last a day, …", is the writer's
// aside and stays.)

import type { Draft } from "./draft.js";

const sourced = (d: Draft): boolean => d.speaker !== null || d.inheritsSpeaker === true;

/** Whether `a` and `b` run over the same stretch of text, first piece to last. */
function sameStretch(a: Draft, b: Draft): boolean {
  return (
    a.segments[0]![0] === b.segments[0]![0] &&
    a.segments[a.segments.length - 1]![1] === b.segments[b.segments.length - 1]![1]
  );
}

/** `drafts` without the unsourced ones that repeat a sourced statement's content. */
export function withoutEchoes(drafts: readonly Draft[]): Draft[] {
  return drafts.filter(
    (d) => sourced(d) || !drafts.some((o) => o !== d && sourced(o) && sameStretch(d, o)),
  );
}

// Who an event happened to, as the mentions pass knows them. Events ask two questions of it:
// which people are named in a stretch of text, and who a pronoun refers to. `PeopleIndex` is the
// part of the mentions pass's `MentionIndex` that events use, so tests and other callers can give
// events any index of that shape.

import type { ActorKind, Span } from "../../types.js";

export interface PersonMention extends Span {
  kind: ActorKind | "place" | "unknown";
  actor: number | null;
}

export interface PeopleIndex {
  /** Mentions overlapping `[start, end)`, sorted by start. */
  mentionsIn(start: number, end: number): readonly PersonMention[];
  /** The actor a pronoun at `offset` refers to, preferring `preferred` when they fit, or null. */
  resolvePronoun(offset: number, word: string, preferred?: readonly number[]): number | null;
}

/** People mentioned in `[start, end)`, one entry per mention, in text order. */
export function peopleIn(index: PeopleIndex, start: number, end: number): PersonMention[] {
  return index
    .mentionsIn(start, end)
    .filter((m) => m.kind === "person" && m.actor !== null && m.start >= start && m.end <= end);
}

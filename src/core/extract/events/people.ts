// Who an event happened to, as the actors pass knows them. Events ask three questions of it:
// which people are named in a stretch of text, who a pronoun refers to, and who a description
// ("the activist", "an engineer") is. `PeopleIndex` is the shape of the mentions pass's index;
// `actorsIndex` answers the same questions from `Analysis.actors` alone, so events work after any
// pass that fills actors with their mention spans.

import type { ActorKind, Analysis, Span } from "../../types.js";

export interface PersonMention extends Span {
  kind: ActorKind | "place" | "unknown";
  actor: number | null;
}

export interface PeopleIndex {
  /** Mentions overlapping `[start, end)`, sorted by start. */
  mentionsIn(start: number, end: number): readonly PersonMention[];
  /** The actor a pronoun at `offset` refers to, or null. */
  resolvePronoun(offset: number, word: string): number | null;
}

const SINGULAR_PRONOUNS = new Set(["he", "him", "his", "she", "her", "hers"]);

/** A `PeopleIndex` over the actors' mention spans. */
export function actorsIndex(analysis: Analysis): PeopleIndex {
  const all: PersonMention[] = [];
  analysis.actors.forEach((a, actor) => {
    for (const m of a.mentions) all.push({ start: m.start, end: m.end, kind: a.kind, actor });
  });
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  return {
    mentionsIn(start, end) {
      return all.filter((m) => m.start < end && start < m.end);
    },
    resolvePronoun(offset, word) {
      if (!SINGULAR_PRONOUNS.has(word.toLowerCase())) return null;
      for (let i = all.length - 1; i >= 0; i--) {
        const m = all[i]!;
        if (m.end <= offset && m.kind === "person") return m.actor;
      }
      return null;
    },
  };
}

/** People mentioned in `[start, end)`, one entry per mention, in text order. */
export function peopleIn(index: PeopleIndex, start: number, end: number): PersonMention[] {
  return index
    .mentionsIn(start, end)
    .filter((m) => m.kind === "person" && m.actor !== null && m.start >= start && m.end <= end);
}

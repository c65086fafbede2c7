// The people the text has just told the same kind of event about, over one sentence and the
// next, for a group word to stand for ("Both were convicted under Article 117", "All three …"):
//   "The court jailed A for seven years and B for five years. C, who was tried alongside them,
//    received six years. All three were convicted under Article 116."
// The gapped list gives A and B one draft each, so no single draft names the group.

import type { EventType } from "../../types.js";
import type { Draft } from "./draft.js";
import { distinct } from "./person-elements.js";
import type { PersonRef } from "./persons.js";

export interface CaseGroup {
  type: EventType;
  persons: PersonRef[];
  /** The index of the last sentence that added to it. */
  sentence: number;
}

/** The group after sentence `si`, whose drafts are `drafts`; `prev` is the group before it. */
export function nextCaseGroup(
  prev: CaseGroup | null,
  drafts: readonly Draft[],
  si: number,
): CaseGroup | null {
  if (drafts.length === 0) return prev;
  const told = drafts.filter((d) => !d.anaphoric && d.persons.length > 0);
  if (told.length === 0) return prev;
  // "C, who was tried alongside them, received six years": the kind the group was told of.
  const type =
    prev && prev.sentence === si - 1 && told.some((d) => d.type === prev.type)
      ? prev.type
      : told[0]!.type;
  const mine: PersonRef[] = [];
  for (const d of told) if (d.type === type) mine.push(...d.persons);
  const persons =
    prev && prev.type === type && prev.sentence === si - 1
      ? distinct([...prev.persons, ...mine])
      : distinct(mine);
  return { type, persons, sentence: si };
}

// "Marozava's lawyer said …": a named person's relation is the person the document introduced as
// that relation ("Thạch's daughter, Đoàn Thị Mỹ"), not anyone who merely holds the role — in a
// trial with two lawyers, "lawyer Andrei Lisavets", tried beside her, is not her lawyer.

import type { Mention } from "./types.js";

/** Characters read before a mention for the relation phrase that introduces it. */
const INTRO_WINDOW = 80;

/**
 * Whether some mention of `actor` comes right after `owner`'s possessive and a short relation
 * phrase ("Thạch's daughter, ", "Loc’s wife and lawyer, "), within one clause.
 */
export function introducedAsRelationOf(
  text: string,
  mentions: readonly Mention[],
  actor: number,
  owner: string,
): boolean {
  for (const m of mentions) {
    if (m.actor !== actor) continue;
    const before = text.slice(Math.max(0, m.start - INTRO_WINDOW), m.start);
    const at = Math.max(before.lastIndexOf(`${owner}'s `), before.lastIndexOf(`${owner}’s `));
    if (at >= 0 && !/[.;:!?]/.test(before.slice(at + owner.length + 3))) return true;
  }
  return false;
}

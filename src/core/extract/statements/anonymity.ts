// Clauses in which a source asks not to be named. They say why a speaker is unnamed, not what
// the speaker said, so they are neither a statement nor the subject of the one that follows:
//   A priest, who asked not to be named, said police had questioned parishioners.
//   Her lawyer, whom the family asked not to name, said the defence would appeal.
//   An official, who spoke on condition of anonymity, said the talks had stalled.

import type { Tok } from "../../text/lex.js";

// Word sequences (lower-case) that mark the request; any one within a few words of the cue.
const MARKS: readonly (readonly string[])[] = [
  ["not", "to", "be", "named"],
  ["not", "to", "be", "identified"],
  ["not", "to", "name"],
  ["not", "to", "identify"],
  ["not", "be", "named"],
  ["not", "be", "identified"],
  ["not", "be", "published"],
  // "her family has asked us not to publish her name".
  ["not", "to", "publish"],
  ["condition", "of", "anonymity"],
  ["anonymity"],
];

// Cues that make the request; "said on condition of anonymity that …" still says something.
const REQUESTS = new Set(["asked", "asks", "requested", "spoke", "speaking", "talked", "agreed"]);

/** The cue at `tok` opens a request for anonymity ("asked not to be named"). */
export function asksAnonymity(toks: readonly Tok[], tok: number, tokEnd: number): boolean {
  if (!REQUESTS.has(toks[tok]!.lower)) return false;
  for (let k = tokEnd; k < toks.length && k < tokEnd + 6; k++) {
    if (MARKS.some((m) => m.every((w, i) => toks[k + i]?.lower === w))) return true;
    if (toks[k]!.text === "," || toks[k]!.text === ".") break;
  }
  return toks[tok]!.lower === "spoke" && toks[tokEnd]?.lower === "on";
}

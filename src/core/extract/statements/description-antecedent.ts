// A pronoun after a speaker the text only describes. In
//   A parish priest in the district said police had questioned parishioners. “…,” he said.
// "he" is the priest, not the teacher's husband named two paragraphs before: the description
// is the nearest antecedent, and no one who fits the pronoun is mentioned in between.

import { isRoleWord } from "../mentions/name-lexicon.js";
import type { MentionIndex } from "../mentions/mention-index.js";

export interface UnnamedSpeaker {
  /** The description as the text gives it: "A parish priest in the district". */
  name: string;
  words: string[];
  at: number;
  end: number;
}

// Words after which a description's head noun has been said ("a member of …", "a man who …").
const HEAD_END = new Set(["of", "for", "in", "at", "from", "with", "on", "who", "whom", "that"]);
const PLURAL_OPENERS = new Set(["several", "some", "many", "two", "three", "four", "few"]);
// A Map, not a record: every speaker mention is looked up here, and a new string looked up in an
// object is searched in V8's string table and along the prototype chain first.
const PRONOUN_NUMBER: ReadonlyMap<string, "one" | "many"> = new Map([
  ["he", "one"],
  ["she", "one"],
  ["they", "many"],
]);

/** The head noun of a description, lower-cased: "A senior member of the church" → "member". */
function headOf(words: readonly string[]): string | null {
  let head: string | null = null;
  for (const w of words.slice(1)) {
    const lower = w.toLowerCase().replace(/[,.;:]$/, "");
    if (HEAD_END.has(lower)) break;
    head = lower;
  }
  return head;
}

function numberOf(words: readonly string[]): "one" | "many" | null {
  const first = words[0]?.toLowerCase() ?? "";
  const head = headOf(words);
  if (head === null) return null;
  if (PLURAL_OPENERS.has(first) || (head.endsWith("s") && isRoleWord(head.replace(/s$/, ""))))
    return "many";
  // An indefinite singular that spoke is someone ("a former cellmate"); after "the" the head
  // must name a person ("the lawyer", not "the report").
  if (/^(a|an|one)$/.test(first) && !head.endsWith("s")) return "one";
  if (first === "the" && isRoleWord(head)) return "one";
  return null;
}

/**
 * The description pronoun `word` at `at` stands for, or null: the latest unnamed speaker
 * before it, when no named speaker spoke since and no actor the pronoun could mean is
 * mentioned between the two.
 */
export function descriptionAntecedent(
  idx: MentionIndex,
  unnamed: readonly UnnamedSpeaker[],
  lastNamedAt: number,
  word: string,
  at: number,
): string | null {
  // (The pronouns are two to four letters; lower-casing never shortens a word.)
  const number = word.length <= 4 ? PRONOUN_NUMBER.get(word.toLowerCase()) : undefined;
  if (number === undefined) return null;
  // "the authorities" between a senior member and "He warned" is no antecedent for "he".
  const u = unnamed.findLast((x) => x.at < at && numberOf(x.words) === number);
  if (u === undefined || at - u.end > 1000 || lastNamedAt > u.at) return null;
  for (const m of idx.mentionsIn(u.end, at)) {
    if (m.actor === null || m.quoted || m.end > at) continue;
    if (number === "many" || idx.actors[m.actor]!.kind === "person") return null;
  }
  return u.name;
}

// Whether a cue's subject is a document ("the poll shows", "records, which showed …", "polls
// showing …"): evidence cues report what a document holds, not what a person said.

import { AUXILIARIES } from "../../lexicon/function-words.js";
import { DOCUMENT_NOUNS } from "../../lexicon/speech-cues.js";
import { PUNCT, type Tok, WORD } from "../../text/lex.js";

const SUBJECT_STOPS: ReadonlySet<string> = new Set([
  ...AUXILIARIES,
  "said",
  "says",
  "and",
  "but",
  "when",
  "while",
  "if",
]);

/**
 * "A Hanoi Law School survey released this week shows …", "the prison's medical records, which
 * showed …", "polls showing …": the cue's subject is a document (a poll, records, a video),
 * found as the head of the words before it, or of a relative pronoun's antecedent.
 */
export function documentSubject(toks: readonly Tok[], cue: number, floor: number): boolean {
  // "Recent polls have (similarly) shown …", "polling is showing …": past the auxiliaries and
  // adverbs before the cue.
  let from = cue - 1;
  while (
    from > floor &&
    /^(has|have|had|is|are|was|were|been|also|similarly|consistently|\w+ly)$/.test(
      toks[from]!.lower,
    )
  )
    from--;
  for (let k = from; k >= Math.max(floor, from - 9); k--) {
    const t = toks[k]!;
    if (t.kind === WORD) {
      if (DOCUMENT_NOUNS.has(t.lower)) return !t.cap || k === floor || k === cue - 1;
      // "polls in Hanoi and Da Nang have shown", "polls and panels show": "and" inside
      // the subject, between names or documents.
      const prev = toks[k - 1];
      const joins =
        t.lower === "and" &&
        prev !== undefined &&
        prev.kind === WORD &&
        (prev.cap || DOCUMENT_NOUNS.has(prev.lower));
      if (SUBJECT_STOPS.has(t.lower) && !joins) return false;
      // "records, which showed …": past the relative pronoun and its comma to the antecedent.
      if ((t.lower === "which" || t.lower === "that") && toks[k - 1]?.text === ",") k--;
      continue;
    }
    if (t.kind === PUNCT && t.text !== "’s" && t.text !== "'s" && t.text !== "-") return false;
  }
  return false;
}

/** Happenings, which show things to the writer but say nothing: "his arrest shows that …". */
const EVENT_NOUNS: ReadonlySet<string> = new Set([
  "arrest",
  "arrests",
  "detention",
  "trial",
  "trials",
  "case",
  "cases",
  "death",
  "deaths",
  "conviction",
  "convictions",
  "jailing",
  "sentencing",
  "crackdown",
  "killing",
  "killings",
]);

/**
 * "Lộc's arrest showed that …", "the case shows that …": the word right before an evidence cue
 * (past auxiliaries) is a happening, so the inference is the writer's or the speaker's around
 * it, and the happening is no source.
 */
export function eventSubject(toks: readonly Tok[], cue: number, floor: number): boolean {
  let k = cue - 1;
  while (k > floor && AUXILIARIES.has(toks[k]!.lower)) k--;
  const t = toks[k];
  return k >= floor && t !== undefined && t.kind === WORD && EVENT_NOUNS.has(t.lower);
}

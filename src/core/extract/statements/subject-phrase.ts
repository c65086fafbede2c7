// The noun phrase right before a cue, taken to the subject it is part of:
//   people close to the minister said            → "people close to the minister"
//   A letter from the union obtained by VTV says → "A letter from the union"
//   a diplomat who tried to attend said          → "a diplomat who tried to attend"
//   A relative who visited him last week said    → "A relative who visited him"
//   banners that said “We won”                   → "that"

import { DETERMINERS } from "../../lexicon/function-words.js";
import { ISSUED_DOCUMENTS } from "../../lexicon/issued-documents.js";
import { NUMBER, WORD, type Tok } from "../../text/lex.js";
import { finiteWord, sForm } from "./clause.js";
import { isWord, nounish, npLeftOf, postmodified, type TokSpan } from "./noun-phrase.js";

/** The subject `np`, the noun phrase ending right before a cue, belongs to. */
export function subjectPhrase(toks: readonly Tok[], np: TokSpan, floor: number): TokSpan {
  const near = closeTo(toks, np, floor);
  const agent = agentOf(toks, near, floor);
  if (agent !== null) return agent;
  return relativeAntecedent(toks, postmodified(toks, floor, near) ?? near, floor);
}

const ISSUING = new Set([
  "published",
  "released",
  "issued",
  "written",
  "prepared",
  "commissioned",
  "conducted",
  "compiled",
  "produced",
  "filed",
  "sent",
  "signed",
  "drafted",
  "posted",
]);

/**
 * "A memo from the union obtained by Reuters warns …": the noun phrase before
 * the cue is the agent of a participle describing the subject; the subject is what it describes.
 */
function agentOf(toks: readonly Tok[], np: TokSpan, floor: number): TokSpan | null {
  const p = np.a - 2;
  if (p - 1 < floor || toks[np.a - 1]?.lower !== "by") return null;
  const part = toks[p]!;
  if (!isWord(part) || part.cap || !/(ed|en)$/.test(part.lower)) return null;
  // ("The report released by the ministry says …": who issued a document speaks through it.)
  if (ISSUING.has(part.lower)) return null;
  const head = toks[p - 1]!;
  if (!isWord(head) || !(head.cap || nounish(head))) return null;
  const subject = npLeftOf(toks, p - 1, floor);
  return postmodified(toks, floor, subject) ?? subject;
}

/** "people close to the provincial chairman", "sources familiar with the talks": who they are near. */
function closeTo(toks: readonly Tok[], np: TokSpan, floor: number): TokSpan {
  const h = np.a - 3;
  if (h < floor) return np;
  const near = `${toks[np.a - 2]!.lower} ${toks[np.a - 1]!.lower}`;
  if (near !== "close to" && near !== "familiar with") return np;
  const head = toks[h]!;
  if (!isWord(head) || !(nounish(head) || head.lower === "those")) return np;
  return { a: npLeftOf(toks, h, floor).a, b: np.b };
}

/**
 * "a diplomat who tried to attend the hearing said": the noun phrase before the cue ends a
 * relative clause; the subject is the noun the clause describes, with the clause.
 */
function relativeAntecedent(toks: readonly Tok[], np: TokSpan, floor: number): TokSpan {
  // ("who runs vietvote.com said": the stop inside a web address.)
  const j = whoOpening(toks, np.a - 1, 10, floor, (t, i) => isWord(t) || webDot(toks, i));
  if (j < 0) return np;
  // "Lawyers who defend activists say": the clause's own verb opened the noun phrase.
  if (j === np.a - 1 && !clauseVerb(toks[np.a]!)) return np;
  if (!(toks[j - 1]!.cap || nounish(toks[j - 1]))) return np;
  return describedBy(toks, j - 1, np.b, floor);
}

/**
 * A subject with a relative clause right before its cue, when the clause ends at `k` (the last
 * token before the cue, times skipped) in a word no noun phrase ends with, so that the usual
 * reading finds no subject there:
 *   A former prisoner who was released in August told us: “…”  → "A former prisoner who was
 *                                                                  released" (the time left out)
 *   A relative who visited him last week said …               → "A relative who visited him"
 */
export function relativeSubject(toks: readonly Tok[], k: number, floor: number): TokSpan | null {
  // "a senator who has declined to back": the cue is the clause's own infinitive.
  if (toks[k]?.lower === "to") return null;
  // "farmers who lost their land but claim …": a second verb of the clause.
  const inClause = (t: Tok): boolean =>
    (isWord(t) || t.kind === NUMBER) && !/^(and|but|or)$/.test(t.lower);
  const j = whoOpening(toks, k - 1, 12, floor, inClause);
  if (j < 0) return null;
  // "a man who many credit …": the clause's subject comes first, and the cue is its verb.
  const verb = toks[j + 1]!;
  if (!finiteWord(verb) && !(isWord(verb) && !verb.cap && sForm(verb.lower))) return null;
  const head = toks[j - 1]!;
  if (!(head.cap || nounish(head))) return null;
  return describedBy(toks, j - 1, k + 1, floor);
}

/**
 * The "who" opening a relative clause whose words, read back from `last`, all pass `inClause`;
 * at most `max` tokens back and never at `floor`; -1 when there is none.
 */
function whoOpening(
  toks: readonly Tok[],
  last: number,
  max: number,
  floor: number,
  inClause: (t: Tok, j: number) => boolean,
): number {
  for (let j = last; j > floor && last - j < max; j--) {
    const t = toks[j]!;
    if (t.lower === "who") return j;
    if (!inClause(t, j)) return -1;
  }
  return -1;
}

/**
 * The noun phrase ending at `head` with the relative clause after it up to `b`; or, for an
 * appositive whose clause the writer left unclosed, the name it describes.
 */
export function describedBy(toks: readonly Tok[], head: number, b: number, floor: number): TokSpan {
  const described = { a: npLeftOf(toks, head, floor).a, b };
  return unclosedAppositive(toks, described, floor) ?? described;
}

/** A stop between two letters with no space around it: "vietvote.com", "example.org". */
function webDot(toks: readonly Tok[], j: number): boolean {
  const t = toks[j]!;
  const p = toks[j - 1];
  const n = toks[j + 1];
  return (
    t.text === "." &&
    p !== undefined &&
    n !== undefined &&
    p.end === t.start &&
    t.end === n.start &&
    isWord(p) &&
    isWord(n) &&
    !n.cap
  );
}

/**
 * "“…,” Le Van Binh, the analyst who runs the site wrote": an appositive with a relative clause
 * whose closing comma the writer left out; the name before it, opening the clause, is the
 * subject (the appositive only describes it).
 */
function unclosedAppositive(
  toks: readonly Tok[],
  described: TokSpan,
  floor: number,
): TokSpan | null {
  const comma = described.a - 1;
  if (comma - 1 < floor || toks[comma]!.text !== ",") return null;
  if (!DETERMINERS.has(toks[described.a]!.lower)) return null;
  const last = toks[comma - 1]!;
  if (!isWord(last) || !last.cap) return null;
  const name = npLeftOf(toks, comma - 1, floor);
  for (let k = name.a; k < name.b; k++) if (isWord(toks[k]) && !toks[k]!.cap) return null;
  const before = toks[name.a - 1];
  const opens = name.a <= floor || before === undefined || /^[”"’»]$/.test(before.text);
  return opens ? name : null;
}

/** A lower-case word that is no determiner and no plural subject ("defend", "favor"). */
function clauseVerb(t: Tok): boolean {
  return (
    isWord(t) &&
    !t.cap &&
    !DETERMINERS.has(t.lower) &&
    !/s$/.test(t.lower) &&
    !/^(police|people|he|she|they|we|i|you|it)$/.test(t.lower)
  );
}

/**
 * "banners that said “We won”": a relative "that" at `k` after a noun, right before the cue at
 * `cue` and its quotation. (Not "the law that says the land …", a relative clause with content of
 * its own, nor "released a video that said, “…”", whose issuer speaks: `relativeIssuer`.)
 */
export function relativeThat(toks: readonly Tok[], k: number, cue: number, floor: number): boolean {
  const t = toks[k]!;
  const noun = toks[k - 1];
  if (t.kind !== WORD || t.lower !== "that" || k !== cue - 1 || k - 1 < floor) return false;
  if (noun === undefined || !nounish(noun) || ISSUED_DOCUMENTS.has(noun.lower)) return false;
  const n = toks[cue + 1]?.text === "," ? toks[cue + 2] : toks[cue + 1];
  return n !== undefined && /^[“"]$/.test(n.text);
}

// The noun phrase right before a cue, taken to the subject it is part of:
//   people close to the minister said            → "people close to the minister"
//   A letter from the union obtained by VTV says → "A letter from the union"
//   a diplomat who tried to attend said          → "a diplomat who tried to attend"
//   banners that said “We won”                   → "that"

import { DETERMINERS } from "../../lexicon/function-words.js";
import { ISSUED_DOCUMENTS } from "../../lexicon/issued-documents.js";
import { WORD, type Tok } from "../../text/lex.js";
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
  for (let j = np.a - 1; j > floor && np.a - j <= 10; j--) {
    const t = toks[j]!;
    // ("who runs vietvote.com said": the stop inside a web address.)
    if (webDot(toks, j)) continue;
    if (!isWord(t)) return np;
    if (t.lower !== "who") continue;
    const head = j - 1;
    // "Lawyers who defend activists say": the clause's own verb opened the noun phrase.
    if (j === np.a - 1 && !clauseVerb(toks[np.a]!)) return np;
    if (!(toks[head]!.cap || nounish(toks[head]))) return np;
    return describedBy(toks, head, np.b, floor);
  }
  return np;
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

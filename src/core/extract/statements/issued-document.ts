// "The ministry issued a statement on Friday saying the arrests were lawful": a participle after
// a document its subject issued reports the subject's words, as ", saying" does; the document
// is the channel, not the speaker.

import { ISSUED_DOCUMENTS, ISSUING_VERBS } from "../../lexicon/issued-documents.js";
import { NUMBER, type Tok, WORD } from "../../text/lex.js";
import type { TokSpan } from "./noun-phrase.js";
import { leftSpeaker } from "./speaker.js";

/** Words between the document and the participle: "on Friday morning", "to supporters". */
const ADJUNCT_WORDS = 6;
/** Words between the verb and the document: "a", "an open", "a fundraising", "out a press". */
const DOCUMENT_WORDS = 4;

/** Token `k` (right before a participle) ends a document that the clause's subject issued. */
export function afterIssuedDocument(toks: readonly Tok[], k: number, floor: number): boolean {
  return issuingVerb(toks, k, floor) >= 0;
}

/** The verb that issued the document ending at `k`, or -1. */
export function issuingVerb(toks: readonly Tok[], k: number, floor: number): number {
  for (let d = k; d >= floor && k - d <= ADJUNCT_WORDS; d--) {
    const t = toks[d]!;
    if (t.kind !== WORD) return -1;
    if (!ISSUED_DOCUMENTS.has(t.lower)) continue;
    // ("a 12-page report", "a two-minute video": a hyphenated measure is one word.)
    let words = 0;
    for (let v = d - 1; v >= floor && words < DOCUMENT_WORDS; v--) {
      const w = toks[v]!;
      if (hyphenJoined(toks, v)) continue;
      if (w.kind !== WORD && w.kind !== NUMBER) break;
      if (ISSUING_VERBS.has(w.lower)) return v;
      words++;
    }
  }
  return -1;
}

/** Token `v` is a hyphen inside a word ("12-page"), or a number or word joined by one. */
function hyphenJoined(toks: readonly Tok[], v: number): boolean {
  const t = toks[v]!;
  if (t.text === "-") return toks[v - 1]?.end === t.start && toks[v + 1]?.start === t.end;
  return toks[v + 1]?.text === "-" && toks[v + 1]!.start === t.end;
}

/**
 * "Shortly after the call, the campaign sent out a release saying …": the subject of the
 * issuing verb speaks, not the sentence's opening phrase.
 */
export function issuer(toks: readonly Tok[], cueTok: number, floor: number): TokSpan | null {
  const v = issuingVerb(toks, cueTok - 1, floor);
  return v < 0 ? null : leftSpeaker(toks, v, floor);
}

/**
 * "The campaign released a video that said …", "a new ad which urges voters to …": the relative
 * clause on an issued document reports what its issuer says.
 */
export function relativeIssuer(
  toks: readonly Tok[],
  cueTok: number,
  floor: number,
): TokSpan | null {
  const rel = cueTok - 1;
  if (rel <= floor || !/^(that|which)$/.test(toks[rel]!.lower)) return null;
  const v = issuingVerb(toks, rel - 1, floor);
  return v < 0 ? null : leftSpeaker(toks, v, floor);
}

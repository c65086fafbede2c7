// What a cue's noun-phrase object is, where only some objects make it a statement:
//   The lawyer noted the raid and the “climate of fear” in the province.  → quoted words: said
//   The group claimed responsibility for the attack.                      → a thing said
//   He claimed asylum in Thailand.                                        → a thing taken
//   Her lawyer argued the case before the appeals court.                  → work in court
//   Families could feel a sharp pinch if the fees rise.                   → a thing felt

import { PREPOSITIONS } from "../../lexicon/function-words.js";
import { ARGUED_IN_COURT, CLAIMED_AS_SAID, HOLDING_CUES } from "../../lexicon/speech-cues.js";
import { type Tok, WORD } from "../../text/lex.js";
import { FINITE, finiteWord } from "./clause.js";
import type { Cue } from "./cues.js";
import type { StatementDoc } from "./find.js";

const QUOTED_OBJECT_REACH = 24;

/**
 * "noted the raid, the families and the “climate of fear”", "recalled the “dark years” of
 * the camps": a speech cue whose object quotes words, so the object reports what was said. Only
 * a cue that also takes a clause: one that reports quotations alone ("continue") has a plain
 * object ("continue dialogue … “in a spirit of …”").
 */
export function quotedObject(doc: StatementDoc, c: Cue, j: number, limit: number): boolean {
  if (c.form.cls !== "speech" || !c.form.frames.has("quote") || !c.form.frames.has("that"))
    return false;
  if (doc.pieceOf[j]! >= 0) return false;
  const toks = doc.toks;
  for (let k = j + 1; k < Math.min(limit, j + QUOTED_OBJECT_REACH); k++) {
    if (doc.pieceOf[k]! >= 0) return true;
    const t = toks[k]!;
    if (t.text === ";" || t.text === ":") return false;
    // ("the Jan. 5 raid": an abbreviation's stop, with the phrase going on.)
    if (t.text === "." && !(toks[k + 1]?.kind === WORD && !toks[k + 1]!.cap)) return false;
  }
  return false;
}

/**
 * "claimed asylum", "claims more territory", "claiming tax breaks": "claim" with an object is
 * mostly taking or asking for something; only a few objects are things said ("claimed
 * responsibility for the attack", "claimed victory").
 */
export function claimsAThing(toks: readonly Tok[], c: Cue, j: number, limit: number): boolean {
  // (A capitalised word may open a clause whose verb went unseen: "claims Hoa runs …".)
  if (c.form.lemma !== "claim" || toks[j]!.cap) return false;
  for (let k = j; k < Math.min(limit, j + 3); k++)
    if (CLAIMED_AS_SAID.has(toks[k]!.lower)) return false;
  return true;
}

/**
 * "argued the case before the court", "has argued dozens of such cases": "argue" with a case or an
 * appeal as its object is pleading it, not a position (an argument says "that …" or argues
 * for or against something).
 */
export function arguesACase(toks: readonly Tok[], c: Cue, j: number, limit: number): boolean {
  if (c.form.lemma !== "argue") return false;
  for (let k = j; k < Math.min(limit, j + 5); k++) {
    const t = toks[k]!;
    if (t.kind !== WORD) return false;
    // ("argued the case was political": the case is the subject of what was argued.)
    if (ARGUED_IN_COURT.has(t.lower))
      return toks[k + 1]?.lower !== "that" && !finiteWord(toks[k + 1]);
  }
  return false;
}

/**
 * "maintains a wide lead", "boasts a 45-point lead", "could feel a sharp pinch", "is feeling some
 * pressure": what is held or felt, not what is said — unless a verb follows the noun phrase, which
 * is then the subject of the clause reported ("feels a new trial is the only fair outcome",
 * "maintains some of the charges were invented").
 */
export function holdsAThing(toks: readonly Tok[], c: Cue, j: number, limit: number): boolean {
  if (!HOLDING_CUES.has(c.form.lemma) || !/^(a|an|some)$/.test(toks[j]!.lower)) return false;
  for (let k = j + 1; k < Math.min(limit, j + 8); k++) {
    const t = toks[k]!;
    if (finiteWord(t) && !adjectivalPast(toks, k)) return false;
    if (t.kind !== WORD || /^(as|if|when|while|because|that|which)$/.test(t.lower)) return true;
    if (PREPOSITIONS.has(t.lower) && t.lower !== "of") return true;
  }
  return true;
}

/** "a large pledged delegate lead": a past form before another noun-phrase word modifies it. */
function adjectivalPast(toks: readonly Tok[], k: number): boolean {
  const t = toks[k]!;
  const next = toks[k + 1];
  if (FINITE.has(t.lower) || next === undefined || next.kind !== WORD) return false;
  return (
    !/ly$/.test(next.lower) &&
    !/^(the|a|an|that|by|to|in|on|at|for|with|his|her|their|its)$/.test(next.lower)
  );
}

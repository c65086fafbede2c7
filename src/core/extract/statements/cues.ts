// The cue lexicon compiled into one look-up by word form, and the cue at a token. Whether a cue
// word is used as a verb there is `verbal.ts`'s.

import {
  BARE_CLAUSE_LEMMAS,
  CUE_VERBS,
  NOUN_LIKE_LEMMAS,
  type CueClass,
  type CueFrame,
} from "../../lexicon/speech-cues.js";
import { WORD, type Tok } from "../../text/lex.js";
import { tagOf, tagWords, triggerMark } from "./trigger-marks.js";

export interface CueForm {
  lemma: string;
  cls: CueClass;
  frames: ReadonlySet<CueFrame>;
  /** Past participle or past tense ("said", "told"): may be passive after "was". */
  past: boolean;
  /** -ing form ("saying", "adding"): heads a participial clause. */
  gerund: boolean;
  /** -s form or base form. */
  present: boolean;
  /** The base form ("say", "report"): a verb only after a plural or pronoun subject or "to". */
  base: boolean;
  /** Takes a clause without "that" ("said the trial was unfair"). */
  bare: boolean;
  /** Base and -s forms are usually nouns ("the report", "calls for"). */
  nounLike: boolean;
}

interface Entry {
  plain: CueForm | null;
  /** Phrasal entries by particle ("point" + "out"). */
  particles: ReadonlyMap<string, CueForm>;
}

// A thousand forms share a few dozen frame lists and fewer than a hundred have particles: one Set
// per distinct list and one empty Map keep the cue look-up's data small, so that what one
// document's cues read is still in the processor's caches for the next.
const FRAME_SETS = new Map<string, ReadonlySet<CueFrame>>();
const NO_PARTICLES: ReadonlyMap<string, CueForm> = new Map();

function frameSet(frames: Iterable<CueFrame>): ReadonlySet<CueFrame> {
  const set = new Set(frames);
  const key = [...set].join(" ");
  const shared = FRAME_SETS.get(key);
  if (shared !== undefined) return shared;
  FRAME_SETS.set(key, set);
  return set;
}

const LEXICON: ReadonlyMap<string, Entry> = (() => {
  const m = new Map<string, { plain: CueForm | null; particles: Map<string, CueForm> }>();
  for (const v of CUE_VERBS) {
    const forms = v.forms.split(" ");
    const lemma = forms[0]!;
    forms.forEach((f, i) => {
      const entry = m.get(f) ?? { plain: null, particles: new Map<string, CueForm>() };
      const gerund = i >= 2 && f.endsWith("ing");
      const present = i === 0 || i === 1;
      const past = !gerund && !present;
      const frames = frameSet(v.frames.split(" ") as CueFrame[]);
      const prev = v.particle ? entry.particles.get(v.particle) : entry.plain;
      // One form may come from several entries ("found": find / found): merge their frames.
      const merged: CueForm = prev
        ? { ...prev, frames: frameSet([...prev.frames, ...frames]) }
        : {
            lemma,
            cls: v.cls,
            frames,
            past,
            gerund,
            present,
            base: i === 0,
            bare: BARE_CLAUSE_LEMMAS.has(lemma),
            nounLike: NOUN_LIKE_LEMMAS.has(lemma),
          };
      if (v.particle) entry.particles.set(v.particle, merged);
      else entry.plain = merged;
      m.set(f, entry);
    });
  }
  const out = new Map<string, Entry>();
  for (const [f, e] of m)
    out.set(f, e.particles.size === 0 ? { plain: e.plain, particles: NO_PARTICLES } : e);
  return out;
})();

// Length and first two letters of every cue form. Most words of a sentence have a shape no cue
// has: they are turned away without hashing the word for the look-up. Words outside the table
// (one letter, very long, not opening with two of a–z) always go on to the look-up.
const SHAPES = new Uint8Array(32 * 26 * 26);

function shapeIndex(w: string): number {
  const n = w.length;
  if (n < 2 || n > 31) return -1;
  const a = w.charCodeAt(0) - 97;
  const b = w.charCodeAt(1) - 97;
  if (a < 0 || a > 25 || b < 0 || b > 25) return -1;
  return (n * 26 + a) * 26 + b;
}

for (const form of LEXICON.keys()) {
  const i = shapeIndex(form);
  if (i >= 0) SHAPES[i] = 1;
}

/** Every cue form, plain or the first word of a phrasal cue ("pointed" of "pointed out"). */
export const CUE_MARK = triggerMark(LEXICON.keys());

/** The lexicon's entries, each form tagged with its place here plus one. */
const ENTRIES: readonly Entry[] = [...LEXICON.values()];
tagWords([...LEXICON.keys()].map((f, i) => [f, i + 1] as const));

/** False only for words that are no cue form (a cheap test before the look-up). */
export function mayBeCueForm(lower: string): boolean {
  const i = shapeIndex(lower);
  return i < 0 || SHAPES[i] === 1;
}

export interface Cue {
  /** First and last+1 token of the cue (the particle included). */
  tok: number;
  tokEnd: number;
  form: CueForm;
}

/** The cue at token `i`, if any (phrasal cues need their particle right after). */
export function cueAt(toks: readonly Tok[], i: number): Cue | null {
  const t = toks[i]!;
  if (t.kind !== WORD || !mayBeCueForm(t.lower)) return null;
  const e = LEXICON.get(t.lower);
  return e === undefined ? null : cueOf(toks, i, e);
}

/** `cueAt` for a token whose marks (`markTriggers`) are `marks`, without the look-up. */
export function cueMarked(toks: readonly Tok[], i: number, marks: number): Cue | null {
  const tag = tagOf(marks);
  return tag === 0 ? null : cueOf(toks, i, ENTRIES[tag - 1]!);
}

function cueOf(toks: readonly Tok[], i: number, e: Entry): Cue | null {
  const next = toks[i + 1];
  if (next !== undefined && e.particles.size > 0) {
    const p = e.particles.get(next.lower);
    if (p !== undefined) return { tok: i, tokEnd: i + 2, form: p };
  }
  return e.plain === null ? null : { tok: i, tokEnd: i + 1, form: e.plain };
}

/** The cue form a word is on its own (no particle), or null. */
export function plainCueForm(lower: string): CueForm | null {
  if (!mayBeCueForm(lower)) return null;
  return LEXICON.get(lower)?.plain ?? null;
}

/** A past or -ing form of a cue verb ("said", "telling"), never part of a noun phrase. */
export function isVerbForm(lower: string): boolean {
  const f = plainCueForm(lower);
  return f !== null && (f.past || f.gerund);
}

/** `isVerbForm` of a token whose marks (`markTriggers`) are `marks`, without the look-up. */
export function isVerbFormMarked(marks: number): boolean {
  const tag = tagOf(marks);
  const f = tag === 0 ? null : ENTRIES[tag - 1]!.plain;
  return f !== null && (f.past || f.gerund);
}

export function isCueWord(lower: string): boolean {
  return plainCueForm(lower) !== null;
}

// When two organisation names in one document are one body: a qualified form ("Vietnamese
// Ministry of Public Security"), the two word orders of a ministry ("Foreign Ministry", "Ministry
// of Foreign Affairs"), and the head words before "of" ("People’s Procuracy").

import { ORG_HEADS } from "./name-lexicon.js";

const JOINERS = new Set(["of", "the", "for", "on", "’s", "'s"]);

/**
 * One organisation name is the other with a qualifier in front ("Vietnamese Ministry of Public
 * Security" / "Ministry of Public Security"), not a part of it ("External Relations Department of
 * the Ministry of Public Security").
 */
export function qualifiedForm(short: readonly string[], long: readonly string[]): boolean {
  if (short.length > long.length) return false;
  const off = long.length - short.length;
  for (let i = 0; i < short.length; i++) if (short[i] !== long[off + i]) return false;
  return off === 0 || !JOINERS.has(long[off - 1]!);
}

const INVERTIBLE_HEADS = new Set(["ministry", "department"]);
const INVERSION_FILLER = new Set(["of", "the", "affairs"]);

/**
 * One key for the two ways English names a ministry: "Foreign Ministry" and "Ministry of Foreign
 * Affairs", "State Department" and "Department of State"; null for other names.
 */
function invertedKey(words: readonly string[]): string | null {
  const n = words.length;
  if (n < 2 || n > 5) return null;
  let head: string;
  let rest: readonly string[];
  if (INVERTIBLE_HEADS.has(words[0]!) && words[1] === "of") {
    head = words[0]!;
    rest = words.slice(2);
  } else if (INVERTIBLE_HEADS.has(words[n - 1]!)) {
    head = words[n - 1]!;
    rest = words.slice(0, -1);
  } else return null;
  const content = rest.filter((w) => !INVERSION_FILLER.has(w));
  return content.length === 0 || content.length > 2 ? null : `${head}|${content.join(" ")}`;
}

// Word lists come from the `nameWords` cache, so one list is asked about for every candidate.
const INVERTED = new WeakMap<readonly string[], string | null>();

export function invertedKeyOf(words: readonly string[]): string | null {
  let k = INVERTED.get(words);
  if (k === undefined) INVERTED.set(words, (k = invertedKey(words)));
  return k;
}

/**
 * "People’s Procuracy" of "People’s Procuracy of Ho Chi Minh City": the words before "of", when
 * they end in a body's head word, name the body in short.
 */
export function headOf(short: readonly string[], long: readonly string[]): boolean {
  if (short.length < 2 || long.length <= short.length + 1 || long[short.length] !== "of")
    return false;
  for (let i = 0; i < short.length; i++) if (short[i] !== long[i]) return false;
  return ORG_HEADS.has(short[short.length - 1]!);
}

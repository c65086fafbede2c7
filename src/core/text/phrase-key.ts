import { IGNORABLE_WORDS, JOINED_WORDS, SPELLING_VARIANTS } from "../lexicon/spelling-variants.js";
import { foldWithOffsets, sourceSpan, type FoldedText } from "./fold-map.js";

/**
 * Word keys for matching names and phrases loosely: diacritics folded, case and apostrophes
 * dropped, "the"/"a"/"an" ignored, a plural "s" stripped, British spellings mapped to American.
 * "the State’s interests" and "state interest" give the same keys; so do "Organisations" and
 * "organization", "Viet Nam" and "Vietnam".
 */
export interface PhraseToken {
  key: string;
  /** Source offsets. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/** JOINED_WORDS by their first word: looked up once per word of a document. */
const JOINED = new Map<string, (readonly [string, string, string])[]>();
for (const j of JOINED_WORDS) JOINED.set(j[0], [...(JOINED.get(j[0]) ?? []), j]);

export function wordKey(raw: string): string {
  let w = raw.includes("'") ? raw.replace(/'/g, "") : raw;
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  return SPELLING_VARIANTS[w] ?? w;
}

/** Tokens of a source text (or of its folded form, when the caller already has it). */
export function phraseTokens(
  source: string,
  folded: FoldedText = foldWithOffsets(source),
): PhraseToken[] {
  const out: PhraseToken[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded.text); m; m = WORD.exec(folded.text)) {
    const key = wordKey(m[0]);
    if (IGNORABLE_WORDS.has(key)) continue;
    const span = sourceSpan(folded, m.index, m.index + m[0].length);
    const prev = out[out.length - 1];
    const joined = prev && JOINED.get(prev.key)?.find(([, b]) => b === key);
    if (prev && joined) {
      prev.key = joined[2];
      prev.end = span.end;
      continue;
    }
    out.push({ key, start: span.start, end: span.end });
  }
  return out;
}

/** The keys of a phrase, space-joined: the form under which names are indexed and compared. */
export function phraseKey(phrase: string): string {
  return phraseTokens(phrase)
    .map((t) => t.key)
    .join(" ");
}

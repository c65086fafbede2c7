import { REFERENCE_WORDS } from "../../../lexicon/figure-contexts.js";
import { live, type FigureRule } from "../draft.js";
import { lastNonSpace, lettersEndingAt, plainWords } from "../letters.js";

const REFERENCE = new RegExp(
  `(?<![\\p{L}])(?:${[...REFERENCE_WORDS].join("|")})\\.?\\s*(?:\\d+[a-z]?\\s*(?:,|;|and|or|to|&|–|-)\\s*)*$`,
  "iu",
);

const PLAIN = plainWords(REFERENCE_WORDS);
const SEPARATORS = new Set([",", ";", "&", "–", "-"]);
const WORD_SEPARATORS = ["and", "or", "to"];
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= "0" && ch <= "9";
/** `[a-z]` as a case-insensitive Unicode pattern reads it: "ſ" and "K" (Kelvin) too. */
const isItemLetter = (ch: string | undefined): boolean =>
  ch !== undefined && (/[a-zA-Z]/.test(ch) || ch === "ſ" || ch === "\u212a");

/** Whether a numbered item ("117", "1a") ends just before `end` (after spaces). */
function itemBefore(text: string, end: number, from: number): boolean {
  const k = lastNonSpace(text, end, from);
  if (k < 0) return false;
  return isDigit(text[k]) || (isItemLetter(text[k]) && k - 1 >= from && isDigit(text[k - 1]));
}

/**
 * Whether REFERENCE matches `text[from, end)`, read by hand where that is quick: "no" when it
 * ends with neither a reference word (and a full stop) nor "117," / "109 and" of a list after
 * one; "yes" when it ends with a reference word (the pattern then matches without a list).
 */
function endsReference(text: string, from: number, end: number): "no" | "yes" | "maybe" {
  if (!PLAIN) return "maybe";
  const k = lastNonSpace(text, end, from);
  if (k < 0) return "no";
  const c = text[k]!;
  if (c === ".") return REFERENCE_WORDS.has(lettersEndingAt(text, k - 1, from)) ? "yes" : "no";
  if (SEPARATORS.has(c)) return itemBefore(text, k, from) ? "maybe" : "no";
  const letters = lettersEndingAt(text, k, from);
  if (REFERENCE_WORDS.has(letters)) return "yes";
  return WORD_SEPARATORS.some(
    (w) => letters.endsWith(w) && itemBefore(text, k + 1 - w.length, from),
  )
    ? "maybe"
    : "no";
}

// "Article 117", "Articles 109, 117, 331", "Clause 2, Article 117", "No. 5", "District 1",
// "General Department 2" → numbers that name or point, not counts.
export const references: FigureRule = {
  name: "references",
  apply(drafts, rc) {
    for (const d of live(drafts)) {
      const floor = rc.ctx.sentences[d.sentence]!.start;
      const text = rc.ctx.text;
      const from = Math.max(floor, d.num.start - 80);
      const ends = endsReference(text, from, d.num.start);
      if (ends === "yes" || (ends === "maybe" && REFERENCE.test(text.slice(from, d.num.start))))
        d.dropped = "reference";
    }
  },
};

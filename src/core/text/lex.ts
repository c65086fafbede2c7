// Word and punctuation tokens with offsets: the unit the rule-based extractors reason over.
//   "Vietnam’s Ministry said: “No.”" → Vietnam | ’s | Ministry | said | : | “ | No | . | ”

export const WORD = 1;
export const NUMBER = 2;
export const PUNCT = 3;

export interface Tok {
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** Lower-cased text, for lexicon look-ups. */
  lower: string;
  kind: typeof WORD | typeof NUMBER | typeof PUNCT;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

// Dotted acronyms first ("U.S.", "D.C."), then letter/digit runs joined by inner hyphens or
// apostrophes ("self-dissolved", "EB-5", "O’Brien"), then any other single character.
const TOKEN_RE = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|\S/gu;
const UPPER_RE = /\p{Lu}/u;
const DIGIT_RE = /^\p{N}/u;

function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_RE.test(ch);
}

function push(out: Tok[], text: string, start: number, end: number): void {
  const t = text.slice(start, end);
  const c = t.charCodeAt(0);
  const isWordChar = c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : /\p{L}/u.test(t[0]!);
  const isDigit = c < 128 ? c >= 48 && c <= 57 : DIGIT_RE.test(t);
  const kind = isDigit ? NUMBER : isWordChar ? WORD : PUNCT;
  const cap = kind === WORD && isUpper(t[0]!);
  out.push({ start, end, text: t, lower: cap ? t.toLowerCase() : t, kind, cap });
}

/** Tokens of `text[from, to)`. Possessive `’s` / `'s` is split off as its own token. */
export function lex(text: string, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  const re = TOKEN_RE;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    const start = m.index;
    const end = Math.min(start + m[0].length, to);
    const len = end - start;
    // "Vietnam’s" → "Vietnam" + "’s"; "Hang's" likewise. Contractions ("don’t") stay whole.
    if (len > 2) {
      const ap = text[end - 2];
      const s = text[end - 1];
      if ((ap === "’" || ap === "'") && (s === "s" || s === "S")) {
        push(out, text, start, end - 2);
        push(out, text, end - 2, end);
        continue;
      }
    }
    push(out, text, start, end);
  }
  return out;
}

// Word and punctuation tokens with offsets: the unit the rule-based extractors reason over.
//   "Vietnam’s Ministry said: “No.”" → Vietnam | ’s | Ministry | said | : | “ | No | . | ”
// One pass over the characters (no regular expression per token): this runs on every document.

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

// Character classes of the Basic Multilingual Plane, filled on first sight of each character:
// bit 1 letter or digit, bit 2 upper-case letter, bit 4 white space, bit 8 digit, bit 16 known.
const CLASS = new Uint8Array(65536);
const ALNUM = 1;
const UPPER = 2;
const SPACE = 4;
const DIGIT = 8;
const KNOWN = 16;
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const UPPER_RE = /\p{Lu}/u;
const DIGIT_RE = /\p{N}/u;
const SPACE_RE = /\s/u;

function classOf(c: number): number {
  const k = CLASS[c]!;
  if (k !== 0) return k;
  const ch = String.fromCharCode(c);
  let v = KNOWN;
  // Surrogate halves are not letters here: a character outside the BMP is its own token.
  if (c < 0xd800 || c > 0xdfff) {
    if (LETTER_OR_DIGIT.test(ch)) v |= ALNUM;
    if (UPPER_RE.test(ch)) v |= UPPER;
    if (DIGIT_RE.test(ch)) v |= DIGIT;
    if (SPACE_RE.test(ch)) v |= SPACE;
  }
  CLASS[c] = v;
  return v;
}

const isAlnum = (c: number) => (classOf(c) & ALNUM) !== 0;

// One string per character below U+2100, so that punctuation tokens allocate no new strings.
const SINGLE: (string | undefined)[] = new Array<string | undefined>(0x2100).fill(undefined);

function push(out: Tok[], text: string, start: number, end: number, k: number): void {
  const kind = (k & DIGIT) !== 0 ? NUMBER : (k & ALNUM) !== 0 ? WORD : PUNCT;
  const cap = (k & UPPER) !== 0;
  let t: string;
  let lower: string;
  if (end - start === 1) {
    const c = text.charCodeAt(start);
    t = c < 0x2100 ? (SINGLE[c] ??= text[start]!) : text[start]!;
    lower = cap ? t.toLowerCase() : t;
  } else {
    t = text.slice(start, end);
    lower = cap ? t.toLowerCase() : t;
  }
  out.push({ start, end, text: t, lower, kind, cap });
}

/** Length of a dotted acronym ("U.S.", "e.g.") starting at `i`, or 0. */
function acronymAt(text: string, i: number, to: number): number {
  let j = i;
  let pairs = 0;
  while (
    j + 1 < to &&
    (classOf(text.charCodeAt(j)) & (ALNUM | DIGIT)) === ALNUM &&
    text.charCodeAt(j + 1) === 46
  ) {
    j += 2;
    pairs++;
  }
  return pairs >= 2 ? j - i : 0;
}

/** How many tokens of `toks[a, b)` are words or numbers (not punctuation). */
export function wordCount(toks: readonly Tok[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (toks[k]!.kind !== PUNCT) n++;
  return n;
}

/** Tokens of `text[from, to)`. Possessive `’s` / `'s` is split off as its own token. */
export function lex(text: string, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const k = classOf(c);
    if ((k & SPACE) !== 0) {
      i++;
      continue;
    }
    if ((k & ALNUM) === 0) {
      push(out, text, i, i + 1, k);
      i++;
      continue;
    }
    const acr = acronymAt(text, i, to);
    if (acr > 0) {
      push(out, text, i, i + acr, k);
      i += acr;
      continue;
    }
    // Letters and digits, joined by inner hyphens and apostrophes ("self-dissolved", "O’Brien").
    let j = i + 1;
    while (j < to) {
      const d = text.charCodeAt(j);
      if (isAlnum(d)) j++;
      else if (
        (d === 45 || d === 39 || d === 0x2019) &&
        j + 1 < to &&
        isAlnum(text.charCodeAt(j + 1))
      )
        j += 2;
      else break;
    }
    // "Vietnam’s" → "Vietnam" + "’s"; contractions ("don’t") stay whole.
    if (j - i > 2) {
      const ap = text.charCodeAt(j - 2);
      const s = text.charCodeAt(j - 1);
      if ((ap === 0x2019 || ap === 39) && (s === 115 || s === 83)) {
        push(out, text, i, j - 2, k);
        push(out, text, j - 2, j, classOf(ap));
        i = j;
        continue;
      }
    }
    push(out, text, i, j, k);
    i = j;
  }
  return out;
}

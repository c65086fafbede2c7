import { IGNORABLE_WORDS, JOINED_WORDS, SPELLING_VARIANTS } from "../lexicon/spelling-variants.js";
import { foldWithOffsets, type FoldedText } from "./fold-map.js";

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

/** ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++)
  ASCII_WORD[c] =
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per BMP code unit: 0 not yet known, 1 not a letter or digit, 2 a letter or digit. */
const BMP_CLASS = new Uint8Array(0x10000);

/**
 * Width (1 or 2 code units) of the letter or digit at `i`, or 0 when `s[i]` is not one: the
 * character class of `[\p{L}\p{N}]` under the `u` flag, without running a regex per character.
 */
export function wordCharWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return ASCII_WORD[c]!;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_DIGIT.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  let k = BMP_CLASS[c]!;
  if (k === 0) BMP_CLASS[c] = k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 2 : 1;
  return k === 2 ? 1 : 0;
}

/** The runs of letters and digits of a text, as `/[\p{L}\p{N}]+/gu` finds them. */
export interface WordRuns {
  readonly text: string;
  /** Start and end of each run, one after the other: [s0, e0, s1, e1, …]. */
  readonly bounds: readonly number[];
  readonly count: number;
}

let lastRuns: WordRuns | null = null;

/**
 * Where the bounds are gathered before they are copied out at their final length: a typed array
 * the length of the text was a fresh off-heap buffer per document, twice as long as needed. Let
 * go once a long text has grown it past SCRATCH_KEPT, so that it does not hold on to the memory.
 */
let scratch: number[] = [];
const SCRATCH_KEPT = 1 << 17;

/**
 * The runs of a text, kept for the last text asked: several finders walk the same document's
 * words one after the other.
 */
export function wordRuns(text: string): WordRuns {
  if (lastRuns !== null && lastRuns.text === text) return lastRuns;
  const n = text.length;
  const bounds = scratch;
  let k = 0;
  for (let i = 0; i < n;) {
    let c = text.charCodeAt(i);
    const first = c < 0x80 ? ASCII_WORD[c]! : wordCharWidth(text, i);
    if (first === 0) {
      // Half of a pair that is no letter is no letter either: stepping into it finds nothing.
      i++;
      continue;
    }
    const start = i;
    i += first;
    while (i < n) {
      c = text.charCodeAt(i);
      if (c < 0x80) {
        if (ASCII_WORD[c] === 0) break;
        i++;
      } else {
        const w = wordCharWidth(text, i);
        if (w === 0) break;
        i += w;
      }
    }
    bounds[k++] = start;
    bounds[k++] = i;
  }
  lastRuns = { text, bounds: bounds.slice(0, k), count: k >> 1 };
  if (bounds.length > SCRATCH_KEPT) scratch = [];
  return lastRuns;
}

/** JOINED_WORDS by their first word: looked up once per word of a document. */
const JOINED = new Map<string, (readonly [string, string, string])[]>();
for (const j of JOINED_WORDS) JOINED.set(j[0], [...(JOINED.get(j[0]) ?? []), j]);

/**
 * The spelling variants as a map: a lookup in the record itself would also find what every object
 * inherits ("constructor", "__proto__"), and a set lookup is cheaper than a property lookup by a
 * fresh string.
 */
const VARIANTS = new Map(Object.entries(SPELLING_VARIANTS));

/** The key of a word already stripped of apostrophes. */
function keyOf(word: string): string {
  let w = word;
  const n = w.length;
  // "activities" → "activity"; "interests" → "interest", but "process" stays.
  if (n > 3 && w.charCodeAt(n - 1) === 0x73) {
    if (n > 4 && w.charCodeAt(n - 2) === 0x65 && w.charCodeAt(n - 3) === 0x69)
      w = `${w.slice(0, -3)}y`;
    else if (w.charCodeAt(n - 2) !== 0x73) w = w.slice(0, -1);
  }
  return VARIANTS.get(w) ?? w;
}

export function wordKey(raw: string): string {
  return keyOf(raw.includes("'") ? raw.replace(/'/g, "") : raw);
}

/**
 * A word's first two code units and length, packed, when both are ASCII; -1 otherwise. Words of
 * different shapes are different words: a cheap first test before a word's key is worked out.
 */
export function wordShape(text: string, start: number, end: number): number {
  const c0 = text.charCodeAt(start);
  const c1 = end - start > 1 ? text.charCodeAt(start + 1) : 0;
  if (c0 >= 0x80 || c1 >= 0x80) return -1;
  return c0 | (c1 << 7) | (Math.min(end - start, 63) << 14);
}

/** Every word (apostrophes dropped) whose key is `key`: "state", "states" for "state". */
export function wordsKeyedAs(key: string): string[] {
  const respelt = Object.keys(SPELLING_VARIANTS).filter((w) => SPELLING_VARIANTS[w] === key);
  const out = new Set<string>();
  for (const u of [key, ...respelt]) {
    const forms = [u, `${u}s`, ...(u.endsWith("y") ? [`${u.slice(0, -1)}ies`] : [])];
    for (const w of forms) if (keyOf(w) === key) out.add(w);
  }
  return [...out];
}

/** A set of word shapes: per pair of first characters, a bit per length (31 for longer). */
export class ShapeSet {
  private readonly lengths = new Uint32Array(1 << 14);

  add(shape: number): void {
    if (shape >= 0) this.lengths[shape & 0x3fff]! |= 1 << Math.min(shape >>> 14, 31);
  }

  /** False only when no word of this shape was added; -1 (unknown) may be anything. */
  has(shape: number): boolean {
    return shape < 0 || ((this.lengths[shape & 0x3fff]! >>> Math.min(shape >>> 14, 31)) & 1) === 1;
  }
}

/** The shapes of every word keyed as one of `keys`. */
export function shapesKeyedAs(keys: Iterable<string>): ShapeSet {
  const out = new ShapeSet();
  for (const key of keys) for (const w of wordsKeyedAs(key)) out.add(wordShape(w, 0, w.length));
  return out;
}

const IGNORABLE_SHAPES = shapesKeyedAs(IGNORABLE_WORDS);
const JOINED_SECOND_SHAPES = shapesKeyedAs(JOINED_WORDS.map((j) => j[1]));

/**
 * The phrase tokens of a folded text with their keys worked out only when asked: a document's
 * tokens are searched for a few names, and most words are told apart from those by their shape.
 */
export class WordTokens {
  private readonly text: string;
  private readonly origin: readonly number[];
  private readonly sourceLength: number;
  /** Per token, folded offsets: its start, the start of its last word (a joined pair has two), its end. */
  private readonly spans: number[];
  private readonly shapes: number[];
  private readonly keys: (string | undefined)[];

  constructor(folded: FoldedText) {
    const text = (this.text = folded.text);
    this.origin = folded.origin;
    this.sourceLength = folded.sourceLength;
    // Words as `/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu` finds them: runs of letters and digits,
    // an apostrophe between two runs joining them ("people's").
    const { bounds, count } = wordRuns(text);
    // At most a token per run: sized at the outset, as arrays grown a push at a time allocate
    // about three times their final size (a document's tokens are read once per document).
    const spans = (this.spans = new Array<number>(3 * count));
    const shapes = (this.shapes = new Array<number>(count));
    const keys = (this.keys = new Array<string | undefined>(count));
    let n = 0;
    for (let r = 0; r < count; r++) {
      const start = bounds[2 * r]!;
      let end = bounds[2 * r + 1]!;
      let apostrophe = false;
      while (r + 1 < count && text.charCodeAt(end) === 0x27 && bounds[2 * r + 2] === end + 1) {
        apostrophe = true;
        r++;
        end = bounds[2 * r + 1]!;
      }
      const shape = apostrophe ? -1 : wordShape(text, start, end);
      let key: string | undefined;
      if (IGNORABLE_SHAPES.has(shape)) {
        key = wordKey(text.slice(start, end));
        if (IGNORABLE_WORDS.has(key)) continue;
      }
      const last = n - 1;
      if (last >= 0 && JOINED_SECOND_SHAPES.has(shape)) {
        const second = key ?? wordKey(text.slice(start, end));
        key = second;
        const joined = JOINED.get(this.key(last))?.find(([, b]) => b === second);
        if (joined) {
          keys[last] = joined[2];
          shapes[last] = -1;
          spans[3 * last + 1] = start;
          spans[3 * last + 2] = end;
          continue;
        }
      }
      spans[3 * n] = start;
      spans[3 * n + 1] = start;
      spans[3 * n + 2] = end;
      shapes[n] = shape;
      keys[n] = key;
      n++;
    }
    spans.length = 3 * n;
    shapes.length = n;
    keys.length = n;
  }

  get length(): number {
    return this.keys.length;
  }

  /** See wordShape; -1 for a word with an apostrophe or a joined pair. */
  shape(k: number): number {
    return this.shapes[k]!;
  }

  key(k: number): string {
    let key = this.keys[k];
    if (key === undefined) {
      const word = this.text.slice(this.spans[3 * k]!, this.spans[3 * k + 2]!);
      // A word with a shape has no apostrophe to drop.
      this.keys[k] = key = this.shapes[k]! >= 0 ? keyOf(word) : wordKey(word);
    }
    return key;
  }

  /** Source offsets. */
  start(k: number): number {
    return this.at(this.spans[3 * k]!);
  }

  end(k: number): number {
    return Math.max(this.at(this.spans[3 * k + 1]!), this.at(this.spans[3 * k + 2]!));
  }

  private at(folded: number): number {
    return folded < this.origin.length ? this.origin[folded]! : this.sourceLength;
  }
}

/** Tokens of a source text (or of its folded form, when the caller already has it). */
export function phraseTokens(
  source: string,
  folded: FoldedText = foldWithOffsets(source),
): PhraseToken[] {
  const tokens = new WordTokens(folded);
  const out: PhraseToken[] = [];
  for (let k = 0; k < tokens.length; k++)
    out.push({ key: tokens.key(k), start: tokens.start(k), end: tokens.end(k) });
  return out;
}

/** The keys of a phrase, space-joined: the form under which names are indexed and compared. */
export function phraseKey(phrase: string): string {
  return phraseTokens(phrase)
    .map((t) => t.key)
    .join(" ");
}

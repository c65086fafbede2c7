// A small reader of a number at an offset ("nine", "twenty-two", "7.5"), written before the shared
// number utility (src/core/text/numbers.ts) landed. The events extractor now uses that utility;
// this stays for src/core/check/claim-numbers.ts, which reads numbers token by token with it.
// New code should use src/core/text/numbers.ts.

/** The number words it reads, with their values. */
export const NUMBER_WORD_VALUES: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
};
// A Map: a record would answer inherited names ("constructor") too.
const UNITS: ReadonlyMap<string, number> = new Map(Object.entries(NUMBER_WORD_VALUES));
const SHORTEST = Math.min(...[...UNITS.keys()].map((w) => w.length));
const LONGEST = Math.max(...[...UNITS.keys()].map((w) => w.length));

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

export interface NumberRead {
  value: number;
  end: number;
}

/** The number written at `at` (digits or words, "twenty-two", "7.5"), or null. */
export function readNumber(text: string, at: number): NumberRead | null {
  // Claims call this at every word: most are no number word, which the first letters tell
  // without a slice or a pattern.
  const c = text.charCodeAt(at);
  if (isAsciiLetter(c)) {
    let e = at + 1;
    while (e < at + 24 && isAsciiLetter(text.charCodeAt(e))) e++;
    const n = e - at;
    if (n < SHORTEST || n > LONGEST || !UNITS.has(text.slice(at, e).toLowerCase())) return null;
  } else if (!(c >= 48 && c <= 57)) return null;
  const digits = /^\d+(?:\.\d+)?/.exec(text.slice(at, at + 12));
  if (digits) return { value: Number(digits[0]), end: at + digits[0].length };
  const word = /^([A-Za-z]+)(?:[-\s]([A-Za-z]+))?/.exec(text.slice(at, at + 24));
  if (!word) return null;
  const first = UNITS.get(word[1]!.toLowerCase());
  if (first === undefined) return null;
  const second = word[2] ? UNITS.get(word[2].toLowerCase()) : undefined;
  if (first >= 20 && second !== undefined && second < 10)
    return { value: first + second, end: at + word[0].length };
  return { value: first, end: at + word[1]!.length };
}

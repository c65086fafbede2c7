// Number words for `text/numbers.ts`. Lower-case keys; Vietnamese scale words keep their
// diacritics (the parser folds case, never diacritics: "tỷ" and "ty" are different words).

/** Zero to nineteen. "a" and "an" are handled by the parser (only before a scale or "dozen"). */
export const UNIT_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
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
};

export const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Multipliers after a number: "1.5 million", "two hundred", "500 triệu" (Vietnamese). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  mn: 1e6,
  bn: 1e9,
  nghìn: 1e3,
  ngàn: 1e3,
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
};

/** "a dozen" = 12, "two dozen" = 24. */
export const DOZEN_WORD = "dozen";

/**
 * Shares: "half of the detainees", "two-thirds of", "a quarter of". The plural forms take a
 * numerator ("two thirds"); the singular ones take "a"/"one" or stand alone ("half").
 */
export const FRACTION_WORDS: Readonly<Record<string, number>> = {
  half: 1 / 2,
  third: 1 / 3,
  thirds: 1 / 3,
  quarter: 1 / 4,
  quarters: 1 / 4,
  fifth: 1 / 5,
  fifths: 1 / 5,
  tenth: 1 / 10,
  tenths: 1 / 10,
};

/**
 * Magnitudes that state no count: "dozens of petitioners", "thousands of arrests", "tens of
 * thousands". The value is the magnitude (a lower bound), and the match is flagged vague.
 */
export const VAGUE_WORDS: Readonly<Record<string, number>> = {
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
};

/** After a number: "70 percent", "70 per cent", "70 pct". The sign "%" is handled directly. */
export const PERCENT_WORDS: readonly string[] = ["per cent", "percent", "pct", "phần trăm"];

/** A number written as one word below a hundred: "five", "nine", "twenty". */
export function isNumberWord(lower: string): boolean {
  return Object.hasOwn(UNIT_WORDS, lower) || Object.hasOwn(TENS_WORDS, lower);
}

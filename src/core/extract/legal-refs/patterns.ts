// Regular-expression pieces shared by the rules, built once from the lexicon. Every pattern runs
// on the folded copy of the text (lower case, no diacritics, straight apostrophes).
import { JURISDICTION_ADJECTIVES, JURISDICTION_CUES } from "../../lexicon/jurisdiction-cues.js";
import {
  ARTICLE_WORDS,
  CLAUSE_WORDS,
  CONSTITUTION_WORDS,
  LAW_DETERMINERS,
  LAW_LINKS,
  LIST_JOINERS,
  POINT_WORDS,
  RANGE_WORDS,
  TREATIES,
} from "../../lexicon/legal-terms.js";
import { CODES } from "../../lexicon/statutes/index.js";
import { matchKey } from "../../text/normalise.js";
import { escapeRegExp } from "../../text/escape-regexp.js";

/** An alternation of phrases, longest first, with any run of spaces matching any whitespace. */
export function alt(phrases: readonly string[]): string {
  const unique = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))];
  unique.sort((a, b) => b.length - a.length);
  return `(?:${unique.map((p) => escapeRegExp(p).replace(/ +/g, "\\s+")).join("|")})`;
}

/** Not preceded / followed by a letter or digit (a Unicode-aware word boundary). */
export const B = "(?<![\\p{L}\\p{N}])";
export const E = "(?![\\p{L}\\p{N}])";

export const ARTICLE = alt(ARTICLE_WORDS);
export const CLAUSE = alt(CLAUSE_WORDS);
export const POINT = alt(POINT_WORDS);
export const JOINER = alt(LIST_JOINERS);
export const RANGE = alt(RANGE_WORDS);
export const LINK = alt(LAW_LINKS);
export const DETERMINER = alt(LAW_DETERMINERS);

/** An article number; "-n" suffixes and ranges are told apart by the rules. */
export const NUMBER = "\\d{1,4}";

const fold = (s: string): string => matchKey(s);

/** Folded name of a state → its ISO code. */
export const COUNTRY_BY_NAME: ReadonlyMap<string, string> = new Map(
  JURISDICTION_CUES.flatMap((c) =>
    c.names.map((n) => [fold(n).replace(/^the /, ""), c.code] as const),
  ),
);
export const COUNTRY = alt([...COUNTRY_BY_NAME.keys()]);
export const ADJECTIVE = alt(Object.keys(JURISDICTION_ADJECTIVES));

const CODE_NAMES = CODES.flatMap((c) => c.names).map(fold);
const TREATY_NAMES = TREATIES.flatMap((t) => t.cites.map(fold));

/** The names of laws: codes, treaties and constitutions. */
export const LAW_BASE_NAMES: readonly string[] = [
  ...CODE_NAMES,
  ...TREATY_NAMES,
  ...CONSTITUTION_WORDS.map(fold),
];
/** The name of a law: a code, a treaty or a constitution. */
export const LAW_BASE = alt(LAW_BASE_NAMES);

export type LawKind = "code" | "treaty" | "constitution";

/** Folded citation → the treaty it cites (the first treaty listing it). */
const TREATY_BY_CITE = new Map<string, string>();
for (const t of TREATIES)
  for (const c of t.cites) if (!TREATY_BY_CITE.has(fold(c))) TREATY_BY_CITE.set(fold(c), t.name);
const CONSTITUTION_KEYS = new Set(CONSTITUTION_WORDS.map(fold));

/** Kinds of the names already read: a document names the same few laws again and again. */
const KINDS = new Map<string, { kind: LawKind; treaty?: string }>();

export function lawKind(base: string): { kind: LawKind; treaty?: string } {
  const known = KINDS.get(base);
  if (known !== undefined) return { ...known };
  const key = fold(base);
  const treaty = TREATY_BY_CITE.get(key);
  const kind: { kind: LawKind; treaty?: string } =
    treaty !== undefined
      ? { kind: "treaty", treaty }
      : CONSTITUTION_KEYS.has(key)
        ? { kind: "constitution" }
        : { kind: "code" };
  if (KINDS.size >= 1024) KINDS.clear();
  KINDS.set(base, kind);
  return { ...kind };
}

/**
 * A law's name with what may surround it: a state's possessive or adjective before, a year before
 * or after, "of <state>" after. Named groups: country, adj, y1, base, y2, country2.
 *   "Vietnam's 2015 Criminal Code", "the Criminal Code of 2015", "Bộ luật Hình sự năm 1999",
 *   "the Criminal Code of the Republic of Belarus", "the 2013 Constitution", "the ICCPR"
 */
export const LAW_CORE =
  // The prefix starts a word: "bathe Criminal Code" is not "the Criminal Code".
  `(?:${B}(?:(?:the\\s+)?(?<country>${COUNTRY})(?:'s|')\\s+|(?:the\\s+)?(?<adj>${ADJECTIVE})\\s+|${DETERMINER}\\s+))?` +
  `(?:(?<y1>\\d{4})\\s+)?${B}(?<base>${LAW_BASE})${E}` +
  `(?:\\s*,?\\s*(?:of\\s+|nam\\s+|\\(\\s*)?(?<y2>(?:19|20)\\d\\d)\\)?${E})?` +
  `(?:\\s+of\\s+(?:the\\s+)?(?<country2>${COUNTRY})${E})?`;

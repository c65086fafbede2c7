import { ARTICLE_WORDS, CLAUSE_WORDS, POINT_WORDS } from "../../lexicon/legal-terms.js";
import { wordCharWidth, wordRuns } from "../../text/phrase-key.js";
import { firstMatchFrom, lookBack, opensRuns, runsBack, runsIn, widest } from "./look-back.js";
import { ARTICLE, B, CLAUSE, E, POINT } from "./patterns.js";

// Where citations may start in the folded text: an article word followed by a number, possibly
// preceded by a point and/or clause ("Point a, Clause 1, Article 117", "khoản 1 Điều 331").
// Offence names without a number are found separately, by the catalogue's word trie (rule 08).

const START = new RegExp(
  `${B}(?:${POINT}\\s+[a-z]${E}\\s*,?\\s*(?:of\\s+|cua\\s+)?)?` +
    `(?:${CLAUSE}\\s+\\d{1,2}${E}\\s*,?\\s*(?:of\\s+(?:the\\s+)?|cua\\s+)?)?` +
    `${ARTICLE}\\s*\\d`,
  "gu",
);

/** START tried at one offset. */
const START_AT = new RegExp(START.source, "uy");
/**
 * The most runs of letters and digits START can match before the article word: a point word, its
 * letter and "of" or "cua"; a clause word, its number and "of the" or "cua". A match starts no
 * further back than that many runs before its article word.
 */
const START_PREFIX_RUNS =
  Math.max(...POINT_WORDS.map(runsIn)) + 2 + Math.max(...CLAUSE_WORDS.map(runsIn)) + 1 + 2;

/** START opens with a word edge and a point, clause or article word: only where a run starts. */
const START_OPENS_RUNS = opensRuns([...POINT_WORDS, ...CLAUSE_WORDS, ...ARTICLE_WORDS]);

/** An article word and its number, tried where a run of letters and digits starts. */
const ARTICLE_AT = new RegExp(`${ARTICLE}\\s*\\d`, "uy");
/** Per code unit, 1 when an article word opens with it: asked of every run of the document. */
const ARTICLE_FIRST = new Uint8Array(0x10000);
for (const w of ARTICLE_WORDS) ARTICLE_FIRST[w.trim().charCodeAt(0)] = 1;
/**
 * The first two code units of each article word, as one number: runs opening with "a" or "d"
 * ("and", "a", "during") are a tenth of a document's words, and the pattern was tried at each.
 * Null when an article word is a single character (then the first alone is asked).
 */
const pair = (s: string, i: number): number => s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
const ARTICLE_PAIRS: ReadonlySet<number> | null = ARTICLE_WORDS.every((w) => w.trim().length > 1)
  ? new Set(ARTICLE_WORDS.map((w) => pair(w.trim(), 0)))
  : null;

/**
 * At least the most characters other than white space START can match before the article word:
 * a point word, its letter, a comma and "of"/"cua"; a clause word, its number, a comma and "of
 * the". Doubled, with room to spare: a larger bound costs little, a smaller one loses matches.
 */
const PREFIX_MAX = 2 * (widest(POINT_WORDS) + 1 + 1 + 3 + widest(CLAUSE_WORDS) + 2 + 1 + 5) + 16;

/** Article words all open with a letter or digit; were one not to, every offset is tried. */
const ARTICLES_OPEN_RUNS = ARTICLE_WORDS.every((w) => wordCharWidth(w.trim(), 0) > 0);

/**
 * The offsets where START matches, as a global scan finds them, without trying it at every
 * offset. The article word of a match always starts a run of letters and digits (what precedes
 * it is a space, a comma or the text's start), and a match can start there with no prefix; so
 * the next match from `from` starts at or before the next such article word, and no further back
 * than PREFIX_MAX non-space characters: a match starting earlier would hold more than a prefix.
 */
export function citationStarts(folded: string): number[] {
  const out: number[] = [];
  if (!ARTICLES_OPEN_RUNS) {
    START.lastIndex = 0;
    for (let m = START.exec(folded); m; m = START.exec(folded)) out.push(m.index);
    return out;
  }
  const { bounds, count } = wordRuns(folded);
  let from = 0;
  for (let r = 0; r < count; r++) {
    const article = bounds[2 * r]!;
    if (article < from || ARTICLE_FIRST[folded.charCodeAt(article)] !== 1) continue;
    if (ARTICLE_PAIRS !== null && !ARTICLE_PAIRS.has(pair(folded, article))) continue;
    ARTICLE_AT.lastIndex = article;
    if (!ARTICLE_AT.test(folded)) continue;
    const at = lookBack(folded, article, from, PREFIX_MAX);
    // the article word and its number alone match at `article`
    const first = Math.max(at, runsBack(folded, article, START_PREFIX_RUNS));
    let m = START_OPENS_RUNS ? firstMatchFrom(START_AT, folded, first, article, false) : null;
    if (m === null) {
      START.lastIndex = at;
      m = START.exec(folded);
    }
    if (!m) break;
    out.push(m.index);
    from = m.index + m[0].length;
  }
  return out;
}

import { MAX_RANGE, QUANTITY_WORDS } from "../../../lexicon/legal-terms.js";
import { alt, ARTICLE, B, E, JOINER, NUMBER, RANGE } from "../patterns.js";
import { clauseSuffix } from "./03-clause-suffix.js";

// "Article 117" · "Articles 109, 117, 331" · "Articles 109, 117 and 331" · "Article 361-1" ·
// "Articles 108 to 121" · "Article 117(2)" · "Article 117 and Article 331" · "Điều 117 và 331" ·
// "Article 437 bis" (an article inserted after 437, kept as "437-bis"):
// the article word and the numbers after it, one item per article. A later number that is a
// quantity or a year ("under Article 117, 10 years", "Article 88, 2016") ends the list.

export interface ArticleItem {
  article: string;
  clause: string | null;
  point: string | null;
  /** Folded offsets of the number (and its own clause suffix). */
  start: number;
  end: number;
}

const HEAD = new RegExp(`${B}${ARTICLE}\\s*(?=\\d)`, "uy");
const NUM = new RegExp(
  `(?<n>${NUMBER})(?!\\d)(?:-(?<s>\\d{1,3})(?!\\d)|[\\s-]?(?<l>bis|ter)(?![a-z0-9]))?`,
  "y",
);
const SEP = new RegExp(
  `(?:\\s*,\\s*(?:${JOINER}\\s+)?|\\s+${JOINER}\\s+)(?:${ARTICLE}\\s*)?(?=\\d)`,
  "uy",
);
const REPEATED = new RegExp(`${ARTICLE}\\s*$`, "u");
const QUANTITY = new RegExp(`\\s*${alt(QUANTITY_WORDS)}${E}`, "uy");
const YEARISH = /^(?:19|20)\d\d$/;

/** Is the number at `at` another article of the list rather than a quantity or a year? */
function continues(folded: string, at: number, digits: string, first: number): boolean {
  if (YEARISH.test(digits) && first < 1000) return false;
  QUANTITY.lastIndex = at + digits.length;
  return !QUANTITY.test(folded);
}

const RANGE_SEP = new RegExp(`\\s*(?:[–—-]|${RANGE}${E})\\s*(?=\\d)`, "uy");

function sticky(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

export function articleNumbers(
  folded: string,
  at: number,
): { items: ArticleItem[]; end: number } | null {
  const head = sticky(HEAD, folded, at);
  if (!head) return null;
  const items: ArticleItem[] = [];
  let pos = at + head[0].length;
  let nextStart: number | null = null;
  for (;;) {
    const m = sticky(NUM, folded, pos);
    if (!m) break;
    const a = Number(m.groups!.n);
    const suffix = m.groups!.s;
    let end = pos + m[0].length;
    // "361-1" is an article with a suffix; "108-121" is a range (the second number is larger).
    const latin = m.groups!.l;
    if (latin !== undefined) {
      items.push({ article: `${a}-${latin}`, clause: null, point: null, start: pos, end });
    } else if (suffix !== undefined && Number(suffix) < a) {
      items.push({ article: `${a}-${Number(suffix)}`, clause: null, point: null, start: pos, end });
    } else if (suffix !== undefined) {
      pushRange(items, a, Number(suffix), pos, end);
    } else {
      items.push({
        article: String(a),
        clause: null,
        point: null,
        start: pos,
        end: pos + m.groups!.n!.length,
      });
      end = pos + m.groups!.n!.length;
      const range = sticky(RANGE_SEP, folded, end);
      const to = range ? sticky(NUM, folded, end + range[0].length) : null;
      const toAt = range ? end + range[0].length : 0;
      if (range && to && Number(to.groups!.n) > a && continues(folded, toAt, to.groups!.n!, a)) {
        items.pop();
        end = end + range[0].length + to.groups!.n!.length;
        pushRange(items, a, Number(to.groups!.n), pos, end);
      }
    }
    const suffixClause = clauseSuffix(folded, end);
    const last = items[items.length - 1]!;
    if (nextStart !== null) last.start = nextStart;
    if (suffixClause) {
      last.clause = suffixClause.clause;
      last.point = suffixClause.point;
      end = suffixClause.end;
    }
    last.end = end;
    const sep = sticky(SEP, folded, end);
    const next = sep ? sticky(NUM, folded, end + sep[0].length) : null;
    if (
      !sep ||
      !next ||
      !continues(
        folded,
        end + sep[0].length,
        next.groups!.n!,
        Number(items[0]!.article.split("-")[0]),
      )
    )
      break;
    // "Article 342 and Article 361-1": the repeated article word opens the next item.
    const word = REPEATED.exec(sep[0]);
    nextStart = word ? end + word.index : null;
    pos = end + sep[0].length;
  }
  if (items.length === 0) return null;
  return { items, end: items[items.length - 1]!.end };
}

function pushRange(
  items: ArticleItem[],
  from: number,
  to: number,
  start: number,
  end: number,
): void {
  const numbers =
    to - from < MAX_RANGE ? Array.from({ length: to - from + 1 }, (_, i) => from + i) : [from, to];
  for (const n of numbers)
    items.push({ article: String(n), clause: null, point: null, start, end });
}

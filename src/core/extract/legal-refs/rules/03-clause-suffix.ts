import { CLAUSE, E, POINT } from "../patterns.js";

// "Article 117(2)" · "Article 105, paragraph 2" · "Article 117 clause 2, point a": a clause
// (and point) named after the article number.

const PAREN = / ?\((?<clause>\d{1,2})\)(?:\((?<point>[a-z])\))?/y;
const WORDS = new RegExp(
  `\\s*,?\\s*${CLAUSE}\\s+(?<clause>\\d{1,2})${E}(?:\\s*,?\\s*${POINT}\\s+(?<point>[a-z])${E})?`,
  "uy",
);

export function clauseSuffix(
  folded: string,
  at: number,
): { clause: string; point: string | null; end: number } | null {
  for (const re of [PAREN, WORDS]) {
    re.lastIndex = at;
    const m = re.exec(folded);
    if (m)
      return { clause: m.groups!.clause!, point: m.groups!.point ?? null, end: at + m[0].length };
  }
  return null;
}

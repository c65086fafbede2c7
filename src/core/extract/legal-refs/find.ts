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

export function citationStarts(folded: string): number[] {
  const out: number[] = [];
  START.lastIndex = 0;
  for (let m = START.exec(folded); m; m = START.exec(folded)) out.push(m.index);
  return out;
}

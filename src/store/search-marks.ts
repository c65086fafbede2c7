/**
 * The marks a search unit's tsvector carries besides its words: one entry, a space and the word
 * (`' article'`, which no query can spell: the parser never keeps a space in a word), for each
 * ASCII word the unit holds twice or more, and for every ASCII word of a title. Only such units
 * can rank above a small bound for a query made of those words (src/store/search-sql.ts), so a
 * search finds them in the full-text index without reading the others. Marks carry no position:
 * `ts_rank` and `@@` never look them up for a query's words.
 *
 * The words are maximal runs of ASCII letters and digits, which is what PostgreSQL's parser makes
 * of them too (a hyphen, an apostrophe, a dot, a curly quote end one). A letter outside ASCII
 * right against one may join it in a word the parser lower-cases to ASCII (the Kelvin sign K
 * gives "k"), so every word of such a unit is marked. Counting more than the parser is safe (a
 * unit ranked first for nothing); counting fewer is not.
 *   ("The court said the court would rule.", false) → "' court' ' the'"
 */
export function searchMarks(folded: string, everyWord: boolean): string {
  const every = everyWord || letterAgainstWord(folded);
  const counts = new Map<string, number>();
  for (const w of folded.match(/[A-Za-z0-9]+/g) ?? []) {
    const word = w.toLowerCase();
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const marks: string[] = [];
  for (const [word, n] of counts) if (every || n > 1) marks.push(`' ${word}'`);
  return marks.sort().join(" ");
}

const BESIDE_WORD = /(?<=[A-Za-z0-9])[\u0080-\u{10ffff}]|[\u0080-\u{10ffff}](?=[A-Za-z0-9])/gu;

/** Whether a letter, digit or combining mark outside ASCII touches an ASCII word. */
function letterAgainstWord(text: string): boolean {
  for (const [c] of text.matchAll(BESIDE_WORD)) if (/[\p{L}\p{M}\p{N}]/u.test(c)) return true;
  return false;
}

import { clausePrefix } from "./rules/01-clause-prefix.js";
import { articleNumbers, type ArticleItem } from "./rules/02-article-numbers.js";
import { lawAfter, lawBefore, type LawMention } from "./rules/04-law-name.js";
import { parenthetical } from "./rules/05-parenthetical.js";

/** One citation as written: its article items, its law and a bracketed offence name, if any. */
export interface Citation {
  /** Folded offsets: from the first word (clause, point or article) to the end of the law name. */
  start: number;
  end: number;
  items: ArticleItem[];
  law: LawMention | null;
  /** True when the law was named earlier in the sentence rather than after the citation. */
  lawBefore: boolean;
  /** Folded span of the bracketed offence name, inside the brackets. */
  offenseSpan: { start: number; end: number } | null;
}

/** Parse the citation starting at folded offset `at`; `sentenceStart` bounds the look-back. */
export function parseCitation(folded: string, at: number, sentenceStart: number): Citation | null {
  const prefix = clausePrefix(folded, at);
  const numbers = articleNumbers(folded, prefix ? prefix.articleAt : at);
  if (!numbers) return null;
  const items = numbers.items;
  if (prefix && items.length === 1) {
    items[0]!.clause ??= prefix.clause;
    items[0]!.point ??= prefix.point;
  }
  let offenseSpan = parenthetical(folded, numbers.end);
  let law = lawAfter(folded, offenseSpan ? offenseSpan.end + 1 : numbers.end);
  if (law && !offenseSpan) offenseSpan = parenthetical(folded, law.end);
  let lawWasBefore = false;
  if (!law) {
    law = lawBefore(folded, sentenceStart, at);
    lawWasBefore = law !== null;
  }
  return {
    start: at,
    end: law && !lawWasBefore ? law.end : numbers.end,
    items,
    law,
    lawBefore: lawWasBefore,
    offenseSpan,
  };
}

import { SAME_ARTICLE_PHRASES } from "../../../lexicon/legal-terms.js";
import { sourceSpan, type FoldedText } from "../../../text/fold-map.js";
import type { LegalRef } from "../../../types.js";
import { alt, B, E } from "../patterns.js";

// "… was arrested in February under the same article": the article cited last before the phrase,
// cited again; the new reference copies its law, article and statute (not its clause).

const SAME = new RegExp(`${B}${alt(SAME_ARTICLE_PHRASES)}${E}`, "gu");

export function sameArticleRefs(
  text: string,
  folded: FoldedText,
  cited: readonly LegalRef[],
): LegalRef[] {
  const out: LegalRef[] = [];
  SAME.lastIndex = 0;
  for (let m = SAME.exec(folded.text); m; m = SAME.exec(folded.text)) {
    const span = sourceSpan(folded, m.index, m.index + m[0].length);
    let previous: LegalRef | undefined;
    for (const r of cited) if (r.end <= span.start && r.article) previous = r;
    if (!previous) continue;
    out.push({
      ...previous,
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      clause: null,
      point: null,
    });
  }
  return out;
}

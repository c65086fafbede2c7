import { sourceSpan, type FoldedText } from "../../../text/fold-map.js";
import type { LegalRef } from "../../../types.js";
import { landmarks } from "../landmarks.js";

// "… was arrested in February under the same article": the article cited last before the phrase,
// cited again; the new reference copies its law, article and statute (not its clause).

export function sameArticleRefs(
  text: string,
  folded: FoldedText,
  cited: readonly LegalRef[],
): LegalRef[] {
  const out: LegalRef[] = [];
  for (const m of landmarks(folded.text).sameArticle) {
    const span = sourceSpan(folded, m.start, m.end);
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

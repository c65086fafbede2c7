import type { ExtractionPass } from "../../analyze.js";
import { sentenceAt, type DocContext } from "../../text/doc-context.js";
import { foldedOffset, foldWithOffsets, sourceSpan, type FoldedText } from "../../text/fold-map.js";
import { WordTokens } from "../../text/phrase-key.js";
import type { Analysis, LegalRef, Span } from "../../types.js";
import { resolveCodeOf } from "./code-cache.js";
import { citationStarts } from "./find.js";
import { parseCitation, type Citation } from "./parse.js";
import { citationJurisdiction, mentionedJurisdiction } from "./rules/06-jurisdiction.js";
import { resolveItem } from "./rules/07-resolve.js";
import { lawBefore } from "./rules/04-law-name.js";
import { offensePhraseRefs } from "./rules/08-offense-phrases.js";
import { sameArticleRefs } from "./rules/09-same-article.js";

/**
 * Legal references: one `LegalRef` per article cited ("Articles 109, 117 and 331" gives three),
 * resolved to the statute catalogue, plus offences named without a number ("abusing democratic
 * freedoms"). Treaty articles ("Article 19 of the ICCPR") are kept with jurisdiction "INTL" and
 * constitution articles with law "Constitution [year]"; neither has a catalogue entry, so their
 * `statute` is null. A bare article number is read in the code of the document's jurisdiction
 * (the reader's hint, else the country the text is about) only when the catalogue knows it.
 */
export const legalRefsPass: ExtractionPass = {
  name: "legal-refs",
  run(ctx: DocContext, analysis: Analysis): void {
    analysis.legalRefs.push(...extractLegalRefs(ctx));
  },
};

export function extractLegalRefs(ctx: DocContext): LegalRef[] {
  const folded = foldWithOffsets(ctx.text);
  // The country the document mentions most, counted only when a reference needs it: a document
  // that cites nothing by number and names no offence does not scan for the states' names.
  let mentioned: string | null | undefined;
  const documentJurisdiction = (): string | null =>
    ctx.jurisdiction ??
    (mentioned === undefined ? (mentioned = mentionedJurisdiction(folded.text)) : mentioned);
  const sentenceOf = (offset: number): Span => {
    const i = sentenceAt(ctx, offset);
    return i >= 0 ? ctx.sentences[i]! : { start: offset, end: offset };
  };

  const refs: LegalRef[] = [];
  let after = 0;
  for (const at of citationStarts(folded.text)) {
    if (at < after) continue;
    const sentence = sentenceOf(sourceSpan(folded, at, at).start);
    const citation = parseCitation(folded.text, at, foldedOffset(folded, sentence.start));
    if (!citation) continue;
    after = citation.end;
    refs.push(...toRefs(ctx, folded, citation, documentJurisdiction));
  }

  // "the same article" repeats a citation: none without one
  if (refs.length > 0) refs.push(...sameArticleRefs(ctx.text, folded, refs));
  refs.sort(byPosition);

  const paragraphOf = (offset: number): Span =>
    ctx.paragraphs.find((p) => p.start <= offset && offset < p.end) ?? {
      start: offset,
      end: offset,
    };
  const codeNamedIn = (sentence: Span) => {
    const law = lawBefore(
      folded.text,
      foldedOffset(folded, sentence.start),
      foldedOffset(folded, sentence.end),
    );
    if (!law || law.kind !== "code") return null;
    const jurisdiction = law.jurisdiction ?? documentJurisdiction();
    return resolveCodeOf(law.base, jurisdiction, law.year, ctx.date);
  };
  refs.push(
    ...offensePhraseRefs({
      text: ctx.text,
      tokens: new WordTokens(folded),
      sentenceOf,
      paragraphOf,
      get jurisdiction() {
        return documentJurisdiction();
      },
      date: ctx.date,
      cited: refs,
      codeNamedIn,
    }),
  );
  return refs.sort(byPosition);
}

const byPosition = (a: LegalRef, b: LegalRef): number => a.start - b.start || a.end - b.end;

function toRefs(
  ctx: DocContext,
  folded: FoldedText,
  c: Citation,
  documentJurisdiction: () => string | null,
): LegalRef[] {
  const jurisdiction = citationJurisdiction(c.law, documentJurisdiction);
  const bracketed = c.offenseSpan
    ? sourceSpan(folded, c.offenseSpan.start, c.offenseSpan.end)
    : null;
  return c.items.map((item, i) => {
    const last = i === c.items.length - 1;
    const span = sourceSpan(folded, i === 0 ? c.start : item.start, last ? c.end : item.end);
    const r = resolveItem(item, c.law, jurisdiction, ctx.date);
    const ownName =
      last && bracketed ? ctx.text.slice(bracketed.start, bracketed.end).trim() : null;
    return {
      start: span.start,
      end: span.end,
      text: ctx.text.slice(span.start, span.end),
      jurisdiction: r.jurisdiction,
      law: r.law,
      article: item.article,
      clause: item.clause,
      point: item.point,
      offense: r.statute?.offense ?? ownName,
      statute: r.statute?.id ?? null,
    };
  });
}

// What the response rules share: the document, its report mentions, and the links made so far.

import type { ResponseKind } from "../../lexicon/report-responses.js";
import type { DocContext } from "../../text/doc-context.js";
import type { Analysis } from "../../types.js";
import type { ReportMention } from "./find.js";

export interface ResponseView {
  ctx: DocContext;
  analysis: Analysis;
  mentions: readonly ReportMention[];
}

/** Sets a statement's link unless an earlier rule already did. */
export function link(
  analysis: Analysis,
  statement: number,
  report: number,
  response: ResponseKind | null,
): boolean {
  const s = analysis.statements[statement];
  if (!s || s.respondsTo !== null) return false;
  s.respondsTo = report;
  s.response = response;
  return true;
}

export type ResponseRule = (view: ResponseView) => void;

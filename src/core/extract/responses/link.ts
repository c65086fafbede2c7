// What the response rules share: the document, its report mentions, and the links made so far.

import type { ResponseKind } from "../../lexicon/report-responses.js";
import type { DocContext } from "../../text/doc-context.js";
import type { Analysis, Statement } from "../../types.js";
import type { ReportMention } from "./find.js";

export interface ResponseView {
  ctx: DocContext;
  analysis: Analysis;
  mentions: readonly ReportMention[];
}

/** Sets a statement's link unless an earlier rule already did, or its speaker issued the report. */
export function link(
  analysis: Analysis,
  statement: number,
  report: number,
  response: ResponseKind | null,
): boolean {
  const s = analysis.statements[statement];
  if (!s || s.respondsTo !== null || ownReport(analysis, s, report)) return false;
  s.respondsTo = report;
  s.response = response;
  return true;
}

export type ResponseRule = (view: ResponseView) => void;

/** "The committee's observations, which called on Vietnam to …": an issuer never answers itself. */
function ownReport(analysis: Analysis, s: Statement, report: number): boolean {
  const r = analysis.reports[report];
  const sp = s.speaker;
  if (r === undefined || sp === null) return false;
  if (r.actor != null && sp.actor === r.actor) return true;
  return r.issuer !== null && sp.name === r.issuer;
}

// What the response rules share: the document, its report mentions, and the links made so far.

import type { ResponseKind } from "../../lexicon/report-responses.js";
import type { DocContext } from "../../text/doc-context.js";
import { REPORT_ISSUERS } from "../../lexicon/report-issuers.js";
import { matchKey } from "../../text/normalise.js";
import type { Analysis, Report, Statement } from "../../types.js";
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
  if (!s || s.respondsTo !== null || spokenByIssuer(s, analysis.reports[report])) return false;
  s.respondsTo = report;
  s.response = response;
  return true;
}

export type ResponseRule = (view: ResponseView) => void;

/**
 * True when the statement is the issuer speaking ("the State Department said in its report",
 * "the committee's observations, which called on Vietnam to …"): an issuer never answers itself.
 */
export function spokenByIssuer(s: Statement, r: Report | undefined): boolean {
  const sp = s.speaker;
  if (!sp || r === undefined) return false;
  if (sp.actor !== null && sp.actor === (r.actor ?? null)) return true;
  if (r.issuer !== null && sp.name === r.issuer) return true;
  const issuer = REPORT_ISSUERS.find((i) => i.id === r.issuerId);
  if (!issuer) return false;
  const names = [issuer.name, ...issuer.aliases, ...(issuer.weak ?? [])].map(matchKey);
  return (
    names.includes(matchKey(sp.name)) ||
    names.includes(matchKey(sp.mention.replace(/^the\s+/i, "")))
  );
}

// A report and the responses to it, as evidence items.

import type { EvidenceDraft, ReportRecord, ResponseRecord } from "../evidence.js";

export function reportItem(rule: string, r: ReportRecord): EvidenceDraft {
  return {
    kind: "report",
    rule,
    source: r.source,
    sentence: r.sentence,
    asOf: r.date ?? r.source.date,
    publisher: r.issuer,
    reportId: r.id,
    issuer: r.issuer,
    issuerKind: r.issuerKind,
    title: r.title,
    year: r.year,
    date: r.date,
    concerns: r.concerns,
    findings: r.findings,
    outstanding: !!r.outstanding,
  };
}

export function responseItem(rule: string, x: ResponseRecord): EvidenceDraft {
  return {
    kind: "response",
    rule,
    source: x.source,
    sentence: x.sentence,
    asOf: x.date ?? x.source.date,
    publisher: x.speaker,
    responseId: x.id,
    reportId: x.reportId,
    reportEvidenceId: null,
    speaker: x.speaker,
    state: x.state,
    response: x.response,
    date: x.date,
  };
}

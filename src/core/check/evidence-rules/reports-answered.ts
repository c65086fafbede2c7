// The reports a claim answers, with the claimant's responses to them on or before its day:
//   1. the report the statement was linked to (`respondsTo`);
//   2. reports whose issuer the claim names ("the EEAS report", "the US report");
//   3. reports the claimant answered in the same document or on the same day;
//   4. for a report-rejection claim, the latest report the claimant rejected.

import { REPORT_ISSUERS } from "../../lexicon/report-issuers.js";
import { matchKey } from "../../text/normalise.js";
import { startedBy } from "../check-dates.js";
import type { Claim } from "../claim.js";
import type { EvidenceDraft, ReportAnswered, ResponseRecord } from "../evidence.js";
import { reportItem, responseItem } from "./report-items.js";
import { byClaimant, type EvidenceRule } from "./rule.js";
import { escapeRegExp } from "../../text/escape-regexp.js";

/**
 * The claim names the report's issuer: "the EEAS report" names the EEAS. Only issuers the lexicon
 * knows: a state's own report ("Vietnam's third periodic report") is not one it answers.
 */
function namesIssuer(claim: Claim, a: ReportAnswered): boolean {
  const entry = REPORT_ISSUERS.find((i) => i.id === a.report.issuerId);
  if (!entry) return false;
  const names = [...entry.aliases, ...(entry.weak ?? [])].filter((n) => n.length > 1);
  return names.some((n) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n)}(?![\\p{L}\\p{N}])`, "u").test(claim.text),
  );
}

function linked(claim: Claim, a: ReportAnswered): boolean {
  const ref = claim.respondsTo;
  if (!ref) return false;
  const issuerOk =
    (ref.issuerId && ref.issuerId === a.report.issuerId) ||
    (ref.issuer && a.report.issuer && matchKey(ref.issuer) === matchKey(a.report.issuer));
  return !!issuerOk && (!ref.year || !a.report.year || ref.year === a.report.year);
}

export const reportsAnswered: EvidenceRule = {
  name: "reports-answered",
  version: 1,
  description:
    "The reports the claim answers (linked, named, answered the same day, or last rejected), with the claimant's responses up to the claim's date.",
  async gather(ctx) {
    const claim = ctx.typed.claim;
    const all = await ctx.source.reportsAnsweredBy({
      onOrBefore: ctx.asOf,
      about: claim.jurisdiction,
    });
    // The claimant's responses up to the claim's day; one in the claim's own document is part of
    // the claim, whatever date the document bears.
    const sameDocument = (x: ResponseRecord): boolean =>
      !!claim.appearance?.documentId && x.source.documentId === claim.appearance.documentId;
    const mine = (a: ReportAnswered): ResponseRecord[] =>
      a.responses.filter(
        (x) =>
          byClaimant(x, claim) && (sameDocument(x) || startedBy(x.date ?? x.source.date, ctx.asOf)),
      );
    let chosen = all.filter((a) => linked(claim, a));
    if (chosen.length === 0) chosen = all.filter((a) => namesIssuer(claim, a));
    if (chosen.length === 0)
      chosen = all.filter((a) =>
        mine(a).some((x) => sameDocument(x) || (x.date ?? x.source.date) === ctx.asOf),
      );
    if (chosen.length === 0 && ctx.type.type === "report-rejection") {
      const rejected = all.filter((a) => mine(a).some((x) => x.response === "rejects"));
      chosen = rejected.slice(-1);
    }
    // Of several editions named ("the US report"), the latest on the claim's day is the one answered.
    const byIssuer = new Map<string, ReportAnswered>();
    for (const a of chosen) byIssuer.set(a.report.issuerId ?? a.report.issuer ?? a.report.id, a);
    const rule = `${this.name}@${this.version}`;
    const out: EvidenceDraft[] = [];
    for (const a of claim.respondsTo ? chosen : [...byIssuer.values()]) {
      out.push(reportItem(rule, a.report));
      for (const x of mine(a)) out.push(responseItem(rule, x));
    }
    return out;
  },
};

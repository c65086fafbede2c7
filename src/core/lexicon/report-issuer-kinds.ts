// What kind of body each report issuer of `report-issuers.ts` is: the cross-check weighs a UN
// body's findings (un-findings) apart from a state's or an NGO's report. Issuers not listed here
// are `other`.

import type { IssuerKind } from "../check/evidence.js";

export const REPORT_ISSUER_KINDS: Readonly<Record<string, IssuerKind>> = {
  "us-state-department": "state",
  uscirf: "state",
  "un-human-rights-committee": "un",
  "un-human-rights-council": "un",
  "un-committee-against-torture": "un",
  "un-wgad": "un",
  ohchr: "un",
  "un-special-rapporteur": "un",
  "un-secretary-general": "un",
  eeas: "regional",
  "european-parliament": "regional",
  hrw: "ngo",
  amnesty: "ngo",
  rsf: "ngo",
  cpj: "ngo",
  "freedom-house": "ngo",
  "the-88-project": "ngo",
  "defend-the-defenders": "ngo",
  fidh: "ngo",
  vchr: "ngo",
  civicus: "ngo",
  "pen-america": "ngo",
  viasna: "ngo",
};

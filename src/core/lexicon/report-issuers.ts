// Bodies that publish human-rights reports, with the names reporting uses for them. Matching is
// case-sensitive (acronyms such as "RSF" or "EEAS" must not fire on ordinary words); a leading
// "the" is handled by the matcher. `weak` aliases name a state or a union rather than the office
// that writes the report ("the US's annual human rights report", "the EU report"): they only count
// when a report noun is attached to them, never as the subject of a clause further away.

import type { ActorKind } from "../types.js";

export interface ReportIssuer {
  /** Stable id, used across documents. */
  id: string;
  /** Canonical name. */
  name: string;
  kind: Exclude<ActorKind, "person">;
  aliases: readonly string[];
  weak?: readonly string[];
}

/** "US X" also appears as "U.S. X" and "United States X". */
function us(...names: string[]): string[] {
  return names.flatMap((n) =>
    n.startsWith("US ") ? [n, "U.S. " + n.slice(3), "United States " + n.slice(3)] : [n],
  );
}

/** "UN X" also appears as "U.N. X" and "United Nations X". */
function un(...names: string[]): string[] {
  return names.flatMap((n) =>
    n.startsWith("UN ") ? [n, "U.N. " + n.slice(3), "United Nations " + n.slice(3)] : [n],
  );
}

export const REPORT_ISSUERS: readonly ReportIssuer[] = [
  {
    id: "us-state-department",
    name: "US Department of State",
    kind: "organisation",
    aliases: us("US Department of State", "US State Department", "State Department"),
    weak: ["Department of State", "US", "U.S.", "United States", "America", "Washington"],
  },
  {
    id: "uscirf",
    name: "US Commission on International Religious Freedom",
    kind: "organisation",
    aliases: [...us("US Commission on International Religious Freedom"), "USCIRF"],
  },
  {
    id: "un-human-rights-committee",
    name: "UN Human Rights Committee",
    kind: "organisation",
    aliases: un("UN Human Rights Committee", "Human Rights Committee"),
  },
  {
    id: "un-human-rights-council",
    name: "UN Human Rights Council",
    kind: "organisation",
    aliases: un("UN Human Rights Council", "Human Rights Council"),
  },
  {
    id: "un-committee-against-torture",
    name: "UN Committee against Torture",
    kind: "organisation",
    aliases: un(
      "UN Committee against Torture",
      "Committee against Torture",
      "Committee Against Torture",
    ),
  },
  {
    id: "un-wgad",
    name: "UN Working Group on Arbitrary Detention",
    kind: "organisation",
    aliases: [
      ...un("UN Working Group on Arbitrary Detention", "Working Group on Arbitrary Detention"),
      "WGAD",
    ],
  },
  {
    id: "ohchr",
    name: "Office of the UN High Commissioner for Human Rights",
    kind: "organisation",
    aliases: [
      ...un(
        "Office of the UN High Commissioner for Human Rights",
        "UN High Commissioner for Human Rights",
        "UN human rights office",
        "UN Human Rights Office",
      ),
      "OHCHR",
    ],
  },
  {
    id: "un-special-rapporteur",
    name: "UN Special Rapporteur",
    kind: "organisation",
    aliases: un("UN Special Rapporteur", "UN special rapporteur", "Special Rapporteur"),
  },
  {
    id: "un-secretary-general",
    name: "UN Secretary-General",
    kind: "organisation",
    aliases: un("UN Secretary-General", "UN Secretary General"),
  },
  {
    id: "eeas",
    name: "European External Action Service",
    kind: "organisation",
    aliases: ["European External Action Service", "EEAS"],
    weak: ["European Union", "EU"],
  },
  {
    id: "european-parliament",
    name: "European Parliament",
    kind: "organisation",
    aliases: ["European Parliament"],
  },
  {
    id: "hrw",
    name: "Human Rights Watch",
    kind: "organisation",
    aliases: ["Human Rights Watch", "HRW"],
  },
  {
    id: "amnesty",
    name: "Amnesty International",
    kind: "organisation",
    aliases: ["Amnesty International"],
    weak: ["Amnesty"],
  },
  {
    id: "rsf",
    name: "Reporters Without Borders",
    kind: "organisation",
    aliases: [
      "Reporters Without Borders",
      "Reporters without Borders",
      "Reporters sans frontières",
      "RSF",
    ],
  },
  {
    id: "cpj",
    name: "Committee to Protect Journalists",
    kind: "organisation",
    aliases: ["Committee to Protect Journalists", "CPJ"],
  },
  {
    id: "freedom-house",
    name: "Freedom House",
    kind: "organisation",
    aliases: ["Freedom House"],
  },
  {
    id: "the-88-project",
    name: "The 88 Project",
    kind: "organisation",
    aliases: ["The 88 Project", "88 Project", "The Project 88", "Project 88"],
  },
  {
    id: "defend-the-defenders",
    name: "Defend the Defenders",
    kind: "organisation",
    aliases: ["Defend the Defenders", "Defend The Defenders"],
  },
  {
    id: "fidh",
    name: "International Federation for Human Rights",
    kind: "organisation",
    aliases: ["International Federation for Human Rights", "FIDH"],
  },
  {
    id: "vchr",
    name: "Vietnam Committee on Human Rights",
    kind: "organisation",
    aliases: ["Vietnam Committee on Human Rights", "VCHR"],
  },
  {
    id: "civicus",
    name: "CIVICUS",
    kind: "organisation",
    aliases: ["CIVICUS", "CIVICUS Monitor"],
  },
  {
    id: "pen-america",
    name: "PEN America",
    kind: "organisation",
    aliases: ["PEN America"],
  },
  {
    id: "viasna",
    name: "Viasna",
    kind: "organisation",
    aliases: ["Viasna Human Rights Centre", "Viasna"],
  },
];

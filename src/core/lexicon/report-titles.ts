// Report series and review mechanisms reporting names by title, with the issuer each implies.
// `pattern` is a regular-expression source matched case-sensitively at word boundaries; write
// plurals and optional words into it ("Country Reports? on ...").

export interface ReportTitle {
  /** Canonical title. */
  title: string;
  pattern: string;
  /** Issuer id in `REPORT_ISSUERS`, when the title belongs to one body. */
  issuer: string | null;
  /** Periodic reviews carry a cycle number ("UPR cycle III", "the third cycle of the UPR"). */
  cyclic?: boolean;
}

export const REPORT_TITLES: readonly ReportTitle[] = [
  {
    title: "Country Reports on Human Rights Practices",
    pattern: "Country Reports? on Human Rights Practices",
    issuer: "us-state-department",
  },
  {
    title: "International Religious Freedom Report",
    pattern: "International Religious Freedom Report|report on international religious freedom",
    issuer: "us-state-department",
  },
  {
    title: "Trafficking in Persons Report",
    pattern: "Trafficking in Persons Report",
    issuer: "us-state-department",
  },
  {
    title: "Annual Report on Human Rights and Democracy in the World",
    pattern: "(?:EU )?Annual Reports? on Human Rights and Democracy in the World",
    issuer: "eeas",
  },
  { title: "World Report", pattern: "World Report", issuer: "hrw" },
  {
    title: "World Press Freedom Index",
    pattern: "(?:World )?Press Freedom Index",
    issuer: "rsf",
  },
  { title: "Freedom in the World", pattern: "Freedom in the World", issuer: "freedom-house" },
  { title: "Freedom on the Net", pattern: "Freedom on the Net", issuer: "freedom-house" },
  { title: "Prison Census", pattern: "(?:annual )?[Pp]rison [Cc]ensus", issuer: "cpj" },
  {
    title: "Universal Periodic Review",
    pattern: "Universal Periodic Review|UPR",
    issuer: "un-human-rights-council",
    cyclic: true,
  },
  // Treaty bodies publish these after reviewing a state; the committee is named nearby.
  { title: "Concluding observations", pattern: "[Cc]oncluding [Oo]bservations", issuer: null },
];

/**
 * Nouns that head a reference to a report when a determiner, a possessive or an issuer is
 * attached ("its 2020 report", "the EEAS report", "a 57-page report").
 */
export const REPORT_NOUNS: readonly string[] = ["report", "reports", "Report", "Reports"];

/** Words that may stand between a determiner and a report noun ("its latest annual report"). */
export const REPORT_MODIFIERS: readonly string[] = [
  "annual",
  "Annual",
  "latest",
  "new",
  "recent",
  "most recent",
  "yearly",
  "final",
  "periodic",
  "global",
  "country",
  "Country",
  "human rights",
  "Human Rights",
  "rights",
  "special",
  "thematic",
  "damning",
  "critical",
  "controversial",
  "national",
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
];

/** Ordinals for review cycles, spelled out. */
export const CYCLE_ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
  "5th": 5,
};

/** Verbs of publishing: "the State Department released a report", "Amnesty issued its report". */
export const PUBLISH_VERBS: readonly string[] = [
  "announced",
  "released",
  "published",
  "issued",
  "presented",
  "adopted",
  "launched",
  "unveiled",
  "made public",
  "put out",
  "submitted",
  "announces",
  "releases",
  "publishes",
  "issues",
  "presents",
  "launches",
  "has released",
  "has published",
  "has issued",
];

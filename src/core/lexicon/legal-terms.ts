// Words that build legal citations, for the legal-references extractor. All folded (no diacritics)
// and lower-case: the extractor matches them against a folded copy of the text, so "Điều" and
// "Dieu", "khoản" and "khoan" are one entry each.

/** Words that introduce an article number: "Article 117", "Arts. 109", "Điều 117", "статья 342". */
export const ARTICLE_WORDS: readonly string[] = [
  "articles",
  "article",
  "arts.",
  "art.",
  "art",
  "dieu",
  "статьи",
  "статья",
  "статье",
  "ст.",
];

/** Words that introduce a clause (paragraph, part) number: "Clause 2", "khoản 1", "Part 4". */
export const CLAUSE_WORDS: readonly string[] = [
  "clauses",
  "clause",
  "paragraphs",
  "paragraph",
  "para.",
  "part",
  "khoan",
  "часть",
  "части",
  "ч.",
];

/** Words that introduce a point (lettered sub-clause): "Point a", "điểm a". */
export const POINT_WORDS: readonly string[] = ["point", "diem", "item"];

/** Words joining the items of a list: "Articles 109, 117 and 331", "Điều 117 và 331". */
export const LIST_JOINERS: readonly string[] = ["and", "or", "&", "va", "hoac", "и"];

/** Words making a range: "Articles 108 to 121". */
export const RANGE_WORDS: readonly string[] = ["to", "through", "den"];

/** Words between an article and the law it belongs to: "of the", "under", "của". */
export const LAW_LINKS: readonly string[] = ["of", "under", "in", "cua", "theo"];

/** Possessives and demonstratives before a law's name that say nothing about which law. */
export const LAW_DETERMINERS: readonly string[] = [
  "the country's",
  "the country'",
  "its",
  "the nation's",
  "the",
  "this",
];

/** Words after a number that make it a quantity, not an article: "Article 117, 10 years". */
export const QUANTITY_WORDS: readonly string[] = [
  "years",
  "year",
  "yrs",
  "months",
  "month",
  "days",
  "nam",
  "thang",
  "ngay",
  "people",
  "percent",
  "%",
];

/** The most a range may expand to; longer ranges are kept as their two ends. */
export const MAX_RANGE = 30;

/** International instruments, cited as jurisdiction INTL with no catalogue entry. */
export interface TreatyName {
  name: string;
  /** Folded spellings that cite it. */
  cites: readonly string[];
}

export const TREATIES: readonly TreatyName[] = [
  {
    name: "International Covenant on Civil and Political Rights",
    cites: [
      "international covenant on civil and political rights",
      "iccpr",
      "covenant on civil and political rights",
    ],
  },
  {
    name: "International Covenant on Economic, Social and Cultural Rights",
    cites: ["international covenant on economic, social and cultural rights", "icescr"],
  },
  {
    name: "Universal Declaration of Human Rights",
    cites: ["universal declaration of human rights", "udhr"],
  },
  {
    name: "Convention against Torture",
    cites: [
      "convention against torture",
      "convention against torture and other cruel, inhuman or degrading treatment or punishment",
    ],
  },
  {
    name: "Convention on the Rights of the Child",
    cites: ["convention on the rights of the child"],
  },
  {
    name: "European Convention on Human Rights",
    cites: ["european convention on human rights", "echr"],
  },
];

/** A constitution: cited with the jurisdiction of the text, no catalogue entry. */
export const CONSTITUTION_WORDS: readonly string[] = [
  "constitution",
  "hien phap",
  "конституция",
  "конституции",
];

/**
 * Words shortly before a one-word offence name that make it a charge ("convicted of subversion",
 * "crimes such as subversion"), matched as word prefixes on folded text.
 */
export const CHARGE_CUES: readonly string[] = [
  "convict",
  "charg",
  "accus",
  "sentenc",
  "arrest",
  "detain",
  "held",
  "prosecut",
  "indict",
  "jail",
  "imprison",
  "guilty",
  "crime",
  "offence",
  "offense",
  "suspicion",
  "tried",
  "trial",
  "investigat",
  "toi",
];

/** Phrases that cite again the article cited just before: "arrested under the same article". */
export const SAME_ARTICLE_PHRASES: readonly string[] = [
  "the same article",
  "that same article",
  "the same provision",
  "cung dieu luat",
  "cung dieu nay",
];

/** How many words before a one-word offence name a charge cue may stand. */
export const CHARGE_CUE_WINDOW = 8;

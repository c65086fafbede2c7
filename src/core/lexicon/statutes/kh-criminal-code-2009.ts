// Cambodia, Criminal Code of the Kingdom of Cambodia (2009, as amended in 2018): the articles
// used against critics, unionists, land activists and the opposition. The Khmer article titles
// were not checked, so no article carries a native name; chapters and sentencing brackets are not
// recorded either (the bracket figures in the notes are as the cited sources give them).
// "437 bis" is catalogued as "437-bis".
import type { ArticleData, CodeInfo, StatutePack } from "./schema.js";
import {
  KH_ABA_KONG_RAIYA,
  KH_AKP_2018_LESE_MAJESTE,
  KH_CAMBODIA_DAILY_2010,
  KH_CODE_ICJ,
  KH_CODE_KHMER,
  KH_HRW_2010,
  KH_HRW_2023_KEM_SOKHA,
  KH_IBA_2018_LESE_MAJESTE,
  KH_ICJ_LRWC_NY_CHAKRYA,
  KH_INCITEMENT_2010,
  KH_KHMER_TIMES_2020,
  KH_LICADHO_2010,
  KH_LICADHO_2018_LESE_MAJESTE,
  KH_LICADHO_2023_KEM_SOKHA,
  KH_PPP_2017_ARTICLE_443,
  KH_PPP_2018_LESE_MAJESTE,
  KH_PPP_2019_ARTICLE_453,
  KH_PPP_NY_NAK,
  KH_SEAPA_2010,
} from "./sources.js";

export const KH_CRIMINAL_CODE_2009: CodeInfo = {
  key: "criminal-code-2009",
  jurisdiction: "KH",
  name: "Criminal Code of the Kingdom of Cambodia",
  nativeName: "ក្រមព្រហ្មទណ្ឌនៃព្រះរាជាណាចក្រកម្ពុជា",
  year: 2009,
  otherYears: [],
  instrument:
    "Royal Kram NS/RKM/1109/022 of 30 November 2009; amended by Royal Kram NS/RKM/0218/003 of 27 February 2018",
  inForce: { from: "2010-12-10", until: null },
  names: ["Criminal Code", "Penal Code", "ក្រមព្រហ្មទណ្ឌ"],
  replacedBy: null,
  sources: [KH_CODE_KHMER, KH_CODE_ICJ, KH_LICADHO_2010, KH_SEAPA_2010],
};

const LICADHO_NINE =
  "One of the nine provisions LICADHO named in December 2010 as a threat to freedom of expression.";

const ARTICLES: ArticleData[] = [
  {
    article: "305",
    offense: "Public defamation",
    offenseAliases: [],
    chapter: null,
    restricts: ["expression"],
    restrictsSource: [KH_SEAPA_2010, KH_ICJ_LRWC_NY_CHAKRYA],
    sources: [KH_SEAPA_2010, KH_ICJ_LRWC_NY_CHAKRYA],
    note: `${LICADHO_NINE} A fine of 100,000 to 10 million riels; SEAPA's list gives no prison term. Used against Ny Chakrya (2016). The bare word 'defamation' is not an alias: it would claim every defamation case in a text of no known country.`,
  },
  {
    article: "307",
    offense: "Public insult",
    offenseAliases: [],
    chapter: null,
    restricts: ["expression"],
    restrictsSource: [KH_SEAPA_2010],
    sources: [KH_SEAPA_2010, KH_PPP_NY_NAK],
    note: `${LICADHO_NINE} A fine of 100,000 to 10 million riels (SEAPA's list).`,
  },
  {
    article: "311",
    offense: "Slanderous denunciation",
    offenseAliases: ["malicious denunciation"],
    chapter: null,
    restricts: ["expression"],
    restrictsSource: [KH_SEAPA_2010, KH_ICJ_LRWC_NY_CHAKRYA],
    sources: [KH_SEAPA_2010, KH_ICJ_LRWC_NY_CHAKRYA],
    note: `${LICADHO_NINE} 1 month to 1 year and a fine of 100,000 to 2 million riels (SEAPA's list). Used against Ny Chakrya (2016).`,
  },
  {
    article: "437-bis",
    offense: "Insult of the King",
    offenseAliases: ["insulting the King", "insult to the King"],
    chapter: null,
    restricts: ["expression"],
    restrictsSource: [KH_IBA_2018_LESE_MAJESTE, KH_LICADHO_2018_LESE_MAJESTE],
    sources: [
      KH_CODE_KHMER,
      KH_LICADHO_2018_LESE_MAJESTE,
      KH_PPP_2018_LESE_MAJESTE,
      KH_AKP_2018_LESE_MAJESTE,
    ],
    note: "Cambodia's lèse-majesté offence, added by the amendment of 27 February 2018 and in effect at once; it protects the King alone. 1 to 5 years and a fine of 2 to 10 million riels (as approved in draft). First conviction: Ban Somphy, Siem Reap, October 2018. 'Lèse-majesté' is not an alias: without a Thai jurisdiction cue, Thai reporting would be read as Cambodian.",
  },
  {
    article: "443",
    offense: "Conspiracy with a foreign power",
    offenseAliases: ["conspiring with a foreign power"],
    chapter: null,
    restricts: [],
    restrictsSource: [KH_HRW_2023_KEM_SOKHA],
    sources: [KH_PPP_2017_ARTICLE_443, KH_LICADHO_2023_KEM_SOKHA],
    note: "15 to 30 years. Kem Sokha was charged under it in September 2017 and convicted with article 439 in March 2023 (27 years). Human Rights Watch calls that conviction politically motivated but ties it to no one right, so none is marked.",
  },
  {
    article: "453",
    offense: "Plot",
    offenseAliases: [],
    chapter: null,
    restricts: [],
    restrictsSource: [],
    sources: [KH_PPP_2019_ARTICLE_453],
    note: "Taking part in a plot against the government (5 to 10 years, as the Ministry of Justice stated in 2019, warning those who backed Sam Rainsy's planned return). No source read in this pass ties the article by number to a right, so none is marked; the 2022 mass trials' 'conspiracy' charges were reported without article numbers in the sources read. The one-word name counts only after a charge word.",
  },
  {
    article: "494",
    offense: "Incitement (the public means of committing it)",
    offenseAliases: [],
    chapter: null,
    restricts: ["expression"],
    restrictsSource: [KH_ABA_KONG_RAIYA, KH_KHMER_TIMES_2020],
    sources: [KH_KHMER_TIMES_2020, KH_PPP_NY_NAK, KH_INCITEMENT_2010],
    note: "In every charge read it is cited with article 495 (Kong Raiya, 2020) or 496 (Ny Nak); reporting on the code describes it, with 495, as defining incitement by speech, writing, art or other media in public. Its own title was not checked, and the bare word 'incitement' is not an alias: it would claim incitement charges in texts of no known country, and in Cambodian texts it can mean 495 or 496 as well.",
  },
  {
    article: "495",
    offense: "Incitement to commit a felony",
    offenseAliases: [
      "incitement to commit a felony",
      "incitement to commit felony",
      "incitement to commit a crime",
      "incitement to disrupt social order",
    ],
    chapter: null,
    restricts: ["expression"],
    restrictsSource: [KH_LICADHO_2010, KH_HRW_2010, KH_ABA_KONG_RAIYA],
    sources: [KH_SEAPA_2010, KH_KHMER_TIMES_2020, KH_HRW_2010],
    note: `${LICADHO_NINE} 6 months to 2 years and 1 to 4 million riels when the incitement has no effect, 2 to 5 years and 4 to 10 million riels when it does (SEAPA's list). First used eight days after the code took effect (Seng Kunnaka, December 2010).`,
  },
  {
    article: "496",
    offense: "Incitement to discrimination",
    offenseAliases: ["incitement to discriminate"],
    chapter: null,
    restricts: ["expression"],
    restrictsSource: [KH_SEAPA_2010],
    sources: [KH_SEAPA_2010, KH_PPP_NY_NAK],
    note: `${LICADHO_NINE} 1 to 3 years and 2 to 6 million riels (SEAPA's list).`,
  },
  {
    article: "522",
    offense: "Publication of commentaries intended to unlawfully coerce judicial authorities",
    offenseAliases: [
      "publication of commentaries intended to coerce judicial authorities",
      "publishing commentaries intended to coerce judicial authorities",
      "publication of comments intended to influence a court",
    ],
    chapter: null,
    restricts: ["expression"],
    restrictsSource: [KH_ICJ_LRWC_NY_CHAKRYA, KH_CAMBODIA_DAILY_2010],
    sources: [KH_ICJ_LRWC_NY_CHAKRYA, KH_SEAPA_2010, KH_CAMBODIA_DAILY_2010],
    note: `${LICADHO_NINE} 1 to 6 months and 100,000 to 1 million riels. Used against Ny Chakrya (2016). Discrediting a judicial decision is the next article, 523.`,
  },
  {
    article: "523",
    offense: "Discrediting judicial decisions",
    offenseAliases: ["discrediting a judicial decision", "discrediting judicial decisions"],
    chapter: null,
    restricts: ["expression"],
    restrictsSource: [KH_LICADHO_2010, KH_CAMBODIA_DAILY_2010],
    sources: [KH_LICADHO_2010, KH_SEAPA_2010, KH_CAMBODIA_DAILY_2010],
    note: `${LICADHO_NINE} 1 to 6 months and 100,000 to 1 million riels.`,
  },
];

export const KH_CRIMINAL_CODE_2009_PACK: StatutePack = {
  code: KH_CRIMINAL_CODE_2009,
  articles: ARTICLES,
};

// China, Criminal Law of the People's Republic of China (1997 revision, as amended). Article 105
// holds two offences in two paragraphs, so they are separate entries: "105(1)" and "105(2)".
import type { ArticleData, CodeInfo, StatutePack } from "./schema.js";
import { CN_105_TEXT, CN_1997_TEXT, CN_293_HKFP, CN_293_WIKI, CN_WGAD_1997 } from "./sources.js";

export const CN_CRIMINAL_LAW_1997: CodeInfo = {
  key: "criminal-law-1997",
  jurisdiction: "CN",
  name: "Criminal Law of the People's Republic of China",
  nativeName: "中华人民共和国刑法",
  year: 1997,
  otherYears: [],
  instrument: "Adopted 1 July 1979, revised 14 March 1997, as amended",
  inForce: { from: "1997-10-01", until: null },
  names: ["Criminal Law", "Criminal Code", "Penal Code", "PRC Criminal Law", "刑法"],
  replacedBy: null,
  sources: [CN_1997_TEXT],
};

const CH1 = "Part II, Chapter I — Crimes of endangering national security";
const CH6 = "Part II, Chapter VI — Crimes of disrupting the order of social administration";

const ARTICLES: ArticleData[] = [
  {
    article: "105(1)",
    offense: "Subversion of state power",
    offenseAliases: [
      "subversion of state power",
      "subverting state power",
      "organising, plotting or carrying out subversion of state power",
      "subversion",
    ],
    nativeName: "颠覆国家政权罪",
    chapter: CH1,
    penalties: [
      {
        clause: "1",
        minMonths: 120,
        maxMonths: null,
        life: true,
        note: "ringleaders and those whose crimes are grave",
      },
    ],
    restricts: ["expression"],
    restrictsSource: [CN_WGAD_1997],
    sources: [CN_105_TEXT, CN_1997_TEXT],
    note: "Active participants 3–10 years; other participants up to 3 years or non-custodial measures.",
  },
  {
    article: "105(2)",
    offense: "Inciting subversion of state power",
    offenseAliases: [
      "inciting subversion of state power",
      "incitement to subvert state power",
      "incitement to subversion of state power",
      "inciting subversion",
    ],
    nativeName: "煽动颠覆国家政权罪",
    chapter: CH1,
    penalties: [
      {
        clause: "2",
        minMonths: null,
        maxMonths: 60,
        note: "or criminal detention, control, deprivation of political rights",
      },
    ],
    restricts: ["expression"],
    restrictsSource: [CN_WGAD_1997],
    sources: [CN_105_TEXT, CN_WGAD_1997],
    note: "Ringleaders and grave cases: not less than five years.",
  },
  {
    article: "293",
    offense: "Picking quarrels and provoking trouble",
    offenseAliases: [
      "picking quarrels and provoking trouble",
      "picking quarrels and provoking troubles",
      "picking quarrels and stirring up trouble",
      "picking quarrels and making trouble",
    ],
    nativeName: "寻衅滋事罪",
    chapter: CH6,
    penalties: [
      { clause: "1", minMonths: null, maxMonths: 60, note: "or criminal detention, control" },
    ],
    restricts: ["expression", "assembly"],
    restrictsSource: [CN_293_WIKI, CN_293_HKFP],
    sources: [CN_293_WIKI],
  },
];

export const CN_CRIMINAL_LAW_1997_PACK: StatutePack = {
  code: CN_CRIMINAL_LAW_1997,
  articles: ARTICLES,
};

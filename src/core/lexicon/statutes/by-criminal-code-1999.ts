// Belarus, Criminal Code of 9 July 1999 (No. 275-Z, as amended): the articles used in
// prosecutions after the 2020 protests. Article numbers carry suffixes ("361-1"); Russian titles
// are the code's own; sentencing brackets are not recorded (not checked against the text).
import type { ArticleData, CodeInfo, StatutePack } from "./schema.js";
import {
  BY_ART_361_1_TEXT,
  BY_ART_367_TEXT,
  BY_HUMAN_CONSTANTA_2020,
  BY_HUMAN_CONSTANTA_2022,
  BY_OBSERVATORY_2023,
  BY_VIASNA_2023_PROTEST_ARTICLES,
  BY_VIASNA_CASE_2022,
} from "./sources.js";

export const BY_CRIMINAL_CODE_1999: CodeInfo = {
  key: "criminal-code-1999",
  jurisdiction: "BY",
  name: "Criminal Code of the Republic of Belarus",
  nativeName: "Уголовный кодекс Республики Беларусь",
  year: 1999,
  otherYears: [],
  instrument: "Law No. 275-Z of 9 July 1999, as amended",
  inForce: { from: "2001-01-01", until: null },
  names: ["Criminal Code", "Penal Code", "Уголовный кодекс", "УК"],
  replacedBy: null,
  sources: [BY_VIASNA_CASE_2022],
};

const CH_STATE = "Crimes against the state and the order of administration";
const PROTEST = "Counted by Viasna among the 'protest articles' of political prosecutions.";

const ARTICLES: ArticleData[] = [
  {
    article: "130",
    offense: "Incitement of racial, national, religious or other social enmity or discord",
    offenseAliases: [
      "incitement of hatred",
      "incitement to hatred",
      "inciting hatred",
      "incitement of social enmity",
      "inciting social hatred",
    ],
    nativeName:
      "Разжигание расовой, национальной, религиозной либо иной социальной вражды или розни",
    nativeAliases: ["разжигание розни"],
    chapter: "Crimes against peace and the security of mankind",
    restricts: ["expression"],
    restrictsSource: [BY_HUMAN_CONSTANTA_2022, BY_VIASNA_2023_PROTEST_ARTICLES],
    sources: [BY_HUMAN_CONSTANTA_2022],
    note: PROTEST,
  },
  {
    article: "228",
    offense: "Smuggling",
    offenseAliases: ["smuggling"],
    nativeName: "Контрабанда",
    chapter: "Crimes against the order of economic activity",
    restricts: [],
    restrictsSource: [BY_OBSERVATORY_2023],
    sources: [BY_VIASNA_CASE_2022],
    note: "Used (part 4) against the Viasna leaders in 2023; the Observatory calls the charge trumped-up but does not tie it to one right, so none is marked.",
  },
  {
    article: "243",
    offense: "Tax evasion",
    offenseAliases: ["tax evasion", "evasion of taxes and levies"],
    nativeName: "Уклонение от уплаты сумм налогов, сборов",
    chapter: "Crimes against the order of economic activity",
    restricts: [],
    restrictsSource: [],
    sources: [BY_VIASNA_CASE_2022],
    note: "Used against Ales Bialiatski in 2011 (UN WGAD Opinion No. 39/2012 concerns that detention; its disposition was not read in this pass, so no right is marked).",
  },
  {
    article: "293",
    offense: "Mass riots",
    offenseAliases: [
      "mass riots",
      "mass riot",
      "organising mass riots",
      "participation in mass riots",
    ],
    nativeName: "Массовые беспорядки",
    chapter: "Crimes against public security",
    restricts: ["assembly"],
    restrictsSource: [BY_HUMAN_CONSTANTA_2020],
    sources: [BY_HUMAN_CONSTANTA_2020],
  },
  {
    article: "342",
    offense:
      "Organisation and preparation of actions grossly violating public order, or active participation in them",
    offenseAliases: [
      "actions grossly violating public order",
      "actions that grossly violate public order",
      "group actions grossly violating public order",
      "financing group actions grossly violating public order",
      "financing of group actions grossly violating public order",
      "gross violation of public order",
      "active participation in actions grossly violating public order",
    ],
    nativeName:
      "Организация и подготовка действий, грубо нарушающих общественный порядок, либо активное участие в них",
    nativeAliases: ["действия, грубо нарушающие общественный порядок"],
    chapter: CH_STATE,
    restricts: ["assembly"],
    restrictsSource: [BY_VIASNA_2023_PROTEST_ARTICLES, BY_OBSERVATORY_2023],
    sources: [BY_VIASNA_CASE_2022, BY_VIASNA_2023_PROTEST_ARTICLES],
    note: `${PROTEST} Part 2 (financing such actions) was used against the Viasna leaders.`,
  },
  {
    article: "361-1",
    offense: "Creation of an extremist formation or participation in it",
    offenseAliases: [
      "creating an extremist formation",
      "creation of an extremist formation",
      "participation in an extremist formation",
      "taking part in an extremist formation",
      "extremist formation",
    ],
    nativeName: "Создание экстремистского формирования либо участие в нем",
    chapter: CH_STATE,
    restricts: ["association"],
    restrictsSource: [BY_HUMAN_CONSTANTA_2022],
    sources: [BY_ART_361_1_TEXT],
  },
  {
    article: "361-4",
    offense: "Facilitating extremist activity",
    offenseAliases: ["facilitation of extremist activity", "assisting extremist activity"],
    nativeName: "Содействие экстремистской деятельности",
    chapter: CH_STATE,
    restricts: [],
    restrictsSource: [],
    sources: [BY_HUMAN_CONSTANTA_2022],
    note: "No source read in this pass judges this article's use, so no right is marked; the Russian title was not checked against the code.",
  },
  {
    article: "367",
    offense: "Defamation of the President of the Republic of Belarus",
    offenseAliases: ["defamation of the president", "slandering the president"],
    nativeName: "Клевета в отношении Президента Республики Беларусь",
    chapter: CH_STATE,
    restricts: [],
    restrictsSource: [],
    sources: [BY_ART_367_TEXT],
    note: "No source read in this pass judges this article's use, so no right is marked.",
  },
  {
    article: "368",
    offense: "Insulting the President of the Republic of Belarus",
    offenseAliases: ["insulting the president", "insult of the president"],
    nativeName: "Оскорбление Президента Республики Беларусь",
    chapter: CH_STATE,
    restricts: ["expression"],
    restrictsSource: [BY_VIASNA_2023_PROTEST_ARTICLES],
    sources: [BY_VIASNA_2023_PROTEST_ARTICLES],
    note: PROTEST,
  },
  {
    article: "369",
    offense: "Insulting a representative of authority",
    offenseAliases: [
      "insulting a representative of the authorities",
      "insulting a government official",
    ],
    nativeName: "Оскорбление представителя власти",
    chapter: CH_STATE,
    restricts: ["expression"],
    restrictsSource: [BY_VIASNA_2023_PROTEST_ARTICLES],
    sources: [BY_VIASNA_2023_PROTEST_ARTICLES],
    note: PROTEST,
  },
];

export const BY_CRIMINAL_CODE_1999_PACK: StatutePack = {
  code: BY_CRIMINAL_CODE_1999,
  articles: ARTICLES,
};

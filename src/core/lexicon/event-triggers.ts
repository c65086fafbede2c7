// Words that report arrests, trials, sentences and what follows them, with the event type each
// reports. Matched case-insensitively at word boundaries; longer phrases win over shorter ones.
//
// `verb` forms take a person as subject (passive: "she was arrested") or object (active: "police
// arrested her"); `noun` forms take a possessor ("her arrest") or an of-phrase ("the jailing of
// Xu"); `state` forms describe a condition the person is in ("remains in detention", "lives in
// exile") and take the person as subject.

import type { EventType } from "../types.js";

export interface EventTrigger {
  type: EventType;
  form: "verb" | "noun" | "state";
  words: readonly string[];
}

export const EVENT_TRIGGERS: readonly EventTrigger[] = [
  {
    type: "arrest",
    form: "verb",
    words: [
      "arrested",
      "arrests",
      "arrest",
      "taken into custody",
      "took into custody",
      "taken away",
      "took away",
      "apprehended",
      "rounded up",
      "abducted",
    ],
  },
  { type: "arrest", form: "noun", words: ["arrest", "arrests"] },
  {
    type: "detention",
    form: "verb",
    words: ["detained", "detains", "held incommunicado", "placed under house arrest"],
  },
  { type: "detention", form: "noun", words: ["detention"] },
  {
    type: "detention",
    form: "state",
    words: [
      "in detention",
      "in pre-trial detention",
      "in pretrial detention",
      "in custody",
      "under house arrest",
      "behind bars",
      "remains in prison",
      "remain in prison",
      "held in prison",
      "being held",
    ],
  },
  {
    type: "indictment",
    form: "verb",
    words: [
      "indicted",
      "indicts",
      "prosecuted",
      "prosecuting",
      "prosecutes",
      "charged",
      "formally accused",
    ],
  },
  { type: "indictment", form: "noun", words: ["indictment", "prosecution"] },
  {
    type: "trial",
    form: "verb",
    words: [
      "tried",
      "went on trial",
      "stood trial",
      "goes on trial",
      "put on trial",
      "brought to trial",
    ],
  },
  { type: "trial", form: "noun", words: ["trial", "hearing"] },
  {
    type: "sentence",
    form: "verb",
    words: [
      "sentenced",
      "sentences",
      "convicted",
      "convicts",
      "jailed",
      "jails",
      "imprisoned",
      "imprisons",
      "handed down",
      "handed",
      "received",
      "receives",
      "gets",
      "given",
    ],
  },
  { type: "sentence", form: "noun", words: ["jailing", "conviction", "verdict", "sentencing"] },
  {
    type: "appeal",
    form: "verb",
    words: ["appealed", "upheld", "upholds", "rejected the appeal", "dismissed the appeal"],
  },
  {
    type: "appeal",
    form: "noun",
    words: ["appeal", "appeals", "appeal hearing", "appellate trial"],
  },
  {
    type: "release",
    form: "verb",
    words: ["released", "releases", "freed", "frees", "set free", "let out of prison"],
  },
  { type: "release", form: "noun", words: ["release"] },
  {
    type: "exile",
    form: "verb",
    words: [
      "exiled",
      "deported",
      "expelled",
      "forced into exile",
      "sent into exile",
      "forced to leave",
    ],
  },
  { type: "exile", form: "state", words: ["in exile", "live in exile", "lives in exile"] },
  {
    type: "death-in-custody",
    form: "verb",
    words: [
      "died in custody",
      "died in prison",
      "died in detention",
      "died in police custody",
      "died while in custody",
    ],
  },
  { type: "death-in-custody", form: "noun", words: ["death in custody", "death in prison"] },
  { type: "execution", form: "verb", words: ["executed", "executes", "put to death", "hanged"] },
  { type: "execution", form: "noun", words: ["execution", "executions"] },
];

/**
 * Verbs that only report a sentence when a term follows ("received an eight-year sentence",
 * "gets 14 years", "handed down a 12-year term"): on their own they report nothing.
 */
export const NEEDS_TERM: readonly string[] = [
  "received",
  "receives",
  "gets",
  "given",
  "handed down",
  "handed",
];

/**
 * Words before a trigger, in the same clause, that make it something other than an event that
 * happened: a condition, a possibility, a risk, a demand or a denial.
 *   "if convicted", "could face", "the risk of arrest", "no one is arrested", "called for her
 *   release", "awaiting trial", "would have been jailed"
 */
export const NON_EVENT_CUES: readonly string[] = [
  "if",
  "unless",
  "could",
  "would",
  "might",
  "may",
  "will",
  "shall",
  "can",
  "cannot",
  "risk",
  "risks",
  "risking",
  "fear",
  "fears",
  "feared",
  "threat",
  "threatened",
  "threatening",
  "face",
  "faces",
  "facing",
  "no one",
  "nobody",
  "none",
  "not",
  "never",
  "n't",
  "neither",
  "nor",
  "without",
  "demand",
  "demands",
  "demanded",
  "demanding",
  "called for",
  "calls for",
  "calling for",
  "call for",
  "urged",
  "urges",
  "urging",
  "requested",
  "requests",
  "request",
  "asked",
  "awaiting",
  "await",
  "avoid",
  "to avoid",
  "prevent",
  "wants",
  "want",
  "wanted",
  "seek",
  "seeks",
  "sought",
  "expected",
  "likely",
  "pending",
  "planned",
  "plans",
  "so-called",
];

/** Nouns for people that a trigger's subject or object may be instead of a name. */
export const PERSON_NOUNS: readonly string[] = [
  "activist",
  "activists",
  "blogger",
  "bloggers",
  "dissident",
  "dissidents",
  "journalist",
  "journalists",
  "writer",
  "writers",
  "lawyer",
  "lawyers",
  "defender",
  "defenders",
  "defendant",
  "defendants",
  "member",
  "members",
  "man",
  "men",
  "woman",
  "women",
  "teacher",
  "pastor",
  "monk",
  "nun",
  "priest",
  "farmer",
  "farmers",
  "student",
  "students",
  "poet",
  "critic",
  "critics",
  "prisoner",
  "prisoners",
  "leader",
  "leaders",
  "campaigner",
  "campaigners",
  "protester",
  "protesters",
  "reporter",
  "reporters",
  "editor",
  "engineer",
  "artist",
  "collaborators",
  "colleagues",
  "others",
  "people",
  "HRDs",
  "HRD",
];

/** Number words for groups of people ("three key members", "both men"). */
export const GROUP_NUMBERS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  both: 2,
};

/**
 * Courts and prosecutors, whose names carry the place of a trial, sentence or indictment ("the
 * People's Court of Hanoi", "the People's Procuracy of Ho Chi Minh City").
 */
export const COURT_WORDS: readonly string[] = [
  "court",
  "Court",
  "tribunal",
  "Tribunal",
  "Procuracy",
  "procuracy",
  "Procuratorate",
];

/** Administrative words that follow or precede a place name ("Hoa Binh province"). */
export const PLACE_WORDS: readonly string[] = [
  "province",
  "Province",
  "city",
  "City",
  "district",
  "District",
  "county",
  "County",
  "region",
  "Region",
  "town",
  "village",
  "commune",
];

// Names that tie a text or a law to a jurisdiction (ISO 3166 alpha-2). Folded and lower-case.
// Country names also serve as possessives before a law ("Vietnam's Criminal Code") and after it
// ("the Criminal Code of Belarus").

export interface JurisdictionCue {
  code: string;
  /** Names of the state, usable as "X's" or "of X". */
  names: readonly string[];
  /** Adjectives and places that point to the state when counted over a document. */
  mentions: readonly string[];
}

export const JURISDICTION_CUES: readonly JurisdictionCue[] = [
  {
    code: "VN",
    names: [
      "vietnam",
      "viet nam",
      "the socialist republic of vietnam",
      "the socialist republic of viet nam",
    ],
    mentions: ["vietnamese", "hanoi", "ha noi", "ho chi minh city", "saigon", "viet nam"],
  },
  {
    code: "BY",
    names: ["belarus", "the republic of belarus"],
    mentions: ["belarusian", "belarusians", "minsk", "lukashenko", "viasna"],
  },
  {
    code: "CN",
    names: ["china", "the people's republic of china", "the prc", "prc"],
    mentions: ["chinese", "beijing", "xi jinping"],
  },
  {
    code: "KH",
    names: ["cambodia", "the kingdom of cambodia"],
    mentions: ["cambodian", "phnom penh", "khmer"],
  },
  {
    code: "MM",
    names: ["myanmar", "burma"],
    mentions: ["burmese", "yangon", "naypyidaw", "naypyitaw"],
  },
];

/** Adjectives before a law's name that give its jurisdiction: "the Vietnamese Criminal Code". */
export const JURISDICTION_ADJECTIVES: Readonly<Record<string, string>> = {
  vietnamese: "VN",
  belarusian: "BY",
  chinese: "CN",
  cambodian: "KH",
  burmese: "MM",
};

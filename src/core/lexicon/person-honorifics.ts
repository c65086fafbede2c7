// Words written before a person's name that are not part of it ("Mr. Tri", "Ông Trần Văn Lộc",
// "Pastor Y Nguôn"). Lower-cased and diacritic-folded, without a final stop. Only words that are
// never a Vietnamese given or family name: "Anh" and "Chi" are names too, so they are not here.
export const PERSON_HONORIFICS: ReadonlySet<string> = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "mx",
  "dr",
  "prof",
  "rev",
  "reverend",
  "fr",
  "father",
  "pastor",
  "ong",
  "ba",
]);

// Words that end in a full stop without ending the sentence ("Lt. Gen. Nguyen", "Nov. 19",
// "U.S. officials"). Lower-cased, without the final stop.
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "mx", "dr", "prof", "rev", "fr", "sr", "jr", "st", "msgr", "hon", "sen", "rep",
  "gov", "pres", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "adm", "cmdr", "brig",
  "lieut", "supt", "insp", "atty", "esq", "amb", "sec", "dept", "min", "no", "nos", "art", "arts",
  "para", "paras", "cl", "ch", "vol", "pp", "p", "fig", "ed", "eds", "est", "approx", "ca", "cf",
  "vs", "v", "etc", "inc", "ltd", "co", "corp", "bros", "assn", "ave", "blvd", "rd", "mt", "ft",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "u.s", "u.n", "u.k", "e.u", "d.c", "a.m", "p.m", "i.e", "e.g", "ph.d", "u.s.a",
]);

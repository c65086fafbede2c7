// Word-level equivalences for matching names and phrases across spellings. Keys and values are
// folded, lower-cased and already stripped of a plural "s" (see text/phrase-key.ts).

/** British → American spellings (either side may appear in a text or a catalogue alias). */
export const SPELLING_VARIANTS: Readonly<Record<string, string>> = {
  organisation: "organization",
  organise: "organize",
  organised: "organized",
  organising: "organizing",
  organiser: "organizer",
  defence: "defense",
  offence: "offense",
  practise: "practice",
  practising: "practicing",
  labour: "labor",
  behaviour: "behavior",
  honour: "honor",
  favour: "favor",
  centre: "center",
  programme: "program",
  criticise: "criticize",
  criticising: "criticizing",
  recognise: "recognize",
  authorise: "authorize",
  jeopardise: "jeopardize",
  destabilise: "destabilize",
  destabilising: "destabilizing",
};

/** Words a name may carry or drop without changing what it names ("the State" / "state"). */
export const IGNORABLE_WORDS: ReadonlySet<string> = new Set(["the", "a", "an"]);

/** Adjacent words that spell one word another way: "Viet Nam" = "Vietnam". */
export const JOINED_WORDS: ReadonlyArray<readonly [string, string, string]> = [
  ["viet", "nam", "vietnam"],
];

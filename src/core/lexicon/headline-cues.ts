// The verbs a title-case headline attributes with ("Lawyer Says Trial Was Unfair", "Court Must
// Hear Appeal, Families Tell Minister"). Other cue verbs in a headline are as often its subject's
// deed as a report ("Minister Denies Visa To Monk"), and title case hides which.
export const HEADLINE_CUE_LEMMAS: ReadonlySet<string> = new Set(["say", "tell"]);

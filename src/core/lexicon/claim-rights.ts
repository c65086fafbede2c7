// The rights the statute catalogue marks articles as restricting, and which claims and reports
// are about: the words the catalogue uses, so a catalogue entry can be passed through.

export const RIGHTS = ["expression", "assembly", "association", "religion", "movement"] as const;

export type Right = (typeof RIGHTS)[number];

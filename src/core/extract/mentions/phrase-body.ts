// The part of a speaker phrase that says who speaks. A relative clause or a document's wrapper
// around the phrase names other people and things ("Thạch" in "a former prisoner who shared a
// cell with Thạch", the court in "the indictment, which was read in court"); they are not the
// speaker.

export interface PhraseBody {
  /** `[from, to)` within the phrase: where to look for the speaker's name and head. */
  from: number;
  to: number;
  /** What the phrase is called when it names nobody known. */
  name: string;
}

// "a copy of the summons": the document inside is the source, not its copy.
const SUB_BODIES = /^(?:an?|the)\s+(?:copy|copies|transcript|text|recording|video)\s+of\s+/i;

/**
 * The body of `phrase`. A clause set off by a comma ("the indictment, which was read in court")
 * or led by a subject pronoun ("the summons he shared with reporters") only adds to it and is
 * dropped from the name too; a restrictive one ("a former prisoner who shared a cell with
 * Thạch") says which person is meant and stays in the name.
 */
export function phraseBody(phrase: string): PhraseBody {
  // (Only "a", "an" or "the" opens a copy; only a comma or a space opens a clause: "she",
  // "Lan" and "officials" are read without the patterns.)
  const c = phrase.charCodeAt(0) | 0x20;
  const sub = c === 0x61 || c === 0x74 ? SUB_BODIES.exec(phrase) : null;
  const from = sub === null ? 0 : sub[0].length;
  const rest = phrase.slice(from);
  if (!SPACE_OR_COMMA.test(rest))
    return { from, to: phrase.length, name: sub === null ? phrase : rest };
  const aside = /,\s+(?:which|who|whom|whose)\b|\s(?:he|she|they|we|I)\s+\p{Ll}+ed\b/u.exec(rest);
  if (aside !== null) {
    const body = rest.slice(0, aside.index);
    return { from, to: from + aside.index, name: body };
  }
  const restrictive = /\s(?:who|whom|whose|which|that)\s/.exec(rest);
  const to = restrictive === null ? phrase.length : from + restrictive.index;
  return { from, to, name: sub === null ? phrase : rest };
}

const SPACE_OR_COMMA = /[\s,]/;

import { describe, expect, it } from "vitest";
import { findTriggers } from "./find.js";
import { endsWithOf, isNonEvent } from "./non-event.js";

/** The whole text as one sentence. */
const all = (text: string) => ({ start: 0, end: text.length });

describe("endsWithOf: the words before a trigger end with 'of'", () => {
  it.each<[string, boolean]>([
    ["the risk of ", true],
    ["the fear OF\t", true],
    ["the threat of", true],
    ["afraid Of  \n ", true],
    ["the risk for ", false],
    ["of course ", false],
    ["f ", false],
    ["", false],
    // Only the two letters are read: "proof" ends with them too (the pattern then decides).
    ["proof ", true],
  ])("%j → %s", (text, expected) => {
    expect(endsWithOf(text, 0, text.length)).toBe(expected);
  });

  it("reads nothing before its floor", () => {
    const text = "the risk of ";
    expect(endsWithOf(text, 10, text.length)).toBe(false);
    expect(endsWithOf(text, 9, text.length)).toBe(true);
  });
});

describe("findTriggers: the auxiliaries before a verb", () => {
  it.each<[string, string, boolean, string]>([
    // sentence, trigger word, passive, the text from where the auxiliaries start
    ["Nguyen Van Long was later arrested in Vinh.", "arrested", true, "was later arrested"],
    ["Tran Thi Lan has been DETAINED since May.", "DETAINED", true, "has been DETAINED"],
    ["Police arrested Ly Van Sang.", "arrested", false, "arrested"],
    // A quantifier opening the clause is its subject, not an auxiliary.
    ["Both were convicted under Article 117.", "convicted", true, "were convicted"],
    ["They were BOTH convicted in Hanoi.", "convicted", true, "were BOTH convicted"],
    // Letters beyond ASCII are no auxiliary's, as the case-insensitive pattern read them.
    ["Long ſtill detained the files.", "detained", false, "detained"],
    ["Long wаs detained.", "detained", false, "detained"],
    ["Long remains  quickly detained.", "detained", false, "remains  quickly detained"],
  ])("%j", (sentence, word, passive, from) => {
    const hit = findTriggers(sentence, all(sentence)).find((h) => h.word === word)!;
    expect(hit.passive).toBe(passive);
    expect(sentence.slice(hit.auxStart, hit.end)).toBe(from);
  });
});

describe("findTriggers: noun or verb", () => {
  it.each<[string, string, string]>([
    ["Since her arrest, the family has had no news.", "arrest", "noun"],
    ["Police arrest bloggers every year.", "arrest", "verb"],
    ["Tho's arrests drew protests.", "arrests", "noun"],
    // A word with one form keeps it after a determiner.
    ["The sentences handed to them were harsh.", "sentences", "verb"],
    ["The trial of Mai Van Son opened.", "trial", "noun"],
  ])("%j: %s is a %s", (sentence, word, form) => {
    const hit = findTriggers(sentence, all(sentence)).find((h) => h.word === word)!;
    expect(hit.form).toBe(form);
  });
});

describe("isNonEvent: a cue in the trigger's clause", () => {
  it.each<[string, string, boolean]>([
    ["He could be arrested at any time.", "arrested", true],
    ["He was arrested on Monday.", "arrested", false],
    ["Lawyers called for her release.", "release", true],
    // A clause break between the cue and the trigger.
    ["He could not say; she was arrested on Monday.", "arrested", false],
    ["No one, the police said, was arrested.", "arrested", false],
    // Too far back: more than six words before the trigger.
    ["If the court agrees with the prosecutors in Hanoi, Long was arrested.", "arrested", false],
    ["She faces the risk of arrest.", "arrest", true],
    ["She spoke of arrest.", "arrest", false],
    ["She will serve probation after her release.", "release", true],
  ])("%j: %s → %s", (sentence, word, expected) => {
    const hit = findTriggers(sentence, all(sentence)).find((h) => h.word === word)!;
    expect(isNonEvent(sentence, all(sentence), hit)).toBe(expected);
  });
});

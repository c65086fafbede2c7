import { describe, expect, it } from "vitest";
import { roleKey } from "./description-words.js";

describe("roleKey", () => {
  it.each([
    ["spokesman", "spokes"],
    ["Spokeswoman", "spokes"],
    ["lawyers", "lawyer"],
    ["attorney", "lawyer"],
    ["counsel", "lawyer"],
    ["activists", "activist"],
    // A word every object inherits a property of is a word like any other.
    ["constructor", "constructor"],
    ["constructors", "constructor"],
  ])("%s → %s", (word, key) => {
    expect(roleKey(word)).toBe(key);
  });
});

import { describe, expect, it } from "vitest";
import { analyze } from "../../analyze.js";

// A named person's relation ("Hoa's lawyer") resolves only to whom the document introduced as
// that relation: [label, text, the speaker name of each statement in order].
const CASES: [string, string, string[]][] = [
  [
    "another lawyer in the same trial is not hers",
    "The court jailed Tran Thi Hoa for six years. Lawyer Pham Van Duc, tried in absentia beside her, got four years. Hoa's lawyer, who asked not to be named, said the defence would appeal.",
    ["Hoa's lawyer"],
  ],
  [
    "the relation the document introduced is",
    "Hoa's daughter, Le Thi Mai, said her mother was innocent. Later, Hoa's daughter said the family would appeal.",
    ["Le Thi Mai", "Le Thi Mai"],
  ],
  [
    "and a pronoun's relation still reads the nearest holder of the role",
    "Her lawyer, Pham Van Duc, visited her on Monday. Her lawyer said she was in good spirits.",
    ["Pham Van Duc"],
  ],
];

describe("a named person's relation as speaker", () => {
  it.each(CASES)("%s", (_label, text, names) => {
    const got = analyze({ text, date: "2024-03-01" }).statements.map((s) => s.speaker?.name);
    expect(got).toEqual(names);
  });
});

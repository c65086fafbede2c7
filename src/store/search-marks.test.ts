import { describe, expect, it } from "vitest";
import { foldForIndex } from "./fold-map.js";
import { searchMarks } from "./search-marks.js";

describe("search marks", () => {
  it.each([
    // A passage marks the words it holds twice or more, case aside.
    ["The court said the Court would rule on Friday.", false, "' court' ' the'"],
    // A title marks every word.
    ["Court jails blogger", true, "' blogger' ' court' ' jails'"],
    // Nothing repeated, nothing marked.
    ["Police detained two activists in Hanoi.", false, ""],
    // Numbers are words; a hyphen, an apostrophe or a dot ends one, as in PostgreSQL's parser.
    ["Article 117 and article 117-A; the 117th case's file.", false, "' 117' ' article'"],
    ["covid-19 rules, covid rules", false, "' covid' ' rules'"],
    // Folded like the index: "Nguyễn" and "Nguyen" are one word.
    ["Nguyễn Văn Đài said Nguyen Van Dai had", false, "' dai' ' nguyen' ' van'"],
    // A letter left outside ASCII against a word may join it, so every word counts.
    ["Chi nhánh東京 opened", false, "' chi' ' nhanh' ' opened'"],
    ["Tổ chức Ωmega said", false, "' chuc' ' mega' ' said' ' to'"],
    // Punctuation outside ASCII against a word does not.
    ["“The court,” said the court — again", false, "' court' ' the'"],
  ])("%s (title: %s) → %s", (text, title, marks) => {
    expect(searchMarks(foldForIndex(text), title)).toBe(marks);
  });
});

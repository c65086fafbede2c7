import { describe, expect, it } from "vitest";
import { storeItem, storeItems } from "../../src/ingest/store-item.js";
import { sourceDoc } from "../helpers/source-doc.js";

const doc = (name: string, text: string) => sourceDoc(name, text, "2024-04-02");

// Invented reports.
const DOCS = [
  doc(
    "a.txt",
    "Police in Da Nang on Friday detained Nguyen Van Phuc, a land-rights campaigner, his wife said.",
  ),
  doc(
    "b.txt",
    "“We will appeal,” the lawyer Tran Thi Lan said after the court jailed her client for five years.",
  ),
  doc("c.txt", "At least 40 people were questioned about the petition, according to the group."),
];

describe("storeItems", () => {
  it("gives each document, analysed in one batch, the item storeItem gives it alone", () => {
    const batch = storeItems(DOCS, "VN");
    expect(batch).toEqual(DOCS.map((d) => ({ item: storeItem(d, "VN") })));
  });
});

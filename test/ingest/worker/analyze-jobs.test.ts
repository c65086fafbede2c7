import { describe, expect, it } from "vitest";
import { ANALYSIS_BATCH } from "../../../src/ingest/analyze-service.js";
import { storeItem } from "../../../src/ingest/store-item.js";
import { readerFor } from "../../../src/ingest/readers/index.js";
import { analyzeUpload } from "../../../src/ingest/worker/analyze-jobs.js";

// Invented reports, more of them than one analysis batch holds, with a malformed line and an empty
// document among them.
const REPORTS = Array.from({ length: ANALYSIS_BATCH + 5 }, (_, i) => ({
  id: `r${i}`,
  date: "2024-05-06",
  text: `Police in Can Tho detained the blogger Pham Van Khoa ${i} on Monday, his sister said. “He wrote about the floods,” she told reporters.`,
}));
const LINES = [
  ...REPORTS.slice(0, 7).map((r) => JSON.stringify(r)),
  "{not json",
  JSON.stringify({ id: "blank", text: "   " }),
  ...REPORTS.slice(7).map((r) => JSON.stringify(r)),
];

describe("analyzeUpload", () => {
  it("gives a many-document upload the items each document gets alone, failures by name", async () => {
    const bytes = new TextEncoder().encode(LINES.join("\n") + "\n");
    const req = {
      name: "batch.jsonl",
      bytes,
      maxInputBytes: 1 << 20,
      maxDocumentChars: 100_000,
      jurisdiction: "VN",
    };
    const got = await analyzeUpload(req);

    const alone = [];
    for await (const read of readerFor(req.name)!.read(
      { name: req.name, path: req.name, bytes },
      { maxDocumentChars: req.maxDocumentChars },
    ))
      if (read.ok) alone.push(storeItem(read.doc, "VN"));
    expect(alone).toHaveLength(REPORTS.length);
    expect(got.items).toEqual(alone);
    expect(got.items[0]!.record.statements.length).toBeGreaterThan(0);
    expect(got.failures.map((f) => f.error.message)).toEqual([
      expect.stringMatching(/^batch\.jsonl:8: malformed: not JSON/),
      expect.stringMatching(/^batch\.jsonl:9: malformed: "text" is empty/),
    ]);
  });
});

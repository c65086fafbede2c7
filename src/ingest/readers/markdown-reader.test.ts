import { describe, expect, it } from "vitest";
import { markdownReader } from "./markdown-reader.js";
import { markdownToText } from "./markdown-text.js";
import type { ReadResult } from "./types.js";

function readOne(md: string, path = "examples/01-court.md"): ReadResult {
  const results = [
    ...(markdownReader.read(
      { name: path, path, bytes: new TextEncoder().encode(md) },
      { maxDocumentChars: 1e6 },
    ) as Iterable<ReadResult>),
  ];
  expect(results).toHaveLength(1);
  return results[0]!;
}

describe("markdown reader", () => {
  it("takes metadata from front matter and offsets from the body", () => {
    const r = readOne(
      '---\ntitle: "Court jails blogger"\noutlet: Mekong Wire\ndate: 2024-03-14\nurl: https://example.org/a\n---\nThe court ruled on **Tuesday**.\n',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc).toMatchObject({
      title: "Court jails blogger",
      outlet: "Mekong Wire",
      date: "2024-03-14",
      url: "https://example.org/a",
      format: "markdown",
    });
    expect(r.doc.text).toBe("The court ruled on Tuesday.\n");
  });

  it("falls back to the file name for the date", () => {
    const r = readOne("# Title\n\nBody.\n", "notes/report-2021-04-22.md");
    expect(r.ok && r.doc.date).toBe("2021-04-22");
    expect(r.ok && r.doc.title).toBe("Title");
  });

  it("reports a document that is only front matter as empty", () => {
    const r = readOne("---\ntitle: x\n---\n\n");
    expect(r.ok).toBe(false);
    expect(!r.ok && (r.error as { code?: string }).code).toBe("VIGIL_ERR_SOURCE_EMPTY");
  });
});

describe("markdownToText", () => {
  it.each([
    ["## Court jails blogger", "Court jails blogger\n"],
    ["> “We will appeal,” he said.", "“We will appeal,” he said.\n"],
    ["[the report](https://x.org) says", "the report says\n"],
    ["She was *charged* under __Article 117__.", "She was charged under Article 117.\n"],
    ["snake_case_name stays", "snake_case_name stays\n"],
    ["A\n\n\n\nB", "A\n\nB\n"],
  ])("%j", (md, text) => {
    expect(markdownToText(md)).toBe(text);
  });
});

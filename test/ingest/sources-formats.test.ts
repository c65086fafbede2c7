import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSources, type SourceOptions } from "../../src/ingest/sources.js";
import type { ReadResult } from "../../src/ingest/readers/types.js";
import { IMAGE_PAGE, makePdf, textPage } from "../helpers/make-pdf.js";
import { newsPage } from "../helpers/news-page.js";
import { tempDir } from "../helpers/tmp.js";

const limits: SourceOptions = { maxInputBytes: 1024 * 1024, maxDocumentChars: 100_000 };

async function collect(paths: string[]): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readSources(paths, limits)) out.push(r);
  return out;
}

function summary(results: ReadResult[]): string[] {
  return results.map((r) =>
    r.ok
      ? `ok ${r.doc.name} ${r.doc.format}`
      : `fail ${r.name} ${(r.error as { code?: string }).code}`,
  );
}

describe("readSources with web pages, PDFs and feeds", () => {
  it("walks a folder of mixed formats, reporting bad files and items and going on", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a-page.html"), newsPage());
    writeFileSync(join(dir, "b-broken.htm"), "<html><body><div><img src=x></div>");
    writeFileSync(
      join(dir, "c-report.pdf"),
      makePdf({ pages: [textPage(["The verdict was read."])] }),
    );
    writeFileSync(join(dir, "d-scan.pdf"), makePdf({ pages: [IMAGE_PAGE] }));
    writeFileSync(
      join(dir, "e-locked.pdf"),
      makePdf({ pages: [textPage(["x"])], encrypted: true }),
    );
    writeFileSync(
      join(dir, "f-news.rss"),
      "<rss><channel><title>W</title><item><description>One.</description></item><item><title>No text</title></item></channel></rss>",
    );
    writeFileSync(
      join(dir, "g-sitemap.xml"),
      "<urlset><url><loc>https://x.example/</loc></url></urlset>",
    );
    writeFileSync(join(dir, "h-bad.atom"), "<feed><entry></feed>");
    const p = (n: string): string => join(dir, n);
    expect(summary(await collect([dir]))).toEqual([
      `ok ${p("a-page.html")} html`,
      `fail ${p("b-broken.htm")} VIGIL_ERR_SOURCE_MALFORMED`,
      `ok ${p("c-report.pdf")} pdf`,
      `fail ${p("d-scan.pdf")} VIGIL_ERR_SOURCE_NO_TEXT`,
      `fail ${p("e-locked.pdf")} VIGIL_ERR_SOURCE_ENCRYPTED`,
      `ok ${p("f-news.rss")}#item-1 feed`,
      `fail ${p("f-news.rss")}#item-2 VIGIL_ERR_SOURCE_EMPTY`,
      `fail ${p("g-sitemap.xml")} VIGIL_ERR_SOURCE_UNSUPPORTED`,
      `fail ${p("h-bad.atom")} VIGIL_ERR_SOURCE_MALFORMED`,
    ]);
  });
});

// Reader throughput: documents per second for the HTML reader on a 20 KB news page (against the
// bare cost of linkedom + Readability on the same page), feed items per second, PDF pages per
// second. The pages are generated (test/helpers), not taken from any site.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { feedReader } from "../src/ingest/readers/feed-reader.js";
import { htmlReader } from "../src/ingest/readers/html-reader.js";
import { pdfReader } from "../src/ingest/readers/pdf-reader.js";
import type { Reader, ReadResult } from "../src/ingest/readers/types.js";
import { makePdf, textPage } from "../test/helpers/make-pdf.js";
import { ARTICLE_PARAGRAPHS, newsPage } from "../test/helpers/news-page.js";
import { type Benchmark, fmt, now, table } from "./harness.js";

const LIMITS = { maxDocumentChars: 10_000_000 };

/** A news page of at least `bytes` bytes: the article paragraphs repeated, numbered apart. */
export function sizedNewsPage(bytes: number, container: "article" | "div" = "article"): string {
  const paragraphs: string[] = [];
  let html = newsPage({ container });
  for (let round = 1; Buffer.byteLength(html) < bytes; round++) {
    paragraphs.push(...ARTICLE_PARAGRAPHS.map((p) => `${p} (${round})`));
    html = newsPage({ paragraphs, container });
  }
  return html;
}

async function drain(reader: Reader, bytes: Uint8Array, name: string): Promise<number> {
  let docs = 0;
  for await (const r of reader.read(
    { name, path: name, bytes },
    LIMITS,
  ) as AsyncIterable<ReadResult>) {
    if (!r.ok) throw r.error;
    docs++;
  }
  return docs;
}

async function perSecond(
  n: number,
  work: () => Promise<number> | number,
): Promise<[number, number]> {
  let units = 0;
  const t0 = now();
  for (let i = 0; i < n; i++) units += await work();
  const ms = now() - t0;
  return [units / (ms / 1000), ms / n];
}

export const readersBench: Benchmark = {
  name: "readers",
  description: "HTML reader on a 20 KB page vs bare linkedom + Readability; feed and PDF readers",
  async run(ctx) {
    const html = sizedNewsPage(20 * 1024);
    const htmlBytes = new TextEncoder().encode(html);
    const divBytes = new TextEncoder().encode(sizedNewsPage(20 * 1024, "div"));
    const items = Array.from(
      { length: 50 },
      (_, i) =>
        `<item><title>Item ${i}</title><link>https://courier.example/${i}</link><pubDate>Tue, 14 May 2024 09:00:00 +0700</pubDate><description><![CDATA[${ARTICLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}]]></description></item>`,
    );
    const feedBytes = new TextEncoder().encode(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Courier</title>${items.join("")}</channel></rss>`,
    );
    const pdfBytes = makePdf({
      pages: Array.from({ length: 20 }, () =>
        textPage(ARTICLE_PARAGRAPHS.flatMap((p) => [...(p.match(/.{1,80}(\s|$)/g) ?? []), null])),
      ),
    });
    const n = ctx.quick ? 50 : 500;
    ctx.log(
      `html page ${fmt(htmlBytes.length / 1024)} KiB; feed of ${items.length} items ${fmt(feedBytes.length / 1024)} KiB; PDF of 20 pages ${fmt(pdfBytes.length / 1024)} KiB`,
    );

    const bare = (): number => {
      const { document } = parseHTML(html) as unknown as { document: unknown };
      new Readability(document as never).parse();
      return 1;
    };
    // Warm-up, so that the JIT has seen every path before the clock starts.
    for (let i = 0; i < 30; i++) {
      bare();
      await drain(htmlReader, htmlBytes, "page.html");
      await drain(htmlReader, divBytes, "page.html");
    }
    await drain(feedReader, feedBytes, "feed.rss");
    await drain(pdfReader, pdfBytes, "report.pdf");

    const [baseRate, baseMs] = await perSecond(n, bare);
    const [htmlRate, htmlMs] = await perSecond(n, () => drain(htmlReader, htmlBytes, "page.html"));
    const [divRate, divMs] = await perSecond(n, () => drain(htmlReader, divBytes, "page.html"));
    const [feedRate, feedMs] = await perSecond(Math.ceil(n / 10), () =>
      drain(feedReader, feedBytes, "feed.rss"),
    );
    const [pdfRate, pdfMs] = await perSecond(Math.ceil(n / 10), async () => {
      await drain(pdfReader, pdfBytes, "report.pdf");
      return 20;
    });
    ctx.log(
      table([
        ["reader", "units/s", "ms per file", "vs baseline"],
        ["linkedom + Readability (baseline), pages", fmt(baseRate), fmt(baseMs, 2), "1.00x"],
        [
          "html reader, <article> pages",
          fmt(htmlRate),
          fmt(htmlMs, 2),
          `${fmt(htmlRate / baseRate, 2)}x`,
        ],
        [
          "html reader, unmarked pages (Readability)",
          fmt(divRate),
          fmt(divMs, 2),
          `${fmt(divRate / baseRate, 2)}x`,
        ],
        ["feed reader, items", fmt(feedRate), fmt(feedMs, 2), ""],
        ["pdf reader, pages", fmt(pdfRate), fmt(pdfMs, 2), ""],
      ]),
    );
  },
};

import { writeFileSync } from "node:fs";

// Made-up items in the style of human-rights reporting, for feed tests (never real articles).

export interface NewsItem {
  title: string;
  body: string;
  date: string;
}

export const ITEMS: readonly NewsItem[] = [
  {
    title: "Blogger held for a third month without trial",
    date: "Tue, 14 May 2024 09:00:00 +0700",
    body: "CAN THO — A blogger arrested in February is still held without trial, his wife said on Tuesday. “They have not let me see him once,” she told reporters outside the provincial detention centre.",
  },
  {
    title: "Appeals court upholds sentence of land activist",
    date: "Wed, 15 May 2024 10:00:00 +0700",
    body: "HANOI — An appeals court on Wednesday upheld a six-year prison sentence for a land-rights activist convicted under Article 117 of the Criminal Code, her lawyer said.",
  },
  {
    title: "Rights group counts 160 people detained for their views",
    date: "Thu, 16 May 2024 08:30:00 +0700",
    body: "BANGKOK — A regional rights group said on Thursday that at least 160 people were detained for peaceful expression as of 1 May 2024, 41 of them women.",
  },
  {
    title: "Ministry rejects report on press freedom",
    date: "Fri, 17 May 2024 15:00:00 +0700",
    body: "HANOI — A foreign ministry spokesperson on Friday rejected an annual report on press freedom, saying that “no journalist is held for his work” and calling the report biased.",
  },
];

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** An RSS 2.0 file of these items. */
export function rss(items: readonly NewsItem[], outlet = "Delta Rights Monitor"): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${esc(outlet)}</title><link>https://monitor.example.org/</link>
${items
  .map(
    (
      it,
      i,
    ) => `<item><title>${esc(it.title)}</title><link>https://monitor.example.org/${i + 1}</link>
<pubDate>${it.date}</pubDate><description>${esc(it.body)}</description></item>`,
  )
  .join("\n")}
</channel></rss>
`;
}

export function writeRss(path: string, items: readonly NewsItem[]): void {
  writeFileSync(path, rss(items));
}

/** A JSONL batch of these items. */
export function writeJsonl(path: string, items: readonly NewsItem[]): void {
  writeFileSync(
    path,
    items
      .map((it, i) => JSON.stringify({ id: `item-${i + 1}`, title: it.title, text: it.body }))
      .join("\n") + "\n",
  );
}

/** Not well-formed XML: the reader reports the file as malformed. */
export const BROKEN_RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Cut off`;

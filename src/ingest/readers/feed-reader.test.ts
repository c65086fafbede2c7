import { describe, expect, it } from "vitest";
import { feedDate, feedReader } from "./feed-reader.js";
import { xmlCharacterData } from "./feed-xml.js";
import type { ReadResult, SourceDocument } from "./types.js";

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function read(xml: string | Uint8Array, path = "feeds/courier.rss"): ReadResult[] {
  const bytes = typeof xml === "string" ? enc(xml) : xml;
  return [
    ...(feedReader.read(
      { name: path, path, bytes },
      { maxDocumentChars: 1e6 },
    ) as Iterable<ReadResult>),
  ];
}

function docs(xml: string, path?: string): SourceDocument[] {
  return read(xml, path).map((r) => {
    if (!r.ok) throw r.error;
    return r.doc;
  });
}

function summary(results: ReadResult[]): string[] {
  return results.map((r) =>
    r.ok ? `ok ${r.doc.name}` : `fail ${r.name} ${(r.error as { code?: string }).code}`,
  );
}

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>Highland Courier &amp;amp; Friends</title>
  <link>https://courier.example/</link>
  <atom:link href="https://courier.example/feed.rss" rel="self" type="application/rss+xml"/>
  <language>en</language>
  <item>
    <title>Blogger jailed for six years</title>
    <link>https://courier.example/news/blogger-jailed</link>
    <guid isPermaLink="false">courier-20240514-001</guid>
    <pubDate>Tue, 14 May 2024 01:20:00 +0700</pubDate>
    <dc:creator>Pham Quoc Bao</dc:creator>
    <description>Short summary only.</description>
    <content:encoded><![CDATA[<p>The provincial court sentenced the blogger to six years.</p>
      <div class="share-tools"><a href="#">Share</a></div>
      <p>Her lawyer said: <q>We will appeal</q>.</p>
      <figure><img src="a.jpg"><figcaption>The courthouse.</figcaption></figure>]]></content:encoded>
  </item>
  <item>
    <title>Photo gallery</title>
    <link>https://courier.example/gallery</link>
    <description><![CDATA[<img src="g.jpg">]]></description>
  </item>
  <item>
    <title>Appeal hearing set</title>
    <guid>https://courier.example/news/appeal-set</guid>
    <pubDate>Wed, 05 Jun 2024 08:00:00 GMT</pubDate>
    <author>desk@courier.example (Courts Desk)</author>
    <description>&lt;p&gt;The appeal will be heard on &lt;b&gt;June 20&lt;/b&gt; in Da Lat &amp;amp; the family plans to attend.&lt;/p&gt;</description>
  </item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <title type="text">Delta Rights Monitor</title>
  <link rel="alternate" href="https://delta.example/"/>
  <link rel="self" href="https://delta.example/atom.xml"/>
  <id>urn:uuid:delta-feed</id>
  <updated>2024-06-01T12:00:00Z</updated>
  <entry>
    <title type="html">Activist &lt;em&gt;released&lt;/em&gt; after five years</title>
    <link rel="alternate" href="https://delta.example/released"/>
    <id>urn:uuid:entry-1</id>
    <published>2024-05-31T23:30:00-05:00</published>
    <updated>2024-06-01T10:00:00Z</updated>
    <author><name>Do Thi Lan</name></author>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>He was freed at dawn &amp; met his family.</p><p>He said he would rest first.</p></div></content>
  </entry>
  <entry>
    <title>Trial postponed</title>
    <link href="https://delta.example/postponed"/>
    <id>urn:uuid:entry-2</id>
    <updated>2024-04-02T09:00:00+07:00</updated>
    <summary type="html">&lt;p&gt;The court postponed the trial &lt;i&gt;again&lt;/i&gt;.&lt;/p&gt;<![CDATA[<p>No new date was given.</p>]]></summary>
  </entry>
  <entry>
    <title>Plain text entry</title>
    <id>urn:uuid:entry-3</id>
    <updated>2024-03-01T09:00:00Z</updated>
    <content>Two activists were summoned.

They refused to go &lt;alone&gt;.</content>
  </entry>
</feed>`;

describe("feed reader: RSS", () => {
  it("makes each item a document and reports an item without text by its number", () => {
    expect(summary(read(RSS))).toEqual([
      "ok feeds/courier.rss#item-1",
      "fail feeds/courier.rss#item-2 VIGIL_ERR_SOURCE_EMPTY",
      "ok feeds/courier.rss#item-3",
    ]);
  });

  it("takes the full content, drops widgets and captions, and keeps the metadata", () => {
    const [first, third] = docs(RSS.replace(/<item>\s*<title>Photo gallery[\s\S]*?<\/item>/, ""));
    expect(first).toMatchObject({
      name: "feeds/courier.rss#item-1",
      id: "courier-20240514-001",
      format: "feed",
      title: "Blogger jailed for six years",
      url: "https://courier.example/news/blogger-jailed",
      date: "2024-05-14",
      author: "Pham Quoc Bao",
      outlet: "Highland Courier & Friends",
      language: "en",
      text: "The provincial court sentenced the blogger to six years.\n\nHer lawyer said: “We will appeal”.",
      provenance: { item: 1, feedUrl: "https://courier.example/" },
    });
    expect(third).toMatchObject({
      url: "https://courier.example/news/appeal-set",
      date: "2024-06-05",
      author: "Courts Desk",
      text: "The appeal will be heard on June 20 in Da Lat & the family plans to attend.",
    });
  });

  it("reads RSS 1.0 (RDF)", () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://old.example/"><title>Old Wire</title><link>https://old.example/</link></channel>
  <item rdf:about="https://old.example/1"><title>Detained</title><link>https://old.example/1</link>
    <description>Police detained a writer in Hue.</description><dc:date>2009-11-02</dc:date><dc:creator>Staff</dc:creator></item>
</rdf:RDF>`;
    expect(docs(rdf, "old.rdf.xml")[0]).toMatchObject({
      title: "Detained",
      outlet: "Old Wire",
      date: "2009-11-02",
      author: "Staff",
      text: "Police detained a writer in Hue.",
    });
  });
});

describe("feed reader: Atom", () => {
  it("reads xhtml, html and text content and summaries", () => {
    const [one, two, three] = docs(ATOM, "feeds/delta.atom");
    expect(one).toMatchObject({
      id: "urn:uuid:entry-1",
      title: "Activist released after five years",
      url: "https://delta.example/released",
      date: "2024-05-31",
      author: "Do Thi Lan",
      outlet: "Delta Rights Monitor",
      language: "vi",
      text: "He was freed at dawn & met his family.\n\nHe said he would rest first.",
      provenance: { item: 1, feedUrl: "https://delta.example/" },
    });
    expect(two).toMatchObject({
      url: "https://delta.example/postponed",
      date: "2024-04-02",
      text: "The court postponed the trial again.\n\nNo new date was given.",
    });
    expect(three!.text).toBe("Two activists were summoned.\n\nThey refused to go <alone>.");
  });
});

describe("feed reader: bad and hostile files", () => {
  it("reports malformed XML for the whole file, with the place", () => {
    const r = read(`<rss><channel><title>x</title><item><title>a</item></channel></rss>`);
    expect(summary(r)).toEqual(["fail feeds/courier.rss VIGIL_ERR_SOURCE_MALFORMED"]);
    expect(!r[0]!.ok && r[0]!.error.message).toMatch(
      /not well-formed XML: .*\(line 1, column \d+\)/,
    );
  });

  it("refuses a billion-laughs feed quickly, without expanding anything", () => {
    let entities = '<!ENTITY lol "lol">';
    for (let i = 1; i <= 9; i++) {
      const prev = i === 1 ? "lol" : `lol${i - 1}`;
      entities += `<!ENTITY lol${i} "${`&${prev};`.repeat(10)}">`;
    }
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [${entities}]><rss><channel><title>&lol9;</title><item><description>&lol9;</description></item></channel></rss>`;
    const before = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const r = read(bomb);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
    expect(summary(r)).toEqual(["fail feeds/courier.rss VIGIL_ERR_SOURCE_MALFORMED"]);
    expect(!r[0]!.ok && r[0]!.error.message).toContain("declares entities");
  });

  it("refuses external entities (no file or network access)", () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><description>&x;</description></item></channel></rss>`;
    expect(summary(read(xxe))).toEqual(["fail feeds/courier.rss VIGIL_ERR_SOURCE_MALFORMED"]);
  });

  it("reads a feed with a DOCTYPE but no entity declarations", () => {
    const rss091 = `<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>Old</title><item><title>t</title><description>A caf&amp;eacute; owner was fined.</description></item></channel></rss>`;
    expect(docs(rss091)[0]!.text).toBe("A café owner was fined.");
  });

  it.each([
    ["an XML file that is not a feed", "data/config.xml", "VIGIL_ERR_SOURCE_UNSUPPORTED"],
    ["an .rss file that is not a feed", "feeds/courier.rss", "VIGIL_ERR_SOURCE_MALFORMED"],
  ])("reports %s", (_name, path, code) => {
    const r = read(`<?xml version="1.0"?><settings><mode>fast</mode></settings>`, path);
    expect(summary(r)).toEqual([`fail ${path} ${code}`]);
    expect(!r[0]!.ok && r[0]!.error.message).toContain(
      "not an RSS or Atom feed (root element <settings>)",
    );
  });

  it("reports a feed with no items as empty, and an empty file as empty", () => {
    expect(summary(read("<rss><channel><title>Quiet</title></channel></rss>"))).toEqual([
      "fail feeds/courier.rss VIGIL_ERR_SOURCE_EMPTY",
    ]);
    expect(summary(read(""))).toEqual(["fail feeds/courier.rss VIGIL_ERR_SOURCE_EMPTY"]);
  });

  it("honours the encoding in the XML declaration", () => {
    const bytes = Uint8Array.from([
      ...enc('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><item><description>Caf'),
      0xe9,
      ...enc(" owners were fined.</description></item></channel></rss>"),
    ]);
    const r = read(bytes);
    expect(r[0]!.ok && r[0]!.doc.text).toBe("Café owners were fined.");
  });
});

describe("feed helpers", () => {
  it.each([
    ["Tue, 14 May 2024 01:20:00 +0700", "2024-05-14"],
    ["5 Jun 24 08:00 GMT", "2024-06-05"],
    ["2024-05-31T23:30:00-05:00", "2024-05-31"],
    ["not a date", null],
  ])("feedDate(%j)", (value, date) => {
    expect(feedDate(value)).toBe(date);
  });

  it("decodes XML character data once, keeping CDATA verbatim", () => {
    expect(xmlCharacterData("&lt;p&gt;Fish &amp;amp; chips<![CDATA[ & <b>&amp;</b>]]>&#233;")).toBe(
      "<p>Fish &amp; chips & <b>&amp;</b>é",
    );
  });
});

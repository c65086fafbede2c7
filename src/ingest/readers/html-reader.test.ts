import { describe, expect, it, vi } from "vitest";
import { VigilError } from "../../errors.js";
import { ARTICLE_PARAGRAPHS, newsPage } from "../../../test/helpers/news-page.js";
import { withFallback } from "./html-article.js";
import { htmlReader } from "./html-reader.js";
import type { ReadResult, SourceDocument } from "./types.js";

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function read(html: string | Uint8Array, path = "pages/trial.html"): ReadResult {
  const bytes = typeof html === "string" ? enc(html) : html;
  const results = [
    ...(htmlReader.read(
      { name: path, path, bytes },
      { maxDocumentChars: 1e6 },
    ) as Iterable<ReadResult>),
  ];
  expect(results).toHaveLength(1);
  return results[0]!;
}

function doc(html: string | Uint8Array, path?: string): SourceDocument {
  const r = read(html, path);
  if (!r.ok) throw r.error;
  return r.doc;
}

function failure(html: string | Uint8Array): { code: string; message: string } {
  const r = read(html);
  expect(r.ok).toBe(false);
  return !r.ok ? (r.error as Error & { code: string }) : { code: "", message: "" };
}

const page = (head: string, body: string, lang = ""): string =>
  `<!DOCTYPE html><html${lang}><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

const BODY = `<article><p>${ARTICLE_PARAGRAPHS.join("</p><p>")}</p></article>`;

describe("html reader: article body", () => {
  it.each([
    ["an <article>", "article", "article"],
    ["an unmarked <div>, through Readability", "div", "readability"],
  ] as const)(
    "keeps the story in %s and drops the furniture around it",
    (_name, container, method) => {
      const d = doc(newsPage({ container }));
      expect(d.text).toBe(ARTICLE_PARAGRAPHS.join("\n\n"));
      expect(d.provenance).toEqual({ extraction: method });
      for (const furniture of [
        "Courts",
        "Share on Facebook",
        "Email this story",
        "Photo: Courier staff",
        "Related news",
        "Police detain two farmers",
        "All rights reserved",
        "Sign in",
        "inbox every morning",
        "Tags:",
        "Read more",
        "dataLayer",
      ])
        expect(d.text).not.toContain(furniture);
    },
  );

  it("takes title, date, author, URL, outlet and language from the page metadata", () => {
    expect(doc(newsPage())).toMatchObject({
      format: "html",
      title: "Blogger jailed for six years over land posts",
      date: "2024-05-14",
      author: "Pham Quoc Bao",
      url: "https://courier.example/news/blogger-jailed-six-years",
      outlet: "Highland Courier",
      language: "en",
    });
  });

  it("keeps block quotes, inline quotes and line breaks; decodes entities", () => {
    const d = doc(
      newsPage({
        articleExtra: `<div class="article-body">
          <p>In a statement read by her sister, Hoa wrote: <q>I only asked where the money went</q>.</p>
          <blockquote><p>We will appeal to the Supreme People’s Court.</p></blockquote>
          <p>Defence lawyers: Le Van Minh<br>Nguyen Thu Trang</p>
          <p>Fees &amp; costs were set at 200,000&nbsp;dong &#8211; the &eacute;quivalent of &#x24;8.</p>
        </div>`,
      }),
    );
    expect(d.text).toContain("Hoa wrote: “I only asked where the money went”.");
    expect(d.text).toContain("\n\nWe will appeal to the Supreme People’s Court.\n\n");
    expect(d.text).toContain("\n\nDefence lawyers: Le Van Minh\nNguyen Thu Trang\n\n");
    expect(d.text).toContain("Fees & costs were set at 200,000 dong – the équivalent of $8.");
  });

  it("normalises to NFC", () => {
    const d = doc(
      page(
        "",
        `<p>Nguye\u0302\u0303n Va\u0306n Ho\u0301a was tried in Ha\u0300 No\u0323\u0302i.</p>`,
      ),
    );
    expect(d.text).toBe("Nguyễn Văn Hóa was tried in Hà Nội.");
  });
});

describe("html reader: metadata", () => {
  it.each([
    [
      "<title>, first h1, no meta",
      "<title>Appeal hearing set for June</title>",
      {
        title: "Appeal hearing set for June",
        date: "2023-11-02",
        author: null,
        url: null,
        outlet: null,
      },
    ],
    [
      "JSON-LD NewsArticle",
      `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","headline":"Activist's appeal rejected","datePublished":"2022-08-30T10:00:00+07:00","author":[{"@type":"Person","name":"Do Thi Lan"},{"@type":"Person","name":"Ha Minh"}],"publisher":{"@type":"Organization","name":"Delta Daily"},"url":"https://delta.example/appeal"}]}</script>`,
      {
        title: "Activist's appeal rejected",
        date: "2022-08-30",
        author: "Do Thi Lan, Ha Minh",
        url: "https://delta.example/appeal",
        outlet: "Delta Daily",
      },
    ],
    [
      "Dublin Core and a by-line author",
      `<title>Court hears land case - River Post</title><meta property="og:site_name" content="River Post"><meta name="DC.date.issued" content="2021-03-09"><meta name="author" content="By Vo Thanh"><meta property="og:url" content="https://river.example/land">`,
      {
        title: "Court hears land case",
        date: "2021-03-09",
        author: "Vo Thanh",
        url: "https://river.example/land",
        outlet: "River Post",
      },
    ],
    [
      "compact pubdate meta; a broken JSON-LD block is ignored",
      `<meta name="pubdate" content="20200115"><script type="application/ld+json">{"@type": "NewsArticle",</script><title>x</title>`,
      { title: "x", date: "2020-01-15", author: null },
    ],
    [
      "<time datetime> inside the article",
      "",
      { title: "Verdict due on Friday", date: "2019-07-04" },
    ],
  ])("%s", (_name, head, expected) => {
    const body =
      _name === "<time datetime> inside the article"
        ? `<article><h1>Verdict due on Friday</h1><time datetime="2019-07-04T08:00">4 July</time>${BODY}</article>`
        : `<h1>Appeal hearing set for June</h1>${BODY}`;
    expect(doc(page(head, body), "saved/appeal-2023-11-02.html")).toMatchObject(expected);
  });

  it("takes the language from <html lang> and ignores a relative canonical link", () => {
    const d = doc(page('<link rel="canonical" href="/relative">', BODY, ' lang="vi"'));
    expect(d.language).toBe("vi");
    expect(d.url).toBeNull();
  });
});

describe("html reader: bad and hostile pages", () => {
  it("reads broken HTML: unclosed tags, stray end tags, garbage", () => {
    const d = doc(
      `<html><body><div class="story"><p>The hearing was adjourned <b>until June<p>Defence lawyers <i>objected to the delay</span></td>
       <<< >>> &bogus; </div></div></div><p>The court gave no reason.`,
    );
    expect(d.text).toContain("The hearing was adjourned until June");
    expect(d.text).toContain("Defence lawyers objected to the delay");
    expect(d.text).toContain("The court gave no reason.");
  });

  it("reports a page with no text as malformed, naming the file", () => {
    const e = failure(
      "<html><head><title>Photos</title></head><body><div><img src=a.jpg></div><script>var x = 1;</script></body></html>",
    );
    expect(e.code).toBe("VIGIL_ERR_SOURCE_MALFORMED");
    expect(e.message).toBe("pages/trial.html: malformed: no article text found");
  });

  it.each([
    ["empty", enc(""), "VIGIL_ERR_SOURCE_EMPTY"],
    ["whitespace", enc("  \n "), "VIGIL_ERR_SOURCE_EMPTY"],
    [
      "binary",
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]),
      "VIGIL_ERR_SOURCE_BINARY",
    ],
    [
      "undeclared Latin-1",
      Uint8Array.from([...enc("<p>caf"), 0xe9, ...enc("</p>")]),
      "VIGIL_ERR_SOURCE_ENCODING",
    ],
    [
      "an unknown charset",
      enc('<meta charset="x-martian"><p>Hello</p>'),
      "VIGIL_ERR_SOURCE_UNSUPPORTED",
    ],
  ])("rejects %s input", (_name, bytes, code) => {
    expect(failure(bytes).code).toBe(code);
  });

  it("survives 100,000 nested divs quickly, by stripping tags", () => {
    const html = `<html><head><title>Deep &amp; nested</title></head><body>${"<div>".repeat(100_000)}<p>The verdict was read at noon.</p>${"</div>".repeat(100_000)}<nav>Home</nav></body></html>`;
    const t0 = performance.now();
    const d = doc(html);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(d.text).toBe("The verdict was read at noon.");
    expect(d.title).toBe("Deep & nested");
    expect(d.provenance).toEqual({ extraction: "stripped" });
  });

  it("survives 30,000 unclosed inline tags", () => {
    const d = doc(`<body>${"<div><span><b>".repeat(30_000)}The sentence was upheld.`);
    expect(d.text).toBe("The sentence was upheld.");
  });

  it("reads moderately deep pages through the DOM without Readability", () => {
    const d = doc(
      `<body>${"<div>".repeat(500)}${BODY.replace(/article>/g, "div>")}${"</div>".repeat(500)}</body>`,
    );
    expect(d.text).toBe(ARTICLE_PARAGRAPHS.join("\n\n"));
    expect(d.provenance).toEqual({ extraction: "paragraphs" });
  });

  it("falls back to tag stripping when the DOM path crashes, but keeps Vigil's own errors", () => {
    const overflow = (): string => {
      throw new RangeError("Maximum call stack size exceeded");
    };
    expect(withFallback(overflow, () => "stripped")).toBe("stripped");
    const empty = (): string => {
      throw new VigilError("VIGIL_ERR_SOURCE_EMPTY", "x: empty", 400);
    };
    expect(() => withFallback(empty, () => "stripped")).toThrow("x: empty");
  });

  it("reads XHTML with an XML prolog", () => {
    const d = doc(
      `<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi"><head><title>Phiên tòa</title><script>//<![CDATA[\nvar a = 1;\n//]]></script></head><body><p>Tòa án tỉnh Lâm Đồng mở phiên xét xử.</p></body></html>`,
      "saved/page.xhtml",
    );
    expect(d).toMatchObject({
      title: "Phiên tòa",
      language: "vi",
      text: "Tòa án tỉnh Lâm Đồng mở phiên xét xử.",
    });
  });

  it("fetches nothing: no images, scripts, styles or frames are loaded", () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    try {
      doc(
        newsPage({
          head: '<link rel="stylesheet" href="https://cdn.example/site.css"><script src="https://cdn.example/app.js"></script>',
          articleExtra:
            '<iframe src="https://video.example/embed/1"></iframe><img src="https://img.example/x.jpg">',
        }),
      );
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it("never runs scripts or event handlers; script text written as text stays text", () => {
    const g = globalThis as { __vigilPwned?: number };
    delete g.__vigilPwned;
    const d = doc(
      page(
        `<script>globalThis.__vigilPwned = 1</script>`,
        `<article><p>The post quoted the code &lt;script&gt;alert("x")&lt;/script&gt; as evidence.</p>
         <img src="x" onerror="globalThis.__vigilPwned = 2"><script>globalThis.__vigilPwned = 3</script>
         <p onclick="globalThis.__vigilPwned = 4">${ARTICLE_PARAGRAPHS[0]}</p>
         <iframe srcdoc="<script>globalThis.__vigilPwned = 5</script>"></iframe></article>`,
      ),
    );
    expect(g.__vigilPwned).toBeUndefined();
    expect(d.text).toContain('The post quoted the code <script>alert("x")</script> as evidence.');
    expect(d.text).not.toContain("__vigilPwned");
  });
});

describe("html reader: character sets", () => {
  // "Nguyễn Hà" in windows-1258: ê + combining tilde (0xDE), à as one byte (0xE0).
  const viet = [0x4e, 0x67, 0x75, 0x79, 0xea, 0xde, 0x6e, 0x20, 0x48, 0xe0];

  it.each([
    ["<meta charset> windows-1258", '<meta charset="windows-1258">', viet, "Nguyễn Hà"],
    [
      "http-equiv iso-8859-1",
      '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
      [0x63, 0x61, 0x66, 0xe9],
      "café",
    ],
    [
      "UTF-8 mislabelled as windows-1252",
      '<meta charset="windows-1252">',
      [...enc("Nguyễn Hà")],
      "Nguyễn Hà",
    ],
  ])("%s", (_name, meta, bytes, expected) => {
    const html = Uint8Array.from([
      ...enc(`<html><head>${meta}<title>t</title></head><body><p>`),
      ...bytes,
      ...enc(" was sentenced.</p></body></html>"),
    ]);
    expect(doc(html).text).toBe(`${expected} was sentenced.`);
  });
});

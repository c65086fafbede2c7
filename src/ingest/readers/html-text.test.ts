import { describe, expect, it } from "vitest";
import { fragmentText } from "./html-article.js";
import { markupShape } from "./html-depth.js";
import { strippedText } from "./html-strip.js";

const LONG = "The tribunal heard evidence from eleven witnesses over two days. ".repeat(20);

describe("HTML to text", () => {
  it.each([
    ["<p>He said <q>it is unjust</q>.</p>", "He said “it is unjust”."],
    ["<p><q>She wrote <q>never</q> twice</q></p>", "“She wrote ‘never’ twice”"],
    ["<p><q>“Already quoted”</q></p>", "“Already quoted”"],
    ["<p>One</p><p>Two</p>", "One\n\nTwo"],
    ["<div>Line one<br>Line two<br><br>New paragraph</div>", "Line one\nLine two\n\nNew paragraph"],
    ["<ul><li>Hoa, 6 years</li><li>Minh, 4 years</li></ul>", "Hoa, 6 years\n\nMinh, 4 years"],
    [
      "<table><tr><th>Name</th><th>Sentence</th></tr><tr><td>Hoa</td><td>6 years</td></tr></table>",
      "Name\tSentence\n\nHoa\t6 years",
    ],
    ["<pre>line 1\n  line 2</pre>", "line 1\nline 2"],
    ["<p>Spaces \n\t collapse&nbsp;here</p>", "Spaces collapse here"],
    ["<h2>Heading</h2>Text after", "Heading\n\nText after"],
    ["<p>Kept</p><div class='share-bar'><a>Facebook</a></div>", "Kept"],
    ["<p>Kept</p><span class='sr-only'>Share on X</span>", "Kept"],
    ["<p>Kept</p><p hidden>Hidden</p><p aria-hidden='true'>Also</p>", "Kept"],
    ["<p>Kept</p><div style='display: none'>Invisible</div>", "Kept"],
    ["<p>Kept</p><nav>Home · News</nav><footer>© 2024</footer>", "Kept"],
    ["<p>Kept</p><form><input value='x'><button>Go</button></form>", "Kept"],
    ["<figure><img alt='x'><figcaption>Caption</figcaption></figure><p>Kept</p>", "Kept"],
    ["<p>Kept</p><script>var a = '<p>not text</p>';</script><style>p{}</style>", "Kept"],
    [`<article class="post has-comments"><p>${LONG}</p></article>`, LONG.trim()],
  ])("%j", (html, text) => {
    expect(fragmentText(html)).toBe(text);
  });
});

describe("markup without a DOM", () => {
  it.each([
    ["<div><div><p>x</p></div></div>", 2],
    ["<p>one<p>two<p>three", 0],
    ["<div><br><img src=x><hr/></div>", 1],
    ["<script>if (a < b) { '<div><div><div>' }</script><div></div>", 1],
    ["<div><span><b>".repeat(100), 300],
    ["<a<a<a<a<a", 0],
  ])("markupShape(%j).depth", (html, depth) => {
    expect(markupShape(html).depth).toBe(depth);
  });

  it.each([
    [
      "<div><div><p>Court &amp; jail</p><nav><a>Home</a></nav><p>Second&#8230;</p></div></div>",
      "Court & jail\n\nSecond…",
    ],
    ["<p>a <script>x = '</p>'</script>b</p>", "a b"],
    ["<p>1 &lt; 2 and 3 < 4</p>", "1 < 2 and 3 < 4"],
    ["<nav><nav>menu</nav>still menu</nav><p>text", "text"],
  ])("strippedText(%j)", (html, text) => {
    expect(strippedText(html)).toBe(text);
  });

  it("scans broken markup in linear time", () => {
    const t0 = performance.now();
    markupShape('<a href="'.repeat(50_000));
    strippedText("<a<b<c<d ".repeat(50_000));
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

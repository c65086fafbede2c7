// A news page in the shape real outlets publish (navigation, header, share buttons, a related
// list, a footer), written for the tests: the outlet, the people and the trial are invented.

export const ARTICLE_PARAGRAPHS = [
  "The People's Court of Lam Dong province on Tuesday sentenced the land-rights blogger Tran Thi Hoa to six years in prison for “making, storing or spreading” anti-state material under Article 117 of the Penal Code.",
  "The trial lasted less than four hours. Relatives who travelled from Da Lat were kept outside the courtroom, and two diplomats who asked to attend were told there were no seats left.",
  "Prosecutors said eleven posts on her Facebook page had “distorted the land policies of the Party and State” and caused public confusion about the compensation paid to farmers in Duc Trong district.",
  "Her lawyer, Le Van Minh, told the court the posts only repeated complaints the farmers had already filed with the provincial inspectorate. “My client reported what the petitions said. That is not a crime,” he said.",
  "Hoa, 41, was arrested in March last year and held incommunicado for nine months before her family was allowed a first visit.",
];

export interface NewsPageOptions {
  head?: string;
  articleExtra?: string;
  paragraphs?: string[];
  /** The element around the story: `<article>` (default) or an unmarked `<div>`. */
  container?: "article" | "div";
}

export function newsPage(opts: NewsPageOptions = {}): string {
  const paragraphs = (opts.paragraphs ?? ARTICLE_PARAGRAPHS).map((p) => `<p>${p}</p>`).join("\n");
  const [open, close] =
    opts.container === "div" ? ['<div class="story">', "</div>"] : ["<article>", "</article>"];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Blogger jailed for six years over land posts | Highland Courier</title>
<meta property="og:site_name" content="Highland Courier">
<meta property="og:title" content="Blogger jailed for six years over land posts">
<meta property="og:url" content="https://courier.example/news/2024/05/blogger-jailed">
<meta property="article:published_time" content="2024-05-14T16:20:00+07:00">
<meta name="author" content="Pham Quoc Bao">
<link rel="canonical" href="https://courier.example/news/blogger-jailed-six-years">
${opts.head ?? ""}
<script>window.dataLayer = [{ section: "courts" }];</script>
<style>.share { display: flex }</style>
</head>
<body>
<div class="topbar"><a href="/subscribe">Subscribe for $1</a> <a href="/login">Sign in</a></div>
<header class="site-header">
  <a class="logo" href="/">Highland Courier</a>
  <nav><ul><li><a href="/news">News</a></li><li><a href="/courts">Courts</a></li><li><a href="/land">Land</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
</header>
<main>
${open}
  <header><h1>Blogger jailed for six years over land posts</h1>
  <p class="byline">By Pham Quoc Bao · <time datetime="2024-05-14">May 14, 2024</time></p></header>
  <div class="share-buttons"><button>Share on Facebook</button><a href="https://x.example/share">Post</a><a href="mailto:?">Email this story</a></div>
  <figure><img src="court.jpg" alt="The courthouse"><figcaption>The provincial courthouse in Da Lat. Photo: Courier staff</figcaption></figure>
  <div class="article-body">
${paragraphs}
  </div>
  ${opts.articleExtra ?? ""}
  <div class="newsletter-signup"><p>Get the Courier briefing in your inbox every morning.</p><form><input type="email"><button>Sign up</button></form></div>
  <p class="tags">Tags: <a href="/t/courts">Courts</a>, <a href="/t/land">Land</a></p>
  <ul><li><a href="/x">Read more: Farmers petition the inspectorate</a></li><li><a href="/y">Read more: The land law explained</a></li></ul>
${close}
<aside class="related-news"><h2>Related news</h2><ul>
  <li><a href="/a">Police detain two farmers after protest in Duc Trong</a></li>
  <li><a href="/b">Province revises land compensation table</a></li>
  <li><a href="/c">Rights group counts 160 political prisoners</a></li>
</ul></aside>
</main>
<footer><p>© 2024 Highland Courier. All rights reserved.</p><p><a href="/about">About us</a> · <a href="/contact">Contact</a></p></footer>
<script>document.body.dataset.loaded = "yes";</script>
</body>
</html>`;
}

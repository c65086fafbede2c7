import { isElement, nextNode, type DomElement, type DomNode } from "./dom.js";

/** Elements that start and end a paragraph of text. */
export const BLOCK_TAGS = new Set([
  "address",
  "article",
  "blockquote",
  "body",
  "center",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figure",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hgroup",
  "hr",
  "html",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "tfoot",
  "thead",
  "tr",
  "ul",
]);

/** Elements whose content is never article text: code, media, controls, captions. */
export const DROPPED_TAGS = new Set([
  "audio",
  "button",
  "canvas",
  "caption",
  "dialog",
  "embed",
  "figcaption",
  "head",
  "iframe",
  "img",
  "input",
  "label",
  "link",
  "math",
  "meta",
  "noscript",
  "object",
  "option",
  "picture",
  "script",
  "select",
  "style",
  "svg",
  "template",
  "textarea",
  "title",
  "video",
]);

/** Page furniture, dropped unless it wraps the article (some sites put the page in a form). */
export const STRUCTURAL_BOILERPLATE = new Set(["nav", "header", "footer", "aside", "form", "menu"]);

const ROLES = new Set([
  "navigation",
  "banner",
  "contentinfo",
  "complementary",
  "search",
  "menu",
  "menubar",
  "toolbar",
  "dialog",
  "alertdialog",
]);

// Class and id words of widgets around an article: `share-bar`, `article__related`,
// `newsletter-signup`, `ad-slot`. Matched against the parts of each token split at - and _.
const WIDGET_WORDS = new Set([
  "ad",
  "ads",
  "advert",
  "advertisement",
  "breadcrumb",
  "breadcrumbs",
  "byline",
  "caption",
  "comment",
  "comments",
  "consent",
  "cookie",
  "cookies",
  "newsletter",
  "outbrain",
  "paywall",
  "promo",
  "recommended",
  "related",
  "share",
  "sharing",
  "sidebar",
  "signup",
  "social",
  "sponsored",
  "subscribe",
  "subscription",
  "taboola",
  "tags",
  "trending",
]);
const WIDGET_TOKENS = new Set(["sr-only", "visually-hidden", "screen-reader-text", "most-read"]);

/**
 * Whether an element is furniture rather than article text. Class-matched widgets are kept when
 * they hold a long run of prose with few links, since a word like `comments` also turns up on
 * the article's own wrapper (`<article class="post has-comments">`).
 */
export function isBoilerplate(el: DomElement): boolean {
  const name = el.localName;
  if (DROPPED_TAGS.has(name)) return true;
  if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
  const style = el.getAttribute("style");
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  if (STRUCTURAL_BOILERPLATE.has(name)) return !holdsArticle(el, name === "form");
  const role = el.getAttribute("role");
  if (role && ROLES.has(role.toLowerCase())) return !holdsArticle(el, false);
  if ((name === "ul" || name === "ol") && linkDensity(el) > 0.5) return true;
  if (!hasWidgetName(el)) return false;
  return !holdsArticle(el, false) && !isProse(el);
}

function hasWidgetName(el: DomElement): boolean {
  const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`.toLowerCase();
  if (names.trim() === "") return false;
  for (const token of names.split(/\s+/)) {
    if (token === "") continue;
    if (WIDGET_TOKENS.has(token)) return true;
    for (const part of token.split(/[-_]+/)) if (WIDGET_WORDS.has(part)) return true;
  }
  return false;
}

/**
 * Whether furniture-like markup wraps the article itself: an `<article>`, `<main>` or
 * `itemprop=articleBody` inside it (or, for a form, any paragraph: ASP.NET pages sit in one).
 */
function holdsArticle(el: DomElement, paragraphsCount: boolean): boolean {
  for (let node = el.firstChild; node; node = nextNode(node, el)) {
    if (!isElement(node)) continue;
    const name = node.localName;
    if (name === "article" || name === "main" || (paragraphsCount && name === "p")) return true;
    if (node.getAttribute("role") === "main") return true;
    if (node.getAttribute("itemprop")?.toLowerCase() === "articlebody") return true;
  }
  return false;
}

/** Share of an element's text that sits in links: "Related" lists are nearly all links. */
function linkDensity(el: DomElement): number {
  const text = (el.textContent ?? "").replace(/\s+/g, "").length;
  if (text === 0) return 0;
  let links = 0;
  for (const a of el.querySelectorAll("a"))
    links += (a.textContent ?? "").replace(/\s+/g, "").length;
  return links / text;
}

function isProse(el: DomElement): boolean {
  return (el.textContent ?? "").replace(/\s+/g, " ").length >= 1000 && linkDensity(el) < 0.3;
}

/** Removes furniture from a parsed page, before article extraction looks at it. */
export function removeBoilerplate(root: DomElement): void {
  const doomed: DomElement[] = [];
  let node: DomNode | null = root.firstChild;
  while (node) {
    const drop = isElement(node) && isBoilerplate(node);
    if (drop) doomed.push(node as DomElement);
    node = nextNode(node, root, drop);
  }
  for (const el of doomed) el.remove();
}

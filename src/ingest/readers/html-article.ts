import { Readability } from "@mozilla/readability";
import { VigilError } from "../../errors.js";
import {
  parseDocument,
  treeDepth,
  type DomDocument,
  type DomElement,
  type DomNode,
} from "./dom.js";
import { removeBoilerplate } from "./html-boilerplate.js";
import { markupShape } from "./html-depth.js";
import { strippedText } from "./html-strip.js";
import { elementText } from "./html-text.js";

/** How the text of a page was found, kept in provenance. */
export type ExtractionMethod = "article" | "readability" | "paragraphs" | "body" | "stripped";

// Measured on linkedom + Readability 0.6: parsing stays linear to a few thousand levels, but
// Readability's cost grows steeply with depth (30 ms at 100 levels, 3 s at 1,000, a stack
// overflow after minutes at 100,000). News pages nest 15 to 40 deep; browsers stop nesting at
// 512 levels, and so does the DOM path here.
const MAX_PARSE_DEPTH = 512;
const MAX_READABILITY_DEPTH = 100;
const MAX_READABILITY_ELEMENTS = 30_000;

/** Whether markup can be handed to the DOM, or must be read by the tag-stripping fallback. */
export function safeToParse(html: string): boolean {
  return markupShape(html).depth <= MAX_PARSE_DEPTH;
}

/**
 * The article text of a parsed page. Furniture goes first. A page that marks its article
 * (`<article>`, `itemprop=articleBody`) around most of its paragraph text is read from that
 * element; other pages go to Readability. Readability costs ~5 ms on a 20 KB page, more than
 * everything else together, and a marked article is what it would find. The fallback, when
 * Readability gives nothing, too little, or cannot run on this page (too deep, too many
 * elements), is the element holding the most paragraph text; then the whole body.
 * Mutates the document.
 */
export function articleText(doc: DomDocument): { text: string; method: ExtractionMethod } {
  const body = doc.body;
  if (!body) return { text: "", method: "body" };
  removeBoilerplate(body);
  const marked = markedArticle(body);
  if (marked) {
    const text = elementText(marked);
    if (text !== "") return { text, method: "article" };
  }
  const block = paragraphBlock(body);
  const blockText = block ? elementText(block) : "";
  if (
    treeDepth(body) <= MAX_READABILITY_DEPTH &&
    body.querySelectorAll("*").length <= MAX_READABILITY_ELEMENTS
  ) {
    const text = readabilityText(doc);
    if (text !== "" && text.length >= blockText.length / 2) return { text, method: "readability" };
  }
  if (blockText !== "") return { text: blockText, method: "paragraphs" };
  return { text: elementText(body), method: "body" };
}

function readabilityText(doc: DomDocument): string {
  try {
    const article = new Readability<DomNode>(doc as never, {
      serializer: (node) => node as unknown as DomNode,
      disableJSONLD: true,
    }).parse();
    return article?.content ? elementText(article.content) : "";
  } catch {
    // Readability gives up on some broken pages by throwing; the fallback reads them.
    return "";
  }
}

/**
 * The element a page marks as its article, when it holds at least 70% of the page's paragraph
 * text (a list of teasers, each an `<article>`, has none that does). Of nested ones (an
 * `itemprop=articleBody` inside an `<article>`), the innermost that still holds 90% of the text.
 */
function markedArticle(body: DomElement): DomElement | null {
  const candidates = new Set<DomNode>(
    body.querySelectorAll("article, [itemprop=articleBody], [itemprop=articlebody]"),
  );
  if (candidates.size === 0) return null;
  const held = new Map<DomNode, number>();
  let total = 0;
  for (const p of body.querySelectorAll("p")) {
    const length = (p.textContent ?? "").trim().length;
    total += length;
    for (let a = p.parentNode; a && a !== body; a = a.parentNode)
      if (candidates.has(a)) held.set(a, (held.get(a) ?? 0) + length);
  }
  const most = Math.max(0, ...held.values());
  if (most < total * 0.7 || most < 200) return null;
  let best: DomNode | null = null;
  let bestDepth = -1;
  for (const [el, length] of held) {
    if (length < most * 0.9) continue;
    let depth = 0;
    for (let a = el.parentNode; a; a = a.parentNode) depth++;
    if (depth > bestDepth) [best, bestDepth] = [el, depth];
  }
  return best as DomElement | null;
}

/**
 * The element with the most paragraph text: each `<p>` counts fully for its parent and half for
 * its grandparent, so that paragraphs wrapped one per `<div>` still add up to their container.
 */
function paragraphBlock(body: DomElement): DomElement | null {
  const scores = new Map<DomNode, number>();
  for (const p of body.querySelectorAll("p")) {
    const length = (p.textContent ?? "").trim().length;
    if (length === 0) continue;
    const parent = p.parentNode;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grand = parent.parentNode;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + length / 2);
  }
  let best: DomNode | null = null;
  let bestScore = 0;
  for (const [node, score] of scores) {
    if (score > bestScore) {
      best = node;
      bestScore = score;
    }
  }
  return best as DomElement | null;
}

/**
 * Text of an HTML fragment that is already the body (a feed item's content): no article
 * extraction, furniture still dropped.
 */
export function fragmentText(html: string): string {
  if (!safeToParse(html)) return strippedText(html);
  return withFallback(
    () => {
      const doc = parseDocument(html);
      return doc.body ? elementText(doc.body) : "";
    },
    () => strippedText(html),
  );
}

/**
 * The DOM path, or the tag-stripping one if the DOM path fails in a way the depth check did not
 * foresee (a RangeError from a stack overflow in a library): a page is never lost to a crash.
 */
export function withFallback<T>(dom: () => T, stripped: () => T): T {
  try {
    return dom();
  } catch (err) {
    if (err instanceof VigilError) throw err;
    return stripped();
  }
}

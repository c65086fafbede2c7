// Nesting checks before a page reaches the DOM. linkedom parses deep nesting slowly (100,000
// nested divs take seconds) and Readability recurses through it until the stack overflows, after
// minutes. A tag scan is linear and cheap, so it runs first.

const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
  "keygen",
]);

// Elements a parser closes by itself (`<p>one<p>two`, `<li>a<li>b`): ignored by the estimate,
// so that ordinary unclosed paragraphs and list items do not count as nesting.
const SELF_CLOSING = new Set([
  "p",
  "li",
  "dt",
  "dd",
  "option",
  "optgroup",
  "tr",
  "td",
  "th",
  "thead",
  "tbody",
  "tfoot",
  "colgroup",
  "rp",
  "rt",
]);

/** Elements whose content is text, not markup: skipped to their end tag by the scans. */
export const RAW_TEXT = new Set([
  "script",
  "style",
  "textarea",
  "title",
  "xmp",
  "noscript",
  "template",
]);

/**
 * Comments and tags: [1] "/" for an end tag, [2] the name, [3] the attributes. Attribute text
 * stops at `<` so that a run of broken tags cannot make a scan quadratic.
 */
export function tagPattern(): RegExp {
  return /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][\w:-]*)((?:[^<>"']|"[^"]*"|'[^']*')*)>/g;
}

/** Moves `tags` past the end tag of the raw-text element `name` (or to the end). */
export function skipRawText(html: string, tags: RegExp, name: string): void {
  const close = new RegExp(`</${name}\\s*>`, "gi");
  close.lastIndex = tags.lastIndex;
  const end = close.exec(html);
  tags.lastIndex = end ? end.index + end[0].length : html.length;
}

export interface MarkupShape {
  /** Deepest nesting of elements, estimated from the tags (unclosed tags count as open). */
  depth: number;
  /** Number of start tags. */
  elements: number;
}

/**
 * Estimated nesting depth and element count of markup.
 *   "<div><div><p>x</p></div></div>" → depth 2 (p, li, td… are not counted)
 *   "<div><span><b>" × 30,000        → depth 90,000
 */
export function markupShape(html: string): MarkupShape {
  let depth = 0;
  let max = 0;
  let elements = 0;
  const tags = tagPattern();
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    if (m[2] === undefined) continue;
    const name = m[2].toLowerCase();
    if (m[1]) {
      if (!VOID.has(name) && !SELF_CLOSING.has(name) && depth > 0) depth--;
      continue;
    }
    elements++;
    if (VOID.has(name) || SELF_CLOSING.has(name) || m[3]!.endsWith("/")) continue;
    if (RAW_TEXT.has(name)) {
      skipRawText(html, tags, name);
      continue;
    }
    depth++;
    if (depth > max) max = depth;
  }
  return { depth: max, elements };
}

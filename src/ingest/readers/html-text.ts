import { BLOCK_TAGS, isBoilerplate } from "./html-boilerplate.js";
import { TEXT_NODE, isElement, type DomElement, type DomNode } from "./dom.js";

const QUOTES = [
  ["\u201c", "\u201d"],
  ["\u2018", "\u2019"],
] as const;
const QUOTE_CHARS = /^["'“”‘’«»„‚‹›「」]|["'“”‘’«»„‚‹›「」]$/;

/**
 * The text a reader sees in an element: paragraphs separated by blank lines, `<br>` a line
 * break, table cells separated by tabs, `<q>` in quotation marks (as browsers show it),
 * furniture (see html-boilerplate.ts) left out. Walks without recursion.
 *   "<p>He said <q>it is unjust</q>.</p><nav>Home</nav><p>Line<br>break</p>"
 *     → "He said “it is unjust”.\n\nLine\nbreak"
 */
export function elementText(root: DomNode): string {
  let out = "";
  let pre = 0;
  const quoteStarts: number[] = [];

  const enter = (el: DomElement): boolean => {
    if (isBoilerplate(el)) return false;
    const name = el.localName;
    if (BLOCK_TAGS.has(name)) out += "\n\n";
    else if (name === "br") out += "\n";
    else if (name === "q") quoteStarts.push(out.length);
    if (name === "pre") pre++;
    return true;
  };
  const leave = (el: DomElement): void => {
    const name = el.localName;
    if (BLOCK_TAGS.has(name)) out += "\n\n";
    else if (name === "td" || name === "th") out += "\t";
    else if (name === "q") {
      const start = quoteStarts.pop()!;
      const inner = out.slice(start).trim();
      if (inner !== "" && !QUOTE_CHARS.test(inner)) {
        const [open, close] = QUOTES[quoteStarts.length % 2]!;
        out = out.slice(0, start) + open + out.slice(start).trimStart() + close;
      }
    }
    if (name === "pre") pre--;
  };

  let node: DomNode | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? "";
      out += pre > 0 ? text : text.replace(/[ \t\n\r\f]+/g, " ");
    } else if (isElement(node) && enter(node)) {
      if (node.firstChild) descend = true;
      else leave(node);
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && isElement(node)) leave(node);
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return tidyText(out);
}

/**
 * Whitespace as a reader expects it: no-break spaces as spaces, runs of spaces collapsed, lines
 * trimmed, at most one blank line between paragraphs, none at the ends.
 */
export function tidyText(text: string): string {
  return text
    .replace(/[ \u00a0\f\r]*\t[ \u00a0\t\f\r]*/g, "\t")
    .replace(/[ \u00a0\f\r]+/g, " ")
    .replace(/[ \t]*\n[ \t]*/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

import { parseHTML } from "linkedom";

// The slice of the DOM the HTML readers use. The project compiles without the DOM library (this
// is Node code), so linkedom's own types resolve to `any`; these interfaces keep the readers
// checked.

export interface DomNode {
  readonly nodeType: number;
  readonly parentNode: DomNode | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly textContent: string | null;
}

export interface DomElement extends DomNode {
  readonly localName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement> & { length: number };
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement> & { length: number };
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/**
 * Parses a page or a fragment. Call only on markup whose nesting was checked (html-depth.ts).
 */
export function parseDocument(html: string): DomDocument {
  return (parseHTML(completeDocument(html)) as unknown as { document: DomDocument }).document;
}

const HEAD_ONLY =
  /(?:\s+|<!--[\s\S]*?-->|<(?:meta|link|base)\b[^>]*>|<(title|style)\b[^>]*>[\s\S]*?<\/\1\s*>)/iy;

/**
 * Markup with the `<html>`, `<head>` and `<body>` a browser would imply. linkedom builds exactly
 * the tree the tags describe, so `<title>x</title><p>y` would have no body at all.
 *   "<title>x</title><p>y</p>" → "<html><head><title>x</title></head><body><p>y</p></body></html>"
 */
export function completeDocument(html: string): string {
  const htmlTag = /<html(?=[\s>])[^>]*>/i.exec(html);
  const hasBody = /<body(?=[\s>])/i.test(html);
  if (htmlTag && hasBody) return html;
  const attributes = htmlTag ? htmlTag[0].slice(5, -1) : "";
  let rest = html.replace(/<\?xml[^>]*>|<!doctype[^>]*>|<\/?html(?=[\s>])[^>]*>/gi, "");
  let head = "";
  const headTag = /<head(?=[\s>])[^>]*>([\s\S]*?)<\/head\s*>/i.exec(rest);
  if (headTag) {
    head = headTag[1]!;
    rest = rest.slice(0, headTag.index) + rest.slice(headTag.index + headTag[0].length);
  } else if (!hasBody) {
    let end = 0;
    HEAD_ONLY.lastIndex = 0;
    while (HEAD_ONLY.exec(rest) && HEAD_ONLY.lastIndex > end) end = HEAD_ONLY.lastIndex;
    head = rest.slice(0, end);
    rest = rest.slice(end);
  }
  const body = hasBody ? rest : `<body>${rest}</body>`;
  return `<!DOCTYPE html><html${attributes}><head>${head}</head>${body}</html>`;
}

/**
 * The next node in document order after `node`, skipping `node`'s children when `skipChildren`,
 * never leaving `root`. Iterative, so a page nested 100,000 deep cannot overflow the stack.
 */
export function nextNode(node: DomNode, root: DomNode, skipChildren = false): DomNode | null {
  if (!skipChildren && node.firstChild) return node.firstChild;
  let current: DomNode | null = node;
  while (current && current !== root) {
    if (current.nextSibling) return current.nextSibling;
    current = current.parentNode;
  }
  return null;
}

/** The deepest element nesting under `root`, counted without recursion. */
export function treeDepth(root: DomNode): number {
  let max = 0;
  let depth = 0;
  let node: DomNode | null = root;
  while (node) {
    if (node.firstChild) {
      node = node.firstChild;
      depth++;
      if (depth > max) max = depth;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      depth--;
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return max;
}

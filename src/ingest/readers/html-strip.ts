import { parseHTML } from "linkedom";
import { BLOCK_TAGS, DROPPED_TAGS, STRUCTURAL_BOILERPLATE } from "./html-boilerplate.js";
import { RAW_TEXT, skipRawText, tagPattern } from "./html-depth.js";
import { tidyText } from "./html-text.js";

/**
 * Text from markup without building a DOM: the fallback for pages nested too deep to parse
 * safely. One linear pass over the tags: raw-text elements (script, style) and boilerplate
 * (nav, footer, aside…) are skipped with their content, block tags become paragraph breaks,
 * `<br>` a line break, other tags vanish; entities are decoded at the end.
 *   "<div><div><p>Court &amp; jail</p><nav>Home</nav></div></div>" → "Court & jail"
 */
export function strippedText(html: string): string {
  let out = "";
  let skipping: string | null = null;
  let skipDepth = 0;
  let last = 0;
  const tags = tagPattern();
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    if (skipping === null) out += html.slice(last, m.index);
    last = tags.lastIndex;
    if (m[2] === undefined) continue;
    const name = m[2].toLowerCase();
    const closing = m[1] === "/";
    if (skipping !== null) {
      if (name === skipping) skipDepth += closing ? -1 : 1;
      if (skipDepth === 0) skipping = null;
      continue;
    }
    if (closing) {
      if (BLOCK_TAGS.has(name)) out += "\n\n";
      continue;
    }
    if (RAW_TEXT.has(name)) {
      skipRawText(html, tags, name);
      last = tags.lastIndex;
      continue;
    }
    if ((DROPPED_TAGS.has(name) || STRUCTURAL_BOILERPLATE.has(name)) && !m[3]!.endsWith("/")) {
      skipping = name;
      skipDepth = 1;
      continue;
    }
    if (name === "br") out += "\n";
    else if (BLOCK_TAGS.has(name)) out += "\n\n";
  }
  if (skipping === null) out += html.slice(last);
  return tidyText(decodeEntities(out));
}

/**
 * Character references decoded by the HTML parser itself: `<title>` content is text with
 * references, and any `<` left in the text is escaped so that it stays text.
 */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  const { document } = parseHTML(`<title>${text.replace(/</g, "&lt;")}</title>`) as unknown as {
    document: { querySelector(s: string): { textContent: string } | null };
  };
  return document.querySelector("title")?.textContent ?? text;
}

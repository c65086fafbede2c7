import { XMLParser, XMLValidator } from "fast-xml-parser";
import { SourceMalformed } from "../../errors.js";

export type XmlValue = string | XmlObject | XmlValue[] | undefined;
export interface XmlObject {
  [key: string]: XmlValue;
}

// Atom content and summary are kept as raw XML: `type="xhtml"` content is markup in the feed
// itself, which a parsed tree would scatter into objects.
const RAW = ["feed.entry.content", "feed.entry.summary"];
const LISTS = new Set(["item", "entry", "link", "author", "dc:creator", "category"]);

/**
 * Parses a feed safely. Entity declarations are refused outright: feeds do not need them, and
 * they are how "billion laughs" documents multiply a few hundred bytes into gigabytes. Nothing
 * external is ever fetched (fast-xml-parser has no network access and rejects SYSTEM entities),
 * and the expansion limits stay on as a second line.
 */
export function parseFeedXml(name: string, xml: string): XmlObject {
  if (/<!DOCTYPE/i.test(xml) && /<!ENTITY/i.test(xml)) {
    throw new SourceMalformed(name, "the XML declares entities (<!ENTITY>), which are refused");
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new SourceMalformed(
      name,
      `not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`,
    );
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    textNodeName: "#text",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    htmlEntities: true,
    processEntities: {
      enabled: true,
      maxEntityCount: 100,
      maxEntitySize: 1000,
      maxExpandedLength: 100_000,
    },
    stopNodes: RAW,
    isArray: (tag) => LISTS.has(tag),
  });
  try {
    return parser.parse(xml) as XmlObject;
  } catch (err) {
    throw new SourceMalformed(name, `not a readable feed (${(err as Error).message})`);
  }
}

/** The text of an element: a string, or the `#text` of an element with attributes. */
export function textOf(value: XmlValue): string | null {
  if (Array.isArray(value)) {
    for (const v of value) {
      const t = textOf(v);
      if (t) return t;
    }
    return null;
  }
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (value && typeof value === "object") return textOf(value["#text"]);
  return null;
}

export function attr(value: XmlValue, name: string): string | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const v = value[`@_${name}`];
  return typeof v === "string" && v.trim() !== "" ? v.trim() : null;
}

export function list(value: XmlValue): XmlValue[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * Raw XML character data to text: CDATA sections verbatim, the five XML entities and character
 * references decoded elsewhere. Other named references stay as written, for the HTML parser.
 *   "&lt;p&gt;Fish &amp;amp; chips<![CDATA[ & <b>more</b>]]>" → "<p>Fish &amp; chips & <b>more</b>"
 */
export function xmlCharacterData(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) =>
      part.startsWith("<![CDATA[")
        ? part.slice(9, -3)
        : part.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (ref, name: string) =>
            decodeReference(ref, name),
          ),
    )
    .join("");
}

const XML_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeReference(ref: string, name: string): string {
  const named = XML_ENTITIES[name.toLowerCase()];
  if (named) return named;
  const code =
    name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
  const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return Number.isInteger(code) && valid ? String.fromCodePoint(code) : ref;
}

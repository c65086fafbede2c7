import type { PartialDate } from "../../core/types.js";
import { SourceEmpty, SourceMalformed, SourceUnsupported } from "../../errors.js";
import { normaliseText } from "../../core/text/normalise.js";
import { decodeMarkup } from "./charset.js";
import {
  attr,
  list,
  parseFeedXml,
  textOf,
  xmlCharacterData,
  type XmlObject,
  type XmlValue,
} from "./feed-xml.js";
import { fragmentText } from "./html-article.js";
import { tidyText } from "./html-text.js";
import { checkLength } from "./limits.js";
import { parseMetaDate, webUrl } from "./metadata.js";
import type { RawInput, ReadResult, Reader, ReaderLimits, SourceDocument } from "./types.js";

interface Feed {
  kind: "rss" | "atom";
  title: string | null;
  url: string | null;
  language: string | null;
  items: XmlObject[];
}

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 files: each item or entry is a document named
 * `file#item-N`, its text the item's content converted from HTML (the item is already the
 * article, so no article extraction), the feed's title its outlet. An item without text is
 * reported on its own and the others go on; a file that is not well-formed XML is reported whole.
 * An `.xml` file that is not a feed is unsupported rather than malformed.
 */
export const feedReader: Reader = {
  format: "feed",
  extensions: ["rss", "atom", "xml"],
  *read(input: RawInput, limits: ReaderLimits): Iterable<ReadResult> {
    let feed: Feed;
    try {
      feed = readFeed(input);
    } catch (error) {
      yield { ok: false, name: input.name, error: error as Error };
      return;
    }
    for (let i = 0; i < feed.items.length; i++) {
      const name = `${input.name}#item-${i + 1}`;
      try {
        yield { ok: true, doc: itemDocument(input, feed, feed.items[i]!, i + 1, name, limits) };
      } catch (error) {
        yield { ok: false, name, error: error as Error };
      }
    }
  },
};

function readFeed(input: RawInput): Feed {
  const root = parseFeedXml(input.name, decodeMarkup(input.name, input.bytes));
  let feed: Feed | null = null;
  const rss = root.rss as XmlObject | undefined;
  const rdf = root["rdf:RDF"] as XmlObject | undefined;
  const atom = root.feed as XmlObject | undefined;
  if (rss || rdf) {
    const channel = (list((rss ?? rdf)!.channel)[0] ?? {}) as XmlObject;
    feed = {
      kind: "rss",
      title: plainText(textOf(channel.title)),
      url: webUrl(textOf(channel.link)),
      language: textOf(channel.language) ?? textOf(channel["dc:language"]),
      items: list(rss ? channel.item : rdf!.item) as XmlObject[],
    };
  } else if (atom && typeof atom === "object") {
    feed = {
      kind: "atom",
      title: plainText(textOf(atom.title)),
      url: webUrl(atomLink(atom.link)),
      language: attr(atom, "xml:lang"),
      items: list(atom.entry) as XmlObject[],
    };
  }
  if (!feed) {
    const rootName = Object.keys(root).find((k) => !k.startsWith("?") && !k.startsWith("#"));
    const reason = `not an RSS or Atom feed (root element <${rootName ?? "none"}>)`;
    throw /\.xml$/i.test(input.path)
      ? new SourceUnsupported(input.name, `XML, but ${reason}`)
      : new SourceMalformed(input.name, reason);
  }
  if (feed.items.length === 0) throw new SourceEmpty(input.name);
  return feed;
}

function itemDocument(
  input: RawInput,
  feed: Feed,
  item: XmlObject,
  n: number,
  name: string,
  limits: ReaderLimits,
): SourceDocument {
  const text = normaliseText(itemText(feed, item));
  if (text.trim() === "") throw new SourceEmpty(name);
  checkLength(name, text, limits);
  const guid = textOf(item.guid) ?? textOf(item.id) ?? null;
  const permalink =
    guid && attr(item.guid, "isPermaLink") !== "false" && /^https?:\/\//.test(guid) ? guid : null;
  const url = webUrl(feed.kind === "atom" ? atomLink(item.link) : (textOf(item.link) ?? permalink));
  return {
    name,
    path: input.path,
    id: guid,
    format: "feed",
    title: plainText(textOf(item.title)),
    date: feedDate(
      feed.kind === "atom"
        ? (textOf(item.published) ?? textOf(item.updated))
        : (textOf(item.pubDate) ?? textOf(item["dc:date"])),
    ),
    url,
    outlet: feed.title,
    author: itemAuthor(feed, item),
    language: attr(item, "xml:lang") ?? feed.language,
    text,
    provenance: { item: n, ...(feed.url ? { feedUrl: feed.url } : {}) },
  };
}

/** The fullest text an item carries: full content first, then the description or summary. */
function itemText(feed: Feed, item: XmlObject): string {
  if (feed.kind === "rss") {
    for (const field of [item["content:encoded"], item.description]) {
      const html = textOf(field);
      const text = html ? htmlOrText(html) : "";
      if (text !== "") return text;
    }
    return "";
  }
  for (const field of [item.content, item.summary]) {
    const raw = textOf(field);
    if (!raw || attr(field, "src")) continue;
    const type = (attr(field, "type") ?? "text").toLowerCase();
    const text =
      type === "xhtml"
        ? fragmentText(raw)
        : type === "html" || type === "text/html"
          ? fragmentText(xmlCharacterData(raw))
          : tidyText(xmlCharacterData(raw));
    if (text !== "") return text;
  }
  return "";
}

/** RSS descriptions are HTML by the spec, but plain text with blank lines is common too. */
function htmlOrText(value: string): string {
  return /<[a-z!/]|&[#\w]+;/i.test(value) ? fragmentText(value) : tidyText(value);
}

/** A title or name that may carry markup or references: "Fish &amp;amp; chips" → "Fish & chips". */
function plainText(value: string | null): string | null {
  if (!value) return null;
  const text = htmlOrText(value).replace(/\s+/g, " ").trim();
  return text === "" ? null : text.normalize("NFC");
}

function atomLink(links: XmlValue): string | null {
  const all = list(links);
  const alternate =
    all.find((l) => attr(l, "rel") === "alternate") ?? all.find((l) => attr(l, "rel") === null);
  return alternate ? attr(alternate, "href") : null;
}

/** `dc:creator`, RSS `author` ("jane@example.org (Jane Roe)" → "Jane Roe"), Atom `author/name`. */
function itemAuthor(feed: Feed, item: XmlObject): string | null {
  if (feed.kind === "atom") {
    const names = list(item.author)
      .map((a) => (a && typeof a === "object" && !Array.isArray(a) ? textOf(a.name) : null))
      .filter((a): a is string => !!a);
    return names.length ? plainText(names.join(", ")) : null;
  }
  const creators = list(item["dc:creator"])
    .map((c) => textOf(c))
    .filter((c): c is string => !!c);
  if (creators.length) return plainText(creators.join(", "));
  const author = textOf(item.author);
  if (!author) return null;
  const named = /\(([^)]+)\)\s*$/.exec(author);
  return plainText(named ? named[1]! : author);
}

/**
 * An RSS date ("Tue, 14 May 2024 09:00:00 +0700") or an Atom one ("2024-05-14T09:00:00+07:00"),
 * as the date written, not shifted to UTC.
 */
export function feedDate(value: string | null): PartialDate | null {
  if (!value) return null;
  const rfc822 = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2}|\d{4})\b/.exec(
    value.trim(),
  );
  if (rfc822) {
    const yy = rfc822[3]!;
    const year = yy.length === 4 ? yy : `${Number(yy) < 70 ? "20" : "19"}${yy}`;
    return parseMetaDate(`${rfc822[1]} ${rfc822[2]} ${year}`);
  }
  return parseMetaDate(value);
}

import type { PartialDate } from "../../core/types.js";
import type { DomDocument } from "./dom.js";
import { parseMetaDate } from "./metadata.js";
import { escapeRegExp } from "../../core/text/escape-regexp.js";

export interface PageMetadata {
  title: string | null;
  date: PartialDate | null;
  author: string | null;
  url: string | null;
  outlet: string | null;
  language: string | null;
}

// Meta names that carry a publication date, in the order they are trusted.
const DATE_METAS = [
  "article:published_time",
  "og:article:published_time",
  "datepublished",
  "date",
  "pubdate",
  "publishdate",
  "publish-date",
  "dc.date",
  "dc.date.issued",
  "dcterms.date",
  "dcterms.issued",
  "dcterms.created",
  "citation_publication_date",
  "parsely-pub-date",
  "sailthru.date",
];
const AUTHOR_METAS = [
  "author",
  "article:author",
  "dc.creator",
  "citation_author",
  "parsely-author",
];

/**
 * What a page says about itself, from (in order of trust) Open Graph and article meta tags,
 * JSON-LD, other meta tags, then the markup: `<title>`, the first `<h1>`, `<time datetime>`,
 * `<link rel=canonical>`, `<html lang>`. Read before anything mutates the document.
 */
export function pageMetadata(doc: DomDocument): PageMetadata {
  const metas = new Map<string, string>();
  for (const meta of doc.querySelectorAll("meta")) {
    const key = meta.getAttribute("property") ?? meta.getAttribute("name");
    const itemprop = meta.getAttribute("itemprop");
    const content = clean(meta.getAttribute("content"));
    if (!content) continue;
    for (const k of [key, itemprop]) {
      if (k && !metas.has(k.toLowerCase())) metas.set(k.toLowerCase(), content);
    }
    const equiv = meta.getAttribute("http-equiv");
    if (equiv && !metas.has(`http-equiv:${equiv.toLowerCase()}`))
      metas.set(`http-equiv:${equiv.toLowerCase()}`, content);
  }
  const ld = jsonLdArticle(doc);
  const outlet = metas.get("og:site_name") ?? ldName(ld?.publisher) ?? null;

  const title =
    metas.get("og:title") ??
    metas.get("twitter:title") ??
    ldString(ld?.headline) ??
    withoutSiteName(clean(doc.querySelector("title")?.textContent), outlet) ??
    clean(doc.querySelector("h1")?.textContent) ??
    null;

  let date: PartialDate | null = null;
  for (const candidate of [
    metas.get(DATE_METAS[0]!),
    metas.get(DATE_METAS[1]!),
    ldString(ld?.datePublished),
    ...DATE_METAS.slice(2).map((k) => metas.get(k)),
    timeElementDate(doc),
    ldString(ld?.dateCreated),
  ]) {
    // "20200115" and "20200115T0830": the compact ISO form some CMSs write.
    const compact = candidate && /^((?:19|20)\d\d)(\d\d)(\d\d)(?:T|$)/.exec(candidate);
    date = parseMetaDate(compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : candidate);
    if (date) break;
  }

  const authors = AUTHOR_METAS.map((k) => metas.get(k)).filter(
    (a): a is string => !!a && !/^https?:\/\//.test(a),
  );
  const author = withoutBy(authors[0] ?? ldName(ld?.author) ?? null);

  const url =
    absoluteUrl(doc.querySelector("link[rel=canonical]")?.getAttribute("href")) ??
    absoluteUrl(metas.get("og:url")) ??
    absoluteUrl(ldString(ld?.url)) ??
    null;

  const language =
    clean(doc.documentElement?.getAttribute("lang")) ??
    metas.get("http-equiv:content-language") ??
    ldString(ld?.inLanguage) ??
    null;

  return { title, date, author, url, outlet, language };
}

function clean(s: string | null | undefined): string | null {
  if (typeof s !== "string") return null;
  const t = s.replace(/\s+/g, " ").trim();
  return t === "" ? null : t;
}

/** "Court jails blogger | Mekong Wire" → "Court jails blogger" when the outlet is known. */
function withoutSiteName(title: string | null, outlet: string | null): string | null {
  if (!title || !outlet) return title;
  const suffix = new RegExp(`\\s+[|\\-–—·:]\\s+${escapeRegExp(outlet)}$`, "i");
  return title.replace(suffix, "") || title;
}

function withoutBy(author: string | null): string | null {
  return author ? author.replace(/^by\s+/i, "").trim() || null : null;
}

function absoluteUrl(s: string | null | undefined): string | null {
  const t = clean(s);
  return t && /^https?:\/\/\S+$/i.test(t) ? t : null;
}

/** The publication date of the first `<time datetime>`, preferring one inside `<article>`. */
function timeElementDate(doc: DomDocument): string | null {
  const el =
    doc.querySelector("article time[datetime]") ??
    doc.querySelector("time[pubdate][datetime]") ??
    doc.querySelector("time[datetime]");
  return el?.getAttribute("datetime") ?? null;
}

type JsonObject = Record<string, unknown>;

/**
 * The JSON-LD object describing the article: the first whose `@type` names an article, report
 * or blog post, else the first with a `datePublished`. Nested `@graph` lists are searched.
 */
function jsonLdArticle(doc: DomDocument): JsonObject | null {
  const found: JsonObject[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const raw = (script.textContent ?? "")
      .trim()
      .replace(/^<!\[CDATA\[|\]\]>$/g, "")
      .trim();
    try {
      collect(JSON.parse(raw), found, 0);
    } catch {
      // A broken JSON-LD block is the page's problem; the other metadata still counts.
    }
  }
  const isArticle = (o: JsonObject): boolean =>
    [o["@type"]].flat().some((t) => typeof t === "string" && /Article|Report|BlogPosting/.test(t));
  return found.find(isArticle) ?? found.find((o) => o.datePublished !== undefined) ?? null;
}

function collect(value: unknown, out: JsonObject[], depth: number): void {
  if (depth > 4 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  const o = value as JsonObject;
  out.push(o);
  if (o["@graph"]) collect(o["@graph"], out, depth + 1);
}

function ldString(value: unknown): string | null {
  if (Array.isArray(value)) return ldString(value[0]);
  return typeof value === "string" ? clean(value) : null;
}

/** `"Jane Roe"`, `{"name": "Jane Roe"}` or a list of either (joined with commas). */
function ldName(value: unknown): string | null {
  const names = [value]
    .flat()
    .map((v) =>
      typeof v === "string"
        ? clean(v)
        : v && typeof v === "object"
          ? ldString((v as JsonObject).name)
          : null,
    )
    .filter((n): n is string => !!n);
  return names.length ? names.join(", ") : null;
}

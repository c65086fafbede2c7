// A published check as schema.org ClaimReview JSON-LD, the form fact-check readers and search
// engines take. Google's requirements: claimReviewed, reviewRating.alternateName and url are
// required; author, datePublished and itemReviewed (a Claim with author, datePublished and
// appearance) are recommended; only the https://schema.org context is read. The numeric rating
// follows the usual 1 (false) to 5 (true) scale; an unverifiable claim has no place on it and
// gets only the verdict in words.

import { CheckInvalid, CheckTransitionInvalid } from "../../errors.js";
import type { ClaimSpeaker } from "./claim.js";
import type { Check } from "./review.js";
import type { Verdict } from "./verdict-rules/index.js";

export interface ClaimReviewOptions {
  /** Where the checks are published: `https://monitor.example.org/`. */
  siteUrl: string;
  organisationName: string;
  organisationUrl?: string | null;
  /** The path of a check's page under `siteUrl`; default `checks/<id>`. */
  checkPath?: (check: Check) => string;
}

/** The rating of each verdict: words for every verdict, a 1–5 value where one means something. */
export const VERDICT_RATINGS: Readonly<Record<Verdict, { words: string; value: number | null }>> = {
  contradicted: { words: "Contradicted by the record", value: 1 },
  disputed: { words: "Disputed by the record", value: 2 },
  supported: { words: "Supported by the record", value: 5 },
  unverifiable: { words: "Unverifiable from the record", value: null },
};

export interface JsonLdThing {
  "@type": string;
  [key: string]: unknown;
}

export interface ClaimReviewJsonLd extends JsonLdThing {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  reviewRating: JsonLdThing;
  author: JsonLdThing;
  datePublished: string;
  itemReviewed: JsonLdThing;
  reviewBody: string;
}

function httpUrl(s: string | null | undefined): string | null {
  if (!s) return null;
  try {
    const u = new URL(s);
    return u.protocol === "https:" || u.protocol === "http:" ? u.href : null;
  } catch {
    return null;
  }
}

function person(s: ClaimSpeaker): JsonLdThing {
  if (s.kind === "person" || (!s.kind && s.role)) {
    const p: JsonLdThing = { "@type": "Person", name: s.name };
    if (s.role) p.jobTitle = s.role;
    if (s.org) p.affiliation = { "@type": "Organization", name: s.org };
    return p;
  }
  return { "@type": "Organization", name: s.name };
}

export function toClaimReview(check: Check, o: ClaimReviewOptions): ClaimReviewJsonLd {
  if (check.state !== "published" || !check.publishedAt)
    throw new CheckTransitionInvalid(check.id, "export as ClaimReview", check.state);
  const site = httpUrl(o.siteUrl);
  if (!site) throw new CheckInvalid(check.id, `site URL "${o.siteUrl}" is not an http(s) URL`);
  if (!o.organisationName.trim())
    throw new CheckInvalid(check.id, "the publishing organisation needs a name");
  const base = site.endsWith("/") ? site : `${site}/`;
  const path = o.checkPath ? o.checkPath(check) : `checks/${encodeURIComponent(check.id)}`;
  const url = new URL(path.replace(/^\//, ""), base).href;

  const rating = VERDICT_RATINGS[check.verdict];
  const reviewRating: JsonLdThing = {
    "@type": "Rating",
    alternateName: rating.words,
    name: rating.words,
  };
  if (rating.value !== null)
    Object.assign(reviewRating, { ratingValue: rating.value, bestRating: 5, worstRating: 1 });

  const claim = check.claim;
  const itemReviewed: JsonLdThing = { "@type": "Claim" };
  if (claim.speaker) itemReviewed.author = person(claim.speaker);
  if (claim.date) itemReviewed.datePublished = claim.date;
  const seen = httpUrl(claim.appearance?.url);
  if (seen) {
    const work: JsonLdThing = {
      "@type": claim.appearance?.outlet ? "NewsArticle" : "CreativeWork",
      url: seen,
    };
    if (claim.appearance?.title) work.headline = claim.appearance.title;
    if (claim.appearance?.date) work.datePublished = claim.appearance.date;
    if (claim.appearance?.outlet)
      work.publisher = { "@type": "Organization", name: claim.appearance.outlet };
    itemReviewed.appearance = work;
  }

  const author: JsonLdThing = { "@type": "Organization", name: o.organisationName };
  const orgUrl = httpUrl(o.organisationUrl);
  if (orgUrl) author.url = orgUrl;

  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url,
    claimReviewed: claim.text,
    reviewRating,
    author,
    datePublished: check.publishedAt.slice(0, 10),
    itemReviewed,
    reviewBody: check.reasoning.join(" "),
  };
}

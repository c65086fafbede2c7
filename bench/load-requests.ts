// What the load benchmark's clients ask for: the reads a team of researchers makes all day —
// source lists and pages, actors, statements, searches, register counts — each client cycling
// through them with its own random source, actor and search words.
import type { AutocannonRequest } from "autocannon";

/** Search words a user of the corpus would type (names with and without diacritics, phrases). */
const SEARCHES = [
  "Article 117",
  "Tran Thi Mai Huong",
  "Trần Thị Mai Hương",
  '"freedom of expression"',
  "cement plant",
  "detention centre",
  "sentenced prison",
  "court appeal",
  "police said",
  "human rights report -state",
  "Nghe An or Thai Binh",
  "teacher",
];

const SPEAKERS = ["lawyer", "ministry", "spokesperson", "Hang", "police"];

const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]!;

/** The kinds of read; a request's `label` names its kind in the per-kind figures. */
export const READ_KINDS = [
  "sources list",
  "source page",
  "actors",
  "actor",
  "statements",
  "search",
  "stats",
  "stats series",
] as const;

export interface Read {
  label: (typeof READ_KINDS)[number];
  path: () => string;
}

/**
 * The reads, one entry per tenth of the mix: about a third are searches and counts. `sources` and
 * `actors` are ids present when the load starts (new ones arrive during an ingest).
 */
export function readMix(sources: readonly number[], actors: readonly number[]): Read[] {
  const q = encodeURIComponent;
  const read = (label: Read["label"], path: () => string): Read => ({ label, path });
  return [
    read("sources list", () => `/api/sources?limit=20${Math.random() < 0.3 ? "&outlet=wire" : ""}`),
    read("source page", () => `/api/sources/${pick(sources)}`),
    read("source page", () => `/api/sources/${pick(sources)}`),
    read("search", () => `/api/search?q=${q(pick(SEARCHES))}&limit=20`),
    read("search", () => `/api/search?q=${q(pick(SEARCHES))}&kind=statement&limit=20`),
    read(
      "actors",
      () => `/api/actors?limit=50${Math.random() < 0.5 ? `&name=${q(pick(SPEAKERS))}` : ""}`,
    ),
    read("actor", () => `/api/actors/${pick(actors)}`),
    read(
      "statements",
      () => `/api/statements?limit=50${Math.random() < 0.5 ? `&speaker=${q(pick(SPEAKERS))}` : ""}`,
    ),
    read("stats", () => `/api/stats${Math.random() < 0.5 ? "?by=province" : "?by=gender,status"}`),
    read("stats series", () => "/api/stats/series?from=2015-01-01&to=2024-12-31&every=year"),
  ];
}

/**
 * One autocannon request that is, each time a client sends it, a read drawn at random from the
 * mix (so every client mixes from its first request on); the client's context keeps which, for
 * the figures per kind.
 */
export function mixedRequest(
  headers: Record<string, string>,
  reads: readonly Read[],
): AutocannonRequest {
  return {
    method: "GET",
    headers,
    setupRequest: (req, context) => {
      const r = pick(reads);
      context.kind = r.label;
      return { ...req, path: r.path() };
    },
  };
}

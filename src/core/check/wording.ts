// Plain-sentence pieces the verdict rules write their reasoning with. Every sentence that rests
// on evidence ends with the ids it rests on: "… [E1, E3]".

import type { Figure } from "../types.js";
import { dateInWords } from "./check-dates.js";
import type { ArticleCount, CaseEvidence, EvidenceItem, FigureEvidence } from "./evidence.js";

export function cite(...items: (EvidenceItem | undefined | null)[]): string {
  const ids = items.filter((i): i is EvidenceItem => !!i).map((i) => i.id);
  return ids.length ? ` [${ids.join(", ")}]` : "";
}

export function number(n: number): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

export function people(n: number): string {
  return n === 1 ? "1 person" : `${number(n)} people`;
}

const BOUND_WORDS: Readonly<Record<Figure["bound"], string>> = {
  eq: "",
  gt: "more than ",
  gte: "at least ",
  lt: "fewer than ",
  lte: "up to ",
  approx: "about ",
};

/** "more than 72%", "about 800", "53.5 years". */
export function amount(value: number, bound: Figure["bound"], unit: Figure["unit"]): string {
  const v = number(value);
  const body = unit === "percent" ? `${v}%` : unit === "years" ? `${v} years` : v;
  return BOUND_WORDS[bound] + body;
}

/** "Article 117 of the Criminal Code 2015 (conducting propaganda against the state)". */
export function articleName(a: ArticleCount): string {
  return a.offense ? `${a.label} (${a.offense})` : a.label;
}

/** "8 under Article 117 (…), 4 under Article 331 (…) and 1 under Article 116 (…)". */
export function byArticle(counts: readonly ArticleCount[]): string {
  return list(counts.map((a) => `${number(a.count)} under ${articleName(a)}`));
}

export function list(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? "";
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/** "Trần Thị Mai Hương, held since 16 March 2021 under Article 117 [E2]"; never a confidential name. */
export function caseLine(c: CaseEvidence): string {
  const who = c.name ?? "a person whose name is withheld";
  const under = c.charges.map((a) => a.label.replace(/ of the .*$/, "")).join(" and ");
  const status = c.status === "pending-trial" ? "held without trial since" : "held since";
  return `${who}, ${status} ${dateInWords(c.since)}${under ? ` under ${under}` : ""}${cite(c)}`;
}

/** "Prisoner Watch Vietnam reported 28 activists in detention as of 25 April 2021 [E4]". */
export function figureLine(f: FigureEvidence): string {
  const who = f.publisher ?? f.source?.outlet ?? "a source";
  const when = f.asOf ? ` as of ${dateInWords(f.asOf)}` : "";
  const where =
    f.source?.outlet && f.source.outlet !== who
      ? ` (${f.source.outlet}, ${dateInWords(f.source.date)})`
      : f.source?.date
        ? ` (published ${dateInWords(f.source.date)})`
        : "";
  return `${who} reported ${amount(f.value, f.bound, f.unit)}${f.what ? ` ${f.what}` : ""}${when}${where}${cite(f)}`;
}

/** Sentence-case the first letter. */
export function sentence(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// What the report rules see (one sentence, its issuer names, report nouns and titles) and what
// they propose (a reference to a report, possibly only "the report").

import type { ReportTitle } from "../../lexicon/report-titles.js";
import type { PartialDate, Span } from "../../types.js";
import type { IssuerMention, ReportHead, TitleMention } from "./find.js";

export interface SentenceView {
  text: string;
  sentence: Span;
  /** Publication date of the document, for relative dates. */
  docDate: PartialDate | null;
  issuers: readonly IssuerMention[];
  titles: readonly TitleMention[];
  /** Report nouns that head a noun phrase, with their left context. */
  heads: readonly ReportHead[];
}

export interface Candidate extends Span {
  /** The report noun or title the reference turns on; one candidate per head. */
  head: Span;
  issuer: IssuerMention | null;
  title: ReportTitle | null;
  year: number | null;
  date: PartialDate | null;
  cycle: number | null;
  /** What an uncatalogued report is about: "on the implementation of the ICCPR in Vietnam". */
  topic: string | null;
  /** "the report", "this report": names no issuer, refers back to one already mentioned. */
  anaphoric: boolean;
  rule: string;
}

export type ReportRule = (view: SentenceView, claimed: (head: Span) => boolean) => Candidate[];

export function candidate(
  head: Span,
  start: number,
  end: number,
  fields: Partial<Omit<Candidate, "head" | "start" | "end">> & { rule: string },
): Candidate {
  return {
    head,
    start,
    end,
    issuer: null,
    title: null,
    year: null,
    date: null,
    cycle: null,
    topic: null,
    anaphoric: false,
    ...fields,
  };
}

// Reasoning sentences several verdict rules share.

import { dateInWords } from "../check-dates.js";
import type {
  CaseEvidence,
  RegisterCountEvidence,
  ReportEvidence,
  ResponseEvidence,
  StatementEvidence,
} from "../evidence.js";
import { byArticle, caseLine, cite, list, people, sentence } from "../wording.js";

/** "On 24 June 2021 the register held 12 people under articles … : 8 under Article 117 … [E1]." */
export function heldLines(held: RegisterCountEvidence, cases: readonly CaseEvidence[]): string[] {
  const rights = list(held.rights);
  if (held.value === 0)
    return [
      `On ${dateInWords(held.asOf)} the register held no one under articles the statute catalogue marks as restricting ${rights}${cite(held)}.`,
    ];
  const out = [
    `On ${dateInWords(held.asOf)} the register held ${people(held.value)} under articles the statute catalogue marks as restricting ${rights}: ${byArticle(held.byArticle)}${cite(held)}.`,
  ];
  if (held.value > 1 && held.byArticle.reduce((s, a) => s + a.count, 0) > held.value)
    out.push("Some of them are charged under more than one of these articles.");
  if (cases.length > 0) {
    const shown = cases.map(caseLine);
    const more = held.value - held.confidential - cases.length;
    out.push(
      `Among them: ${shown.join("; ")}${more > 0 ? `; and ${people(more)} more in the register` : ""}.`,
    );
  }
  if (held.confidential > 0)
    out.push(
      `${sentence(people(held.confidential))} of them ${held.confidential === 1 ? "is" : "are"} counted but not named: the record is confidential.`,
    );
  return out;
}

const MAX_QUOTE_WORDS = 28;

export function quote(text: string): string {
  const words = text.replace(/\s+/g, " ").trim().split(" ");
  const cut =
    words.length > MAX_QUOTE_WORDS
      ? words.slice(0, MAX_QUOTE_WORDS).join(" ") + " …"
      : words.join(" ");
  return `“${cut.replace(/^[“"]+|[”"]+$/g, "")}”`;
}

/** "Nguyễn Văn Khoa said on 26 April 2021: “…” [E5]". */
export function statementLine(s: StatementEvidence): string {
  return `${s.speaker ?? "someone"} said on ${dateInWords(s.date)}: ${quote(s.sentence?.text ?? "")}${cite(s)}`;
}

/** "the UN Human Rights Committee's concluding observations (March 2019) [E2]". */
export function reportName(r: ReportEvidence): string {
  const by = r.issuer ? `the ${r.issuer.replace(/^the /i, "")}'s ` : "";
  const title = r.title ?? (r.year ? `${r.year} report` : "report");
  const when = r.date
    ? ` (${dateInWords(r.date)})`
    : r.year && !title.includes(String(r.year))
      ? ` (${r.year})`
      : "";
  return `${by}${title}${when}${cite(r)}`;
}

/** "Vietnam rejected it (reported 27 April 2021) [E3]". */
export function responseLine(x: ResponseEvidence): string {
  const who = x.speaker ?? x.state ?? "the government";
  const verb =
    x.response === "rejects" ? "rejected" : x.response === "welcomes" ? "welcomed" : "acknowledged";
  const when = x.date
    ? ` on ${dateInWords(x.date)}`
    : x.source?.date
      ? ` (reported${x.source.outlet ? ` by ${x.source.outlet}` : ""} on ${dateInWords(x.source.date)})`
      : "";
  return `${who} ${verb} it${when}${cite(x)}`;
}

/** The claimant's responses to a report, as one clause: "; Vietnam rejected it on … [E3]". */
export function responsesTo(
  r: ReportEvidence,
  responses: readonly ResponseEvidence[],
): ResponseEvidence[] {
  return responses.filter((x) => x.reportEvidenceId === r.id);
}

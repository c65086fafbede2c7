// The reports pass: references to human-rights reports, one Report per report however often the
// document returns to it ("the EEAS's annual report" … "the EEAS report" … "the report").

import type { ExtractionPass } from "../../analyze.js";
import { REPORT_ISSUERS, type ReportIssuer } from "../../lexicon/report-issuers.js";
import type { DocContext } from "../../text/doc-context.js";
import { matchKey } from "../../text/normalise.js";
import type { Actor, Analysis, Report, Span } from "../../types.js";
import type { Candidate, ReportRule, SentenceView } from "./candidate.js";
import {
  findIssuers,
  scanLeft,
  type IssuerMention,
  type ReportHead,
  type TitleMention,
} from "./find.js";
import { findReportNouns, findTitles, mayReferToReports } from "./landmarks.js";
import { complete } from "./parse.js";
import { titles } from "./rules/01-titles.js";
import { attached } from "./rules/02-attached.js";
import { reportBy } from "./rules/03-report-by.js";
import { publisher } from "./rules/04-publisher.js";
import { itsReport } from "./rules/05-its-report.js";
import { anaphora } from "./rules/06-anaphora.js";

/** In order: a head claimed by an earlier rule is not offered to later ones. */
export const REPORT_RULES: readonly ReportRule[] = [
  titles,
  attached,
  reportBy,
  publisher,
  itsReport,
  anaphora,
];

/**
 * Organisations and states the actors pass found, written as possessors and unknown to the
 * issuer lexicon: "Vietnam's third periodic report", "the ministry's report".
 */
function possessorIssuers(
  possessors: readonly Possessor[],
  sentence: Span,
  known: readonly IssuerMention[],
): IssuerMention[] {
  const out: IssuerMention[] = [];
  for (const { actor, name, kind, m, id } of possessors) {
    if (m.start < sentence.start || m.end > sentence.end) continue;
    if (known.some((k) => k.start < m.end && m.start < k.end)) continue;
    out.push({
      start: m.start,
      end: m.end,
      weak: false,
      actor,
      issuer: { id, name, kind, aliases: [] },
    });
  }
  return out;
}

/** A mention of an organisation or state written as a possessor ("Vietnam's"). */
interface Possessor {
  actor: number;
  name: string;
  kind: Exclude<Actor["kind"], "person">;
  m: Span;
  id: string;
}

/** The document's possessor mentions, in actor then mention order, found once for all sentences. */
function possessorsOf(ctx: DocContext, analysis: Analysis): Possessor[] {
  const out: Possessor[] = [];
  analysis.actors.forEach((a, actor) => {
    const kind = a.kind;
    if (kind === "person") return;
    let id: string | null = null;
    for (const m of a.mentions) {
      if (!/^(?:’s|'s)/.test(ctx.text.slice(m.end, m.end + 2))) continue;
      id ??= `actor:${matchKey(a.name)}`;
      out.push({ actor, name: a.name, kind, m, id });
    }
  });
  return out;
}

function view(
  ctx: DocContext,
  possessors: readonly Possessor[],
  sentence: Span,
  titleMentions: readonly TitleMention[],
  nouns: readonly Span[],
): SentenceView {
  const text = ctx.text;
  const lexical = findIssuers(text, sentence);
  const issuers = [...lexical, ...possessorIssuers(possessors, sentence, lexical)].sort(
    (a, b) => a.start - b.start,
  );
  const heads: ReportHead[] = [];
  for (const t of titleMentions) {
    heads.push(
      scanLeft(text, t, sentence.start, issuers, t.title) ?? {
        ...t,
        npStart: t.start,
        determiner: null,
        determinerStart: null,
        issuer: null,
        year: null,
        title: t.title,
      },
    );
  }
  for (const n of nouns) {
    if (titleMentions.some((t) => n.start >= t.start && n.end <= t.end)) continue;
    const h = scanLeft(text, n, sentence.start, issuers, null);
    if (h) heads.push(h);
  }
  heads.sort((a, b) => a.start - b.start);
  return { text, sentence, docDate: ctx.date, issuers, titles: titleMentions, heads };
}

/** Every reference to a report, sentence by sentence, in document order. */
export function findReportReferences(ctx: DocContext, analysis: Analysis): Candidate[] {
  const out: Candidate[] = [];
  // Every rule starts from a title or a report noun: most documents name none.
  if (!mayReferToReports(ctx.text)) return out;
  let possessors: Possessor[] | null = null;
  for (const sentence of ctx.sentences) {
    const titleMentions = findTitles(ctx.text, sentence);
    const nouns = findReportNouns(ctx.text, sentence);
    if (titleMentions.length === 0 && nouns.length === 0) continue;
    possessors ??= possessorsOf(ctx, analysis);
    const v = view(ctx, possessors, sentence, titleMentions, nouns);
    const claimed = new Set<number>();
    const found: Candidate[] = [];
    for (const rule of REPORT_RULES) {
      for (const c of rule(v, (h) => claimed.has(h.start))) {
        if (claimed.has(c.head.start)) continue;
        claimed.add(c.head.start);
        found.push(complete(v, c));
      }
    }
    out.push(...found.sort((a, b) => a.start - b.start));
  }
  return out;
}

const compatible = (a: number | null | undefined, b: number | null | undefined): boolean =>
  a === null || a === undefined || b === null || b === undefined || a === b;

/** Groups references into reports: same issuer and no conflicting year or cycle, or "the report". */
export function groupReports(
  text: string,
  refs: readonly Candidate[],
): {
  reports: Report[];
  unresolved: Candidate[];
} {
  const reports: Report[] = [];
  const lastMention: number[] = [];
  const unresolved: Candidate[] = [];
  const latest = (pick: (r: Report) => boolean): number => {
    let best = -1;
    reports.forEach((r, i) => {
      if (pick(r) && (best < 0 || lastMention[i]! > lastMention[best]!)) best = i;
    });
    return best;
  };
  for (const c of refs) {
    let at: number;
    if (c.anaphoric) {
      at = latest((r) => compatible(r.year, c.year));
      if (at < 0) {
        unresolved.push(c);
        continue;
      }
    } else {
      at = latest(
        (r) =>
          r.issuerId === (c.issuer?.issuer.id ?? null) &&
          compatible(r.year, c.year) &&
          compatible(r.cycle, c.cycle) &&
          (r.title === null || c.title === null || r.title === c.title.title),
      );
    }
    if (at < 0) {
      reports.push({
        start: c.start,
        end: c.end,
        text: text.slice(c.start, c.end),
        issuer: c.issuer?.issuer.name ?? null,
        title:
          c.title?.title ?? (c.topic ? `${text.slice(c.head.start, c.head.end)} ${c.topic}` : null),
        year: c.year,
        date: c.date,
        cycle: c.cycle,
        issuerId: c.issuer?.issuer.id ?? null,
        actor: null,
        mentions: [{ start: c.start, end: c.end }],
      });
      lastMention.push(c.start);
      continue;
    }
    const r = reports[at]!;
    r.mentions!.push({ start: c.start, end: c.end });
    r.year ??= c.year;
    r.date ??= c.date;
    r.cycle ??= c.cycle;
    r.title ??= c.title?.title ?? null;
    lastMention[at] = c.start;
  }
  return { reports, unresolved };
}

/** An issuer's name and aliases, folded: worked out once per issuer. */
const ISSUER_KEYS = new Map<ReportIssuer, ReadonlySet<string>>();
function issuerKeys(issuer: ReportIssuer): ReadonlySet<string> {
  let keys = ISSUER_KEYS.get(issuer);
  if (keys === undefined)
    ISSUER_KEYS.set(issuer, (keys = new Set([issuer.name, ...issuer.aliases].map(matchKey))));
  return keys;
}

/**
 * The actor for an issuer: one the actors pass already has (by name, or by a mention at the same
 * place: "the US" may be the state), or a new organisation when the text names the issuer.
 */
function issuerActor(
  analysis: Analysis,
  issuerId: string,
  written: readonly Span[],
  keyOf: (name: string) => string,
): number | null {
  const issuer = REPORT_ISSUERS.find((i) => i.id === issuerId)!;
  const names = issuerKeys(issuer);
  const overlaps = (m: Span): boolean => written.some((w) => m.start < w.end && w.start < m.end);
  let found = analysis.actors.findIndex(
    (a) => a.kind !== "person" && [a.name, ...a.aliases].some((n) => names.has(keyOf(n))),
  );
  if (found < 0)
    found = analysis.actors.findIndex((a) => a.kind !== "person" && a.mentions.some(overlaps));
  if (found >= 0) return found;
  if (written.length === 0) return null;
  analysis.actors.push({
    name: issuer.name,
    kind: issuer.kind,
    aliases: [],
    roles: [],
    orgs: [],
    mentions: written.map((w) => ({ start: w.start, end: w.end })),
  });
  return analysis.actors.length - 1;
}

export const reportsPass: ExtractionPass = {
  name: "reports",
  run(ctx: DocContext, analysis: Analysis): void {
    const refs = findReportReferences(ctx, analysis);
    const { reports, unresolved } = groupReports(ctx.text, refs);
    // Every report's issuer is looked for among the same actors' names.
    const folded = new Map<string, string>();
    const keyOf = (name: string): string => {
      let key = folded.get(name);
      if (key === undefined) folded.set(name, (key = matchKey(name)));
      return key;
    };
    for (const r of reports) {
      const fromActors = refs.find((c) => c.issuer?.issuer.id === r.issuerId)?.issuer?.actor;
      if (fromActors !== undefined) r.actor = fromActors;
      else if (r.issuerId) {
        const written = refs
          .flatMap((c) =>
            c.issuer && c.issuer.issuer.id === r.issuerId && !c.issuer.implied ? [c.issuer] : [],
          )
          .map((m) => ({ start: m.start, end: m.end }));
        r.actor = issuerActor(analysis, r.issuerId, written, keyOf);
      }
      analysis.reports.push(r);
    }
    for (const c of unresolved) {
      analysis.warnings.push({
        code: "VIGIL_WARN_REPORT_UNRESOLVED",
        message: `"${ctx.text.slice(c.start, c.end)}" refers to a report the document has not named`,
        start: c.start,
        end: c.end,
      });
    }
  },
};

// An EvidenceSource over plain arrays: the record as tests, examples and comparisons hold it. It
// answers the same questions the database source will, with the same counting rules as the
// example register (examples/register/README.md):
//   held on D      arrested on or before D, not released, dead or exiled on or before D;
//   at risk on D   at risk since on or before D, not dead or exiled on or before D;
//   in year Y      arrests, first-instance verdicts (and their sentences), releases, deaths in Y.
// A partial date counts from its first day. Confidential cases are counted and never named.

import type { Right } from "../lexicon/claim-rights.js";
import { matchKey } from "../text/normalise.js";
import type { PartialDate } from "../types.js";
import { firstDay, startedBy } from "./check-dates.js";
import { classifyClaim } from "./classify.js";
import type {
  ArticleCount,
  EvidenceSource,
  FigureQuery,
  FigureRecord,
  HeldCase,
  HeldQuery,
  HeldResult,
  RegisterCountResult,
  ReportAnswered,
  ReportQuery,
  ReportRecord,
  ResponseRecord,
  StatementQuery,
  StatementRecord,
} from "./evidence.js";
import { quantityOf, splitQuantityKey } from "./quantity.js";

export interface MemoryCase {
  id: string;
  name: string;
  confidential?: boolean;
  jurisdiction?: string | null;
  gender?: string | null;
  ethnicity?: string | null;
  province?: string | null;
  /** Statute catalogue ids. */
  charges: readonly string[];
  atRiskSince?: PartialDate | null;
  arrested?: PartialDate | null;
  /** First-instance verdict. */
  tried?: PartialDate | null;
  sentenceMonths?: number | null;
  released?: PartialDate | null;
  died?: PartialDate | null;
  exiled?: PartialDate | null;
}

export interface StatuteInfo {
  id: string;
  /** "Article 117 of the Criminal Code 2015". */
  label: string;
  offense: string | null;
  restricts: readonly Right[];
}

export interface MemoryRecord {
  cases?: readonly MemoryCase[];
  figures?: readonly FigureRecord[];
  statements?: readonly StatementRecord[];
  reports?: readonly ReportRecord[];
  responses?: readonly ResponseRecord[];
  /** The statute catalogue: what an article restricts. */
  statutes: (id: string) => StatuteInfo | null;
  /** The majority ethnicity per jurisdiction, for counting ethnic minorities: `{VN: "Kinh"}`. */
  majorityEthnicity?: Readonly<Record<string, string>>;
  /** The code whose article numbers `article:N` qualifiers mean: `{VN: "criminal-code-2015"}`. */
  currentCode?: Readonly<Record<string, string>>;
}

const on = (d: PartialDate | null | undefined, day: string): boolean =>
  d !== null && d !== undefined && firstDay(d) <= day;

const inYear = (d: PartialDate | null | undefined, year: string): boolean =>
  d !== null && d !== undefined && d.slice(0, 4) === year;

function heldOn(c: MemoryCase, day: string): boolean {
  return on(c.arrested, day) && !on(c.released, day) && !on(c.died, day) && !on(c.exiled, day);
}

function articleCount(s: StatuteInfo, count: number): ArticleCount {
  return { statute: s.id, label: s.label, offense: s.offense, restricts: [...s.restricts], count };
}

export function memoryEvidenceSource(rec: MemoryRecord): EvidenceSource {
  const cases = rec.cases ?? [];
  const statuteCache = new Map<string, StatuteInfo | null>();
  const statute = (id: string): StatuteInfo | null => {
    if (!statuteCache.has(id)) statuteCache.set(id, rec.statutes(id));
    return statuteCache.get(id)!;
  };
  const inJurisdiction = (c: MemoryCase, j: string | null | undefined): boolean =>
    !j || !c.jurisdiction || c.jurisdiction === j;
  const typesOf = new Map<string, readonly string[]>();
  const statementTypes = (s: StatementRecord): readonly string[] => {
    if (s.claimTypes) return s.claimTypes;
    let t = typesOf.get(s.id);
    if (!t) typesOf.set(s.id, (t = classifyClaim(s.text).types.map((x) => x.type)));
    return t;
  };

  function qualifies(c: MemoryCase, qualifier: string | null, j: string | null): boolean | null {
    if (qualifier === null) return true;
    if (qualifier === "women") return c.gender === "female";
    if (qualifier === "ethnic-minority") {
      const majority = rec.majorityEthnicity?.[c.jurisdiction ?? j ?? ""];
      if (!majority) return null;
      return !!c.ethnicity && c.ethnicity !== majority;
    }
    const art = /^article:(.+)$/.exec(qualifier);
    if (art) {
      const code = rec.currentCode?.[c.jurisdiction ?? j ?? ""];
      return c.charges.some((id) => {
        const parts = id.split("/");
        return parts[parts.length - 1] === art[1] && (!code || parts[1] === code);
      });
    }
    return null;
  }

  return {
    async casesDetainedAsOf(day: string, q: HeldQuery): Promise<HeldResult> {
      const rights = new Set(q.rights);
      const byStatute = new Map<string, { s: StatuteInfo; n: number }>();
      const held: HeldCase[] = [];
      for (const c of cases) {
        if (!inJurisdiction(c, q.jurisdiction) || !heldOn(c, day)) continue;
        const status = on(c.tried, day) ? "serving-sentence" : "pending-trial";
        if (q.status && status !== q.status) continue;
        if (q.heldSinceBefore && !(c.arrested && firstDay(c.arrested) < q.heldSinceBefore))
          continue;
        const restricting = c.charges
          .map(statute)
          .filter((s): s is StatuteInfo => !!s && s.restricts.some((r) => rights.has(r)));
        if (restricting.length === 0) continue;
        for (const s of restricting) {
          const e = byStatute.get(s.id) ?? { s, n: 0 };
          e.n++;
          byStatute.set(s.id, e);
        }
        held.push({
          caseId: c.id,
          name: c.confidential ? null : c.name,
          confidential: !!c.confidential,
          status,
          since: c.arrested ?? null,
          charges: restricting.map((s) => articleCount(s, 1)),
          province: c.confidential ? null : (c.province ?? null),
        });
      }
      held.sort(
        (a, b) => (a.since ?? "").localeCompare(b.since ?? "") || a.caseId.localeCompare(b.caseId),
      );
      return {
        asOf: day,
        total: held.length,
        confidential: held.filter((h) => h.confidential).length,
        byArticle: [...byStatute.values()]
          .map((e) => articleCount(e.s, e.n))
          .sort((a, b) => b.count - a.count || a.statute.localeCompare(b.statute)),
        cases: held.slice(0, q.limit ?? 10),
        caseIds: held.filter((h) => !h.confidential).map((h) => h.caseId),
      };
    },

    async figuresOnOrBefore(q: FigureQuery): Promise<FigureRecord[]> {
      const wanted = q.quantities ?? null;
      return (rec.figures ?? [])
        .filter((f) => startedBy(f.source.date, q.onOrBefore))
        .filter((f) => !q.jurisdiction || !f.jurisdiction || f.jurisdiction === q.jurisdiction)
        .map((f) => ({ ...f, quantity: f.quantity ?? quantityOf(f.what, f.unit).key }))
        .filter((f) => {
          if (!wanted) return true;
          if (!f.quantity) return false;
          const family = splitQuantityKey(f.quantity).family;
          return wanted.some((w) => w === f.quantity || w === `${family}/*`);
        });
    },

    async statementsOnTopic(q: StatementQuery): Promise<StatementRecord[]> {
      const excluded = new Set((q.excludeSpeakers ?? []).map(matchKey));
      const ids = new Set(q.excludeStatementIds ?? []);
      const when = (s: StatementRecord): PartialDate | null => s.date ?? s.source.date;
      return (rec.statements ?? [])
        .filter((s) => !ids.has(s.id) && !(s.speaker && excluded.has(matchKey(s.speaker))))
        .filter((s) => startedBy(when(s), q.onOrBefore))
        .filter((s) => statementTypes(s).some((t) => q.claimTypes.includes(t)))
        .sort((a, b) => (when(a) ?? "").localeCompare(when(b) ?? "") || a.id.localeCompare(b.id))
        .slice(0, q.limit ?? 20);
    },

    async reportsAnsweredBy(q: ReportQuery): Promise<ReportAnswered[]> {
      const responses = rec.responses ?? [];
      const when = (r: { date: PartialDate | null; source: { date: PartialDate | null } }) =>
        r.date ?? r.source.date;
      // A report known only by its year ("the 2020 annual report") counts from that year.
      const issued = (r: ReportRecord) => r.date ?? (r.year ? String(r.year) : r.source.date);
      return (rec.reports ?? [])
        .filter((r) => startedBy(issued(r), q.onOrBefore))
        .filter((r) => !q.about || !r.about || r.about === q.about)
        .filter((r) => !q.issuerKinds || q.issuerKinds.includes(r.issuerKind))
        .filter((r) => !q.issuerIds || (r.issuerId !== null && q.issuerIds.includes(r.issuerId)))
        .sort((a, b) => (issued(a) ?? "").localeCompare(issued(b) ?? ""))
        .map((report) => ({
          report,
          responses: responses
            .filter((x) => x.reportId === report.id)
            .sort((a, b) => (when(a) ?? "").localeCompare(when(b) ?? "")),
        }));
    },

    async registerCount(date: string, quantity: string, jurisdiction?: string | null) {
      const { family, qualifier } = splitQuantityKey(quantity);
      const j = jurisdiction ?? null;
      const pool = cases.filter((c) => inJurisdiction(c, j));
      let counted: MemoryCase[];
      const year = date.slice(0, 4);
      switch (family) {
        case "detained":
          counted = pool.filter((c) => heldOn(c, date));
          break;
        case "at-risk":
          counted = pool.filter(
            (c) => on(c.atRiskSince, date) && !on(c.died, date) && !on(c.exiled, date),
          );
          break;
        case "arrested":
          counted = pool.filter((c) => inYear(c.arrested, year));
          break;
        case "convicted":
          counted = pool.filter((c) => inYear(c.tried, year));
          break;
        case "sentence-years":
          counted = pool.filter((c) => inYear(c.tried, year));
          break;
        case "released":
          counted = pool.filter((c) => inYear(c.released, year));
          break;
        case "deaths-in-custody":
          counted = pool.filter((c) => inYear(c.died, year) && !on(c.released, firstDay(c.died!)));
          break;
        default:
          return null;
      }
      const flags = counted.map((c) => qualifies(c, qualifier, j));
      if (flags.some((f) => f === null)) return null;
      const kept = counted.filter((_, k) => flags[k]);
      const result: RegisterCountResult = {
        quantity,
        asOf: date,
        value:
          family === "sentence-years"
            ? kept.reduce((sum, c) => sum + (c.sentenceMonths ?? 0), 0) / 12
            : kept.length,
        confidential: kept.filter((c) => c.confidential).length,
        caseIds: kept.filter((c) => !c.confidential).map((c) => c.id),
      };
      return result;
    },
  };
}

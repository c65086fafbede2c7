// An EvidenceSource over plain arrays: the record as tests, examples and comparisons hold it. The
// register's questions go to the register core (register-queries.ts), so counts here are the
// counts `vigil register count` gives; figures, statements and reports are filtered in memory:
//   figures     published (source date) on or before the day, for the quantity keys asked;
//   statements  said on or before the day, of the claim types asked (classified here unless the
//               record carries its types), in date order;
//   reports     issued on or before the day (a report known by its year counts from that year),
//               with every response to them.

import type { Right } from "../lexicon/statutes/index.js";
import { chargeCountry } from "../register/charges.js";
import { caseEvent, caseRecord } from "../register/records.js";
import type { CountingRules } from "../register/counting-rules.js";
import type { Case, CaseEvent, Register } from "../register/types.js";
import { matchKey } from "../text/normalise.js";
import type { PartialDate } from "../types.js";
import { catalogueStatute } from "./catalogue.js";
import { startedBy } from "./check-dates.js";
import { claimTypes } from "./classify.js";
import type {
  EvidenceSource,
  FigureQuery,
  FigureRecord,
  HeldQuery,
  HeldResult,
  ReportAnswered,
  ReportQuery,
  ReportRecord,
  ResponseRecord,
  StatementQuery,
  StatementRecord,
} from "./evidence.js";
import { quantityOf, splitQuantityKey } from "./quantity.js";
import { registerQueries } from "./register-queries.js";

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
  /** The case register as the register core keeps it. */
  register?: Register;
  /** Or people in a short form, turned into register records (one event per dated column). */
  cases?: readonly MemoryCase[];
  /** The country a register case belongs to; default: from its charges' catalogue ids. */
  jurisdictionOf?: (c: Case) => string | null;
  /** Counting rules of the register core; default vigil-default@1. */
  rules?: CountingRules;
  figures?: readonly FigureRecord[];
  statements?: readonly StatementRecord[];
  reports?: readonly ReportRecord[];
  responses?: readonly ResponseRecord[];
  /** What an article restricts; default: the statute catalogue. */
  statutes?: (id: string) => StatuteInfo | null;
  /** The majority ethnicity per jurisdiction, for counting ethnic minorities: `{VN: "Kinh"}`. */
  majorityEthnicity?: Readonly<Record<string, string>>;
}

/** The short form as register records: arrested, sentenced, released, deceased, exiled. */
export function memoryRegister(cases: readonly MemoryCase[]): Register {
  const events: CaseEvent[] = [];
  for (const c of cases) {
    const add = (type: CaseEvent["type"], date: PartialDate | null | undefined, more = {}) => {
      if (date)
        events.push(caseEvent({ id: `${c.id}:${type}`, caseId: c.id, type, date, ...more }));
    };
    add("at-risk", c.atRiskSince);
    add("arrested", c.arrested, { charges: [...c.charges] });
    add("sentenced", c.tried, {
      charges: [...c.charges],
      sentenceMonths: c.sentenceMonths ?? null,
    });
    add("released", c.released);
    add("deceased", c.died);
    add("exiled", c.exiled);
  }
  return {
    cases: cases.map((c) =>
      caseRecord({
        id: c.id,
        name: c.name,
        confidential: !!c.confidential,
        gender: c.gender ?? null,
        ethnicity: c.ethnicity ?? null,
        province: c.province ?? null,
      }),
    ),
    events,
  };
}

/** A case's country from its charges: `vn/criminal-code-2015/117` → VN. */
function countryOfCharges(register: Register): (c: Case) => string | null {
  const byCase = new Map<string, string>();
  for (const e of register.events)
    for (const id of e.charges) {
      const country = chargeCountry(id);
      if (country && !byCase.has(e.caseId)) byCase.set(e.caseId, country);
    }
  return (c) => byCase.get(c.id) ?? null;
}

export function memoryEvidenceSource(rec: MemoryRecord): EvidenceSource {
  const register = rec.register ?? memoryRegister(rec.cases ?? []);
  const given = new Map((rec.cases ?? []).map((c) => [c.id, c.jurisdiction ?? null]));
  const fromCharges = countryOfCharges(register);
  const jurisdictionOf = rec.jurisdictionOf ?? ((c: Case) => given.get(c.id) ?? fromCharges(c));
  const cases = registerQueries(register, {
    rules: rec.rules,
    statutes: rec.statutes ?? catalogueStatute,
    jurisdictionOf,
    majorityEthnicity: rec.majorityEthnicity,
  });
  const typesOf = new Map<string, readonly string[]>();
  const statementTypes = (s: StatementRecord): readonly string[] => {
    if (s.claimTypes) return s.claimTypes;
    let t = typesOf.get(s.id);
    if (!t) typesOf.set(s.id, (t = claimTypes(s.text).map((x) => x.type)));
    return t;
  };

  return {
    async casesDetainedAsOf(day: string, q: HeldQuery): Promise<HeldResult> {
      return cases.casesDetainedAsOf(day, q);
    },

    async registerCount(
      date: string,
      quantity: string,
      jurisdiction?: string | null,
      maxIds?: number,
    ) {
      return cases.registerCount(date, quantity, jurisdiction, maxIds);
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
  };
}

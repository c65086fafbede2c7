// The cross-check over an open database (docs/checks.md): a claim typed in or an extracted
// statement is typed, the record is gathered from the store as of its date (db-evidence-source.ts),
// a verdict is proposed, and — when asked — the check is stored for review. Runs wherever the
// store runs: in this thread for PostgreSQL, in the store worker for an embedded database.

import { sql } from "drizzle-orm";
import { firstDay, isPartialDate } from "../../core/check/check-dates.js";
import { toClaimReview } from "../../core/check/claim-review.js";
import type { ClaimInput, ClaimSpeaker } from "../../core/check/claim.js";
import { classifyClaim } from "../../core/check/classify.js";
import {
  DEFAULT_WINDOW_DAYS,
  findConflicts,
  findConflictsWithSource,
} from "../../core/check/conflicts.js";
import type { FigureRecord } from "../../core/check/evidence.js";
import { EVIDENCE_RULES } from "../../core/check/evidence-rules/index.js";
import { gatherEvidence } from "../../core/check/gather.js";
import { DEFAULT_TOLERANCE } from "../../core/check/intervals.js";
import { createCheck, type Check } from "../../core/check/review.js";
import { speakerState } from "../../core/check/speaker-state.js";
import { proposeVerdict } from "../../core/check/verdict.js";
import { VERDICT_RULES } from "../../core/check/verdict-rules/index.js";
import { matchKey } from "../../core/text/normalise.js";
import type { ActorKind, Figure, Statement } from "../../core/types.js";
import { NotFound, UsageError } from "../../errors.js";
import type { Db } from "../db.js";
import { rows } from "../sql.js";
import { ensureCheckFacts } from "./check-facts.js";
import { applyStep, insertCheck, listChecks, loadCheck, recordStep } from "./check-store.js";
import type { CheckService, CheckView, ConflictQuery, ReviewRequest } from "./check-types.js";
import { dbEvidenceSource } from "./db-evidence-source.js";
import { confidentialNames } from "../confidential-service.js";
import { HIDDEN_CHECKS, HIDDEN_DOCUMENTS } from "../confidential-sql.js";
import type { Visibility } from "../confidential-types.js";
import { maskableNames, nameMasker } from "../redact.js";

/**
 * A check as a reader without the right may see it: a check resting on a confidential source or
 * person answers as a missing one, and evidence read from a confidential source is left out.
 */
async function visibleCheck(
  db: Db,
  check: CheckView,
  v: Visibility,
  asked: string,
): Promise<CheckView> {
  if (v.confidential || !check.saved) return check;
  const [hidden] = await rows<{ id: number }>(
    db.orm,
    sql`SELECT x.id FROM ${HIDDEN_CHECKS} x WHERE x.id = ${Number(check.id)}`,
  );
  if (hidden) throw new NotFound(`check ${asked}`);
  const ids = check.evidence
    .map((e) => e.source?.documentId)
    .filter((d): d is string => typeof d === "string" && /^\d+$/.test(d))
    .map(Number);
  if (ids.length === 0) return check;
  const withheld = new Set(
    (
      await rows<{ id: number }>(
        db.orm,
        sql`SELECT x.id FROM ${HIDDEN_DOCUMENTS} x WHERE x.id = ANY(${sql.param(ids)}::bigint[])`,
      )
    ).map((r) => String(r.id)),
  );
  if (withheld.size === 0) return check;
  return {
    ...check,
    evidence: check.evidence.filter((e) => !withheld.has(e.source?.documentId ?? "")),
  };
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** `name@version` of every rule the claim's types ran and the verdict rules that weighed them. */
function rulesRun(check: Check): string[] {
  const out = new Set<string>();
  for (const t of check.types) {
    for (const name of t.evidenceRules) {
      const r = EVIDENCE_RULES.get(name);
      if (r) out.add(`${r.name}@${r.version}`);
    }
    const v = t.verdictRule ? VERDICT_RULES.get(t.verdictRule) : undefined;
    if (v) out.add(`${v.name}@${v.version}`);
  }
  return [...out];
}

/** What the store knows of a speaker: the latest statement by an actor with that name or alias. */
async function lookupSpeaker(db: Db, name: string): Promise<ClaimSpeaker> {
  const [found] = await rows<{
    name: string | null;
    kind: ActorKind | "description" | null;
    role: string | null;
    org: string | null;
    jurisdiction: string | null;
  }>(
    db.orm,
    sql`SELECT s.speaker_name AS name, s.speaker_kind AS kind, s.speaker_role AS role,
          s.speaker_org AS org, cd.jurisdiction
        FROM actor_aliases al JOIN document_actors da ON da.actor_id = al.actor_id
          JOIN statements s ON s.document_actor_id = da.id
          JOIN documents d ON d.id = s.document_id
          LEFT JOIN check_documents cd ON cd.document_id = s.document_id
        WHERE al.key = ${matchKey(name)}
        ORDER BY d.day DESC NULLS LAST, s.id DESC LIMIT 1`,
  );
  if (!found) return { name, kind: null, state: speakerState({ name }, null) };
  const kind = found.kind === "description" ? null : found.kind;
  return {
    name,
    kind,
    role: found.role,
    org: found.org,
    state: speakerState({ ...found, kind }, found.jurisdiction),
  };
}

interface StatementRow {
  id: number;
  raw: Statement;
  speaker_name: string | null;
  speaker_kind: ActorKind | "description" | null;
  speaker_role: string | null;
  speaker_org: string | null;
  date: string | null;
  document_id: number;
  text: string;
  title: string | null;
  outlet: string | null;
  doc_date: string | null;
  url: string | null;
  jurisdiction: string | null;
  issuer: string | null;
  issuer_id: string | null;
  report_title: string | null;
  report_year: number | null;
}

/** The claim an extracted statement makes: its words, speaker, date and the report it answers. */
async function statementClaim(db: Db, id: number): Promise<ClaimInput & { documentId: number }> {
  const [s] = await rows<StatementRow>(
    db.orm,
    sql`SELECT s.id, s.raw, s.speaker_name, s.speaker_kind, s.speaker_role, s.speaker_org, s.date,
          s.document_id, d.text, d.title, d.outlet, d.date AS doc_date, d.url, cd.jurisdiction,
          r.issuer, r.raw->>'issuerId' AS issuer_id, r.title AS report_title, r.year AS report_year
        FROM statements s JOIN documents d ON d.id = s.document_id
          LEFT JOIN check_documents cd ON cd.document_id = s.document_id
          LEFT JOIN reports r ON r.document_id = s.document_id AND r.idx = s.responds_to
        WHERE s.id = ${id}`,
  );
  if (!s) throw new NotFound(`statement ${id}`);
  const segs = s.raw.segments ?? [];
  const words = segs.length > 0 ? s.text.slice(segs[0]![0], segs[segs.length - 1]![1]) : s.raw.text;
  const text = words.trim().replace(/^that\s+/i, "");
  const kind = s.speaker_kind === "description" ? null : s.speaker_kind;
  const speaker: ClaimSpeaker | null = s.speaker_name
    ? {
        name: s.speaker_name,
        kind,
        role: s.speaker_role,
        org: s.speaker_org,
        state: speakerState(
          { name: s.speaker_name, kind, role: s.speaker_role, org: s.speaker_org },
          s.jurisdiction,
        ),
      }
    : null;
  return {
    text,
    speaker,
    date: s.date ?? s.doc_date,
    jurisdiction: speaker?.state ?? s.jurisdiction,
    appearance: {
      documentId: String(s.document_id),
      title: s.title,
      outlet: s.outlet,
      url: s.url,
      date: s.doc_date,
    },
    statementId: String(s.id),
    respondsTo:
      s.issuer || s.issuer_id
        ? { issuer: s.issuer, issuerId: s.issuer_id, title: s.report_title, year: s.report_year }
        : null,
    documentId: s.document_id,
  };
}

export function createCheckService(db: Db): CheckService {
  async function run(
    input: ClaimInput,
    o: {
      documentId: number | null;
      save: boolean;
      by: string;
      notes: string[];
      namedCases?: number;
    },
  ): Promise<CheckView> {
    if (!input.date || !isPartialDate(input.date))
      throw new UsageError(`"${input.date}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`);
    await ensureCheckFacts(db);
    const typed = classifyClaim(input);
    const source = dbEvidenceSource(db.orm, { claimDocumentId: o.documentId });
    const evidence = await gatherEvidence(typed, source, {
      ...(o.namedCases !== undefined ? { namedCases: o.namedCases } : {}),
    });
    const proposal = proposeVerdict(typed, evidence);
    const at = new Date().toISOString();
    let check = createCheck(
      {
        id: "unsaved",
        claim: typed.claim,
        types: typed.types,
        features: typed.features,
        evidence,
        proposal,
      },
      { by: o.by, at },
    );
    const rules = rulesRun(check);
    let createdAt: string | null = null;
    if (o.save) {
      const id = await db.orm.transaction((tx) => insertCheck(tx, check, { rules }));
      check = { ...check, id: String(id) };
      createdAt = at;
    }
    return {
      ...check,
      saved: o.save,
      asOf: firstDay(input.date),
      rules,
      notes: o.notes,
      createdAt,
      publishedUrl: null,
    };
  }

  async function figures(q: ConflictQuery): Promise<FigureRecord[]> {
    const found = await rows<{
      id: number;
      value: number;
      bound: Figure["bound"];
      unit: Figure["unit"];
      what: string | null;
      as_of: string | null;
      publisher: string | null;
      quantity: string;
      jurisdiction: string | null;
      sentence: string;
      sentence_start: number | null;
      sentence_end: number | null;
      doc_id: number;
      title: string | null;
      outlet: string | null;
      date: string | null;
      url: string | null;
    }>(
      db.orm,
      sql`SELECT f.id, f.value, f.bound, f.unit, f.what, f.as_of, f.publisher, ff.quantity,
            ff.jurisdiction, ff.sentence, ff.sentence_start, ff.sentence_end, d.id AS doc_id,
            d.title, d.outlet, d.date, d.url
          FROM figure_facts ff JOIN figures f ON f.id = ff.figure_id
            JOIN documents d ON d.id = ff.document_id
          WHERE ff.quantity IS NOT NULL AND f.as_of IS NOT NULL
            ${q.jurisdiction ? sql`AND (ff.jurisdiction IS NULL OR ff.jurisdiction = ${q.jurisdiction})` : sql``}
          ORDER BY f.id`,
    );
    return found.map((r) => ({
      id: String(r.id),
      value: r.value,
      bound: r.bound,
      unit: r.unit,
      what: r.what,
      quantity: r.quantity,
      asOf: r.as_of,
      publisher: r.publisher,
      jurisdiction: r.jurisdiction,
      source: {
        documentId: String(r.doc_id),
        title: r.title,
        outlet: r.outlet,
        date: r.date,
        url: r.url,
      },
      sentence: { text: r.sentence, start: r.sentence_start, end: r.sentence_end },
    }));
  }

  return {
    async checkClaim(req) {
      const text = (req.text ?? "").trim();
      if (!text) throw new UsageError("give the claim to check");
      const notes: string[] = [];
      let date = req.date ?? null;
      if (!date) {
        date = today();
        notes.push(
          `No date given: checked as of today (${date}). Give the date the claim was made with --date.`,
        );
      }
      const speaker = req.speaker?.trim() ? await lookupSpeaker(db, req.speaker.trim()) : null;
      const jurisdiction = req.jurisdiction?.toUpperCase() ?? speaker?.state ?? null;
      if (!jurisdiction)
        notes.push(
          "The country the claim is about is not known: the record of every country is searched (give --jurisdiction).",
        );
      return run(
        { text, speaker, date, jurisdiction },
        {
          documentId: null,
          save: !!req.save,
          by: req.by ?? "vigil",
          notes,
          ...(req.namedCases !== undefined ? { namedCases: req.namedCases } : {}),
        },
      );
    },

    async checkStatement(req) {
      const claim = await statementClaim(db, req.statementId);
      const { documentId, ...input } = claim;
      const notes: string[] = [];
      if (req.date) input.date = req.date;
      if (!input.date) {
        input.date = today();
        notes.push(`The statement has no date: checked as of today (${input.date}).`);
      }
      return run(input, { documentId, save: !!req.save, by: req.by ?? "vigil", notes });
    },

    listChecks: (q) => listChecks(db.orm, q),

    getCheck: async (id, v = {}) => visibleCheck(db, await loadCheck(db.orm, id), v, id),

    async reviewCheck(req: ReviewRequest) {
      const at = req.at ?? new Date().toISOString();
      return db.orm.transaction(async (tx) => {
        const before = await loadCheck(tx, req.id, true);
        const after = applyStep(before, {
          action: req.action,
          by: req.by,
          at,
          note: req.note ?? null,
          ...(req.action === "edit"
            ? {
                after: {
                  verdict: req.verdict ?? before.verdict,
                  reasoning: req.reasoning ?? before.reasoning,
                },
              }
            : {}),
        });
        const url = req.action === "publish" ? (req.url ?? null) : before.publishedUrl;
        await recordStep(tx, before, after, url);
        return { ...before, ...after, publishedUrl: after.state === "published" ? url : null };
      });
    },

    async claimReview(req) {
      const check = await visibleCheck(db, await loadCheck(db.orm, req.id), req, req.id);
      const doc = toClaimReview(check, {
        siteUrl: req.siteUrl,
        organisationName: req.organisationName,
        organisationUrl: req.organisationUrl ?? null,
      });
      if (req.confidential) return doc;
      // An export leaves the server: a confidential person's name is masked wherever it is.
      const names = nameMasker(maskableNames(await confidentialNames(db)));
      return JSON.parse(names.mask(JSON.stringify(doc))) as typeof doc;
    },

    async figureConflicts(q = {}) {
      await ensureCheckFacts(db);
      const tolerance = {
        ...DEFAULT_TOLERANCE,
        ...(q.tolerance !== undefined ? { relative: q.tolerance } : {}),
      };
      const windowDays = q.windowDays ?? DEFAULT_WINDOW_DAYS;
      const list = await figures(q);
      const conflicts = q.withoutRegister
        ? findConflicts(list, { tolerance, windowDays })
        : await findConflictsWithSource(list, dbEvidenceSource(db.orm), { tolerance, windowDays });
      return { figures: list.length, tolerance: tolerance.relative, windowDays, conflicts };
    },
  };
}

// The cross-check over an open database (docs/checks.md): a claim typed in or an extracted
// statement is typed, the record is gathered from the store as of its date (db-evidence-source.ts),
// a verdict is proposed, and — when asked — the check is stored for review. Runs wherever the
// store runs: in this thread for PostgreSQL, in the store worker for an embedded database.

import { sql } from "drizzle-orm";
import { firstDay, isPartialDate } from "../../core/check/check-dates.js";
import { toClaimReview } from "../../core/check/claim-review.js";
import type { ClaimInput } from "../../core/check/claim.js";
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
import { proposeVerdict } from "../../core/check/verdict.js";
import { VERDICT_RULES } from "../../core/check/verdict-rules/index.js";
import type { Figure } from "../../core/types.js";
import { NotFound, UsageError } from "../../errors.js";
import type { Db } from "../db.js";
import { rows } from "../sql.js";
import { ensureCheckFacts } from "./check-facts.js";
import { applyStep, insertCheck, listChecks, loadCheck, recordStep } from "./check-store.js";
import type { CheckService, CheckView, ConflictQuery, ReviewRequest } from "./check-types.js";
import { lookupSpeaker, statementClaim } from "./claim-input.js";
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

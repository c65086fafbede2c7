// The claim a check starts from, read from the store: an extracted statement's words, speaker,
// date and the report it answers, or what the store knows of a speaker named in a typed claim.

import { sql } from "drizzle-orm";
import type { ClaimInput, ClaimSpeaker } from "../../core/check/claim.js";
import { speakerState } from "../../core/check/speaker-state.js";
import { matchKey } from "../../core/text/normalise.js";
import type { ActorKind, Statement } from "../../core/types.js";
import { NotFound } from "../../errors.js";
import type { Db } from "../db.js";
import { rows } from "../sql.js";

/** What the store knows of a speaker: the latest statement by an actor with that name or alias. */
export async function lookupSpeaker(db: Db, name: string): Promise<ClaimSpeaker> {
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
export async function statementClaim(
  db: Db,
  id: number,
): Promise<ClaimInput & { documentId: number }> {
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

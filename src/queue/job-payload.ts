import { JobInvalid } from "../errors.js";
import { sha256 } from "../ingest/analyze-service.js";
import type { SourceDocument, SourceFormat } from "../ingest/readers/types.js";

// A job carries everything a worker on another machine needs: the document as a reader delivered
// it (its text, never a path to read) with its metadata. The enqueuer reads the files (it has
// them), splits feeds and JSONL into documents and reports unreadable inputs at once; workers
// analyse and store. One job is one document, so one job is one store transaction.
//
// {"v": 1, "kind": "ingest", "sha256": "9f2c…", "jurisdiction": "VN",
//  "doc": {"name": "feeds/a.xml#item-3", "path": "feeds/a.xml", "format": "feed", "text": "…", …}}

export const JOB_VERSION = 1;

export interface IngestJob {
  v: typeof JOB_VERSION;
  kind: "ingest";
  /** SHA-256 of `doc.text`: the document's identity in the store, checked by the worker. */
  sha256: string;
  jurisdiction: string | null;
  doc: SourceDocument;
}

export type JobPayload = IngestJob;

const FORMATS: readonly SourceFormat[] = ["text", "markdown", "jsonl", "html", "pdf", "feed"];

export function ingestJob(doc: SourceDocument, jurisdiction: string | null): IngestJob {
  return { v: JOB_VERSION, kind: "ingest", sha256: sha256(doc.text), jurisdiction, doc };
}

/** Checks a payload read back from the queue; anything else is a job this Vigil cannot run. */
export function parseJob(id: string, data: unknown): JobPayload {
  const bad = (reason: string): never => {
    throw new JobInvalid(id, reason);
  };
  if (!data || typeof data !== "object") return bad("no payload");
  const job = data as Partial<IngestJob>;
  if (job.v !== JOB_VERSION) return bad(`payload version ${String(job.v)} (this Vigil reads 1)`);
  if (job.kind !== "ingest") return bad(`unknown kind ${String(job.kind)}`);
  const doc = job.doc as Partial<SourceDocument> | undefined;
  if (!doc || typeof doc !== "object") return bad("no document");
  if (typeof doc.text !== "string" || typeof doc.name !== "string" || typeof doc.path !== "string")
    return bad("document without text, name or path");
  if (!FORMATS.includes(doc.format as SourceFormat)) return bad(`unknown format ${doc.format}`);
  if (typeof job.sha256 !== "string" || sha256(doc.text) !== job.sha256)
    return bad("the text does not match its content hash");
  const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
  return {
    v: JOB_VERSION,
    kind: "ingest",
    sha256: job.sha256,
    jurisdiction: str(job.jurisdiction),
    doc: {
      name: doc.name,
      path: doc.path,
      id: str(doc.id),
      format: doc.format as SourceFormat,
      title: str(doc.title),
      date: str(doc.date),
      url: str(doc.url),
      outlet: str(doc.outlet),
      author: str(doc.author),
      language: str(doc.language),
      text: doc.text,
      provenance:
        doc.provenance && typeof doc.provenance === "object" && !Array.isArray(doc.provenance)
          ? doc.provenance
          : {},
    },
  };
}

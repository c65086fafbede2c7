// A large generated corpus for store benchmarks, built from the project's example articles: each
// generated article is one example with paragraphs of two others woven in, a shifted date and a
// numbered dateline, so every document is distinct content while reading like the examples.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exampleDocuments } from "./corpus.js";
import type { SourceDocument } from "../src/ingest/readers/types.js";

export interface GeneratedCorpus {
  dir: string;
  files: number;
  bytes: number;
}

function paragraphsOf(doc: SourceDocument): string[] {
  return doc.text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

function shiftDate(date: string | null, days: number): string {
  const base = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : "2021-01-01";
  const d = new Date(`${base}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Writes `count` Markdown articles under `dir` (in sub-folders of 1,000): articles number `first`
 * onwards, so two calls with different ranges write distinct documents (a store pre-filled with
 * one range, another range ingested while it is in use).
 */
export function generateCorpus(dir: string, count: number, first = 0): GeneratedCorpus {
  const examples = exampleDocuments();
  const paras = examples.map(paragraphsOf);
  let bytes = 0;
  for (let i = first; i < first + count; i++) {
    const k = i % examples.length;
    const base = examples[k]!;
    const a = paras[(i * 7 + 3) % paras.length]!;
    const b = paras[(i * 13 + 5) % paras.length]!;
    const body = [...paras[k]!];
    // Weave in two paragraphs of other articles at positions that vary with i.
    body.splice(1 + (i % Math.max(1, body.length - 1)), 0, a[i % a.length]!);
    body.splice(body.length - (i % 2), 0, b[(i * 3) % b.length]!);
    body.push(`Dispatch ${i + 1} of the generated archive.`);
    const date = shiftDate(base.date, (i * 37) % 1500);
    const md =
      `---\ntitle: ${JSON.stringify(`${base.title ?? "Untitled"} (${i + 1})`)}\n` +
      `outlet: ${JSON.stringify(base.outlet ?? "Generated Wire")}\ndate: ${date}\n` +
      `language: en\n---\n` +
      body.join("\n\n") +
      "\n";
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(3, "0"));
    if (i % 1000 === 0 || i === first) mkdirSync(sub, { recursive: true });
    const path = join(sub, `article-${String(i).padStart(6, "0")}.md`);
    writeFileSync(path, md);
    bytes += Buffer.byteLength(md);
  }
  return { dir, files: count, bytes };
}

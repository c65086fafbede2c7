// Reading the articles and their expected facts: each article through the same readers and
// analysis as `vigil analyze`, so offsets and dates are what users get.

import { existsSync, readFileSync, readdirSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { analyzeSources } from "../../src/ingest/analyze-service.js";
import type { ArticleCase, Expected } from "./types.js";

export interface Corpus {
  cases: ArticleCase[];
  /** Articles without an expected file, and expected files without an article. */
  unpaired: string[];
  /** Articles the readers or the analysis could not handle. */
  failed: { name: string; error: string }[];
  seconds: number;
}

const LIMITS = { maxInputBytes: 50_000_000, maxDocumentChars: 10_000_000 };

export async function loadCorpus(articlesDir: string, expectedDir: string): Promise<Corpus> {
  const expected = new Map<string, Expected>();
  for (const f of readdirSync(expectedDir).filter((f) => f.endsWith(".json"))) {
    expected.set(
      basename(f, ".json"),
      JSON.parse(readFileSync(join(expectedDir, f), "utf8")) as Expected,
    );
  }
  const cases: ArticleCase[] = [];
  const failed: Corpus["failed"] = [];
  const seen = new Set<string>();
  const t0 = performance.now();
  for await (const r of analyzeSources([articlesDir], LIMITS)) {
    if (!r.ok) {
      failed.push({ name: r.name, error: r.error.message });
      continue;
    }
    const stem = basename(r.record.source.path, extname(r.record.source.path));
    if (/^readme$/i.test(stem)) continue;
    seen.add(stem);
    const e = expected.get(stem);
    if (e) cases.push({ stem, expected: e, analysis: r.record });
  }
  const seconds = (performance.now() - t0) / 1000;
  const unpaired = [
    ...[...seen].filter((s) => !expected.has(s)).map((s) => `${s}: no expected file`),
    ...[...expected.keys()].filter((s) => !seen.has(s)).map((s) => `${s}: no article`),
  ];
  cases.sort((a, b) => a.stem.localeCompare(b.stem));
  return { cases, unpaired, failed, seconds };
}

export const hasDir = (p: string): boolean => existsSync(p);

// The checklist evaluation: every figure, legal reference, report, response and event a careful
// reader lists for each dev article (../shared/data/articles/dev/, expected facts in
// eval/articles/expected/) and for our example articles (examples/articles/, expected facts in
// examples/expected/), with precision and recall per type.

import { join } from "node:path";
import { locateSharedData, projectRoot } from "../data-path.js";
import type { EvalOptions, EvalSection, Evaluation } from "../evaluation.js";
import { hasDir, loadCorpus } from "./load.js";
import { formatMisses, formatScores } from "./report.js";
import { isPerfect, scoreCases } from "./score.js";

interface Part {
  name: string;
  articles: string | null;
  expected: string;
  reason?: string;
}

async function runPart(
  part: Part,
  options: EvalOptions,
): Promise<{ text: string; data: unknown; failed: boolean }> {
  if (part.articles === null || !hasDir(part.articles) || !hasDir(part.expected)) {
    return {
      text: `${part.name}: skipped (${part.reason ?? "no articles"})`,
      data: { skipped: true },
      failed: false,
    };
  }
  const corpus = await loadCorpus(part.articles, part.expected);
  const scored = scoreCases(corpus.cases);
  const lines = [
    `${part.name}: ${corpus.cases.length} articles from ${part.articles}, analysed in ${corpus.seconds.toFixed(2)} s`,
    ...corpus.unpaired.map((u) => `  unpaired: ${u}`),
    ...corpus.failed.map((f) => `  FAILED to read: ${f.name}: ${f.error}`),
    formatScores(scored.types),
  ];
  const misses = formatMisses(
    options.kind === null ? scored.misses : scored.misses.filter((m) => m.kind === options.kind),
    options.errors,
  );
  if (misses) lines.push("", misses);
  let failed = corpus.failed.length > 0;
  const data: Record<string, unknown> = {
    articles: corpus.cases.length,
    types: scored.types,
    unpaired: corpus.unpaired,
  };
  if (options.errors > 0) data.misses = scored.misses;
  if (options.selfCheck) {
    const self = scoreCases(corpus.cases, true);
    const perfect = isPerfect(self);
    if (!perfect) failed = true;
    lines.push(
      `self-check: expected facts scored against themselves — ${perfect ? "100% everywhere, as it must be" : "NOT PERFECT: the scorer is wrong"}`,
    );
    data.selfCheck = { perfect, types: self.types };
  }
  return { text: lines.join("\n"), data, failed };
}

async function run(options: EvalOptions): Promise<EvalSection> {
  const root = projectRoot();
  const dev = locateSharedData("data/articles/dev", "VIGIL_EVAL_ARTICLES");
  const parts: Part[] = [
    {
      name: "dev",
      articles: dev.found ? dev.path : null,
      expected: join(root, "eval", "articles", "expected"),
      ...(dev.found ? {} : { reason: dev.reason }),
    },
    {
      name: "examples",
      articles: join(root, "examples", "articles"),
      expected: join(root, "examples", "expected"),
    },
  ];
  const results: Array<Awaited<ReturnType<typeof runPart>>> = [];
  for (const p of parts) results.push(await runPart(p, options));
  const skipped = results.every((r) => (r.data as { skipped?: boolean }).skipped === true);
  return {
    name: "articles",
    status: results.some((r) => r.failed) ? "failed" : skipped ? "skipped" : "ok",
    text: results.map((r) => r.text).join("\n\n"),
    data: Object.fromEntries(parts.map((p, i) => [p.name, results[i]!.data])),
  };
}

export const articlesEvaluation: Evaluation = {
  name: "articles",
  description: "checklist of figures, legal refs, reports, responses and events per article",
  kinds: ["missed", "spurious", "attribute"],
  run,
};

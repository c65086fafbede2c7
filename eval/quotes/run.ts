// The quotation/attribution evaluation: the extraction core against PolNeAR dev
// (../shared/data/quotes/README.md).

import { locateSharedData } from "../data-path.js";
import type { EvalOptions, EvalSection, Evaluation } from "../evaluation.js";
import { loadGold } from "./load.js";
import { extractAll, goldAsPredictions } from "./predict.js";
import { formatQuoteScores, isPerfect } from "./report.js";
import { countCases, formatSamples, sampleCases } from "./samples.js";
import { scoreQuotes } from "./score.js";
import type { GoldDoc, QuoteKind } from "./types.js";

const DATA = "data/quotes/polnear-dev.jsonl";
const KINDS: readonly QuoteKind[] = ["direct", "mixed", "indirect"];

function describeGold(docs: readonly GoldDoc[]): string {
  const byKind = { direct: 0, mixed: 0, indirect: 0 };
  for (const d of docs) for (const q of d.quotes) byKind[q.kind]++;
  const total = byKind.direct + byKind.mixed + byKind.indirect;
  const f = (x: number) => x.toLocaleString("en-US");
  return (
    `${f(docs.length)} documents, ${f(total)} gold quotes ` +
    `(${f(byKind.direct)} direct, ${f(byKind.mixed)} mixed, ${f(byKind.indirect)} indirect)`
  );
}

async function run(options: EvalOptions): Promise<EvalSection> {
  const where = locateSharedData(DATA, "VIGIL_EVAL_DATA");
  if (!where.found) {
    const text = `${where.explicit ? "failed" : "skipped"}: ${where.reason}`;
    return {
      name: "quotes",
      status: where.explicit ? "failed" : "skipped",
      text,
      data: { reason: where.reason },
    };
  }
  const gold = loadGold(where.path);
  const extraction = extractAll(gold);
  const { scores, cases } = scoreQuotes(gold, extraction.predictions);
  const statements = [...extraction.predictions.values()].reduce((k, p) => k + p.length, 0);
  const f = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: 0 });
  const rate = (x: number) => (extraction.seconds > 0 ? f(x / extraction.seconds) : "∞");

  const lines = [
    `data: ${where.path}`,
    `gold: ${describeGold(gold)}`,
    `extraction: ${f(statements)} statements in ${extraction.seconds.toFixed(2)} s ` +
      `(${rate(gold.length)} docs/s, ${rate(extraction.chars)} chars/s), ${f(extraction.warnings)} warnings` +
      (extraction.crashed.length > 0
        ? `, analyze threw on ${extraction.crashed.length} documents`
        : ""),
    formatQuoteScores(scores),
  ];
  const data: Record<string, unknown> = {
    path: where.path,
    extraction: { ...extraction, predictions: undefined, statements },
    scores,
  };
  let status: EvalSection["status"] = extraction.crashed.length > 0 ? "failed" : "ok";

  if (options.errors > 0) {
    const samples = sampleCases(cases, gold, {
      count: options.errors,
      kind: options.kind,
      seed: options.seed,
    });
    lines.push(formatSamples(samples, countCases(cases, options.kind), options.kind));
    data.samples = samples;
  }
  if (options.selfCheck) {
    const self = scoreQuotes(gold, goldAsPredictions(gold)).scores;
    const perfect = isPerfect(self);
    if (!perfect) status = "failed";
    lines.push(
      "",
      `self-check: gold scored against itself — ${perfect ? "100% everywhere, as it must be" : "NOT PERFECT: the scorer is wrong"}`,
      formatQuoteScores(self),
    );
    data.selfCheck = { perfect, scores: self };
  }
  return { name: "quotes", status, text: lines.join("\n"), data };
}

export const quotesEvaluation: Evaluation = {
  name: "quotes",
  description: "statements and speakers against PolNeAR dev (quotation/attribution)",
  kinds: KINDS,
  run,
};

// `npm run eval`: every evaluation in EVALUATIONS, printed as sections (or `--json`).

import { parseArgs } from "node:util";
import type { EvalOptions, EvalSection, Evaluation } from "./evaluation.js";
import { articlesEvaluation } from "./articles/run.js";
import { quotesEvaluation } from "./quotes/run.js";

const EVALUATIONS: readonly Evaluation[] = [quotesEvaluation, articlesEvaluation];

const HELP = `usage: npm run eval -- [options]

  --only <name>     run one evaluation (${EVALUATIONS.map((e) => e.name).join(", ")}); repeatable
  --errors <n>      print n sample errors of each type (false positives, false negatives, speakers)
  --kind <kind>     restrict the error samples to one kind (quotes: direct, mixed, indirect;
                    articles: missed, spurious, attribute)
  --seed <n>        which error samples to draw (default 1)
  --self-check      also score the gold data against itself (must be 100%)
  --json            machine-readable output
  --help            this text

Data: ../shared/data/ beside the checkout; VIGIL_EVAL_DATA overrides the quotes file,
VIGIL_EVAL_ARTICLES the folder of dev articles.`;

function fail(message: string): never {
  console.error(`eval: ${message}\n\n${HELP}`);
  process.exit(2);
}

function nonNegativeInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) fail(`--${name} wants a whole number, got ${JSON.stringify(raw)}`);
  return Number(raw);
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        only: { type: "string", multiple: true },
        errors: { type: "string" },
        kind: { type: "string" },
        seed: { type: "string" },
        "self-check": { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    }).values;
  } catch (err) {
    fail(err instanceof Error ? err.message : String(err));
  }
  if (args.help) {
    console.log(HELP);
    return;
  }
  const only = args.only ?? [];
  const unknown = only.filter((name) => !EVALUATIONS.some((e) => e.name === name));
  if (unknown.length > 0) fail(`unknown evaluation ${unknown.join(", ")}`);
  const chosen = EVALUATIONS.filter((e) => only.length === 0 || only.includes(e.name));
  const kind = args.kind ?? null;
  if (kind !== null && !chosen.some((e) => e.kinds.includes(kind))) fail(`unknown --kind ${kind}`);
  const options: EvalOptions = {
    errors: nonNegativeInt("errors", args.errors, 0),
    kind,
    seed: nonNegativeInt("seed", args.seed, 1),
    selfCheck: args["self-check"],
  };

  const sections: EvalSection[] = [];
  for (const evaluation of chosen) {
    const section = await evaluation.run(options);
    sections.push(section);
    if (!args.json)
      console.log(`== ${evaluation.name}: ${evaluation.description}\n${section.text}\n`);
  }
  if (args.json) {
    const out = sections.map(({ name, status, data }) => ({ name, status, data }));
    console.log(JSON.stringify({ evaluations: out }, null, 2));
  }
  if (sections.some((s) => s.status === "failed")) process.exitCode = 1;
}

await main();

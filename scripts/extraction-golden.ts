// A change meant to leave the extraction's output alone (a faster scan, a refactor) is checked by
// writing the analysis of a fixed set of documents before it and comparing after it, byte for
// byte: the example articles, the shared dev articles and PolNeAR dev when ../shared is there,
// and each of the first 90 again in eight perturbed forms (letter case, Unicode normalisation,
// odd spaces, astral characters, straight quotes, other digits, CRLF) that hand-written
// character scans get wrong first.
//
//   node --import tsx scripts/extraction-golden.ts write /tmp/before.jsonl   # on the old commit
//   node --import tsx scripts/extraction-golden.ts check /tmp/before.jsonl   # on the new one
//
// The output file holds analyses of the shared data: keep it out of the repository.

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { locateSharedData, projectRoot } from "../eval/data-path.js";
import { analyze, analyzeBatch } from "../src/core/analyze.js";

interface Doc {
  id: string;
  text: string;
}

function textsIn(dir: string, ext: string): Doc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => ({ id: f, text: readFileSync(join(dir, f), "utf8") }));
}

function documents(): Doc[] {
  const docs = textsIn(join(projectRoot(), "examples", "articles"), ".md");
  const articles = locateSharedData("data/articles/dev", "VIGIL_EVAL_ARTICLES");
  if (articles.found) docs.push(...textsIn(articles.path, ".txt"));
  const quotes = locateSharedData("data/quotes/polnear-dev.jsonl", "VIGIL_EVAL_DATA");
  if (quotes.found)
    for (const line of readFileSync(quotes.path, "utf8").split("\n"))
      if (line.trim()) docs.push(JSON.parse(line) as Doc);
  return docs;
}

const PERTURBATIONS: ((t: string) => string)[] = [
  (t) => t.toUpperCase(),
  (t) => t.toLowerCase(),
  (t) => t.normalize("NFD"),
  (t) => t.replace(/ /g, (m, i: number) => (i % 7 === 0 ? "\u00a0" : i % 11 === 0 ? "\u2009" : m)),
  (t) =>
    t.replace(/\b\w/g, (m, i: number) =>
      i % 13 === 0 ? `\u{1F600}${m}` : i % 17 === 0 ? `\u00e9${m}` : m,
    ),
  (t) => t.replace(/[“”]/g, '"').replace(/[‘’]/g, "'"),
  (t) => t.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d))),
  (t) => t.replace(/\n/g, "\r\n"),
];

function withPerturbations(docs: Doc[]): Doc[] {
  const out = [...docs];
  for (const d of docs.slice(0, 90))
    PERTURBATIONS.forEach((p, k) => out.push({ id: `${d.id}#${k}`, text: p(d.text) }));
  return out;
}

const lines = (docs: Doc[]): string[] =>
  docs.map((d) => JSON.stringify({ id: d.id, analysis: analyze({ text: d.text }) }));

/** As `lines`, analysed in batches (`analyzeBatch`), which must give the same analyses. */
function batchedLines(docs: Doc[], size = 32): string[] {
  const out: string[] = [];
  for (let i = 0; i < docs.length; i += size) {
    const batch = docs.slice(i, i + size);
    analyzeBatch(batch.map((d) => ({ text: d.text }))).forEach((analysis, k) =>
      out.push(JSON.stringify({ id: batch[k]!.id, analysis })),
    );
  }
  return out;
}

/** Where two lines first differ, with some context on each side. */
function firstDifference(want: string, got: string): string {
  let at = 0;
  while (at < want.length && want[at] === got[at]) at++;
  const around = (s: string): string => s.slice(Math.max(0, at - 120), at + 120);
  return `at character ${at}\n  before: ${around(want)}\n  after:  ${around(got)}`;
}

const [mode, file] = process.argv.slice(2);
if ((mode !== "write" && mode !== "check") || !file) {
  process.stderr.write("usage: extraction-golden.ts write|check FILE\n");
  process.exit(2);
}
const docs = withPerturbations(documents());
const got = lines(docs);
if (mode === "write") {
  writeFileSync(file, got.join("\n") + "\n");
  process.stdout.write(`wrote the analyses of ${got.length} documents to ${file}\n`);
} else {
  const want = readFileSync(file, "utf8").trimEnd().split("\n");
  if (want.length !== got.length) {
    process.stdout.write(`${file} holds ${want.length} documents, this run ${got.length}\n`);
    process.exit(1);
  }
  // Analysed one by one, then in batches: both must match what was written.
  const batched = batchedLines(docs);
  const differing = want.flatMap((w, i) => (w === got[i] && w === batched[i] ? [] : [i]));
  for (const i of differing.slice(0, 5)) {
    const id = (JSON.parse(want[i]!) as { id: string }).id;
    const wrong = want[i] !== got[i] ? got[i]! : batched[i]!;
    process.stdout.write(
      `${id}: ${firstDifference(want[i]!, wrong)}${wrong === got[i] ? "" : " (batched)"}\n`,
    );
  }
  process.stdout.write(
    differing.length === 0
      ? `identical: ${got.length} documents\n`
      : `${differing.length} of ${got.length} documents differ\n`,
  );
  process.exitCode = differing.length === 0 ? 0 : 1;
}

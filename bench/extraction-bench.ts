// Extraction throughput and memory: Vigil's whole extraction core against wink-nlp's full
// pipeline (sentence boundaries, POS, NER, negation, sentiment) on the same texts, same process.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { analyze, analyzeBatch, emptyAnalysis, PASSES } from "../src/core/analyze.js";
import { buildContext } from "../src/core/text/doc-context.js";
import type { Analysis } from "../src/core/types.js";
import { cycle, exampleDocuments } from "./corpus.js";
import { compareBuilds } from "./extraction-against.js";
import { compareBatches } from "./extraction-batches.js";
import { type Benchmark, type BenchContext, fmt, gc, mb, now, table } from "./harness.js";

interface Run {
  docs: number;
  chars: number;
  ms: number;
  /** Annotations produced, so the work cannot be optimised away. */
  items: number;
}

/** What an analysis found: the bench counts it so that no pass's work is optimised away. */
const found = (a: Analysis): number =>
  a.statements.length +
  a.figures.length +
  a.legalRefs.length +
  a.events.length +
  a.reports.length +
  a.actors.length;

function timeVigil(texts: Iterable<{ text: string; date: string | null }>): Run {
  let docs = 0;
  let chars = 0;
  let items = 0;
  const t0 = now();
  for (const d of texts) {
    items += found(analyze({ text: d.text, date: d.date }));
    docs++;
    chars += d.text.length;
  }
  return { docs, chars, ms: now() - t0, items };
}

/**
 * As `timeVigil`, the documents read in batches of `size` with `analyzeBatch`. The corpus has 18
 * articles: a batch of 16 holds no text twice, so no document is found already read.
 */
function timeVigilBatched(texts: Iterable<{ text: string; date: string | null }>, size = 16): Run {
  let docs = 0;
  let chars = 0;
  let items = 0;
  const t0 = now();
  let batch: { text: string; date: string | null }[] = [];
  const flush = (): void => {
    for (const a of analyzeBatch(batch)) items += found(a);
    batch = [];
  };
  for (const d of texts) {
    batch.push({ text: d.text, date: d.date });
    if (batch.length === size) flush();
    docs++;
    chars += d.text.length;
  }
  flush();
  return { docs, chars, ms: now() - t0, items };
}

function timeWink(nlp: ReturnType<typeof winkNLP>, texts: Iterable<{ text: string }>): Run {
  let docs = 0;
  let chars = 0;
  let items = 0;
  const t0 = now();
  for (const d of texts) {
    const doc = nlp.readDoc(d.text);
    items += doc.entities().length() + doc.sentences().length();
    docs++;
    chars += d.text.length;
  }
  return { docs, chars, ms: now() - t0, items };
}

/** Run `pass` until two passes in a row are within 5% of each other (at most 20 passes). */
function warmUp(pass: () => Run): void {
  let last = Infinity;
  for (let i = 0; i < 20; i++) {
    const ms = pass().ms;
    if (Math.abs(ms - last) <= 0.05 * Math.min(ms, last)) return;
    last = ms;
  }
}

/**
 * Microseconds per document each pass takes, the shared context first: where the time goes, so
 * that work on speed starts at the costliest pass.
 */
function timePasses(texts: Iterable<{ text: string; date: string | null }>): Map<string, number> {
  const spent = new Map<string, number>();
  const add = (name: string, since: number): void => {
    spent.set(name, (spent.get(name) ?? 0) + now() - since);
  };
  let docs = 0;
  for (const d of texts) {
    let t = now();
    const ctx = buildContext({ text: d.text, date: d.date });
    add("context", t);
    const analysis = emptyAnalysis();
    for (const pass of PASSES) {
      t = now();
      pass.run(ctx, analysis);
      add(pass.name, t);
    }
    docs++;
  }
  return new Map([...spent].map(([name, ms]) => [name, (ms * 1000) / docs]));
}

const mbps = (r: Run): number => r.chars / 1024 / 1024 / (r.ms / 1000);
const dps = (r: Run): number => r.docs / (r.ms / 1000);

export const extractionBench: Benchmark = {
  name: "extraction",
  description: "vigil analyze core vs wink-nlp full pipeline (baseline), examples/ corpus",
  async run(ctx: BenchContext) {
    const corpus = exampleDocuments().map((d) => ({ text: d.text, date: d.date }));
    if (ctx.against !== null) {
      // A comparison of two builds' passes, in place of the figures against wink-nlp.
      await compareBuilds(ctx.against, corpus, ctx.quick ? 10 : 40, ctx.log);
      return;
    }
    if (ctx.batches === true) {
      compareBatches(corpus, ctx.quick ? 6 : 16, ctx.log);
      return;
    }
    const corpusChars = corpus.reduce((n, d) => n + d.text.length, 0);
    const nlp = winkNLP(model);
    const n = ctx.quick ? corpus.length * 20 : corpus.length * 200;
    ctx.log(
      `corpus: ${corpus.length} example articles, ${fmt(corpusChars / 1024)} KiB; each run streams ${n} documents`,
    );

    // Warm both up until the JIT has settled, and time them before any forced GC: a full
    // collection (gc()) drops compiled code, and the run right after one was measured a third
    // slower than the runs before it, a cost ordinary collections during a long ingest do not have.
    warmUp(() => timeVigil(cycle(corpus, n)));
    warmUp(() => timeVigilBatched(cycle(corpus, n)));
    warmUp(() => timeWink(nlp, cycle(corpus, n)));
    const vigil = timeVigil(cycle(corpus, n));
    const batched = timeVigilBatched(cycle(corpus, n));
    const wink = timeWink(nlp, cycle(corpus, n));

    ctx.log(
      table([
        ["", "docs", "MB/s", "docs/s", "annotations"],
        ...[
          ["vigil (all extractors)", vigil] as const,
          ["vigil, batches of 16 (analyzeBatch)", batched] as const,
          ["wink-nlp full pipeline (baseline)", wink] as const,
        ].map(([name, r]) => [
          name,
          String(r.docs),
          fmt(mbps(r), 2),
          fmt(dps(r), 0),
          String(r.items),
        ]),
      ]),
    );
    ctx.log(
      `ratio vigil / wink-nlp throughput: ${fmt(mbps(vigil) / mbps(wink), 2)}x, in batches ${fmt(mbps(batched) / mbps(wink), 2)}x (target >= 2x)`,
    );

    const passes = timePasses(cycle(corpus, n));
    ctx.log(
      `per pass, µs per document: ${[...passes].map(([name, us]) => `${name} ${fmt(us, 0)}`).join(", ")}`,
    );

    // Memory: documents are streamed, so what is live after 4x the corpus is what was live after 1x.
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const one = timeVigil(cycle(corpus, n));
    gc();
    const heapAfterOne = process.memoryUsage().heapUsed;
    const four = timeVigil(cycle(corpus, n * 4));
    gc();
    const heapAfterFour = process.memoryUsage().heapUsed;
    ctx.log(
      `heap after GC: before ${mb(heapBefore)} MB, after ${one.docs} docs ${mb(heapAfterOne)} MB, after ${four.docs} more ${mb(heapAfterFour)} MB ` +
        `(growth from 1x to 4x corpus: ${mb(heapAfterFour - heapAfterOne)} MB); rss ${mb(process.memoryUsage().rss)} MB`,
    );
  },
};

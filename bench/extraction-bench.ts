// Extraction throughput and memory: Vigil's whole extraction core against wink-nlp's full
// pipeline (sentence boundaries, POS, NER, negation, sentiment) on the same texts, same process.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { analyze } from "../src/core/analyze.js";
import { cycle, exampleDocuments } from "./corpus.js";
import { type Benchmark, type BenchContext, fmt, gc, mb, now, table } from "./harness.js";

interface Run {
  docs: number;
  chars: number;
  ms: number;
  /** Annotations produced, so the work cannot be optimised away. */
  items: number;
}

function timeVigil(texts: Iterable<{ text: string; date: string | null }>): Run {
  let docs = 0;
  let chars = 0;
  let items = 0;
  const t0 = now();
  for (const d of texts) {
    const a = analyze({ text: d.text, date: d.date });
    items +=
      a.statements.length +
      a.figures.length +
      a.legalRefs.length +
      a.events.length +
      a.reports.length +
      a.actors.length;
    docs++;
    chars += d.text.length;
  }
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

const mbps = (r: Run): number => r.chars / 1024 / 1024 / (r.ms / 1000);
const dps = (r: Run): number => r.docs / (r.ms / 1000);

export const extractionBench: Benchmark = {
  name: "extraction",
  description: "vigil analyze core vs wink-nlp full pipeline (baseline), examples/ corpus",
  async run(ctx: BenchContext) {
    const corpus = exampleDocuments().map((d) => ({ text: d.text, date: d.date }));
    const corpusChars = corpus.reduce((n, d) => n + d.text.length, 0);
    const nlp = winkNLP(model);
    const n = ctx.quick ? corpus.length * 20 : corpus.length * 200;
    ctx.log(
      `corpus: ${corpus.length} example articles, ${fmt(corpusChars / 1024)} KiB; each run streams ${n} documents`,
    );

    // Warm both up so the JIT has seen the code before the clock starts.
    timeVigil(cycle(corpus, corpus.length * 5));
    timeWink(nlp, cycle(corpus, corpus.length * 2));

    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const vigil = timeVigil(cycle(corpus, n));
    gc();
    const heapAfterOne = process.memoryUsage().heapUsed;
    const vigil4 = timeVigil(cycle(corpus, n * 4));
    gc();
    const heapAfterFour = process.memoryUsage().heapUsed;
    const wink = timeWink(nlp, cycle(corpus, Math.max(corpus.length, Math.floor(n / 4))));

    ctx.log(
      table([
        ["", "docs", "MB/s", "docs/s", "annotations"],
        [
          "vigil (all extractors)",
          String(vigil.docs),
          fmt(mbps(vigil), 2),
          fmt(dps(vigil), 0),
          String(vigil.items),
        ],
        [
          "vigil, 4x the corpus",
          String(vigil4.docs),
          fmt(mbps(vigil4), 2),
          fmt(dps(vigil4), 0),
          String(vigil4.items),
        ],
        [
          "wink-nlp full pipeline (baseline)",
          String(wink.docs),
          fmt(mbps(wink), 2),
          fmt(dps(wink), 0),
          String(wink.items),
        ],
      ]),
    );
    ctx.log(
      `ratio vigil / wink-nlp throughput: ${fmt(mbps(vigil) / mbps(wink), 2)}x (target >= 2x)`,
    );
    ctx.log(
      `heap after GC: before ${mb(heapBefore)} MB, after ${vigil.docs} docs ${mb(heapAfterOne)} MB, after ${vigil4.docs} more ${mb(heapAfterFour)} MB ` +
        `(growth from 1x to 4x corpus: ${mb(heapAfterFour - heapAfterOne)} MB); rss ${mb(process.memoryUsage().rss)} MB`,
    );
  },
};

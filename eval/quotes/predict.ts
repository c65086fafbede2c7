// Runs the extraction core over the gold texts and turns its statements into predictions.

import { performance } from "node:perf_hooks";
import { analyze } from "../../src/core/analyze.js";
import type { Statement } from "../../src/core/types.js";
import type { GoldDoc, PredictedQuote } from "./types.js";

export interface ExtractionRun {
  predictions: Map<string, PredictedQuote[]>;
  seconds: number;
  chars: number;
  warnings: number;
  /** Documents on which analyze itself threw (it should not: passes report warnings). */
  crashed: { id: string; error: string }[];
}

export function toPrediction(s: Statement): PredictedQuote {
  return {
    start: s.start,
    end: s.end,
    segments: s.segments,
    speaker: s.speaker?.mention ?? null,
    speakerStart: s.speaker?.start ?? null,
    speakerEnd: s.speaker?.end ?? null,
    cue: s.cue,
    cueStart: s.cueStart,
    cueEnd: s.cueEnd,
    kind: s.kind,
  };
}

export function extractAll(docs: readonly GoldDoc[]): ExtractionRun {
  const predictions = new Map<string, PredictedQuote[]>();
  const crashed: ExtractionRun["crashed"] = [];
  let seconds = 0;
  let chars = 0;
  let warnings = 0;
  for (const doc of docs) {
    chars += doc.text.length;
    const t0 = performance.now();
    try {
      // The text goes in untouched: gold offsets index this exact string.
      const analysis = analyze({ text: doc.text, date: doc.meta.date, title: null });
      seconds += (performance.now() - t0) / 1000;
      predictions.set(doc.id, analysis.statements.map(toPrediction));
      warnings += analysis.warnings.length;
    } catch (err) {
      seconds += (performance.now() - t0) / 1000;
      crashed.push({ id: doc.id, error: err instanceof Error ? err.message : String(err) });
    }
  }
  return { predictions, seconds, chars, warnings, crashed };
}

/** Gold quotes as predictions: scoring these must give 100% everywhere. */
export function goldAsPredictions(docs: readonly GoldDoc[]): Map<string, PredictedQuote[]> {
  return new Map(docs.map((d) => [d.id, d.quotes.map((q) => ({ ...q }))]));
}

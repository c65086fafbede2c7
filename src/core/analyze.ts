import { eventsPass } from "./extract/events/index.js";
import { figuresPass } from "./extract/figures/index.js";
import { legalRefsPass } from "./extract/legal-refs/index.js";
import { mentionsPass } from "./extract/mentions/index.js";
import { reportsPass } from "./extract/reports/index.js";
import { responsesPass } from "./extract/responses/index.js";
import { statementsPass } from "./extract/statements/index.js";
import { buildContext, type DocContext } from "./text/doc-context.js";
import type { Analysis, DocumentInput } from "./types.js";

/**
 * One extraction pass. Passes run in order over one shared, growing `Analysis`: later passes may
 * read what earlier ones found (events read speakers' resolved people; responses read reports).
 * A pass never throws on text; it records warnings instead.
 */
export interface ExtractionPass {
  readonly name: string;
  run(ctx: DocContext, analysis: Analysis): void;
}

export function emptyAnalysis(): Analysis {
  return {
    statements: [],
    figures: [],
    legalRefs: [],
    events: [],
    reports: [],
    actors: [],
    warnings: [],
  };
}

/**
 * The passes, in order. Each extractor folder contributes one. Mentions come first (actors, and
 * the index others resolve people with); responses read statements and reports, so they come
 * after both; events read actors and legal references; figures read statements (a quoted
 * figure's speaker) and actors (the organisation "the group" stands for).
 */
export const PASSES: ExtractionPass[] = [
  mentionsPass,
  legalRefsPass,
  reportsPass,
  statementsPass,
  responsesPass,
  eventsPass,
  figuresPass,
];

/** Analyse one document: text in, annotations with offsets into that same text out. Pure. */
export function analyze(
  input: DocumentInput,
  passes: readonly ExtractionPass[] = PASSES,
): Analysis {
  const ctx = buildContext(input);
  const analysis = emptyAnalysis();
  for (const pass of passes) {
    try {
      pass.run(ctx, analysis);
    } catch (err) {
      // A bug in one pass must not cost the user the other passes' results for this document.
      analysis.warnings.push({
        code: "VIGIL_WARN_PASS_FAILED",
        message: `${pass.name} failed: ${err instanceof Error ? err.message : String(err)}`,
      });
    }
  }
  return analysis;
}

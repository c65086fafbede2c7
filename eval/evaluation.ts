// What every evaluation module provides, so `npm run eval` can grow section by section (quotes
// today; a checklist over articles next) without main.ts knowing any of them in detail.

export interface EvalOptions {
  /** Error samples to print per error type; 0 keeps the output to the scores. */
  errors: number;
  /** Restrict error samples to one kind of item (for quotes: direct, mixed, indirect). */
  kind: string | null;
  /** Seed for choosing error samples, so a listing can be reproduced. */
  seed: number;
  /** Also score the gold data against itself: every score must be 100%. */
  selfCheck: boolean;
}

export interface EvalSection {
  name: string;
  /** `skipped` when the data is not on this machine; `failed` when a check did not hold. */
  status: "ok" | "skipped" | "failed";
  /** Human-readable report. */
  text: string;
  /** The same result for machines (`--json`). */
  data: unknown;
}

export interface Evaluation {
  name: string;
  description: string;
  /** Values `--kind` accepts for this evaluation. */
  kinds: readonly string[];
  run(options: EvalOptions): Promise<EvalSection>;
}

// Error samples for the extractor's developers: which quotes were invented, missed, or given the
// wrong speaker, with the text around them.

import type { GoldDoc, PredictedQuote, QuoteCase } from "./types.js";

const TITLES: Record<QuoteCase["type"], string> = {
  fp: "false positives (predicted, no gold quote matched)",
  fn: "false negatives (gold quote not found)",
  speaker: "wrong speakers (quote found, speaker not)",
};

export interface SampleOptions {
  count: number;
  kind: string | null;
  seed: number;
}

export interface Sample {
  type: QuoteCase["type"];
  docId: string;
  kind: string | null;
  start: number;
  end: number;
  snippet: string;
  predicted: { start: number; end: number; speaker: string | null } | null;
  gold: { start: number; end: number; speaker: string | null } | null;
  score: number;
}

// A small seeded generator (mulberry32) so the same seed lists the same samples.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], count: number, seed: number): T[] {
  const a = [...items];
  const rnd = random(seed);
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, count);
}

function snippet(text: string, start: number, end: number, max = 160): string {
  const s = text.slice(start, end).replace(/\s+/g, " ").trim();
  if (s.length <= max) return s;
  const half = Math.floor((max - 1) / 2);
  return `${s.slice(0, half)}…${s.slice(s.length - half)}`;
}

function caseKind(c: QuoteCase): string | null {
  return c.type === "fp" ? (c.pred?.kind ?? null) : (c.gold?.kind ?? null);
}

function side(
  q: { start: number; end: number } | null,
  speaker: string | null | undefined,
): Sample["gold"] {
  return q === null ? null : { start: q.start, end: q.end, speaker: speaker ?? null };
}

export function sampleCases(
  cases: readonly QuoteCase[],
  docs: readonly GoldDoc[],
  opts: SampleOptions,
): Sample[] {
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  const out: Sample[] = [];
  for (const type of ["fp", "fn", "speaker"] as const) {
    const pool = cases.filter(
      (c) => c.type === type && (opts.kind === null || caseKind(c) === opts.kind),
    );
    for (const c of pick(pool, opts.count, opts.seed)) {
      const main = (type === "fp" ? c.pred : c.gold)!;
      const pred: PredictedQuote | null = c.pred;
      out.push({
        type,
        docId: c.docId,
        kind: caseKind(c),
        start: main.start,
        end: main.end,
        snippet: snippet(texts.get(c.docId) ?? "", main.start, main.end),
        predicted: side(pred, pred?.speaker),
        gold: side(c.gold, c.gold?.speaker),
        score: c.score,
      });
    }
  }
  return out;
}

export function countCases(
  cases: readonly QuoteCase[],
  kind: string | null,
): Record<QuoteCase["type"], number> {
  const out = { fp: 0, fn: 0, speaker: 0 };
  for (const c of cases) if (kind === null || caseKind(c) === kind) out[c.type]++;
  return out;
}

function describe(label: string, q: Sample["gold"]): string {
  if (q === null) return `${label}: none`;
  const who = q.speaker === null ? "no speaker" : JSON.stringify(q.speaker);
  return `${label} [${q.start}, ${q.end}) ${who}`;
}

export function formatSamples(
  samples: readonly Sample[],
  totals: Record<QuoteCase["type"], number>,
  kind: string | null,
): string {
  const only = kind === null ? "" : `, ${kind} only`;
  const lines: string[] = [];
  for (const type of ["fp", "fn", "speaker"] as const) {
    const mine = samples.filter((s) => s.type === type);
    lines.push("", `${TITLES[type]}: showing ${mine.length} of ${totals[type]}${only}`);
    for (const s of mine) {
      lines.push(`  ${s.docId} [${s.start}, ${s.end}) ${s.kind ?? "?"}`);
      lines.push(`    "${s.snippet}"`);
      // For a miss or an invention, the other side is only the nearest overlapping quote.
      const near = ` (nearest, score ${s.score.toFixed(2)})`;
      const pNear = type === "fn" && s.predicted !== null ? near : "";
      const gNear = type === "fp" && s.gold !== null ? near : "";
      lines.push(`    ${describe("predicted", s.predicted)}${pNear}`);
      lines.push(`    ${describe("gold", s.gold)}${gNear}`);
    }
  }
  return lines.join("\n");
}

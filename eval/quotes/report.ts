// Plain-text tables of quote scores: counts always beside the percentages.

import { SUBSETS, type ModeScore, type Prf, type QuoteScores, type Ratio } from "./types.js";

const SUBSET_LABEL = { all: "all", direct: "direct", directMixed: "direct+mixed" } as const;

const n = (x: number) => x.toLocaleString("en-US");
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const pad = (s: string, w: number) => s.padStart(w);

function prfRow(label: string, mode: string, p: Prf): string {
  return (
    label.padEnd(14) +
    mode.padEnd(9) +
    [n(p.tp), n(p.fp), n(p.fn)].map((s) => pad(s, 7)).join("") +
    [p.precision, p.recall, p.f1].map((x) => pad(pct(x), 8)).join("")
  );
}

function ratioCell(r: Ratio): string {
  return `${pct(r.value)} (${n(r.correct)}/${n(r.total)})`.padStart(22);
}

function table(
  title: string,
  modes: [string, ModeScore][],
  row: (label: string, mode: string, m: ModeScore, subset: keyof ModeScore["subsets"]) => string,
): string[] {
  const out = [title];
  for (const subset of SUBSETS) {
    modes.forEach(([mode, m], i) =>
      out.push(row(i === 0 ? SUBSET_LABEL[subset] : "", mode, m, subset)),
    );
  }
  return out;
}

export function formatQuoteScores(s: QuoteScores): string {
  const modes: [string, ModeScore][] = [
    ["lenient", s.lenient],
    ["strict", s.strict],
  ];
  const head = "subset".padEnd(14) + "match".padEnd(9);
  const prfHead =
    head +
    ["TP", "FP", "FN"].map((h) => pad(h, 7)).join("") +
    ["P", "R", "F1"].map((h) => pad(h, 8)).join("");
  const p = s.predictions;
  const lines = [
    `predictions: ${n(p.given)} given, ${n(p.empty)} without tokens, ${n(p.ignored)} in ignore spans, ` +
      `${n(p.scored)} scored; ${n(s.lenient.splitDropped)} dropped as pieces of a found quote (lenient)`,
    "",
    ...table(`(a) quote spans\n${prfHead}`, modes, (l, mode, m, k) =>
      prfRow(l, mode, m.subsets[k].span),
    ),
    "",
    ...table(`(b) quote + speaker, end to end\n${prfHead}`, modes, (l, mode, m, k) =>
      prfRow(l, mode, m.subsets[k].e2e),
    ),
    "",
    ...table(
      "accuracy on matched quotes\n" +
        head +
        ["attribution", "named speakers", "cue"].map((h) => pad(h, 22)).join(""),
      modes,
      (l, mode, m, k) => {
        const x = m.subsets[k];
        return (
          l.padEnd(14) +
          mode.padEnd(9) +
          [x.attribution, x.namedAttribution, x.cue].map(ratioCell).join("")
        );
      },
    ),
  ];
  if (s.unknownDocIds.length > 0) {
    lines.push(
      "",
      `predictions for ${s.unknownDocIds.length} unknown document ids were not scored`,
    );
  }
  return lines.join("\n");
}

/** Whether every score is perfect (the self-check's expectation). */
export function isPerfect(s: QuoteScores): boolean {
  const p = s.predictions;
  if (p.empty + p.ignored > 0 || s.lenient.splitDropped > 0) return false;
  return [s.lenient, s.strict].every((m) =>
    SUBSETS.every((k) => {
      const x = m.subsets[k];
      const full = (r: Ratio) => r.correct === r.total;
      return (
        x.span.fp === 0 &&
        x.span.fn === 0 &&
        x.e2e.fp === 0 &&
        x.e2e.fn === 0 &&
        full(x.attribution) &&
        full(x.namedAttribution) &&
        full(x.cue)
      );
    }),
  );
}

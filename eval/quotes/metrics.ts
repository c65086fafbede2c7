import type { Prf, Ratio } from "./types.js";

function div(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = div(tp, tp + fp);
  const recall = div(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function ratio(correct: number, total: number): Ratio {
  return { correct, total, value: div(correct, total) };
}

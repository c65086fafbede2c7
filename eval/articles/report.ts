// Plain-text tables of checklist scores: counts beside every percentage.

import type { Miss, TypeScore } from "./checklist.js";

const pct = (num: number, den: number): string =>
  den === 0 ? "—" : `${((100 * num) / den).toFixed(1)}%`;

export function formatScores(types: readonly TypeScore[]): string {
  const head =
    "type".padEnd(22) +
    ["gold", "opt", "pred", "tp", "fp", "fn"].map((h) => h.padStart(6)).join("") +
    "precision".padStart(11) +
    "recall".padStart(9);
  const rows = types.map(
    (t) =>
      t.type.padEnd(22) +
      [t.gold, t.optional, t.predicted, t.tp, t.fp, t.fn]
        .map((n) => String(n).padStart(6))
        .join("") +
      pct(t.tp, t.tp + t.fp).padStart(11) +
      pct(t.tp, t.tp + t.fn).padStart(9),
  );
  const attrs = types
    .filter((t) => Object.keys(t.attributes).length > 0)
    .map(
      (t) =>
        `  ${t.type}: ` +
        Object.entries(t.attributes)
          .map(([name, a]) => `${name} ${pct(a.correct, a.total)} (${a.correct}/${a.total})`)
          .join(", "),
    );
  return [
    head,
    ...rows,
    ...(attrs.length > 0 ? ["attributes, over found items that state them:", ...attrs] : []),
  ].join("\n");
}

export function formatMisses(misses: readonly Miss[], perType: number): string {
  if (perType <= 0) return "";
  const out: string[] = [];
  const byType = new Map<string, Miss[]>();
  for (const m of misses) byType.set(m.type, [...(byType.get(m.type) ?? []), m]);
  for (const [type, list] of byType) {
    for (const kind of ["missed", "spurious", "attribute"] as const) {
      const ms = list.filter((m) => m.kind === kind);
      if (ms.length === 0) continue;
      out.push(`${type}, ${kind} (${ms.length}):`);
      for (const m of ms.slice(0, perType))
        out.push(`  ${m.article}: ${m.item}${m.detail ? ` — ${m.detail}` : ""}`);
    }
  }
  return out.join("\n");
}

// Plain-text rendering shared by the register commands (cases, stats, review): aligned tables and
// the one-line forms of records and intervals.
import type { CaseEvent, StatusInterval } from "../../core/register/types.js";

/** Columns aligned; numbers (cells that look like one) right-aligned, the last column free. */
export function textTable(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return "";
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  const numeric = rows[0]!.map((_, c) =>
    rows.slice(1).every((r) => /^-?[\d.,%]*$/.test(r[c] ?? "")),
  );
  return (
    rows
      .map((r) =>
        r
          .map((cell, c) =>
            c === r.length - 1 && !numeric[c]
              ? cell
              : numeric[c]
                ? cell.padStart(widths[c]!)
                : cell.padEnd(widths[c]!),
          )
          .join("  ")
          .trimEnd(),
      )
      .join("\n") + "\n"
  );
}

/** `sentenced 2021-11-09, 96 months, charges 117` */
export function describeEvent(e: CaseEvent): string {
  const parts = [`${e.type} ${e.date}`];
  if (e.sentenceMonths !== null) parts.push(`${e.sentenceMonths} months`);
  if (e.suspended) parts.push("suspended");
  if (e.houseArrestMonths !== null) parts.push(`${e.houseArrestMonths} months house arrest`);
  if (e.probationMonths !== null) parts.push(`${e.probationMonths} months probation`);
  if (e.releaseReason) parts.push(e.releaseReason);
  if (e.charges.length) parts.push(`charges ${e.charges.join(", ")}`);
  return parts.join(", ");
}

/** `serving-sentence 2021-11-09..  [term-elapsed]` */
export function describeInterval(i: StatusInterval): string {
  const flags = i.flags.length ? `  [${i.flags.join(", ")}]` : "";
  const charges = i.charges.length ? `  (${i.charges.join(", ")})` : "";
  return `${i.status.padEnd(18)} ${i.from}..${i.to ?? ""}${charges}${flags}`;
}

// Compact notation for register tests: one event per string, intervals back as strings.
//   "sentenced 2021-11-09 months=96 charges=117;331 house=24 reason=served suspended"

import { caseEvent } from "../../src/core/register/records.js";
import type {
  CaseEvent,
  CaseEventType,
  ReleaseReason,
  StatusInterval,
} from "../../src/core/register/types.js";

export function events(caseId: string, lines: readonly string[]): CaseEvent[] {
  return lines.map((line, i) => {
    const [type, date, ...rest] = line.trim().split(/\s+/);
    const opts = new Map(
      rest.map((r) => {
        const at = r.indexOf("=");
        return at < 0 ? [r, "true"] : [r.slice(0, at), r.slice(at + 1)];
      }),
    );
    const num = (k: string) => (opts.has(k) ? Number(opts.get(k)) : null);
    return caseEvent({
      id: opts.get("id") ?? `${caseId}/${i + 1}`,
      caseId,
      type: type as CaseEventType,
      date: date!,
      charges: opts.get("charges")?.split(";") ?? [],
      sentenceMonths: num("months"),
      houseArrestMonths: num("house"),
      probationMonths: num("probation"),
      releaseReason: (opts.get("reason") as ReleaseReason | undefined) ?? null,
      suspended: opts.has("suspended"),
      recordedAt: opts.get("rec") ?? "2024-01-01T00:00:00Z",
      supersedes: opts.get("supersedes") ?? null,
      retracted: opts.has("retracted"),
    });
  });
}

export function show(intervals: readonly StatusInterval[]): string[] {
  return intervals.map(
    (i) => `${i.status} ${i.from}..${i.to ?? ""}${i.flags.length ? ` [${i.flags.join(",")}]` : ""}`,
  );
}

import type {
  EventAnnotation,
  FigureAnnotation,
  LegalRefAnnotation,
  ReportAnnotation,
  SourceDetail,
  StatementAnnotation,
} from "../api/types.js";
import type { MarkKind, MarkRange } from "./segments.js";

// A source's annotations as highlight ranges, and what each highlight stands for (the side panel
// shows it). A speaker is one highlight per span, however many statements it made.

export type Selected =
  | { kind: "statement"; item: StatementAnnotation }
  | { kind: "speaker"; statements: StatementAnnotation[] }
  | { kind: "figure"; item: FigureAnnotation }
  | { kind: "legalRef"; item: LegalRefAnnotation }
  | { kind: "event"; item: EventAnnotation }
  | { kind: "report"; item: ReportAnnotation };

export interface SourceMarks {
  ranges: MarkRange[];
  byKey: Map<string, Selected>;
  /** How many highlights of each kind. */
  counts: Record<MarkKind, number>;
}

export const KIND_LABELS: Record<MarkKind, string> = {
  statement: "Statements",
  speaker: "Speakers",
  figure: "Figures",
  legalRef: "Legal references",
  event: "Events",
  report: "Reports",
};

export function sourceMarks(src: SourceDetail): SourceMarks {
  const ranges: MarkRange[] = [];
  const byKey = new Map<string, Selected>();
  const counts: Record<MarkKind, number> = {
    statement: 0,
    speaker: 0,
    figure: 0,
    legalRef: 0,
    event: 0,
    report: 0,
  };
  const add = (key: string, kind: MarkKind, spans: [number, number][], sel: Selected) => {
    const usable = spans.filter(([s, e]) => Number.isInteger(s) && Number.isInteger(e) && e > s);
    if (usable.length === 0) return;
    for (const [start, end] of usable) ranges.push({ key, kind, start, end });
    byKey.set(key, sel);
    counts[kind]++;
  };
  for (const s of src.statements) {
    const spans = s.segments?.length ? s.segments : [[s.start, s.end] as [number, number]];
    add(`statement:${s.id}`, "statement", spans, { kind: "statement", item: s });
    const sp = s.speaker;
    if (sp && sp.start !== null && sp.end !== null) {
      const key = `speaker:${sp.start}-${sp.end}`;
      const known = byKey.get(key);
      if (known?.kind === "speaker") known.statements.push(s);
      else add(key, "speaker", [[sp.start, sp.end]], { kind: "speaker", statements: [s] });
    }
  }
  for (const f of src.figures)
    add(`figure:${f.id}`, "figure", [[f.start, f.end]], { kind: "figure", item: f });
  for (const l of src.legalRefs)
    add(`legalRef:${l.id}`, "legalRef", [[l.start, l.end]], { kind: "legalRef", item: l });
  for (const e of src.events)
    add(`event:${e.id}`, "event", [[e.start, e.end]], { kind: "event", item: e });
  for (const r of src.reports)
    add(`report:${r.id}`, "report", [[r.start, r.end]], { kind: "report", item: r });
  return { ranges, byKey, counts };
}

/** A one-line name for a highlight: its accessible label. */
export function markLabel(sel: Selected): string {
  switch (sel.kind) {
    case "statement": {
      const who = sel.item.speaker?.name ?? sel.item.speaker?.mention ?? "unknown speaker";
      return `${sel.item.kind} statement by ${who}`;
    }
    case "speaker":
      return `speaker ${sel.statements[0]?.speaker?.name ?? sel.statements[0]?.speaker?.mention ?? ""}`;
    case "figure":
      return `figure ${sel.item.text}${sel.item.what ? `: ${sel.item.what}` : ""}`;
    case "legalRef":
      return `legal reference ${sel.item.statute ?? sel.item.text}`;
    case "event":
      return `${sel.item.type} event${sel.item.person ? ` of ${sel.item.person}` : ""}`;
    case "report":
      return `report${sel.item.issuer ? ` by ${sel.item.issuer}` : ""}`;
  }
}

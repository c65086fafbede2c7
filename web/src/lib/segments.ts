// Highlights from offsets: the text cut at every annotation boundary into pieces, each piece
// listing the annotations that cover it, outermost first. Rendering wraps a piece's text in one
// element per covering annotation, so overlapping annotations ("Article 117" inside a statement,
// a statement that straddles a figure's end) nest where they nest and split where they cross,
// and the text itself only ever becomes text nodes. Pure: no DOM, tested in node.

export const MARK_KINDS = [
  "statement",
  "speaker",
  "figure",
  "legalRef",
  "event",
  "report",
] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

export interface MarkRange {
  /** Stable across pieces: `statement:12`. Several ranges may share a key (a split quotation). */
  key: string;
  kind: MarkKind;
  start: number;
  end: number;
}

export interface Piece {
  start: number;
  end: number;
  /** Covering annotations, outermost (earliest start, then longest) first. */
  marks: MarkRange[];
  /** Keys whose first piece this is: where the keyboard stop for the annotation goes. */
  firsts: string[];
}

const KIND_ORDER = new Map<MarkKind, number>(MARK_KINDS.map((k, i) => [k, i]));

function outerFirst(a: MarkRange, b: MarkRange): number {
  return (
    a.start - b.start ||
    b.end - a.end ||
    KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/**
 * Cuts `[0, length)` into pieces. Ranges outside the text are clamped; empty, reversed and
 * non-numeric ones are dropped (and counted), so a stale offset never breaks the page.
 */
export function pieces(
  length: number,
  ranges: readonly MarkRange[],
): {
  pieces: Piece[];
  dropped: number;
} {
  let dropped = 0;
  const valid: MarkRange[] = [];
  for (const r of ranges) {
    const start = Math.max(0, Math.min(length, r.start));
    const end = Math.max(0, Math.min(length, r.end));
    if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) {
      dropped++;
      continue;
    }
    valid.push(start === r.start && end === r.end ? r : { ...r, start, end });
  }
  const cuts = new Set<number>([0, length]);
  for (const r of valid) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const out: Piece[] = [];
  const seen = new Set<string>();
  let active: MarkRange[] = [];
  let next = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i]!;
    const b = bounds[i + 1]!;
    active = active.filter((r) => r.end > a);
    while (next < byStart.length && byStart[next]!.start <= a) active.push(byStart[next++]!);
    const marks = active.filter((r) => r.start <= a && r.end >= b).sort(outerFirst);
    // The same key twice in one piece (a quotation's segments touching): keep the outer one.
    const unique = marks.filter((m, j) => marks.findIndex((x) => x.key === m.key) === j);
    const firsts: string[] = [];
    for (const m of unique)
      if (!seen.has(m.key)) {
        seen.add(m.key);
        firsts.push(m.key);
      }
    out.push({ start: a, end: b, marks: unique, firsts });
  }
  return { pieces: out, dropped };
}

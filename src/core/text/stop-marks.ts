// Where sentences may end: every ".", "!", "?" and "…" of a text. The sentence splitter looks only
// at these; a loop over every character of a document to find them cost most of its time, while
// `indexOf` finds each mark's next place at memory speed.

/** ".", "!", "?" or "…": the marks a sentence ends with. */
export const isStop = (c: number): boolean =>
  c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;

const MARKS = [".", "!", "?", "…"];

/** Offsets of every stop mark in `text`, ascending. */
export function stopMarks(text: string): number[] {
  const next = MARKS.map((m) => text.indexOf(m));
  const out: number[] = [];
  for (;;) {
    let at = -1;
    for (const n of next) if (n >= 0 && (at < 0 || n < at)) at = n;
    if (at < 0) return out;
    out.push(at);
    for (let m = 0; m < MARKS.length; m++)
      if (next[m] === at) next[m] = text.indexOf(MARKS[m]!, at + 1);
  }
}

/** Offsets of the stop marks in `text[from, to)`, ascending: one look at each character. */
export function stopMarksIn(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) if (isStop(text.charCodeAt(i))) out.push(i);
  return out;
}

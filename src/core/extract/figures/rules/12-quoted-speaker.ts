import { live, type FigureRule } from "../draft.js";

// She said: “Indeed, over 70% of our people use the Internet.” → a figure inside a
// statement found by an earlier pass is published by that statement's speaker.
export const quotedSpeaker: FigureRule = {
  name: "quoted-speaker",
  apply(drafts, rc) {
    for (const d of live(drafts)) {
      if (d.publisher !== null) continue;
      const st = rc.analysis.statements.find((s) =>
        s.segments.some(([a, b]) => d.start >= a && d.end <= b),
      );
      if (st?.speaker && st.speaker.kind !== "description") d.publisher = st.speaker.name;
    }
  },
};

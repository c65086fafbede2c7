import { live, type FigureRule } from "../draft.js";
import { PRONOUNS } from "../names.js";

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
      const speaker = st?.speaker;
      // a speaker left at "she" or "they" names nobody
      if (speaker && speaker.kind !== "description" && !PRONOUNS.has(speaker.name.toLowerCase()))
        d.publisher = speaker.name;
    }
  },
};

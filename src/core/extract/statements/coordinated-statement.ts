// A statement whose cue is joined by "and"/"but" to the content of an earlier statement of the
// same speaker is that speaker's next statement, not part of the earlier content:
//   The lawyer said the trial was unfair and criticized the judge …  → "the trial was unfair"
//   The ministry is insisting the camp is safe and urging families to stay calm.
// Another speaker's statement joined by "and"/"but" as a clause of its own ends it too (not a
// pronoun, which may go on with the speaker's own content):
//   The court rejected the appeal but the family's lawyer said …  → "the appeal"
// (Rules find statements cue by cue, so the earlier content was read before the later cue was.)

import { SUBJECT_PRONOUNS } from "../../lexicon/function-words.js";
import { wordCount } from "../../text/lex.js";
import type { Draft } from "./draft.js";
import type { StatementDoc } from "./find.js";

const PRONOUNS: ReadonlySet<string> = new Set(SUBJECT_PRONOUNS);

const BRIDGE = /^(has|have|had|is|was|are|were|will|would|did|also|then|later|since|now|\w+ly)$/;

/** Cut each draft's last piece before "and"/"but" + a later draft's cue (same speaker) or subject. */
export function cutAtCoordinatedStatements(doc: StatementDoc, drafts: readonly Draft[]): void {
  const toks = doc.toks;
  for (const d of drafts) {
    if (d.speaker === null || d.cue === null) continue;
    const last = d.segments.length - 1;
    const [s, e] = d.segments[last]!;
    for (const other of drafts) {
      if (other === d || other.cue === null || other.cue.start <= s || other.cue.start >= e)
        continue;
      // ("insisting the camp is safe and urging …": two participles of one subject; a finite
      // verb after "and" with an inherited speaker may be the content subject's own.)
      const gerunds = d.form?.gerund === true && other.form?.gerund === true;
      const same =
        (other.inheritsSpeaker === true && gerunds) ||
        (other.inheritsSpeaker !== true &&
          other.speaker !== null &&
          other.speaker.start === d.speaker.start &&
          other.speaker.end === d.speaker.end);
      if (!same) {
        // "… rejected the appeal but the family's lawyer said …": another speaker's
        // statement joined as a clause of its own.
        if (other.speaker === null || other.inheritsSpeaker === true) continue;
        if (other.speaker.start <= s || other.speaker.end > other.cue.start) continue;
        // ("said the trial was unfair and she plans to appeal": a pronoun goes on with the
        // speaker's own content.)
        const head = doc.idx.tokenAt(other.speaker.start);
        if (doc.idx.tokenAt(other.speaker.end - 1) === head && PRONOUNS.has(toks[head]!.lower))
          continue;
        const c = head - 1;
        const t = toks[c];
        if (t === undefined || t.start <= s || (t.lower !== "and" && t.lower !== "but")) continue;
        if (wordCount(toks, doc.idx.tokenAt(s), c) < 2) continue;
        let end = t.start;
        while (end > s && /[\s,;—–-]/.test(doc.text[end - 1]!)) end--;
        d.segments[last] = [s, end];
        break;
      }
      let j = doc.idx.tokenAt(other.cue.start) - 1;
      while (j > 0 && toks[j]!.start > s && BRIDGE.test(toks[j]!.lower)) j--;
      const t = toks[j];
      if (t === undefined || t.start <= s || (t.lower !== "and" && t.lower !== "but")) continue;
      // Keep at least two words before the conjunction.
      if (wordCount(toks, doc.idx.tokenAt(s), j) < 2) continue;
      let end = t.start;
      while (end > s && /[\s,;—–-]/.test(doc.text[end - 1]!)) end--;
      d.segments[last] = [s, end];
      break;
    }
  }
}

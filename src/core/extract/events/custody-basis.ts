// The law a person is held or charged under, told after the arrest: "Huong, 41, is held under
// Article 117"; "She is charged under Article 331 and has not seen a lawyer". Being held is no
// new event, but it names the charges of the arrest or detention the article reported.

import type { Event, EventType, Span } from "../../types.js";
import { chargesIn } from "./context.js";
import { literalsIn } from "./doc-literals.js";
import { itemAround } from "./charge-scope.js";
import type { EventView } from "./draft.js";
import { subjectBefore } from "./persons.js";

const HELD =
  /\b(?:is|are|was|were|remains|remain|remained|has\s+been|have\s+been|had\s+been)\s+(?:(?:still|now|currently|also)\s+)?(?:held|kept|charged)\s+under\s+/giu;

/** How far after "under" the law must begin. */
const LAW_REACH = 40;

const HOLDING: ReadonlySet<EventType> = new Set(["arrest", "detention", "indictment"]);

/** Adds the law of a "held under" clause in the view's sentence to its subject's latest arrest. */
export function custodyCharges(view: EventView, events: readonly Event[]): void {
  const { ctx, analysis, sentence, pc } = view;
  const text = ctx.text;
  // Most sentences hold no such clause ("sentenced under Article 117" is common, "held under"
  // is not): skip the pattern (and the slice) unless a "held/kept/charged under" stands there.
  if (!heldUnderIn(view, sentence)) return;
  const slice = text.slice(sentence.start, sentence.end);
  HELD.lastIndex = 0;
  for (let m = HELD.exec(slice); m; m = HELD.exec(slice)) {
    const aux = sentence.start + m.index;
    const from = aux + m[0].length;
    const item = itemAround(text, sentence, from);
    const { charges } = chargesIn(analysis, { start: from, end: item.end });
    const near = charges.length > 0 && lawStartsNear(view, from);
    if (!near) continue;
    for (const p of subjectBefore(pc, sentence.start, aux)) {
      let latest: Event | undefined;
      // An earlier sentence's event: "She is charged under …" is itself an indictment.
      for (const e of events)
        if (e.actor === p.actor && HOLDING.has(e.type) && e.start < sentence.start) latest = e;
      if (!latest) continue;
      for (const c of charges) if (!latest.charges.includes(c)) latest.charges.push(c);
    }
  }
}

/**
 * Whether a "held/kept/charged under" stands in `sentence`: most sentences have none. The
 * document's " under " are found once; the eight characters before each are read within the
 * sentence.
 */
function heldUnderIn(view: EventView, sentence: Span): boolean {
  for (const at of literalsIn(view.ctx, " under ", sentence))
    if (HELD_BEFORE.test(view.ctx.text.slice(Math.max(sentence.start, at - 8), at))) return true;
  return false;
}

const HELD_BEFORE = /(?:held|kept|charged)$/iu;

function lawStartsNear(view: EventView, from: number): boolean {
  return view.analysis.legalRefs.some((r) => r.start >= from && r.start - from <= LAW_REACH);
}

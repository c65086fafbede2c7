// The rules, in order, over one document. Each rule claims the tokens it uses, so a later rule
// never re-reads content an earlier one took (nested attributions stay inside their statement).

import { cutAtCoordinatedStatements } from "./coordinated-statement.js";
import type { Draft } from "./draft.js";
import { withoutEchoes } from "./echoes.js";
import type { StatementDoc } from "./find.js";
import { quoteAttribution } from "./rules/01-quote-attribution.js";
import { colonBlock } from "./rules/02-colon-block.js";
import { accordingTo } from "./rules/03-according-to.js";
import { reportedSpeech } from "./rules/04-reported-speech.js";
import { participle } from "./rules/05-participle.js";
import { headlineColon } from "./rules/06-headline-colon.js";
import { continuation } from "./rules/07-continuation.js";
import { nominal } from "./rules/08-nominal.js";
import { passiveQuestions, unsourced } from "./rules/09-unsourced.js";
import { inView } from "./rules/10-in-view.js";
import { signature } from "./rules/11-signature.js";
import { passiveBlames } from "./rules/12-passive-blame.js";

export function findDrafts(doc: StatementDoc): Draft[] {
  const drafts: Draft[] = [];
  const paras = doc.ctx.paragraphs.length;
  for (let pi = 0; pi < paras; pi++) drafts.push(...quoteAttribution(doc, pi));
  for (let pi = 0; pi < paras; pi++) {
    const d = colonBlock(doc, pi);
    if (d !== null) drafts.push(d);
  }
  const byUnit = new Map<number, Draft[]>();
  for (const d of drafts) byUnit.set(d.unit, [...(byUnit.get(d.unit) ?? []), d]);
  for (let ui = 0; ui < doc.units.length; ui++) {
    const here = byUnit.get(ui) ?? [];
    here.push(...accordingTo(doc, ui));
    here.push(...inView(doc, ui));
    here.push(...passiveQuestions(doc, ui));
    here.push(...reportedSpeech(doc, ui));
    here.sort((a, b) => (a.cue?.start ?? 0) - (b.cue?.start ?? 0));
    here.push(...participle(doc, ui, here));
    here.push(...nominal(doc, ui));
    here.push(...unsourced(doc, ui));
    here.push(...passiveBlames(doc, ui));
    byUnit.set(ui, here);
  }
  const all: Draft[] = [];
  for (const list of byUnit.values()) all.push(...list);
  for (let pi = 0; pi < paras; pi++) {
    const d = headlineColon(doc, pi);
    if (d !== null) all.push(d);
  }
  for (let pi = 0; pi < paras; pi++) {
    const d = signature(doc, pi);
    if (d !== null) all.push(d);
  }
  all.push(...continuation(doc, all));
  cutAtCoordinatedStatements(doc, all);
  return withoutEchoes(all).sort((a, b) => a.segments[0]![0] - b.segments[0]![0]);
}

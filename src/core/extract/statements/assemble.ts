// Drafts become statements: kind from the quotation marks, speaker resolved through the
// mention index (names, "Mr. Tri", "she", "the spokesperson"), date from the attribution.

import { ORG_HEADS } from "../../lexicon/organisations.js";
import { COUNTED_NOUNS } from "../../lexicon/counted-nouns.js";
import { PUNCT } from "../../text/lex.js";
import type { Report, SpeakerRef, Statement } from "../../types.js";
import { isRoleWord } from "../mentions/name-lexicon.js";
import { dateIn } from "./date.js";
import { descriptionAntecedent, type UnnamedSpeaker } from "./description-antecedent.js";
import type { Draft } from "./draft.js";
import type { StatementDoc } from "./find.js";
import { reportIssued, statementIssued } from "./issued-by.js";
import { standsFor } from "./quantifier-speaker.js";

const CALENDAR =
  /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday)$/;

/** "Prosecutors", "Judges", "Officials": a capitalised common noun opening a sentence. */
function commonNoun(mention: string): boolean {
  if (/\s/.test(mention)) return false;
  const w = mention.toLowerCase();
  return (
    isRoleWord(w) ||
    isRoleWord(w.replace(/e?s$/, "")) ||
    isRoleWord(w.replace(/s$/, "")) ||
    COMMON_SPEAKERS.has(w) ||
    // "Villagers said …", "Parishioners said …": plural nouns for groups of people.
    COUNTED_NOUNS.has(w)
  );
}

const COMMON_SPEAKERS = new Set([
  "officials",
  "authorities",
  "police",
  "residents",
  "witnesses",
  "activists",
  "critics",
  "families",
  "relatives",
  "supporters",
  "judges",
  "prosecutors",
  "investigators",
  "lawmakers",
]);

function kindOf(doc: StatementDoc, d: Draft): Statement["kind"] {
  if (d.rule === "02-colon" && d.groups.length === 0) return "direct";
  let quoted = 0;
  let plain = 0;
  for (const [s, e] of d.segments) {
    for (let k = doc.idx.tokenAt(s); k < doc.toks.length && doc.toks[k]!.start < e; k++) {
      if (doc.toks[k]!.kind === PUNCT) continue;
      if (doc.pieceOf[k]! >= 0) quoted++;
      else plain++;
    }
  }
  return plain === 0 ? "direct" : quoted === 0 ? "indirect" : "mixed";
}

/** Recent speakers' actors, most recent first, as antecedents for pronouns. */
function preferred(recent: readonly { actor: number; at: number }[], at: number): number[] {
  const out: number[] = [];
  for (let i = recent.length - 1; i >= 0; i--) {
    const r = recent[i]!;
    if (at - r.at > 1500) break;
    if (!out.includes(r.actor)) out.push(r.actor);
  }
  return out;
}

const NOBODY = { kind: "description", role: null, org: null, actor: null } as const;

// Which rule found each statement, for error analysis (not part of the output). A WeakMap entry
// per statement was the costliest line of the pass in a CPU profile (2 % of it), so rules are
// recorded only once something asks for them (`recordStatementRules`).
let RULES: WeakMap<Statement, string> | null = null;

/** Record, from now on, which rule found each statement (read with `statementRule`). */
export function recordStatementRules(): void {
  RULES ??= new WeakMap<Statement, string>();
}

/** Which rule found a statement, if recorded (see `recordStatementRules`). */
export function statementRule(s: Statement): string | undefined {
  return RULES?.get(s);
}

export function assemble(
  doc: StatementDoc,
  drafts: readonly Draft[],
  reports: readonly Report[] = [],
): Statement[] {
  const out: Statement[] = [];
  const recent: { actor: number; at: number }[] = [];
  const unnamed: UnnamedSpeaker[] = [];
  let lastNamedAt = -1;
  const { text, idx } = doc;
  for (const d of drafts) {
    const segments = [...d.segments].sort((a, b) => a[0] - b[0]);
    let start = Infinity;
    let end = -Infinity;
    for (const [s, e] of segments) {
      if (s < start) start = s;
      if (e > end) end = e;
    }
    let speaker: SpeakerRef | null = null;
    if (d.speaker !== null) {
      const mention = text.slice(d.speaker.start, d.speaker.end);
      const res = idx.resolveSpan(
        d.speaker.start,
        d.speaker.end,
        preferred(recent, d.speaker.start),
      );
      // Each reading is asked only when the ones before it (in the order below) found nothing.
      const unresolved = res.actor === null;
      const report = unresolved ? reportIssued(reports, d.speaker) : null;
      const made =
        unresolved && report === null ? statementIssued(text, out, mention, d.speaker.start) : null;
      const described =
        report === null && made === null
          ? descriptionAntecedent(idx, unnamed, lastNamedAt, mention, d.speaker.start)
          : null;
      const stands =
        unresolved && report === null && made === null && described === null
          ? standsFor(doc, d.speaker, d.unit)
          : null;
      if (report !== null)
        Object.assign(
          res,
          report.actor != null
            ? idx.describe(report.actor)
            : { ...NOBODY, kind: "organisation", name: report.issuer },
        );
      else if (made !== null) {
        const { name, kind, role, org, actor } = made.speaker!;
        Object.assign(res, { name, kind, role, org, actor });
      } else if (described !== null) Object.assign(res, { ...NOBODY, name: described });
      else if (stands !== null) {
        Object.assign(res, { ...NOBODY, name: stands });
        unnamed.push({
          name: stands,
          words: stands.toLowerCase().split(/\s+/),
          at: d.speaker.start,
          end: d.speaker.end,
        });
      } else if (
        res.kind === "description" &&
        /^(\p{Lu}[\p{L}.’'-]*\s?){1,4}$/u.test(mention) &&
        !CALENDAR.test(mention) &&
        !commonNoun(mention)
      ) {
        // A capitalised name no mention rule recognised ("Barkley"): an actor of its own.
        const org = mention.split(/\s+/).some((w) => ORG_HEADS.has(w.toLowerCase()));
        res.kind = org ? "organisation" : "person";
        res.actor = idx.ensureActor(mention, res.kind, d.speaker);
      } else if (res.actor !== null) idx.addMention(res.actor, d.speaker);
      else if (res.kind === "description") {
        // "the diplomat" after "a Western diplomat who …" spoke: the same unnamed speaker.
        // (Only a mention opening with "the" or "The" can match: most are read without it.)
        const again =
          mention.startsWith("the") || mention.startsWith("The")
            ? /^the\s+(?:[\p{Ll}-]+\s+)*?([\p{Ll}-]+)$/u.exec(mention.replace(/^The\b/, "the"))
            : null;
        const earlier = again
          ? unnamed.findLast((u) => u.words.includes(again[1]!) && d.speaker!.start - u.at < 4000)
          : undefined;
        if (earlier !== undefined) res.name = earlier.name;
        else
          unnamed.push({
            name: res.name,
            words: mention.toLowerCase().split(/\s+/),
            at: d.speaker.start,
            end: d.speaker.end,
          });
      }
      const { name, kind, role, org, actor } = res;
      speaker = {
        start: d.speaker.start,
        end: d.speaker.end,
        mention,
        name,
        kind,
        role,
        org,
        actor,
      };
      if (res.actor !== null) {
        recent.push({ actor: res.actor, at: d.speaker.start });
        lastNamedAt = Math.max(lastNamedAt, d.speaker.start);
      }
    }
    const u = doc.units[d.unit]!;
    // The date the attribution gives: the unit outside the content.
    const cueTok = d.cue === null ? u.a : idx.tokenAt(d.cue.start);
    const attrA = d.speaker === null ? cueTok : Math.min(cueTok, idx.tokenAt(d.speaker.start));
    let attrB = Math.min(u.b, cueTok + 12);
    for (const [s] of segments) {
      const k = idx.tokenAt(s);
      if (k > cueTok && k < attrB) attrB = k;
    }
    const date = dateIn(doc.toks, Math.max(u.a, attrA - 6), attrB, doc.ctx.date) ?? doc.ctx.date;
    const st: Statement = {
      start,
      end,
      text: text.slice(start, end),
      kind: kindOf(doc, d),
      cue: d.cue === null ? null : text.slice(d.cue.start, d.cue.end),
      cueStart: d.cue?.start ?? null,
      cueEnd: d.cue?.end ?? null,
      segments,
      speaker,
      date,
      respondsTo: null,
      response: null,
    };
    RULES?.set(st, d.rule);
    out.push(st);
  }
  // (Most actors gain no mention out of order: a sort call each cost more than this check.)
  for (const a of idx.actors)
    if (!byStart(a.mentions)) a.mentions.sort((x, y) => x.start - y.start);
  return out;
}

/** The spans are in order of their starts (as a stable sort by start would leave them). */
function byStart(spans: readonly { start: number }[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i - 1]!.start > spans[i]!.start) return false;
  return true;
}

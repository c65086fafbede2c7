import type { Actor, Statement } from "../../src/core/types.js";
import { sha256, type AnalysisRecord } from "../../src/ingest/analyze-service.js";
import type { DocumentToStore } from "../../src/store/store-types.js";

// Analysis records built by hand for store tests: the store must keep whatever `analyze` returns,
// whichever extractors exist today. Offsets are found in the text, so fixtures stay readable.

export function at(text: string, part: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`fixture: "${part}" not in text`);
  return { start, end: start + part.length };
}

export interface ActorSpec {
  name: string;
  kind?: Actor["kind"];
  aliases?: string[];
  roles?: string[];
  orgs?: string[];
}

export interface StatementSpec {
  quote: string;
  speaker?: number | null;
  kind?: Statement["kind"];
  cue?: string;
  date?: string | null;
}

export interface RecordSpec {
  text: string;
  title?: string | null;
  date?: string | null;
  outlet?: string | null;
  path?: string;
  actors?: ActorSpec[];
  statements?: StatementSpec[];
  extra?: Partial<AnalysisRecord>;
}

export function record(spec: RecordSpec): AnalysisRecord {
  const { text } = spec;
  const actors: Actor[] = (spec.actors ?? []).map((a) => ({
    name: a.name,
    kind: a.kind ?? "person",
    aliases: a.aliases ?? [],
    roles: a.roles ?? [],
    orgs: a.orgs ?? [],
    mentions: [a.name, ...(a.aliases ?? [])]
      .filter((n) => text.includes(n))
      .map((n) => at(text, n)),
  }));
  const statements: Statement[] = (spec.statements ?? []).map((s) => {
    const span = at(text, s.quote);
    const who = s.speaker ?? null;
    const actor = who === null ? null : actors[who]!;
    const mention = actor ? (actor.mentions[0] ?? { start: 0, end: 0 }) : null;
    return {
      ...span,
      text: s.quote,
      kind: s.kind ?? "direct",
      cue: s.cue ?? "said",
      cueStart: null,
      cueEnd: null,
      segments: [[span.start, span.end]],
      speaker:
        actor && mention
          ? {
              ...mention,
              mention: text.slice(mention.start, mention.end),
              name: actor.name,
              kind: actor.kind,
              role: actor.roles[0] ?? null,
              org: actor.orgs[0] ?? null,
              actor: who,
            }
          : null,
      date: s.date ?? spec.date ?? null,
      respondsTo: null,
      response: null,
    };
  });
  return {
    source: {
      path: spec.path ?? `${sha256(text).slice(0, 8)}.txt`,
      id: null,
      title: spec.title ?? null,
      date: spec.date ?? null,
      url: null,
      outlet: spec.outlet ?? null,
      format: "text",
      sha256: sha256(text),
    },
    text,
    statements,
    figures: [],
    legalRefs: [],
    events: [],
    reports: [],
    actors,
    warnings: [],
    ...spec.extra,
  };
}

export function item(
  spec: RecordSpec | AnalysisRecord,
  extra: Partial<DocumentToStore> = {},
): DocumentToStore {
  const rec = "source" in spec ? spec : record(spec);
  return { name: rec.source.path, record: rec, ...extra };
}

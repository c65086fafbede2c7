// The checks, one per annotation type, and how each compares an expected item with a prediction.

import { REPORT_ISSUERS } from "../../src/core/lexicon/report-issuers.js";
import { matchKey } from "../../src/core/text/normalise.js";
import type { Analysis, SpeakerRef } from "../../src/core/types.js";
import type { Attribute, Check } from "./checklist.js";
import type {
  Alt,
  ExpectedActor,
  ExpectedEvent,
  ExpectedFigure,
  ExpectedLegalRef,
  ExpectedReport,
  ExpectedResponse,
  ExpectedStatement,
} from "./types.js";

const alts = <T>(v: Alt<T>): T[] => (Array.isArray(v) ? v : [v]);
const first = <T>(v: Alt<T>): T => alts(v)[0]!;
const show = (v: unknown): string => (v === undefined ? "—" : JSON.stringify(v));

/** Names compare folded: "Trần Thị Mai Hương" is "Tran Thi Mai Huong". */
export function sameName(expected: Alt<string | null>, names: readonly (string | null)[]): boolean {
  const keys = new Set(names.map((n) => (n === null ? null : nameKey(n))));
  return alts(expected).some((e) => keys.has(e === null ? null : nameKey(e)));
}

/** Names compare folded and without a leading article: "The provincial police" is "provincial police". */
function nameKey(n: string): string {
  return matchKey(n).replace(/^the /, "");
}

const ADMIN = /\b(?:province|city|district|county|region|prefecture|commune|town|village)\b/g;

/** Places compare folded and without their administrative word: "Hoa Binh province" is "Hoa Binh". */
export function placeKey(p: string | null): string | null {
  return p === null ? null : matchKey(p).replace(ADMIN, "").replace(/\s+/g, " ").trim();
}

const ISSUER_KEYS = new Map<string, string>();
for (const i of REPORT_ISSUERS) {
  for (const n of [i.name, ...i.aliases, ...(i.weak ?? [])]) ISSUER_KEYS.set(matchKey(n), i.id);
}

/** An issuer's identity: the lexicon id for a known body ("EEAS" and "European External Action
 * Service" are one), else the folded name. */
export function issuerKey(name: string | null): string | null {
  if (name === null) return null;
  const k = matchKey(name).replace(/^the /, "");
  return ISSUER_KEYS.get(k) ?? k;
}

function attribute<G, P>(
  name: string,
  stated: (g: G) => boolean,
  same: (g: G, p: P) => boolean,
  value: (p: P) => unknown,
): Attribute<G, P> {
  return { name, stated, same, show: (p) => show(value(p)) };
}

const inAlts = <T>(expected: Alt<T>, got: T): boolean => alts(expected).some((e) => e === got);

// Figures ----------------------------------------------------------------------------------------

export interface FigureP {
  value: number;
  bound: string;
  unit: string | null;
  asOf: string | null;
  publisher: string | null;
  partOfValue: number | null;
}

const sameValue = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));

export const figuresCheck: Check<ExpectedFigure, FigureP> = {
  type: "figures",
  gold: (e) => e.figures,
  predicted: (a) =>
    a.figures.map((f) => ({
      value: f.value,
      bound: f.bound,
      unit: f.unit,
      asOf: f.asOf,
      publisher: f.publisher,
      partOfValue: f.partOf !== null ? (a.figures[f.partOf]?.value ?? null) : null,
    })),
  matches: (g, p) => sameValue(g.value, p.value) && g.bound === p.bound,
  attributes: [
    attribute<ExpectedFigure, FigureP>(
      "asOf",
      (g) => g.asOf !== undefined,
      (g, p) => inAlts(g.asOf!, p.asOf),
      (p) => p.asOf,
    ),
    attribute<ExpectedFigure, FigureP>(
      "publisher",
      (g) => g.publisher !== undefined,
      (g, p) => sameName(g.publisher!, [p.publisher]),
      (p) => p.publisher,
    ),
    attribute<ExpectedFigure, FigureP>(
      "partOf",
      (g) => g.partOfValue !== undefined,
      (g, p) =>
        alts(g.partOfValue!).some((v) =>
          v === null
            ? p.partOfValue === null
            : p.partOfValue !== null && sameValue(v, p.partOfValue),
        ),
      (p) => p.partOfValue,
    ),
    attribute<ExpectedFigure, FigureP>(
      "unit",
      (g) => g.unit !== undefined,
      (g, p) => g.unit === p.unit,
      (p) => p.unit,
    ),
  ],
  showGold: (g) =>
    `${g.bound} ${g.value}${g.unit === "percent" ? "%" : ""}${g.what ? ` (${g.what})` : ""}`,
  showPredicted: (p) => `${p.bound} ${p.value}${p.unit === "percent" ? "%" : ""}`,
  fromGold: (g) => ({
    value: g.value,
    bound: g.bound,
    unit: g.unit ?? null,
    asOf: g.asOf === undefined ? null : first(g.asOf),
    publisher: g.publisher === undefined ? null : first(g.publisher),
    partOfValue: g.partOfValue === undefined ? null : first(g.partOfValue),
  }),
};

// Legal references -------------------------------------------------------------------------------

export interface LegalRefP {
  statute: string | null;
  clause: string | null;
}

export const legalRefsCheck: Check<ExpectedLegalRef, LegalRefP> = {
  type: "legal refs",
  gold: (e) => e.legalRefs,
  predicted: (a) => a.legalRefs.map((r) => ({ statute: r.statute, clause: r.clause })),
  matches: (g, p) => p.statute !== null && inAlts(g.statute, p.statute),
  attributes: [
    attribute<ExpectedLegalRef, LegalRefP>(
      "clause",
      (g) => g.clause !== undefined,
      (g, p) => inAlts(g.clause!, p.clause),
      (p) => p.clause,
    ),
  ],
  showGold: (g) => alts(g.statute).join(" | ") + (g.clause ? ` clause ${show(g.clause)}` : ""),
  showPredicted: (p) => `${p.statute ?? "(unresolved)"}${p.clause ? ` clause ${p.clause}` : ""}`,
  fromGold: (g) => ({
    statute: first(g.statute),
    clause: g.clause === undefined ? null : first(g.clause),
  }),
};

// Reports ----------------------------------------------------------------------------------------

export interface ReportP {
  issuer: string | null;
  year: number | null;
  cycle: number | null;
}

export const reportsCheck: Check<ExpectedReport, ReportP> = {
  type: "reports",
  gold: (e) => e.reports,
  predicted: (a) =>
    a.reports.map((r) => ({ issuer: r.issuer, year: r.year, cycle: r.cycle ?? null })),
  matches: (g, p) =>
    alts(g.issuer).some((i) => issuerKey(i) === issuerKey(p.issuer)) && inAlts(g.year, p.year),
  attributes: [
    attribute<ExpectedReport, ReportP>(
      "cycle",
      (g) => g.cycle !== undefined,
      (g, p) => g.cycle === p.cycle,
      (p) => p.cycle,
    ),
  ],
  showGold: (g) => `${first(g.issuer)} ${show(g.year)}${g.cycle ? ` cycle ${g.cycle}` : ""}`,
  showPredicted: (p) => `${p.issuer ?? "(no issuer)"} ${show(p.year)}`,
  fromGold: (g) => ({ issuer: first(g.issuer), year: first(g.year), cycle: g.cycle ?? null }),
};

// Responses --------------------------------------------------------------------------------------

/** Every name a speaker goes by: as resolved, as written, and the actor's aliases. */
function speakerNames(a: Analysis, s: SpeakerRef | null): string[] {
  if (!s) return [];
  const actor = s.actor !== null ? a.actors[s.actor] : undefined;
  return [s.name, s.mention, ...(actor ? [actor.name, ...actor.aliases] : [])];
}

export interface ResponseP {
  speakers: string[];
  issuer: string | null;
  response: string | null;
}

export const responsesCheck: Check<ExpectedResponse, ResponseP> = {
  type: "responses",
  gold: (e) => e.responses,
  predicted: (a) => {
    // One answer per speaker and report, however many statements make it.
    const seen = new Map<string, ResponseP>();
    for (const s of a.statements) {
      if (s.respondsTo === null) continue;
      const issuer = a.reports[s.respondsTo]?.issuer ?? null;
      const speakers = speakerNames(a, s.speaker);
      const key = `${matchKey(speakers[0] ?? "")}|${issuerKey(issuer)}`;
      const known = seen.get(key);
      if (!known) seen.set(key, { speakers, issuer, response: s.response });
      else if (known.response === null) known.response = s.response;
    }
    return [...seen.values()];
  },
  matches: (g, p) =>
    sameName(g.speaker, p.speakers) &&
    alts(g.reportIssuer).some((i) => issuerKey(i) === issuerKey(p.issuer)),
  attributes: [
    attribute<ExpectedResponse, ResponseP>(
      "response",
      (g) => g.response !== undefined,
      (g, p) => inAlts(g.response!, p.response),
      (p) => p.response,
    ),
  ],
  showGold: (g) => `${first(g.speaker)} → ${first(g.reportIssuer)} (${show(g.response)})`,
  showPredicted: (p) =>
    `${p.speakers[0] ?? "(no speaker)"} → ${p.issuer ?? "(no issuer)"} (${show(p.response)})`,
  fromGold: (g) => ({
    speakers: [first(g.speaker)],
    issuer: first(g.reportIssuer),
    response: g.response === undefined ? null : first(g.response),
  }),
};

// Events -----------------------------------------------------------------------------------------

export interface EventP {
  type: string;
  persons: (string | null)[];
  date: string | null;
  sentenceMonths: number | null;
  probationMonths: number | null;
  penalty: string | null;
  place: string | null;
  charges: string[];
}

const samePerson = (g: ExpectedEvent, p: EventP): boolean =>
  g.type === p.type && sameName(g.person, p.persons);

const eventAttributes = (keyed: boolean): Attribute<ExpectedEvent, EventP>[] => [
  ...(keyed
    ? []
    : [
        attribute<ExpectedEvent, EventP>(
          "date",
          (g) => g.date !== undefined,
          (g, p) => inAlts(g.date!, p.date),
          (p) => p.date,
        ),
        attribute<ExpectedEvent, EventP>(
          "sentenceMonths",
          (g) => g.sentenceMonths !== undefined,
          (g, p) => inAlts(g.sentenceMonths!, p.sentenceMonths),
          (p) => p.sentenceMonths,
        ),
      ]),
  attribute<ExpectedEvent, EventP>(
    "probationMonths",
    (g) => g.probationMonths !== undefined,
    (g, p) => inAlts(g.probationMonths!, p.probationMonths),
    (p) => p.probationMonths,
  ),
  attribute<ExpectedEvent, EventP>(
    "place",
    (g) => g.place !== undefined,
    (g, p) => alts(g.place!).some((x) => placeKey(x) === placeKey(p.place)),
    (p) => p.place,
  ),
  attribute<ExpectedEvent, EventP>(
    "charges",
    (g) => g.charges !== undefined,
    (g, p) =>
      g.charges!.length === p.charges.length && g.charges!.every((c) => p.charges.includes(c)),
    (p) => p.charges,
  ),
  attribute<ExpectedEvent, EventP>(
    "penalty",
    (g) => g.penalty !== undefined,
    (g, p) => inAlts(g.penalty!, p.penalty),
    (p) => p.penalty,
  ),
];

const predictedEvents = (a: Analysis): EventP[] =>
  a.events.map((e) => {
    const actor = e.actor !== null ? a.actors[e.actor] : undefined;
    return {
      type: e.type,
      persons: [e.person, ...(actor ? [actor.name, ...actor.aliases] : [])],
      date: e.date,
      sentenceMonths: e.sentenceMonths,
      probationMonths: e.probationMonths,
      penalty: e.penalty ?? null,
      place: e.place,
      charges: e.charges,
    };
  });

const showEvent = (type: string, person: unknown, date: unknown, months: unknown): string =>
  `${type} ${typeof person === "string" ? person : show(person)} ${show(date)}${months !== null && months !== undefined ? ` ${show(months)} months` : ""}`;

const eventFromGold = (g: ExpectedEvent): EventP => ({
  type: g.type,
  persons: [first(g.person)],
  date: g.date === undefined ? null : first(g.date),
  sentenceMonths: g.sentenceMonths === undefined ? null : first(g.sentenceMonths),
  probationMonths: g.probationMonths === undefined ? null : first(g.probationMonths),
  penalty: g.penalty === undefined ? null : first(g.penalty),
  place: g.place === undefined ? null : first(g.place),
  charges: g.charges ?? [],
});

/** Events by (type, person, date, sentence length): the issue's matching criterion. */
export const eventsCheck: Check<ExpectedEvent, EventP> = {
  type: "events",
  gold: (e) => e.events,
  predicted: predictedEvents,
  matches: (g, p) =>
    samePerson(g, p) &&
    (g.date === undefined || inAlts(g.date, p.date)) &&
    (g.sentenceMonths === undefined || inAlts(g.sentenceMonths, p.sentenceMonths)),
  attributes: eventAttributes(true),
  showGold: (g) =>
    showEvent(
      g.type,
      first(g.person),
      g.date === undefined ? undefined : first(g.date),
      g.sentenceMonths === undefined ? null : first(g.sentenceMonths),
    ),
  showPredicted: (p) => showEvent(p.type, p.persons[0], p.date, p.sentenceMonths),
  fromGold: eventFromGold,
};

/** Events by (type, person) only, with date and length as attributes: where the misses lie. */
export const eventsByPersonCheck: Check<ExpectedEvent, EventP> = {
  ...eventsCheck,
  type: "events (type+person)",
  matches: samePerson,
  attributes: eventAttributes(false),
};

// Statements -------------------------------------------------------------------------------------

export interface StatementP {
  speakers: string[];
}

/** Statements by speaker (a statement with the right speaker, counted one to one). */
export const speakersCheck: Check<ExpectedStatement, StatementP> = {
  type: "statement speakers",
  gold: (e) => e.statements,
  predicted: (a) => a.statements.map((s) => ({ speakers: speakerNames(a, s.speaker) })),
  matches: (g, p) =>
    g.speaker === null ? p.speakers.length === 0 : sameName(g.speaker, p.speakers),
  attributes: [],
  showGold: (g) => (g.speaker === null ? "(no speaker)" : first(g.speaker)),
  showPredicted: (p) => p.speakers[0] ?? "(no speaker)",
  fromGold: (g) => ({ speakers: g.speaker === null ? [] : [first(g.speaker)] }),
};

// Actors -----------------------------------------------------------------------------------------

export interface ActorP {
  kind: string;
  /** The actor's name, then its aliases. */
  names: string[];
  roles: string[];
}

/** The same roles, no more and no fewer: each expected role (or one of its alternatives) given. */
const sameRoles = (expected: readonly Alt<string>[], got: readonly string[]): boolean =>
  new Set(got.map(nameKey)).size === expected.length && expected.every((r) => sameName(r, got));

/** Actors by kind and name (an alias names it too), one to one: a second entry for the same
 * body is spurious, as the store would keep two. */
export const actorsCheck: Check<ExpectedActor, ActorP> = {
  type: "actors",
  gold: (e) => e.actors,
  predicted: (a) =>
    a.actors.map((x) => ({ kind: x.kind, names: [x.name, ...x.aliases], roles: x.roles })),
  matches: (g, p) => g.kind === p.kind && sameName(g.name, p.names),
  attributes: [
    attribute<ExpectedActor, ActorP>(
      "aliases",
      (g) => g.aliases !== undefined,
      (g, p) => g.aliases!.every((x) => sameName(x, p.names)),
      (p) => p.names.slice(1),
    ),
    attribute<ExpectedActor, ActorP>(
      "roles",
      (g) => g.roles !== undefined,
      (g, p) => sameRoles(g.roles!, p.roles),
      (p) => p.roles,
    ),
  ],
  showGold: (g) => `${g.kind} ${first(g.name)}`,
  showPredicted: (p) => `${p.kind} ${p.names[0] ?? ""}`,
  fromGold: (g) => ({
    kind: g.kind,
    names: [first(g.name), ...(g.aliases ?? [])],
    roles: (g.roles ?? []).map(first),
  }),
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const CHECKS: readonly Check<any, any>[] = [
  figuresCheck,
  legalRefsCheck,
  reportsCheck,
  responsesCheck,
  eventsCheck,
  eventsByPersonCheck,
  speakersCheck,
  actorsCheck,
];

// The annotation contract of the extraction core (see PRODUCT.md, "What `vigil analyze` prints").
// Every offset is a half-open [start, end) range in JavaScript string units into the text the
// core was given. Extend these shapes; never rename or remove a field other tools read.

/** A half-open character range into the analysed text. */
export interface Span {
  start: number;
  end: number;
}

/** A content piece of a statement, `[start, end)`. */
export type Segment = [number, number];

/** A date as precise as the text allows: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export type PartialDate = string;

export type ActorKind = "person" | "organisation" | "state";

/** What the core is given: the text and what the reader knows about it. */
export interface DocumentInput {
  text: string;
  /** Publication date of the document, `YYYY-MM-DD` (or partial), used for relative dates. */
  date?: PartialDate | null;
  title?: string | null;
  /** Jurisdiction hint (ISO 3166 alpha-2) for legal references, when the reader knows it. */
  jurisdiction?: string | null;
}

/** Something an extractor noticed but could not settle; extractors never throw on text. */
export interface Warning {
  code: string;
  message: string;
  start?: number;
  end?: number;
}

/** The mention a statement (or event) is attributed to, resolved as far as the text allows. */
export interface SpeakerRef extends Span {
  /** The mention exactly as written: "she", "Mr. Tri", "a former prisoner of conscience". */
  mention: string;
  /** Canonical name: the fullest name the document gives ("Vu Minh Tri"), or the description. */
  name: string;
  kind: ActorKind | "description";
  role: string | null;
  org: string | null;
  /** Index into `Analysis.actors`, or null for descriptions that name nobody. */
  actor: number | null;
}

export interface Statement extends Span {
  /** `text.slice(start, end)`: the covering span, including any attribution between segments. */
  text: string;
  kind: "direct" | "indirect" | "mixed";
  cue: string | null;
  cueStart: number | null;
  cueEnd: number | null;
  /** The content proper, in order; one entry unless the quote is split by its attribution. */
  segments: Segment[];
  speaker: SpeakerRef | null;
  /** When it was said, if the text says ("on April 22"); otherwise the document date. */
  date: PartialDate | null;
  /** Index into `Analysis.reports` of the report this statement answers, if any. */
  respondsTo: number | null;
  /** How the statement answers that report. */
  response: "rejects" | "welcomes" | "acknowledges" | null;
}

export interface Figure extends Span {
  text: string;
  value: number;
  bound: "eq" | "gt" | "gte" | "lt" | "lte" | "approx";
  unit: "count" | "percent" | "currency" | "years" | "other";
  /** What it counts: "activists detained in prison". */
  what: string | null;
  asOf: PartialDate | null;
  asOfSource: "explicit" | "article-date" | null;
  publisher: string | null;
  /** Index into `Analysis.figures` of the whole this figure is a part of. */
  partOf: number | null;
}

export interface LegalRef extends Span {
  text: string;
  jurisdiction: string | null;
  /** Human name of the code: "Criminal Code 2015". */
  law: string | null;
  article: string | null;
  clause: string | null;
  offense: string | null;
  /** Statute catalogue id, e.g. `vn/criminal-code-2015/117`, or null when unresolved. */
  statute: string | null;
}

export type EventType =
  | "arrest"
  | "detention"
  | "indictment"
  | "trial"
  | "sentence"
  | "appeal"
  | "release"
  | "exile"
  | "death-in-custody"
  | "execution";

export interface Event extends Span {
  text: string;
  type: EventType;
  person: string | null;
  personStart: number | null;
  personEnd: number | null;
  actor: number | null;
  date: PartialDate | null;
  place: string | null;
  /** Statute catalogue ids. */
  charges: string[];
  sentenceMonths: number | null;
  probationMonths: number | null;
}

export interface Report extends Span {
  text: string;
  issuer: string | null;
  title: string | null;
  year: number | null;
}

export interface Actor {
  name: string;
  kind: ActorKind;
  aliases: string[];
  roles: string[];
  orgs: string[];
  /** Every place the document mentions this actor. */
  mentions: Span[];
}

export interface Analysis {
  statements: Statement[];
  figures: Figure[];
  legalRefs: LegalRef[];
  events: Event[];
  reports: Report[];
  actors: Actor[];
  warnings: Warning[];
}

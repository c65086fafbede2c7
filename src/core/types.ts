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
  /** Lettered point within the clause ("điểm a"), when cited. */
  point?: string | null;
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
  /** A penalty no number of months expresses; `sentenceMonths` is then null. */
  penalty?: "death" | "life" | null;
  /** Offense names as the text gives them ("conducting propaganda against the state"). */
  offenses?: string[];
  /**
   * For an indictment or charge: the range the charge carries, in months, when the text states it
   * ("could face 10 to 20 years" → {min: 120, max: 240}). Never a sentence.
   */
  potentialMonths?: { min: number | null; max: number | null } | null;
  /** Every place the document refers to this same event; the first is `[start, end)`. */
  mentions?: Span[];
}

export interface Report extends Span {
  text: string;
  /** Canonical issuer name ("US Department of State"). */
  issuer: string | null;
  title: string | null;
  /** The year the text gives the report ("2020 report", "report of 11 March 2020"). */
  year: number | null;
  /** Publication date when the text gives one, as precise as it gives it. */
  date?: PartialDate | null;
  /** Review cycle of a periodic review ("the third cycle of the UPR", "UPR cycle III" → 3). */
  cycle?: number | null;
  /** Lexicon id of the issuer (`us-state-department`), stable across documents. */
  issuerId?: string | null;
  /** Index into `Analysis.actors` of the issuer, when the actors pass knows it. */
  actor?: number | null;
  /** Every reference to this report in the document ("the EEAS report", "the report"), in order. */
  mentions?: Span[];
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

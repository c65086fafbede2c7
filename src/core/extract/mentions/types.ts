import type { Gender } from "../../lexicon/titles.js";
import type { ActorKind, Span } from "../../types.js";

export type MentionKind = ActorKind | "place" | "unknown";

/** One place the document names (or could name) an actor. */
export interface Mention extends Span {
  /** The name as written, without title: "Nguyen Thanh Son", "Tri", "Ministry of Public Security". */
  text: string;
  kind: MentionKind;
  /** Token range `[tokStart, tokEnd)` of the name in the document's tokens. */
  tokStart: number;
  tokEnd: number;
  /** Start of the title before the name, if any ("Lieutenant General" in "Lieutenant General …"). */
  titleStart: number | null;
  /** Title or honorific as written: "Dr.", "Spokesperson", "Lieutenant General". */
  title: string | null;
  /** Role and organisation the text gives at this mention. */
  role: string | null;
  org: string | null;
  /** Every role the text gives here, the primary one first ("Director", "Lieutenant General"). */
  roles: string[];
  gender: Gender | null;
  /** Index into `Analysis.actors` once chains are built. */
  actor: number | null;
  /** Inside quotation marks: a name in someone's words is a weaker antecedent. */
  quoted: boolean;
  /** The name an actor founded here takes, where the words are not it ("Police" in "Police in
   * the province of Nghệ An" founds "Nghệ An provincial police"). */
  name?: string;
}

/** What the speaker of a statement (or the subject of an event) resolves to. */
export interface Resolution {
  name: string;
  kind: ActorKind | "description";
  role: string | null;
  org: string | null;
  actor: number | null;
}

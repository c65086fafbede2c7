import {
  phraseKey,
  shapesKeyedAs,
  type ShapeSet,
  type PhraseToken,
  type WordTokens,
} from "../../text/phrase-key.js";
import type { Statute } from "./schema.js";

/** One way of naming an offence, as indexed: the statutes it names and how strong a cue it is. */
export interface OffenseName {
  statutes: Statute[];
  /** True for one-word names ("subversion", "smuggling"), which need a charge cue nearby. */
  bare: boolean;
}

export interface OffenseHit extends OffenseName {
  /** Token range [from, to) in the token list searched. */
  from: number;
  to: number;
}

interface Node {
  next: Map<string, Node>;
  name: OffenseName | null;
}

const node = (): Node => ({ next: new Map(), name: null });

/** Strip the Vietnamese "Tội" (offence of) that opens every official title. */
const withoutTitleWord = (key: string): string => key.replace(/^toi /, "");

/**
 * Every offence name and alias of the catalogue (English and native) in a word trie, for exact
 * lookup of a name and for finding names in running text (longest match at each word).
 */
export class OffenseIndex {
  private readonly root = node();
  private readonly byKey = new Map<string, OffenseName>();
  /** Shapes of the words that open a name (see wordShape). */
  private firstShapes: ShapeSet | null = null;

  constructor(statutes: readonly Statute[]) {
    for (const s of statutes) {
      const names = [s.offense, ...s.offenseAliases, s.nativeName, ...(s.nativeAliases ?? [])];
      for (const name of names) {
        if (name === undefined) continue;
        const full = phraseKey(name);
        for (const key of new Set([full, withoutTitleWord(full)])) if (key) this.add(key, s);
      }
    }
  }

  private add(key: string, statute: Statute): void {
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = { statutes: [], bare: !key.includes(" ") };
      this.byKey.set(key, entry);
      let at = this.root;
      for (const word of key.split(" ")) {
        let child = at.next.get(word);
        if (!child) at.next.set(word, (child = node()));
        at = child;
      }
      at.name = entry;
    }
    if (!entry.statutes.includes(statute)) entry.statutes.push(statute);
  }

  /** The statutes a whole phrase names exactly (after loose normalisation), or []. */
  lookup(phrase: string): Statute[] {
    const key = phraseKey(phrase);
    return (this.byKey.get(key) ?? this.byKey.get(withoutTitleWord(key)))?.statutes ?? [];
  }

  /** Longest names found in a token list, left to right, not overlapping. */
  scan(tokens: readonly PhraseToken[]): OffenseHit[] {
    return this.scanWords({ length: tokens.length, shape: () => -1, key: (k) => tokens[k]!.key });
  }

  /**
   * As `scan`, over tokens whose keys are worked out when asked: a word whose shape no name opens
   * with is passed over without one.
   */
  scanWords(tokens: Pick<WordTokens, "length" | "shape" | "key">): OffenseHit[] {
    const shapes = (this.firstShapes ??= shapesKeyedAs(this.root.next.keys()));
    const hits: OffenseHit[] = [];
    const first = this.root.next;
    for (let i = 0; i < tokens.length;) {
      let at = shapes.has(tokens.shape(i)) ? first.get(tokens.key(i)) : undefined;
      if (at === undefined) {
        i++;
        continue;
      }
      let name: OffenseName | null = null;
      let to = i;
      for (let j = i + 1; ; j++) {
        if (at.name) {
          name = at.name;
          to = j;
        }
        if (j >= tokens.length) break;
        const child: Node | undefined = at.next.get(tokens.key(j));
        if (child === undefined) break;
        at = child;
      }
      if (name) {
        hits.push({ statutes: name.statutes, bare: name.bare, from: i, to });
        i = to;
      } else i++;
    }
    return hits;
  }
}

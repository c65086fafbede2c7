// What several passes read of one document (its word runs, its date matches) is worked out once
// and kept for the passes after. `analyzeBatch` runs each pass over a whole batch before the next
// pass starts, so a cache of the last few texts would be emptied by the batch's other documents
// before the next pass asked again: the batch's documents are kept until the next batch starts,
// any other text (a line, a sentence read apart) among the last few.

/** Other texts kept, besides the batch's documents. */
const RECENT = 4;

/** Every cache, so that a new batch can empty them all. */
const CACHES: TextCache<unknown>[] = [];
let batch: ReadonlySet<string> = new Set();

/**
 * Start a batch: every cache is emptied, and until the next call the results for `texts` are kept
 * whatever else is read. A document is never found in a cache from an earlier batch: the same text
 * analysed twice costs what it costs the first time.
 */
export function startBatch(texts: readonly string[]): void {
  batch = new Set(texts);
  for (const c of CACHES) c.clear();
}

export class TextCache<T> {
  private readonly documents = new Map<string, T>();
  private readonly recent = new Map<string, T>();

  constructor(private readonly keep = RECENT) {
    CACHES.push(this as TextCache<unknown>);
  }

  get(text: string): T | undefined {
    return this.documents.get(text) ?? this.recent.get(text);
  }

  set(text: string, value: T): void {
    if (batch.has(text)) {
      this.documents.set(text, value);
      return;
    }
    this.recent.delete(text);
    this.recent.set(text, value);
    if (this.recent.size > this.keep) this.recent.delete(this.recent.keys().next().value!);
  }

  clear(): void {
    this.documents.clear();
    this.recent.clear();
  }
}

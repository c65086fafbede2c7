// Nouns that source a sentence to someone's judgement when a possessor comes before them: "in
// the ministry's view, …", "…, in their opinion".
export const VIEW_NOUNS: ReadonlySet<string> = new Set(["view", "opinion", "estimation"]);

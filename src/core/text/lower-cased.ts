// Lower-casing words one by one costs more than finding them: the text is lower-cased once and
// each word's lower case sliced from it. Only "İ" (two characters in lower case) and "Σ" (whose
// lower case depends on the letters around it) make the two differ; such a text is not cached.

let loweredFor: string | null = null;
let lowered: string | null = null;

/** `text.toLowerCase()` when every slice of it is the lower case of that slice of `text`. */
export function lowerCased(text: string): string | null {
  if (text !== loweredFor) {
    loweredFor = text;
    lowered = text.includes("\u0130") || text.includes("\u03a3") ? null : text.toLowerCase();
  }
  return lowered;
}

// A dateline opening a paragraph ("HANOI (Reuters) — …", "HUE, Vietnam (AP) — …", "DA NANG --
// …") places the story; it is no one's statement and no one's name, so the units start after it.

/** The city in capitals (one to four words, not a one-letter word), a region after a comma, the agency. */
const DATELINE =
  /^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]*){0,3}(?:, [A-Z][\p{L}.'’-]*(?: [A-Z][\p{L}.'’-]*){0,2})?(?: \([A-Z][\p{L} .]{0,30}\))? ?(?:—|–|--|-) +/u;

/** The offset after the dateline that opens the paragraph at `start`, or null. */
export function datelineEnd(text: string, start: number, end: number): number | null {
  // (Most paragraphs fail on their first two letters: "Hanoi", "The", "“We": no slice for them.)
  if (end - start < 2 || !capital(text.charCodeAt(start))) return null;
  const c = text.charCodeAt(start + 1);
  if (!capital(c) && c !== 0x2e && c !== 0x27 && c !== 0x2019 && c !== 0x2d) return null;
  const m = DATELINE.exec(text.slice(start, Math.min(end, start + 120)));
  return m === null ? null : start + m[0].length;
}

/** A–Z. */
function capital(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

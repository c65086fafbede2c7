// Text as the core sees it. Readers normalise what they read (NFC, `\n` line endings, no BOM) so
// that offsets are stable; JSONL inputs are analysed unchanged because their offsets are theirs.

/** NFC, `\n` line endings, no byte-order mark, no NUL. Offsets of the result are the contract. */
export function normaliseText(raw: string): string {
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  text = text.replace(/\r\n?/g, "\n");
  // eslint-disable-next-line no-control-regex
  text = text.replace(/\u0000/g, "");
  return text.normalize("NFC");
}

const FOLD_EXTRA: Record<string, string> = {
  đ: "d",
  Đ: "D",
  ð: "d",
  ø: "o",
  Ø: "O",
  ł: "l",
  Ł: "L",
  ß: "ss",
};

/**
 * Diacritic folding for matching ("Nguyễn Ngọc Già" → "Nguyen Ngoc Gia"). Used for comparison
 * only; stored text keeps its diacritics. One input character may fold to more than one ("ß").
 */
export function foldDiacritics(s: string): string {
  let out = "";
  for (const ch of s.normalize("NFD")) {
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue;
    out += FOLD_EXTRA[ch] ?? ch;
  }
  return out.normalize("NFC");
}

/** Fold, lower-case and collapse whitespace: the key two spellings of one name share. */
export function matchKey(s: string): string {
  return foldDiacritics(s).toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, " ").trim();
}

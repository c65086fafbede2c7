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

// eslint-disable-next-line no-control-regex
const ASCII_ONLY = /^[\u0000-\u007f]*$/;
const foldCache = new Map<string, string>();

function foldChar(ch: string): string {
  let out = "";
  for (const part of ch.normalize("NFD")) {
    const code = part.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue;
    out += FOLD_EXTRA[part] ?? part;
  }
  return out.normalize("NFC");
}

/**
 * Diacritic folding for matching ("Nguyễn Ngọc Già" → "Nguyen Ngoc Gia"). Used for comparison
 * only; stored text keeps its diacritics. One input character may fold to more than one ("ß").
 * Hot in every extractor: ASCII passes through untouched and each other character is folded once
 * per process.
 */
export function foldDiacritics(s: string): string {
  if (ASCII_ONLY.test(s)) return s;
  let out = "";
  for (const ch of s) {
    if (ch.charCodeAt(0) < 0x80) {
      out += ch;
      continue;
    }
    let folded = foldCache.get(ch);
    if (folded === undefined) {
      folded = foldChar(ch);
      if (foldCache.size < 65536) foldCache.set(ch, folded);
    }
    out += folded;
  }
  return out;
}

/** Fold, lower-case and collapse whitespace: the key two spellings of one name share. */
export function matchKey(s: string): string {
  return foldDiacritics(s).toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, " ").trim();
}

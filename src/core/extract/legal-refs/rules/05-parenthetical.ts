// "Article 163 (obstructing citizens' meetings)" · "Article 117 (propaganda against the
// state)": an offence named in brackets right after the citation. Brackets holding only numbers,
// years or clause marks are not offence names.

const PAREN = /\s*\((?<inner>[^()\n]{3,160})\)/y;
const NOT_A_NAME =
  /^[\d\s,.;:-]*$|^(?:clause|khoan|point|diem|para|paragraph|part|amended|sua doi)\b/;

export function parenthetical(folded: string, at: number): { start: number; end: number } | null {
  PAREN.lastIndex = at;
  const m = PAREN.exec(folded);
  if (!m) return null;
  const inner = m.groups!.inner!.trim();
  if (NOT_A_NAME.test(inner)) return null;
  const open = folded.indexOf("(", at);
  return { start: open + 1, end: at + m[0].length - 1 };
}

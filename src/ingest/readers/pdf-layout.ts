/** A run of text as pdf.js reports it: the string, its transform ([4] x, [5] y), its extent. */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  x: number;
  y: number;
  size: number;
}

/**
 * The text of one page from its text items, in content order: items on one baseline form a line
 * (a space where they do not touch), lines form paragraphs, and a paragraph ends where the line
 * spacing opens up, the text jumps back up the page (a new column or box), or the type size
 * changes (a heading). Lines of a paragraph are joined with spaces, since a single newline is a
 * paragraph break to the analyser; a word broken at a line end keeps its hyphen ("land-" +
 * "rights" → "land-rights"), a soft hyphen goes.
 */
export function pageText(items: readonly PdfTextItem[]): string {
  const lines = toLines(items);
  const spacing = typicalSpacing(lines);
  const paragraphs: string[] = [];
  let current = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const prev = lines[i - 1];
    if (prev && startsParagraph(prev, line, spacing)) {
      paragraphs.push(current);
      current = "";
    }
    current = current === "" ? line.text : joinLines(current, line.text);
  }
  if (current !== "") paragraphs.push(current);
  return paragraphs
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p !== "")
    .join("\n\n");
}

function toLines(items: readonly PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  let line: Line | null = null;
  let endX = 0;
  for (const item of items) {
    if (typeof item.str !== "string") continue;
    const [a = 0, b = 0, , , x = 0, y = 0] = item.transform;
    const size = item.height || Math.hypot(a, b) || 10;
    if (item.str !== "") {
      if (line && Math.abs(y - line.y) > size * 0.5) {
        lines.push(line);
        line = null;
      }
      if (!line) {
        line = { text: item.str, x, y, size };
      } else {
        const touching = x - endX <= size * 0.15;
        const spaced = /\s$/.test(line.text) || /^\s/.test(item.str);
        line.text += touching || spaced ? item.str : " " + item.str;
        line.size = Math.max(line.size, size);
      }
      endX = x + item.width;
    }
    if (item.hasEOL && line) {
      lines.push(line);
      line = null;
    }
  }
  if (line) lines.push(line);
  return lines.filter((l) => l.text.trim() !== "");
}

/**
 * The usual distance between consecutive baselines of same-sized lines, or null if there is
 * none: the lower quartile, so that a short page with two paragraph gaps among three lines still
 * shows its line spacing.
 */
function typicalSpacing(lines: readonly Line[]): number | null {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [prev, line] = [lines[i - 1]!, lines[i]!];
    const gap = prev.y - line.y;
    if (gap > 0 && gap < line.size * 3 && Math.abs(line.size - prev.size) <= prev.size * 0.2)
      gaps.push(gap);
  }
  if (gaps.length === 0) return null;
  gaps.sort((p, q) => p - q);
  return gaps[Math.floor((gaps.length - 1) / 4)]!;
}

function startsParagraph(prev: Line, line: Line, spacing: number | null): boolean {
  const gap = prev.y - line.y;
  if (gap <= 0) return true;
  if (Math.abs(line.size - prev.size) > prev.size * 0.2) return true;
  const usual = spacing ?? prev.size * 1.2;
  if (gap > usual * 1.4) return true;
  // An indented first line after a line that ended a sentence.
  return line.x - prev.x > prev.size && /[.!?:"”’»)]$/.test(prev.text.trim());
}

function joinLines(paragraph: string, line: string): string {
  const end = paragraph.trimEnd();
  if (end.endsWith("\u00ad")) return end.slice(0, -1) + line.trimStart();
  if (/\p{L}-$/u.test(end) && /^\p{Ll}/u.test(line.trimStart())) return end + line.trimStart();
  return end + " " + line.trimStart();
}

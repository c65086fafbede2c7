import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const EXAMPLES = new URL("../../examples/articles/", import.meta.url).pathname;

/**
 * Writes `count` distinct Markdown documents into `dir`, made from the example articles: each
 * keeps an article's front matter (title, outlet, date) and a window of three of its paragraphs,
 * the window sliding from one copy to the next, and ends with a line naming its number. Short
 * documents keep thousand-document tests quick; the windows keep quotes, figures, laws, events
 * and the same people recurring across documents, as a monitoring feed does.
 */
export function writeArticleVariants(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const articles = readdirSync(EXAMPLES)
    .filter((n) => n.endsWith(".md"))
    .sort()
    .map((n) => {
      const text = readFileSync(join(EXAMPLES, n), "utf8");
      const m = /^---\n[\s\S]*?\n---\n/.exec(text);
      const front = m ? m[0] : "";
      const body = text.slice(front.length);
      return { front, paragraphs: body.split(/\n\s*\n/).filter((p) => p.trim() !== "") };
    });
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = articles[i % articles.length]!;
    const round = Math.floor(i / articles.length);
    const span = Math.max(1, a.paragraphs.length - 2);
    const start = round % span;
    const window = a.paragraphs.slice(start, start + 3);
    const path = join(dir, `doc-${String(i).padStart(5, "0")}.md`);
    writeFileSync(path, `${a.front}${window.join("\n\n")}\n\nArchive note ${i}.\n`);
    paths.push(path);
  }
  return paths;
}

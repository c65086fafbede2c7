/**
 * A small YAML front-matter reader: `key: value` lines between `---` fences, with quoted or bare
 * scalar values. Nested structures are not needed for article metadata and are kept as raw text.
 */
export function splitFrontMatter(text: string): { meta: Record<string, string>; body: string } {
  const m = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!m) return { meta: {}, body: text };
  const meta: Record<string, string> = {};
  for (const line of m[1]!.split("\n")) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) continue;
    meta[kv[1]!.toLowerCase()] = unquote(kv[2]!.trim());
  }
  return { meta, body: text.slice(m[0].length) };
}

function unquote(v: string): string {
  if (
    v.length >= 2 &&
    ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))
  ) {
    const inner = v.slice(1, -1);
    return v.startsWith('"')
      ? inner.replace(/\\"/g, '"').replace(/\\\\/g, "\\")
      : inner.replace(/''/g, "'");
  }
  return v.replace(/\s+#.*$/, "");
}

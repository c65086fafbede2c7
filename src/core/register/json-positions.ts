// A JSON reader that remembers where each value starts (line and column, from 1), so an import
// can say "cases.json:14:17: events[2].date: month 13 is not 01..12". Standard JSON (RFC 8259);
// a leading byte-order mark is allowed.

export type JsonNode =
  | { kind: "object"; line: number; column: number; entries: JsonEntry[] }
  | { kind: "array"; line: number; column: number; items: JsonNode[] }
  | { kind: "string"; line: number; column: number; value: string }
  | { kind: "number"; line: number; column: number; value: number }
  | { kind: "boolean"; line: number; column: number; value: boolean }
  | { kind: "null"; line: number; column: number };

export interface JsonEntry {
  key: string;
  line: number;
  column: number;
  value: JsonNode;
}

export class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    reason: string,
  ) {
    super(reason);
  }
}

const ESCAPES: Record<string, string> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function parseJsonWithPositions(input: string): JsonNode {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const fail = (reason: string): never => {
    throw new JsonSyntaxError(line, i - lineStart + 1, reason);
  };
  const space = () => {
    while (i < text.length) {
      const ch = text[i];
      if (ch === "\n") {
        line++;
        lineStart = i + 1;
      } else if (ch !== " " && ch !== "\t" && ch !== "\r") break;
      i++;
    }
  };
  const str = (): string => {
    let out = "";
    i++;
    for (;;) {
      const ch = text[i];
      if (ch === undefined) fail("unterminated string");
      if (ch === '"') {
        i++;
        return out;
      }
      if (ch === "\\") {
        const esc = text[i + 1];
        if (esc === "u") {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail("bad \\u escape");
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else if (esc !== undefined && ESCAPES[esc] !== undefined) {
          out += ESCAPES[esc];
          i += 2;
        } else {
          fail("bad escape");
        }
      } else if (ch! < " ") {
        fail("control character in string");
      } else {
        out += ch;
        i++;
      }
    }
  };
  const value = (): JsonNode => {
    space();
    const at = { line, column: i - lineStart + 1 };
    const ch = text[i];
    if (ch === "{") {
      i++;
      const entries: JsonEntry[] = [];
      space();
      if (text[i] === "}") {
        i++;
        return { kind: "object", ...at, entries };
      }
      for (;;) {
        space();
        if (text[i] !== '"') fail("expected a key in double quotes");
        const keyAt = { line, column: i - lineStart + 1 };
        const key = str();
        space();
        if (text[i] !== ":") fail("expected ':'");
        i++;
        entries.push({ key, ...keyAt, value: value() });
        space();
        if (text[i] === ",") i++;
        else if (text[i] === "}") {
          i++;
          return { kind: "object", ...at, entries };
        } else fail("expected ',' or '}'");
      }
    }
    if (ch === "[") {
      i++;
      const items: JsonNode[] = [];
      space();
      if (text[i] === "]") {
        i++;
        return { kind: "array", ...at, items };
      }
      for (;;) {
        items.push(value());
        space();
        if (text[i] === ",") i++;
        else if (text[i] === "]") {
          i++;
          return { kind: "array", ...at, items };
        } else fail("expected ',' or ']'");
      }
    }
    if (ch === '"') return { kind: "string", ...at, value: str() };
    for (const [word, node] of [
      ["true", { kind: "boolean", value: true }],
      ["false", { kind: "boolean", value: false }],
      ["null", { kind: "null" }],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return { ...node, ...at } as JsonNode;
      }
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m) {
      i += m[0].length;
      return { kind: "number", ...at, value: Number(m[0]) };
    }
    return fail(ch === undefined ? "unexpected end of input" : `unexpected character "${ch}"`);
  };
  const root = value();
  space();
  if (i < text.length) fail("text after the JSON value");
  return root;
}

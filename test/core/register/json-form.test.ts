import { describe, expect, it } from "vitest";
import { countAsOf } from "../../../src/core/register/count.js";
import { formatImportError } from "../../../src/core/register/import-errors.js";
import { exportJson } from "../../../src/core/register/json-export.js";
import { importJson } from "../../../src/core/register/json-form.js";
import { parseJsonWithPositions } from "../../../src/core/register/json-positions.js";

const AT = "2024-05-01T10:00:00Z";
const read = (text: string) => importJson(text, { file: "cases.json", recordedAt: AT });

const EXAMPLE = `[
  {
    "id": "VN-010",
    "name": "Phạm Thị Lan",
    "gender": "female",
    "province": "Hanoi",
    "events": [
      { "type": "arrested", "date": "2020-10", "charges": ["117"], "sources": [{ "url": "https://example.org/a" }] },
      { "type": "sentenced", "date": "2021-01-05", "sentenceMonths": 108, "houseArrestMonths": 36 }
    ]
  }
]
`;

describe("JSON form", () => {
  it("reads cases with their events, filling ids and record times", () => {
    const { value, errors } = read(EXAMPLE);
    expect(errors).toEqual([]);
    expect(value.events.map((e) => [e.id, e.type, e.charges, e.recordedAt])).toEqual([
      ["VN-010/1", "arrested", ["vn/criminal-code-2015/117"], AT],
      ["VN-010/2", "sentenced", [], AT],
    ]);
    expect(countAsOf(value, "2021-06-01", { status: "detained" }).caseIds).toEqual(["VN-010"]);
  });

  it("accepts { cases: [...] } as well", () => {
    expect(read(`{"cases": ${EXAMPLE}}`).value).toEqual(read(EXAMPLE).value);
  });

  it("writes defaults out and reads the result back the same", () => {
    const { value } = read(EXAMPLE);
    const json = exportJson(value);
    expect(json).not.toContain("null");
    expect(read(json).value).toEqual(value);
  });

  it.each([
    ['[\n  {"id": "A", "name": "An", "sex": "f"}\n]', "cases.json:2:29: [0].sex: unknown key"],
    [
      '[{"id": "A", "name": "An",\n  "events": [{"type": "arrested", "date": "2021-13-01"}]}]',
      "cases.json:2:43: [0].events[0].date: month 13 is not 01..12",
    ],
    [
      '[{"id": "A", "name": "An", "events": [{"type": "arrest", "date": "2021"}]}]',
      'cases.json:1:48: [0].events[0].type: unknown event type "arrest"',
    ],
    [
      '[{"id": "A", "name": "An", "events": [{"type": "sentenced", "date": "2021", "sentenceMonths": "96"}]}]',
      "cases.json:1:95: [0].events[0].sentenceMonths: expected a whole number",
    ],
    [
      '[{"id": "A", "name": "An"},\n {"id": "A", "name": "Ba"}]',
      'cases.json:2:9: [1].id: duplicate id "A" (first on line 1)',
    ],
    [
      '[{"id": "A", "name": "An", "events": [{"type": "arrested", "date": "2021", "supersedes": "Z"}]}]',
      'cases.json:1:39: [0].events[0].supersedes: no event "Z" to supersede',
    ],
    ['[{"id": "A", "name": "An",}]', "cases.json:1:27: not JSON: expected a key in double quotes"],
  ])("reports %j", (text, expected) => {
    const { errors } = read(text);
    expect(errors.map(formatImportError)).toEqual([expect.stringContaining(expected)]);
  });
});

describe("JSON positions", () => {
  it("agrees with JSON.parse on values", () => {
    const text = '{"a": [1, -2.5e3, "x\\u00e9\\n", true, null], "b": {"c": false}}';
    const node = parseJsonWithPositions(text);
    const plain = (n: ReturnType<typeof parseJsonWithPositions>): unknown =>
      n.kind === "object"
        ? Object.fromEntries(n.entries.map((e) => [e.key, plain(e.value)]))
        : n.kind === "array"
          ? n.items.map(plain)
          : n.kind === "null"
            ? null
            : n.value;
    expect(plain(node)).toEqual(JSON.parse(text));
  });
});

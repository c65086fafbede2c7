import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  neutraliseFormula,
  parseCsv,
  restoreFormula,
  writeCsv,
} from "../../../src/core/register/csv.js";

const values = (text: string) => parseCsv(text).records.map((r) => r.cells.map((c) => c.value));

describe("CSV reader", () => {
  it.each([
    [
      "a,b\n1,2\n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "a,b\r\n1,2",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "a,b\r1,2\r",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "\uFEFFid,name\nVN-1,Hương\n",
      [
        ["id", "name"],
        ["VN-1", "Hương"],
      ],
    ],
    ['a,"b, c",d\n', [["a", "b, c", "d"]]],
    ['"He said ""no""",x\n', [['He said "no"', "x"]]],
    ['"two\nlines",x\n', [["two\nlines", "x"]]],
    ['"crlf\r\ninside",x\n', [["crlf\r\ninside", "x"]]],
    [
      "a,\n,b\n",
      [
        ["a", ""],
        ["", "b"],
      ],
    ],
    [
      "a,b\n\n\n1,2\n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    ['""\n', [[""]]],
  ] as [string, string[][]][])("reads %j", (text, expected) => {
    expect(values(text)).toEqual(expected);
    expect(parseCsv(text).problems).toEqual([]);
  });

  it("gives each cell the line it starts on, past embedded line breaks", () => {
    const { records } = parseCsv('id,notes,x\nA,"one\ntwo\nthree",1\nB,plain,2\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
    expect(records[1]!.cells.map((c) => [c.line, c.column])).toEqual([
      [2, 1],
      [2, 2],
      [4, 3],
    ]);
  });

  it.each([
    ['a,"never closed\n', 1, 2, "never closed"],
    ['a,b\n"x"y,2\n', 2, 1, "after a closing quote"],
  ] as [string, number, number, string][])("reports %j", (text, line, column, reason) => {
    expect(parseCsv(text).problems).toEqual([
      expect.objectContaining({ line, column, reason: expect.stringContaining(reason) }),
    ]);
  });

  it("writes what it reads back, for any cells", () => {
    const piece = fc.constantFrom(
      "a",
      "Ngọc",
      ",",
      '"',
      "\n",
      "\r\n",
      "\r",
      " ",
      ";",
      "=",
      "'",
      "",
    );
    const cellArb = fc.array(piece, { maxLength: 6 }).map((p) => p.join(""));
    const rows = fc.array(fc.array(cellArb, { minLength: 1, maxLength: 5 }), { maxLength: 6 });
    fc.assert(
      fc.property(rows, fc.constantFrom("\n", "\r\n") as fc.Arbitrary<"\n" | "\r\n">, (r, eol) => {
        // A record of empty fields only would be a blank line; the writer quotes a lone one.
        expect(values(writeCsv(r, eol))).toEqual(r);
      }),
      { numRuns: 300 },
    );
  });
});

describe("formula injection", () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ["+31 20 555", "'+31 20 555"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["'=already", "''=already"],
    ["'plain", "'plain"],
    ["Nguyễn", "Nguyễn"],
  ])("neutralises %j", (value, written) => {
    expect(neutraliseFormula(value)).toBe(written);
    expect(restoreFormula(written)).toBe(value);
  });

  it("undoes exactly what it did, for any value", () => {
    const piece = fc.constantFrom("'", "=", "+", "-", "@", "\t", "\r", "a", " ");
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 8 }).map((p) => p.join("")),
        (v) => {
          expect(restoreFormula(neutraliseFormula(v))).toBe(v);
          expect(neutraliseFormula(v)).not.toMatch(/^[=+\-@\t\r]/);
        },
      ),
      { numRuns: 500 },
    );
  });
});

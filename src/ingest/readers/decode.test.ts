import { describe, expect, it } from "vitest";
import { decodeText, firstInvalidUtf8 } from "./decode.js";

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("decodeText", () => {
  it.each([
    ["plain ASCII", enc("Police arrested him.\n"), "Police arrested him.\n"],
    ["CRLF to LF", enc("One.\r\nTwo.\r\n"), "One.\nTwo.\n"],
    ["BOM dropped", Uint8Array.from([0xef, 0xbb, 0xbf, ...enc("Hà Nội")]), "Hà Nội"],
    ["NFD to NFC", enc("Nguye\u0302\u0303n"), "Nguyễn"],
    ["UTF-16LE with BOM", Uint8Array.from([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]), "Hi"],
  ])("%s", (_name, bytes, expected) => {
    expect(decodeText("x.txt", bytes)).toBe(expected);
  });

  it.each([
    ["empty", new Uint8Array(0), "VIGIL_ERR_SOURCE_EMPTY", "x.txt: empty"],
    ["whitespace only", enc(" \n\t\n"), "VIGIL_ERR_SOURCE_EMPTY", "x.txt: empty"],
    [
      "NUL bytes",
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]),
      "VIGIL_ERR_SOURCE_BINARY",
      "NUL byte at offset 4",
    ],
    [
      "control bytes",
      Uint8Array.from(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))),
      "VIGIL_ERR_SOURCE_BINARY",
      "control bytes",
    ],
    [
      "Latin-1",
      Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f]),
      "VIGIL_ERR_SOURCE_ENCODING",
      "at byte 3",
    ],
  ])("rejects %s", (_name, bytes, code, message) => {
    expect(() => decodeText("x.txt", bytes)).toThrow(
      expect.objectContaining({ code, message: expect.stringContaining(message) }),
    );
  });

  it("locates the first invalid byte", () => {
    expect(firstInvalidUtf8(enc("ok ✓"))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xc3]))).toBe(1);
  });
});

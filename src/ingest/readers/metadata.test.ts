import { describe, expect, it } from "vitest";
import { dateFromName, parseMetaDate, webUrl } from "./metadata.js";

describe("dates from metadata", () => {
  it.each([
    ["seed-rfa-cooperation-2021-04-22.txt", "2021-04-22"],
    ["wetheworld-seven-years-2021-01.txt", "2021-01"],
    ["ndtv-blogger-arrested-2014.txt", "2014"],
    ["no-date.txt", null],
    ["dir-2020-01-01/a.txt", null],
  ])("file name %s", (name, date) => {
    expect(dateFromName(name)).toBe(date);
  });

  it.each([
    ["2021-04-22", "2021-04-22"],
    ["2021-04-22T09:30:00+07:00", "2021-04-22"],
    ["2021-04", "2021-04"],
    ["April 22, 2021", "2021-04-22"],
    ["Apr. 9, 2021", "2021-04-09"],
    ["22 April 2021", "2021-04-22"],
    ["2021-02-30", null],
    ["1850-03-01", "1850-03-01"],
    ["2021-4-5", "2021-04-05"],
    ["Tue, 14 May 2024 09:00:00 GMT", "2024-05-14"],
    // Out of the calendar, or years no document has: the platform's parser accepts some of them.
    ["2026-13-45", null],
    ["99999-01-01", null],
    ["+275760-09-13", null],
    ["-000001-01-01", null],
    ["Mon, 31 Feb 2021 10:00:00 GMT", null],
    ["1e308", null],
    [new Date(8.64e15), null],
    ["", null],
    [42, null],
  ])("value %j", (value, date) => {
    expect(parseMetaDate(value)).toBe(date);
  });
});

describe("document URLs", () => {
  it.each([
    ["https://example.org/a?b=1", "https://example.org/a?b=1"],
    ["  http://example.org/  ", "http://example.org/"],
    ["javascript:alert(1)", null],
    ["JavaScript:alert(1)", null],
    ["data:text/html,<script>alert(1)</script>", null],
    ["/relative/path", null],
    ["https://example.org/<script>", null],
    [42, null],
  ])("%j", (value, url) => {
    expect(webUrl(value)).toBe(url);
  });
});

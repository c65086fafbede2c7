import { describe, expect, it } from "vitest";
import { dateFromName, parseMetaDate } from "./metadata.js";

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
    ["", null],
    [42, null],
  ])("value %j", (value, date) => {
    expect(parseMetaDate(value)).toBe(date);
  });
});

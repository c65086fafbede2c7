import { describe, expect, it } from "vitest";
import { formatInterval, parseEvery } from "../../src/ingest/feeds/feed-schedule.js";

describe("--every", () => {
  it.each([
    ["30s", 30],
    ["10s", 10],
    ["15m", 900],
    ["1h", 3600],
    ["1d", 86_400],
    ["1h30m", 5400],
    [" 2H ", 7200],
    ["366d", 366 * 86_400],
  ])("reads %s as %i seconds", (text, seconds) => {
    expect(parseEvery(text)).toBe(seconds);
    expect(parseEvery(formatInterval(seconds))).toBe(seconds);
  });

  it.each(["9s", "0m", "", "15", "1w", "-1m", "1.5h", "m", "15 m", "367d", "1h-5m"])(
    "refuses %j as a usage error",
    (text) => {
      expect(() => parseEvery(text)).toThrow(expect.objectContaining({ code: "VIGIL_ERR_USAGE" }));
    },
  );

  it.each([
    [900, "15m"],
    [5400, "1h30m"],
    [86_400 + 61, "1d1m1s"],
    [10, "10s"],
  ])("writes %i seconds as %s", (seconds, text) => {
    expect(formatInterval(seconds)).toBe(text);
  });
});

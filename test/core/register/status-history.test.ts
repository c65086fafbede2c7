import { describe, expect, it } from "vitest";
import type { PartialDateRule } from "../../../src/core/register/counting-rules.js";
import { statusHistory } from "../../../src/core/register/status-history.js";
import { events, show } from "../../helpers/register.js";

type Row = [name: string, lines: string[], rule: PartialDateRule, expected: string[]];

const history = (
  lines: string[],
  rule: PartialDateRule,
  termEnds: "on-release" | "at-term" = "on-release",
) => show(statusHistory(events("X", lines), { partialDates: rule, termEnds }));

describe("status history", () => {
  const rows: Row[] = [
    [
      "at risk, arrested, sentenced; the term runs out with no release recorded",
      [
        "at-risk 2018-09",
        "arrested 2021-03-16 charges=117",
        "tried 2021-11-09",
        "sentenced 2021-11-09 months=96",
      ],
      "start-of-period",
      [
        "at-risk 2018-09-01..2021-03-16",
        "pending-trial 2021-03-16..2021-11-09",
        "serving-sentence 2021-11-09..2029-03-16",
        "serving-sentence 2029-03-16.. [term-elapsed]",
      ],
    ],
    [
      "sentenced with no arrest date: detained from the sentence, flagged",
      ["sentenced 2022-07-19 months=84"],
      "start-of-period",
      [
        "serving-sentence 2022-07-19..2029-07-19 [no-arrest-date]",
        "serving-sentence 2029-07-19.. [no-arrest-date,term-elapsed]",
      ],
    ],
    [
      "tried with no arrest date: pending from the trial, and the flag stays when sentenced",
      ["tried 2022-07-01", "sentenced 2022-07-19 months=12", "released 2023-07-01"],
      "start-of-period",
      [
        "pending-trial 2022-07-01..2022-07-19 [no-arrest-date]",
        "serving-sentence 2022-07-19..2023-07-01 [no-arrest-date]",
        "released 2023-07-01..",
      ],
    ],
    [
      "released after serving",
      [
        "arrested 2019-05-02",
        "sentenced 2020-01-10 months=24",
        "released 2021-05-02 reason=served",
      ],
      "start-of-period",
      [
        "pending-trial 2019-05-02..2020-01-10",
        "serving-sentence 2020-01-10..2021-05-02",
        "released 2021-05-02..",
      ],
    ],
    [
      "house arrest after release, then free",
      ["arrested 2018-01-10", "sentenced 2018-08-01 months=36 house=24", "released 2021-01-10"],
      "start-of-period",
      [
        "pending-trial 2018-01-10..2018-08-01",
        "serving-sentence 2018-08-01..2021-01-10",
        "house-arrest 2021-01-10..2023-01-10",
        "released 2023-01-10..",
      ],
    ],
    [
      "released on condition of exile",
      [
        "arrested 2017-06",
        "sentenced 2018-02 months=120",
        "released 2023-10-20 reason=exile-condition",
      ],
      "start-of-period",
      [
        "pending-trial 2017-06-01..2018-02-01",
        "serving-sentence 2018-02-01..2023-10-20",
        "exiled 2023-10-20..",
      ],
    ],
    [
      "a suspended sentence ends the detention",
      ["arrested 2020-03-01", "sentenced 2020-09-01 months=24 suspended"],
      "start-of-period",
      ["pending-trial 2020-03-01..2020-09-01", "suspended-sentence 2020-09-01.."],
    ],
    [
      "death in custody; a later release is ignored and flagged",
      ["arrested 2019-01-01", "deceased 2020-06-15", "released 2020-07-01"],
      "start-of-period",
      [
        "pending-trial 2019-01-01..2020-06-15",
        "deceased 2020-06-15..2020-07-01",
        "deceased 2020-07-01.. [after-death]",
      ],
    ],
    [
      "a release with no detention recorded is flagged",
      ["at-risk 2020", "released 2021-01-01"],
      "start-of-period",
      ["at-risk 2020-01-01..2021-01-01", "released 2021-01-01.. [release-without-detention]"],
    ],
    [
      "month precision, start of period: arrest from its first day, release on its last",
      ["arrested 2021-04", "released 2021-09"],
      "start-of-period",
      ["pending-trial 2021-04-01..2021-09-30", "released 2021-09-30.."],
    ],
    [
      "month precision, end of period: arrest on its last day, release from its first",
      ["arrested 2021-04", "released 2021-09"],
      "end-of-period",
      ["pending-trial 2021-04-30..2021-09-01", "released 2021-09-01.."],
    ],
    [
      "month precision, exclude uncertain: the months themselves are uncertain",
      ["arrested 2021-04", "released 2021-09"],
      "exclude-uncertain",
      [
        "uncertain 2021-04-01..2021-04-30",
        "pending-trial 2021-04-30..2021-09-01",
        "uncertain 2021-09-01..2021-09-30",
        "released 2021-09-30..",
      ],
    ],
    [
      "arrested and released in one month, start of period: held for the month",
      ["arrested 2021-04", "released 2021-04"],
      "start-of-period",
      ["pending-trial 2021-04-01..2021-04-30", "released 2021-04-30.."],
    ],
    [
      "arrested and released in one month, end of period: never free before arrested",
      ["arrested 2021-04", "released 2021-04"],
      "end-of-period",
      ["released 2021-04-30.."],
    ],
    [
      "a year-precision arrest happened by the trial at the latest",
      ["arrested 2021", "tried 2021-03-16"],
      "end-of-period",
      ["pending-trial 2021-03-16.."],
    ],
    [
      "a sentence known to the month inside a certain detention is not uncertain",
      ["arrested 2020-01-15", "sentenced 2021-06 months=60"],
      "exclude-uncertain",
      [
        "pending-trial 2020-01-15..2021-06-01",
        "uncertain 2021-06-01..2021-06-30",
        "serving-sentence 2021-06-30..2025-01-15",
        "serving-sentence 2025-01-15.. [term-elapsed]",
      ],
    ],
    [
      "a re-arrest in the year of a release is flagged as ambiguous",
      ["arrested 2019-05-02", "released 2021", "arrested 2021-06-10"],
      "start-of-period",
      [
        "pending-trial 2019-05-02..2021-06-10",
        "pending-trial 2021-06-10..2021-12-31 [ambiguous-order]",
        "released 2021-12-31.. [ambiguous-order]",
      ],
    ],
  ];
  it.each(rows)("%s", (_name, lines, rule, expected) => {
    expect(history(lines, rule)).toEqual(expected);
  });

  it("gives the same history whatever order the events arrive in", () => {
    const lines = [
      "released 2023-10-20",
      "sentenced 2018-02 months=120",
      "at-risk 2016",
      "arrested 2017-06",
    ];
    const forward = history(lines, "start-of-period");
    expect(history([...lines].reverse(), "start-of-period")).toEqual(forward);
    expect(forward[0]).toBe("at-risk 2016-01-01..2017-06-01");
  });

  it("ends a sentence at its term under release-at-term, then house arrest", () => {
    expect(
      history(
        ["arrested 2019-05-02", "sentenced 2020-01-10 months=24 house=12"],
        "start-of-period",
        "at-term",
      ),
    ).toEqual([
      "pending-trial 2019-05-02..2020-01-10",
      "serving-sentence 2020-01-10..2021-05-02",
      "house-arrest 2021-05-02..2022-05-02 [inferred-release]",
      "released 2022-05-02.. [inferred-release]",
    ]);
  });

  it("keeps the evidence of every event behind a stretch", () => {
    const h = statusHistory(
      events("X", ["arrested 2021-03-16", "indicted 2021-08-01", "tried 2021-11-09"]),
      {
        partialDates: "start-of-period",
        termEnds: "on-release",
      },
    );
    expect(h).toEqual([
      expect.objectContaining({
        status: "pending-trial",
        evidence: ["X/1", "X/2", "X/3"],
        to: null,
      }),
    ]);
  });
});

describe("status history as known at a record time", () => {
  const records = events("X", [
    "arrested 2021-03-17 id=A rec=2021-03-20T08:00:00Z",
    "arrested 2021-03-16 id=B supersedes=A rec=2021-04-02T08:00:00Z",
    "arrested 2021-03-16 id=C supersedes=B retracted rec=2021-05-01T08:00:00Z",
  ]);
  const at = (knownAt: string | null) =>
    show(
      statusHistory(records, { partialDates: "start-of-period", termEnds: "on-release", knownAt }),
    );

  it.each([
    ["2021-03-19", []],
    ["2021-03-31", ["pending-trial 2021-03-17.."]],
    ["2021-04-02T08:00:00Z", ["pending-trial 2021-03-16.."]],
    ["2021-04-02T07:59:59Z", ["pending-trial 2021-03-17.."]],
    ["2021-04-30", ["pending-trial 2021-03-16.."]],
    ["2021-05-01", []],
  ] as [string, string[]][])("known at %s", (knownAt, expected) => {
    expect(at(knownAt)).toEqual(expected);
  });
});

import { describe, expect, it } from "vitest";
import { emptyScore, scoreArticle, type Miss } from "./checklist.js";
import {
  actorsCheck,
  eventsCheck,
  eventsByPersonCheck,
  figuresCheck,
  issuerKey,
  placeKey,
  reportsCheck,
  type EventP,
  type FigureP,
} from "./checks.js";
import type { ExpectedActor, ExpectedEvent, ExpectedFigure } from "./types.js";

const fig = (value: number, bound = "eq", extra: Partial<FigureP> = {}): FigureP => ({
  value,
  bound,
  unit: "count",
  asOf: null,
  publisher: null,
  partOfValue: null,
  ...extra,
});

const ev = (extra: Partial<EventP>): EventP => ({
  type: "sentence",
  persons: ["Tran Van Loc"],
  date: null,
  sentenceMonths: null,
  probationMonths: null,
  penalty: null,
  place: null,
  charges: [],
  ...extra,
});

describe("checklist scoring", () => {
  it("matches one to one and counts the rest as misses and spurious predictions", () => {
    const gold: ExpectedFigure[] = [
      { value: 38, bound: "eq" },
      { value: 38, bound: "eq" },
      { value: 70, bound: "gt" },
    ];
    const score = emptyScore("figures");
    const misses: Miss[] = [];
    scoreArticle(figuresCheck, "a", gold, [fig(38), fig(70), fig(5)], score, misses);
    expect(score).toMatchObject({ gold: 3, predicted: 3, tp: 1, fp: 2, fn: 2 });
    expect(misses.map((m) => m.kind).sort()).toEqual(["missed", "missed", "spurious", "spurious"]);
  });

  it("neither rewards nor punishes optional items", () => {
    const gold: ExpectedFigure[] = [
      { value: 3, bound: "eq", optional: true },
      { value: 12, bound: "eq", optional: true },
    ];
    const score = emptyScore("figures");
    scoreArticle(figuresCheck, "a", gold, [fig(3)], score, []);
    expect(score).toMatchObject({ gold: 0, optional: 2, tp: 0, fp: 0, fn: 0, ignored: 1 });
  });

  it("accepts any listed alternative and scores stated attributes only", () => {
    const gold: ExpectedEvent[] = [
      {
        type: "sentence",
        person: ["Trần Văn Lộc", "Loc"],
        date: [null, "2024-03-12"],
        sentenceMonths: 108,
        place: "Thai Binh province",
      },
    ];
    const score = emptyScore("events");
    scoreArticle(
      eventsCheck,
      "a",
      gold,
      [ev({ date: "2024-03-12", sentenceMonths: 108, place: "Thái Bình" })],
      score,
      [],
    );
    expect(score).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(score.attributes).toEqual({ place: { correct: 1, total: 1 } });
  });

  it("keys events on date and length, and the relaxed check moves them to attributes", () => {
    const gold: ExpectedEvent[] = [
      { type: "sentence", person: "Tran Van Loc", date: "2024-03-12", sentenceMonths: 108 },
    ];
    const predicted = [ev({ date: "2024-03", sentenceMonths: 108 })];
    const strict = emptyScore("events");
    scoreArticle(eventsCheck, "a", gold, predicted, strict, []);
    expect(strict).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    const relaxed = emptyScore("events (type+person)");
    scoreArticle(eventsByPersonCheck, "a", gold, predicted, relaxed, []);
    expect(relaxed).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(relaxed.attributes).toEqual({
      date: { correct: 0, total: 1 },
      sentenceMonths: { correct: 1, total: 1 },
    });
  });

  it("knows an issuer by any of its names", () => {
    expect(issuerKey("EEAS")).toBe(issuerKey("European External Action Service"));
    expect(issuerKey("the State Department")).toBe(issuerKey("US Department of State"));
    expect(issuerKey("Vietnam")).toBe("vietnam");
    const score = emptyScore("reports");
    scoreArticle(
      reportsCheck,
      "a",
      [{ issuer: "EEAS", year: 2020 }],
      [{ issuer: "European External Action Service", year: 2020, cycle: null }],
      score,
      [],
    );
    expect(score.tp).toBe(1);
  });

  it("compares places without their administrative word", () => {
    expect(placeKey("Hoa Binh province")).toBe(placeKey("Hòa Bình"));
    expect(placeKey("Hanoi City")).toBe(placeKey("Hanoi"));
    expect(placeKey("Dien Chau district")).not.toBe(placeKey("Nghe An"));
  });

  it("knows an actor by an alias, counts a second entry for it as spurious, and wants its roles exactly", () => {
    const gold: ExpectedActor[] = [
      { name: "Ministry of Foreign Affairs", kind: "organisation", aliases: ["Foreign Ministry"] },
      { name: "Tran Van Loc", kind: "person", roles: [["land-rights blogger", "blogger"]] },
      { name: "Lai Thi Dieu", kind: "person", roles: ["commentator"] },
    ];
    const score = emptyScore("actors");
    const misses: Miss[] = [];
    scoreArticle(
      actorsCheck,
      "a",
      gold,
      [
        { kind: "organisation", names: ["Foreign Ministry"], roles: [] },
        { kind: "organisation", names: ["Ministry of Foreign Affairs"], roles: [] },
        { kind: "person", names: ["Trần Văn Lộc"], roles: ["Blogger"] },
        { kind: "person", names: ["Lai Thi Dieu"], roles: ["commentator", "teacher"] },
        { kind: "state", names: ["Tran Van Loc"], roles: [] },
      ],
      score,
      misses,
    );
    expect(score).toMatchObject({ tp: 3, fp: 2, fn: 0 });
    expect(score.attributes).toEqual({
      aliases: { correct: 0, total: 1 },
      roles: { correct: 1, total: 2 },
    });
  });
});

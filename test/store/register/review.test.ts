// The review queue: events read from an ingested article become suggestions (in the same
// transaction as the document), never edits; accepting writes a record with the article as its
// evidence, rejecting keeps the suggestion with who, when and why.
import { join } from "node:path";
import { beforeEach, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.js";
import type { Event } from "../../../src/core/types.js";
import { ingestSources } from "../../../src/ingest/ingest-service.js";
import { at, item, record } from "../../helpers/records.js";
import { truncateRegister } from "../../helpers/register-db.js";
import { describeStores, truncateAll } from "../../helpers/store.js";

const TEXT = `Teacher jailed for eight years

NGHE AN — A court in Nghe An on Tuesday sentenced teacher Trần Thị Mai Hương to eight years in prison under Article 117, her lawyer said. Police arrested Hương at her home in March. Separately, blogger Đặng Văn Khoa was arrested in Thai Binh on Monday.
`;

function event(type: Event["type"], part: string, fields: Partial<Event>): Event {
  return {
    ...at(TEXT, part),
    text: part,
    type,
    person: null,
    personStart: null,
    personEnd: null,
    actor: null,
    date: null,
    place: null,
    charges: [],
    sentenceMonths: null,
    probationMonths: null,
    ...fields,
  };
}

const ARTICLE = item(
  record({
    text: TEXT,
    title: "Teacher jailed for eight years",
    date: "2021-11-10",
    path: "articles/teacher-jailed.md",
    actors: [{ name: "Trần Thị Mai Hương" }, { name: "Đặng Văn Khoa" }],
    extra: {
      events: [
        event("sentence", "sentenced teacher Trần Thị Mai Hương to eight years", {
          person: "Trần Thị Mai Hương",
          date: "2021-11-09",
          place: "Nghe An",
          charges: ["vn/criminal-code-2015/117"],
          sentenceMonths: 96,
          actor: 0,
        }),
        event("arrest", "Police arrested Hương at her home in March", {
          person: "Hương",
          date: "2021-03",
        }),
        event("arrest", "Đặng Văn Khoa was arrested in Thai Binh on Monday", {
          person: "Đặng Văn Khoa",
          date: "2021-11-08",
          actor: 1,
        }),
      ],
    },
  }),
);

const REGISTER = `id,name,gender,province,charges,arrested
VN-001,Trần Thị Mai Hương,female,Nghe An,117,2021-03-16
VN-050,Lê Thị Hương,female,Hanoi,331,2020-05-02
`;

describeStores("review queue", (ctx) => {
  const fresh = async () => {
    await truncateAll(ctx.db);
    await truncateRegister(ctx.db);
    const r = await ctx.store.casesImport({ files: [{ file: "cases.csv", text: REGISTER }] });
    expect(r.errors).toEqual([]);
  };
  beforeEach(fresh);

  it("queues suggestions on ingest, once, and applies nothing", async () => {
    const [written] = await ctx.store.ingest([ARTICLE]);
    expect(written).toMatchObject({ ok: true, status: "ingested" });
    const queue = await ctx.store.reviewList();
    expect(queue.map((s) => [s.person, s.decision, s.action, s.proposed.type])).toEqual([
      ["Trần Thị Mai Hương", "existing", "add-event", "sentenced"],
      ["Hương", "ambiguous", "choose-case", "arrested"],
      ["Đặng Văn Khoa", "new", "create-case", "arrested"],
    ]);
    expect(queue[0]!.sentence).toBe(
      "NGHE AN — A court in Nghe An on Tuesday sentenced teacher Trần Thị Mai Hương to eight years in prison under Article 117, her lawyer said.",
    );
    expect(queue[0]!.document).toMatchObject({
      id: written!.documentId,
      path: "articles/teacher-jailed.md",
    });
    expect(queue[1]!.candidates.map((c) => c.caseId)).toEqual(["VN-001", "VN-050"]);
    // Nothing applied; the same document again queues nothing more.
    expect((await ctx.store.caseShow("VN-001")).records).toHaveLength(1);
    await ctx.store.ingest([ARTICLE]);
    expect(await ctx.store.reviewList()).toHaveLength(3);
  });

  it("queues for a batch of articles what each article queues alone", async () => {
    const text = `Second activist detained

HANOI — Police in Hanoi detained Lê Thị Hương on Friday, her husband said. Hương had campaigned against land seizures.
`;
    const second = item(
      record({
        text,
        date: "2021-11-12",
        path: "articles/second-detained.md",
        actors: [{ name: "Lê Thị Hương" }],
        extra: {
          events: [
            {
              ...at(text, "detained Lê Thị Hương on Friday"),
              text: "detained Lê Thị Hương on Friday",
              type: "arrest",
              person: "Lê Thị Hương",
              personStart: null,
              personEnd: null,
              actor: 0,
              date: "2021-11-12",
              place: "Hanoi",
              charges: [],
              sentenceMonths: null,
              probationMonths: null,
            },
          ],
        },
      }),
    );
    const queued = async () =>
      (await ctx.store.reviewList()).map((s) => [
        s.person,
        s.decision,
        s.action,
        s.candidates.map((c) => c.caseId),
      ]);
    await ctx.store.ingest([ARTICLE, second]);
    const together = await queued();
    expect(together).toContainEqual(["Lê Thị Hương", "existing", "add-event", ["VN-050"]]);
    expect(together).toHaveLength(4);

    await fresh();
    await ctx.store.ingest([ARTICLE]);
    await ctx.store.ingest([second]);
    expect(await queued()).toEqual(together);
  });

  it("accepts: the record is written with the article as evidence", async () => {
    const [written] = await ctx.store.ingest([ARTICLE]);
    const [sentence, ambiguous, stranger] = await ctx.store.reviewList();

    const a = await ctx.store.reviewAccept(sentence!.id, { reviewer: "editor-1" });
    expect(a).toMatchObject({ outcome: "added", caseId: "VN-001", caseCreated: false });
    const shown = await ctx.store.caseShow("VN-001");
    const rec = shown.records.find((r) => r.event.id === a.eventId)!;
    expect(rec.event).toMatchObject({ type: "sentenced", date: "2021-11-09", sentenceMonths: 96 });
    expect(rec.origin).toBe(`review #${sentence!.id}`);
    expect(rec.sources).toEqual([
      {
        sourceId: "teacher-jailed.md",
        url: null,
        note: "sentenced teacher Trần Thị Mai Hương to eight years",
        documentId: written!.documentId,
        start: sentence!.start,
        end: sentence!.end,
      },
    ]);
    // Held from the arrest, serving from the sentence (flagged once the term has run out).
    expect(shown.history.map((h) => [h.status, h.from])).toEqual([
      ["pending-trial", "2021-03-16"],
      ["serving-sentence", "2021-11-09"],
      ["serving-sentence", "2029-03-16"],
    ]);
    expect(shown.history[2]!.flags).toEqual(["term-elapsed"]);
    expect(await ctx.store.reviewShow(sentence!.id)).toMatchObject({
      status: "accepted",
      decidedBy: "editor-1",
      caseId: "VN-001",
      eventId: a.eventId,
    });
    await expect(ctx.store.reviewAccept(sentence!.id)).rejects.toThrow(/already accepted/);

    // Several people could be "Hương": the reviewer chooses.
    await expect(ctx.store.reviewAccept(ambiguous!.id)).rejects.toThrow(/--case ID or --new/);
    const b = await ctx.store.reviewAccept(ambiguous!.id, { caseId: "VN-001" });
    // VN-001's arrest is recorded (2021-03-16 falls in "2021-03"): the article is more evidence.
    expect(b.outcome).toBe("source-added");
    const arrest = (await ctx.store.caseShow("VN-001")).records.find(
      (r) => r.event.id === b.eventId,
    )!;
    expect(arrest.event).toMatchObject({ supersedes: "VN-001/arrested", date: "2021-03-16" });
    expect(arrest.sources.map((s) => s.sourceId)).toEqual(["teacher-jailed.md"]);

    // A new person: a case is created, linked to the stored actor the article named.
    const c = await ctx.store.reviewAccept(stranger!.id, { newCaseId: "VN-099" });
    expect(c).toMatchObject({ caseCreated: true, caseId: "VN-099", outcome: "added" });
    const khoa = await ctx.store.caseShow("VN-099");
    expect(khoa.case.name).toBe("Đặng Văn Khoa");
    expect(khoa.actorId).not.toBeNull();
    const detained = await ctx.store.registerStats({
      asOf: "2021-12-01",
      status: "detained",
      list: true,
    });
    expect(detained.caseIds).toEqual(["VN-001", "VN-050", "VN-099"]);
  });

  it("rejects with a reason, and keeps the suggestion", async () => {
    await ctx.store.ingest([ARTICLE]);
    const [, , stranger] = await ctx.store.reviewList();
    await expect(ctx.store.reviewReject(stranger!.id, { reason: " " })).rejects.toThrow(/reason/);
    const r = await ctx.store.reviewReject(stranger!.id, {
      reason: "not a political case",
      reviewer: "editor-2",
    });
    expect(r).toMatchObject({
      status: "rejected",
      reason: "not a political case",
      decidedBy: "editor-2",
    });
    expect((await ctx.store.reviewList()).map((s) => s.id)).not.toContain(stranger!.id);
    expect((await ctx.store.reviewList({ status: "rejected" })).map((s) => s.id)).toEqual([
      stranger!.id,
    ]);
    await expect(ctx.store.reviewAccept(stranger!.id)).rejects.toThrow(/already rejected/);
  });

  it("turns an example article's events into suggestions", async () => {
    const path = join(
      import.meta.dirname,
      "../../../examples/articles/05-mekong-wire-nghe-an-teacher-eight-years.md",
    );
    const config = loadConfig({}, {});
    const limits = {
      maxInputBytes: config.maxInputBytes,
      maxDocumentChars: config.maxDocumentChars,
    };
    for await (const e of ingestSources(ctx.store, [path], limits)) expect(e.ok).toBe(true);
    const queue = await ctx.store.reviewList();
    expect(queue.length).toBeGreaterThan(0);
    for (const s of queue) {
      expect(s.proposed.sources[0]).toMatchObject({
        sourceId: "05-mekong-wire-nghe-an-teacher-eight-years.md",
      });
      expect(s.sentence.length).toBeGreaterThan(0);
    }
    const mine = queue.find((s) => s.decision === "existing" && s.proposed.caseId === "VN-001");
    expect(mine).toBeDefined();
    const done = await ctx.store.reviewAccept(mine!.id);
    expect(done.caseId).toBe("VN-001");
  });
});

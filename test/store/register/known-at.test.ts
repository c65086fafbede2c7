// "What did our register say on 1 May 2021 about 22 April 2021?" Every record keeps when the
// register learned it; corrections and retractions are records too, so the register as it stood
// at any record time can be counted again.
import { beforeAll, expect, it } from "vitest";
import { truncateRegister } from "../../helpers/register-db.js";
import { describeStores } from "../../helpers/store.js";

const REGISTER = [
  {
    id: "T-1",
    name: "Vũ Văn An",
    events: [
      // Arrested on the 20th; the release on the 21st only reached us on 10 May.
      { id: "T-1/1", type: "arrested", date: "2021-04-20", recordedAt: "2021-04-21T08:00:00Z" },
      { id: "T-1/2", type: "released", date: "2021-04-21", recordedAt: "2021-05-10T08:00:00Z" },
    ],
  },
  {
    id: "T-2",
    name: "Đỗ Thị Bình",
    events: [
      { id: "T-2/1", type: "arrested", date: "2021-04-10", recordedAt: "2021-04-12T08:00:00Z" },
      // Corrected on 15 May: the arrest was on the 25th.
      {
        id: "T-2/2",
        type: "arrested",
        date: "2021-04-25",
        recordedAt: "2021-05-15T08:00:00Z",
        supersedes: "T-2/1",
      },
    ],
  },
  {
    id: "T-3",
    name: "Hồ Văn Cường",
    events: [
      { id: "T-3/1", type: "arrested", date: "2021-04-01", recordedAt: "2021-04-05T08:00:00Z" },
      // Withdrawn on 30 April: it was someone else.
      {
        id: "T-3/2",
        type: "arrested",
        date: "2021-04-01",
        recordedAt: "2021-04-30T08:00:00Z",
        supersedes: "T-3/1",
        retracted: true,
      },
    ],
  },
];

describeStores("counts as the register knew them", (ctx) => {
  beforeAll(async () => {
    await truncateRegister(ctx.db);
    const r = await ctx.store.casesImport({
      files: [{ file: "t.json", text: JSON.stringify(REGISTER) }],
    });
    expect(r.errors).toEqual([]);
  });

  const detained = async (knownAt: string | null) =>
    (
      await ctx.store.registerStats({
        asOf: "2021-04-22",
        status: "detained",
        knownAt,
        list: true,
      })
    ).caseIds;

  it("answers for any record time", async () => {
    expect(await detained("2021-04-29")).toEqual(["T-1", "T-2", "T-3"]);
    expect(await detained("2021-05-01")).toEqual(["T-1", "T-2"]);
    expect(await detained("2021-05-12")).toEqual(["T-2"]);
    expect(await detained(null)).toEqual([]);
    // A bare day is the end of that day; a timestamp is exact.
    expect(await detained("2021-04-30T07:59:59Z")).toEqual(["T-1", "T-2", "T-3"]);
    expect(await detained("2021-04-30T08:00:00Z")).toEqual(["T-1", "T-2"]);
  });

  it("keeps what an import corrected", async () => {
    const fix = "id,event,date,event_id\nT-1,released,2021-04-23,T-1/2\n";
    const r = await ctx.store.casesImport({
      files: [{ file: "fix.csv", text: fix }],
      recordedAt: "2021-06-01T00:00:00Z",
    });
    expect(r.events.corrected).toBe(1);
    const on = async (asOf: string, knownAt: string | null) =>
      (await ctx.store.registerStats({ asOf, status: "detained", knownAt, list: true })).caseIds;
    expect(await on("2021-04-22", "2021-05-11")).toEqual(["T-2"]);
    expect(await on("2021-04-22", "2021-05-31")).toEqual([]);
    expect(await on("2021-04-22", null)).toEqual(["T-1"]);
    const shown = await ctx.store.caseShow("T-1");
    expect(shown.records.map((x) => [x.event.id, x.live])).toEqual([
      ["T-1/1", true],
      ["T-1/2", false],
      ["T-1/2~2", true],
    ]);
  });

  it("refuses a record time it cannot read", async () => {
    await expect(
      ctx.store.registerStats({ asOf: "2021-04-22", knownAt: "1 May 2021" }),
    ).rejects.toThrow(/known-at/);
  });
});

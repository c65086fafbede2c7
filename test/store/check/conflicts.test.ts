// `vigil conflicts` through the database: figures of the same quantity and date from different
// publishers that disagree beyond the tolerance, and figures the register disagrees with, each
// with both sources.

import { beforeAll, expect, it } from "vitest";
import { at, item } from "../../helpers/records.js";
import { loadExamples } from "../../helpers/check-examples.js";
import { describeStores } from "../../helpers/store.js";

const TEXT =
  "The Lotus Rights Network said on Friday that Vietnam held 25 prisoners of conscience at the end of 2024, far fewer than other groups count.";

describeStores("conflicting figures in the store", (ctx) => {
  beforeAll(() => loadExamples(ctx.store), 120_000);

  it("finds no conflict where every figure matches the register and each other", async () => {
    const r = await ctx.store.figureConflicts({ jurisdiction: "VN" });
    expect(r.figures).toBeGreaterThan(20);
    expect(r.conflicts).toEqual([]);
  });

  it("flags a figure that disagrees with another publisher's and with the register, with both sources", async () => {
    const span = at(TEXT, "25");
    const [stored] = await ctx.store.ingest([
      item({
        text: TEXT,
        title: "Rights group puts prisoner count at 25",
        outlet: "Harbour Post",
        date: "2025-01-03",
        extra: {
          legalRefs: [],
          figures: [
            {
              ...span,
              text: "25",
              value: 25,
              bound: "eq",
              unit: "count",
              what: "prisoners of conscience",
              asOf: "2024-12-31",
              asOfSource: "explicit",
              publisher: "Lotus Rights Network",
              partOf: null,
            },
          ],
        },
      }),
    ]);
    expect(stored!.ok).toBe(true);
    const r = await ctx.store.figureConflicts({});
    const register = r.conflicts.filter((c) => c.kind === "register");
    expect(register).toHaveLength(1);
    expect(register[0]).toMatchObject({
      quantity: "detained",
      a: { value: 25, publisher: "Lotus Rights Network", source: { outlet: "Harbour Post" } },
      register: { date: "2024-12-31", value: 45 },
      difference: 20,
    });
    expect(register[0]!.a.sentence?.text).toContain("held 25 prisoners of conscience");
    const publishers = r.conflicts.filter((c) => c.kind === "publishers");
    expect(publishers.length).toBeGreaterThan(0);
    for (const c of publishers) {
      const pair = [c.a, c.b!];
      expect(pair.map((f) => f.publisher).sort()).toEqual([
        "Lotus Rights Network",
        "Prisoner Watch Vietnam",
      ]);
      for (const f of pair) expect(f.source.title).toBeTruthy();
    }
    expect(publishers[0]!.reason).toContain("Lotus Rights Network: 25 prisoners of conscience");

    // A tolerance wide enough makes them agree; without the register only publishers are compared.
    expect((await ctx.store.figureConflicts({ tolerance: 0.6 })).conflicts).toEqual([]);
    const noRegister = await ctx.store.figureConflicts({ withoutRegister: true });
    expect(noRegister.conflicts.every((c) => c.kind === "publishers")).toBe(true);
  });
});

import { expect, it } from "vitest";
import { writeAudit } from "../../src/store/audit/audit-store.js";
import { runner } from "../../src/store/register/register-sql.js";
import { item } from "../helpers/records.js";
import { describeStores } from "../helpers/store.js";

// The audit log on both backends: every change to cases, actors, checks and users leaves entries
// written in its own transaction; the table refuses UPDATE, DELETE and TRUNCATE.

const PERSON = "id,name,gender,confidential\nT-1,Hồ Văn Khải,male,\nT-2,Lâm Thị Ngọc,female,\n";
const EDITED = "id,name,gender,confidential\nT-1,Hồ Văn Khải,male,\nT-2,Lâm Thị Ngọc,,true\n";
const EVENTS = "id,event,date,charges,sentence_months,source\nT-1,arrested,2022-05-02,117,,\n";

describeStores("audit log", (ctx) => {
  const count = async (): Promise<number> =>
    (await ctx.db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log"))[0]!.n;

  it("records a register import: who, why, new cases, edits before and after, records", async () => {
    const first = await ctx.store.casesImport({
      files: [
        { file: "people.csv", text: PERSON },
        { file: "events.csv", text: EVENTS },
      ],
      by: "mai",
      why: "first list from the partner group",
    });
    expect(first.ok).toBe(true);
    const t1 = await ctx.store.auditList({ record: "case:T-1", confidential: true });
    expect(t1.map((e) => e.action)).toEqual(["case.records", "case.create"]);
    expect(t1.every((e) => e.who === "mai" && e.why === "first list from the partner group")).toBe(
      true,
    );
    expect(t1[1]!.before).toBeNull();
    expect(t1[1]!.after).toMatchObject({ id: "T-1", name: "Hồ Văn Khải", gender: "male" });
    expect((t1[0]!.after as { records: { type: string }[] }).records.map((r) => r.type)).toEqual([
      "arrested",
    ]);

    await ctx.store.casesImport({ files: [{ file: "people.csv", text: EDITED }], by: "an" });
    const [edit] = await ctx.store.auditList({ record: "case:T-2", confidential: true });
    expect(edit).toMatchObject({
      action: "case.update",
      who: "an",
      why: "import people.csv",
      before: { gender: "female", confidential: false },
      after: { gender: "female", confidential: true },
    });
  });

  it("keeps a confidential record's entries from readers without the right", async () => {
    // T-2 became confidential in the import above.
    expect(await ctx.store.auditList({ record: "case:T-2" })).toEqual([]);
    expect(await ctx.store.auditList({ record: "case:NO-SUCH" })).toEqual([]);
    const all = await ctx.store.auditList({ limit: 100 });
    expect(all.some((e) => e.record.id === "T-2")).toBe(false);
    expect(all.some((e) => e.record.id === "T-1")).toBe(true);
  });

  it("writes nothing when the change fails", async () => {
    const before = await count();
    const bad = await ctx.store.casesImport({
      files: [{ file: "bad.csv", text: "id,name,gender\nT-9,,male\n" }],
      by: "mai",
    });
    expect(bad.imported).toBe(false);
    await expect(
      ctx.store.userRemove("nobody-at-all", { by: "root", why: "cleanup" }),
    ).rejects.toThrow(/not found/);
    await expect(
      ctx.db.orm.transaction(async (tx) => {
        await writeAudit(runner(tx), { by: "x" }, [{ action: "test", type: "case", id: "Z" }]);
        throw new Error("the change failed after its entry was written");
      }),
    ).rejects.toThrow(/failed after/);
    expect(await count()).toBe(before);
  });

  it("records merges, splits and undos on both actors, with the reason as why", async () => {
    const r = await ctx.store.ingest([
      item({
        text: "Lawyer Trịnh Công Bảo said the hearing “was closed to the families”.",
        date: "2022-04-01",
        actors: [{ name: "Trịnh Công Bảo", roles: ["lawyer"] }],
        statements: [{ quote: "“was closed to the families”", speaker: 0, cue: "said" }],
      }),
      item({
        text: "Attorney Trinh Cong Bao told reporters the verdict “was written in advance”.",
        date: "2022-04-03",
        actors: [{ name: "Trinh Cong Bao", roles: ["attorney"] }],
        statements: [{ quote: "“was written in advance”", speaker: 0, cue: "told" }],
      }),
    ]);
    expect(r.every((x) => x.ok)).toBe(true);
    const [a, b] = (await ctx.store.listActors({ name: "Bao" })).sort((x, y) => x.id - y.id);
    expect(a && b).toBeTruthy();
    const m = await ctx.store.mergeActors(a!.id, b!.id, "same lawyer, two spellings", "mai");
    const onA = await ctx.store.auditList({ record: `actor:${a!.id}` });
    const onB = await ctx.store.auditList({ record: `actor:${b!.id}` });
    expect(onA[0]).toMatchObject({ action: "actor.merge", who: "mai" });
    expect(onB[0]).toMatchObject({
      action: "actor.merge",
      why: "same lawyer, two spellings",
      before: { mergedInto: null },
      after: { into: { id: a!.id }, from: { id: b!.id }, merge: m.id },
    });
    await ctx.store.unmerge(m.id, { by: "an", why: "two people after all" });
    const undone = await ctx.store.auditList({ record: `actor:${b!.id}` });
    expect(undone[0]).toMatchObject({
      action: "actor.undo",
      who: "an",
      why: "two people after all",
      after: { undone: true, merge: m.id },
    });

    const before = await count();
    await expect(ctx.store.unmerge(m.id, { by: "an" })).rejects.toThrow(/already undone/);
    expect(await count()).toBe(before);

    const doc = (await ctx.store.actor(a!.id)).links[0]!.document.id;
    const split = await ctx.store.splitActor(a!.id, [doc], "wrong link", "mai");
    const onNew = await ctx.store.auditList({ record: `actor:${split.into.id}` });
    expect(onNew[0]).toMatchObject({ action: "actor.split", after: { documents: [doc] } });
  });

  it("records each review step of a check, the note as why", async () => {
    const c = await ctx.store.checkClaim({
      text: "No one is held for what they write.",
      date: "2022-06-01",
      jurisdiction: "VN",
      save: true,
      by: "mai",
    });
    await ctx.store.reviewCheck({ id: c.id, action: "accept", by: "lan", note: "read it all" });
    await ctx.store.reviewCheck({ id: c.id, action: "publish", by: "lan", url: "https://x.org/1" });
    const log = await ctx.store.auditList({ record: `check:${c.id}` });
    expect(log.map((e) => e.action)).toEqual(["check.publish", "check.accept", "check.propose"]);
    expect(log[1]).toMatchObject({
      who: "lan",
      why: "read it all",
      before: { state: "proposed" },
      after: { state: "accepted" },
    });
    expect(log[0]!.after).toMatchObject({ state: "published", publishedUrl: "https://x.org/1" });
    expect(log[2]!.who).toBe("mai");
  });

  it("records account changes for admins only, never a password hash", async () => {
    await ctx.store.userAdd(
      { name: "kim", role: "viewer", passwordHash: "scrypt$secret" },
      {
        by: "root",
      },
    );
    await ctx.store.userSetRole("kim", "editor", { by: "root", why: "joined the team" });
    await ctx.store.userSetPassword("kim", "scrypt$other", { by: "kim" });
    await ctx.store.userRemove("kim", { by: "root" });
    expect(await ctx.store.auditList({ record: "user:kim" })).toEqual([]);
    const log = await ctx.store.auditList({ record: "user:kim", users: true });
    expect(log.map((e) => e.action)).toEqual([
      "user.remove",
      "user.password",
      "user.role",
      "user.add",
    ]);
    expect(log[2]).toMatchObject({ before: { role: "viewer" }, after: { role: "editor" } });
    expect(JSON.stringify(log)).not.toContain("scrypt");
  });

  it("pages newest first", async () => {
    const all = await ctx.store.auditList({ confidential: true, users: true, limit: 1000 });
    const ids = all.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((x, y) => y - x));
    const second = await ctx.store.auditList({
      confidential: true,
      users: true,
      limit: 3,
      offset: 3,
    });
    expect(second.map((e) => e.id)).toEqual(ids.slice(3, 6));
    await expect(ctx.store.auditList({ record: "planet:3" })).rejects.toThrow(/TYPE:ID/);
  });

  it("refuses UPDATE, DELETE and TRUNCATE of the log", async () => {
    const before = await ctx.db.query("SELECT * FROM audit_log ORDER BY id");
    expect(before.length).toBeGreaterThan(5);
    await expect(ctx.db.query("UPDATE audit_log SET who = 'someone else'")).rejects.toThrow(
      /append-only/,
    );
    await expect(ctx.db.query("DELETE FROM audit_log WHERE id = $1", [1])).rejects.toThrow(
      /append-only/,
    );
    await expect(ctx.db.query("TRUNCATE audit_log")).rejects.toThrow(/append-only/);
    expect(await ctx.db.query("SELECT * FROM audit_log ORDER BY id")).toEqual(before);
  });
});

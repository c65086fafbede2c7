// The review of stored checks: who and when each step is recorded, the proposal never changed,
// the log append-only, ClaimReview JSON-LD of a published check valid against the schema.

import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import { beforeAll, expect, it } from "vitest";
import { describeStores } from "../../helpers/store.js";
import { loadExamples, statementId } from "../../helpers/check-examples.js";

// ajv-formats is CommonJS with a default export; under node16 resolution the default import is
// the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;
const schema = JSON.parse(
  readFileSync(new URL("../../core/check/claim-review.schema.json", import.meta.url), "utf8"),
);
const validate = addFormats(new Ajv({ allErrors: true })).compile(schema);

const SITE = { siteUrl: "https://monitor.example.org/", organisationName: "Example Monitor" };

describeStores("reviewing stored checks", (ctx) => {
  beforeAll(() => loadExamples(ctx.store), 120_000);

  it("accept → publish records who and when, and exports valid ClaimReview", async () => {
    const id = await statementId(ctx.db, "03", "no one in Vietnam is arrested");
    const made = await ctx.store.checkStatement({ statementId: id, save: true, by: "intake" });
    expect(made).toMatchObject({ saved: true, state: "proposed", verdict: "contradicted" });
    expect(made.rules).toEqual(
      expect.arrayContaining([
        "held-under-restricting-articles@1",
        "figures-on-detentions@1",
        "no-detention-for-expression@1",
      ]),
    );
    const stored = await ctx.store.getCheck(made.id);
    expect(stored.evidence).toEqual(made.evidence);
    expect(stored.claim.statementId).toBe(String(id));

    await expect(ctx.store.claimReview({ id: made.id, ...SITE })).rejects.toMatchObject({
      code: "VIGIL_ERR_CHECK_TRANSITION",
    });
    await expect(
      ctx.store.reviewCheck({ id: made.id, action: "publish", by: "editor" }),
    ).rejects.toMatchObject({ code: "VIGIL_ERR_CHECK_TRANSITION" });

    const accepted = await ctx.store.reviewCheck({
      id: made.id,
      action: "accept",
      by: "ana",
      at: "2030-01-02T10:00:00Z",
      note: "checked the cases one by one",
    });
    expect(accepted).toMatchObject({
      state: "accepted",
      reviewer: "ana",
      reviewedAt: "2030-01-02T10:00:00Z",
    });
    const published = await ctx.store.reviewCheck({
      id: made.id,
      action: "publish",
      by: "editor",
      at: "2030-01-03T09:00:00Z",
      url: "https://monitor.example.org/checks/no-one-arrested",
    });
    expect(published).toMatchObject({
      state: "published",
      publishedBy: "editor",
      publishedAt: "2030-01-03T09:00:00Z",
      publishedUrl: "https://monitor.example.org/checks/no-one-arrested",
    });
    const again = await ctx.store.getCheck(made.id);
    expect(again.history.map((h) => [h.action, h.by, h.at])).toEqual([
      ["propose", "intake", made.history[0]!.at],
      ["accept", "ana", "2030-01-02T10:00:00Z"],
      ["publish", "editor", "2030-01-03T09:00:00Z"],
    ]);
    expect(again.history[1]!.note).toBe("checked the cases one by one");

    const doc = await ctx.store.claimReview({ id: made.id, ...SITE });
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc).toMatchObject({
      "@type": "ClaimReview",
      claimReviewed: made.claim.text,
      datePublished: "2030-01-03",
      reviewRating: { alternateName: "Contradicted by the record", ratingValue: 1 },
      itemReviewed: {
        author: { "@type": "Person", name: "Do Thi Thu Hang", jobTitle: "Spokesperson" },
        appearance: { "@type": "NewsArticle", publisher: { name: "Vietnam Daily Pictorial" } },
      },
    });
    expect(doc.url).toBe(`https://monitor.example.org/checks/${made.id}`);
  });

  it("an edit keeps the proposal and records the verdict before and after; publish exports it", async () => {
    const made = await ctx.store.checkClaim({
      text: "Vietnam cooperates actively and fully with the UN human rights mechanisms.",
      speaker: "Do Thi Thu Hang",
      date: "2023-03-23",
      save: true,
    });
    expect(made.verdict).toBe("disputed");
    await expect(
      ctx.store.reviewCheck({ id: made.id, action: "edit", by: "ana", verdict: "disputed" }),
    ).rejects.toMatchObject({ code: "VIGIL_ERR_CHECK_INVALID" });
    const edited = await ctx.store.reviewCheck({
      id: made.id,
      action: "edit",
      by: "ana",
      verdict: "contradicted",
      reasoning: ["The committee's findings were rejected outright twice."],
    });
    expect(edited).toMatchObject({
      state: "edited",
      verdict: "contradicted",
      reasoning: ["The committee's findings were rejected outright twice."],
      proposal: { verdict: "disputed" },
    });
    expect(edited.history[1]).toMatchObject({
      action: "edit",
      before: { verdict: "disputed" },
      after: { verdict: "contradicted" },
    });
    await ctx.store.reviewCheck({ id: made.id, action: "publish", by: "editor" });
    const doc = await ctx.store.claimReview({ id: made.id, ...SITE });
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.reviewBody).toBe("The committee's findings were rejected outright twice.");
    const list = await ctx.store.listChecks({ state: "published" });
    expect(list.find((c) => c.id === made.id)).toMatchObject({
      verdict: "contradicted",
      proposedVerdict: "disputed",
    });
  });

  it("reject and reopen; a step the state does not allow is refused; the log is append-only", async () => {
    const made = await ctx.store.checkClaim({
      text: "There are no prisoners of conscience in Vietnam.",
      date: "2023-03-23",
      jurisdiction: "VN",
      save: true,
    });
    const rejected = await ctx.store.reviewCheck({
      id: made.id,
      action: "reject",
      by: "ana",
      note: "the claim was misquoted",
    });
    expect(rejected).toMatchObject({ state: "rejected", reviewer: "ana" });
    await expect(
      ctx.store.reviewCheck({ id: made.id, action: "accept", by: "ana" }),
    ).rejects.toMatchObject({ code: "VIGIL_ERR_CHECK_TRANSITION" });
    const reopened = await ctx.store.reviewCheck({ id: made.id, action: "reopen", by: "bo" });
    expect(reopened).toMatchObject({ state: "proposed", verdict: "contradicted", reviewer: null });
    await expect(
      ctx.store.reviewCheck({ id: made.id, action: "accept", by: "" }),
    ).rejects.toMatchObject({ code: "VIGIL_ERR_CHECK_INVALID" });
    await expect(ctx.store.getCheck("999999")).rejects.toMatchObject({
      code: "VIGIL_ERR_NOT_FOUND",
    });
    await expect(
      ctx.db.query(`UPDATE check_reviews SET "by" = 'someone else' WHERE check_id = $1`, [
        Number(made.id),
      ]),
    ).rejects.toThrow(/append-only/);
    expect((await ctx.store.getCheck(made.id)).history.map((h) => h.action)).toEqual([
      "propose",
      "reject",
      "reopen",
    ]);
  });

  it("a claim without a date is checked as of today, and says so", async () => {
    const c = await ctx.store.checkClaim({ text: "No one is detained for their opinions." });
    expect(c.asOf).toBe(new Date().toISOString().slice(0, 10));
    expect(c.notes.join(" ")).toMatch(/No date given: checked as of today/);
    expect(c.saved).toBe(false);
    await expect(ctx.store.checkClaim({ text: "x", date: "24 June" })).rejects.toMatchObject({
      code: "VIGIL_ERR_USAGE",
    });
  });
});

import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { toClaimReview, VERDICT_RATINGS } from "../../../src/core/check/claim-review.js";
import { memoryEvidenceSource } from "../../../src/core/check/memory-source.js";
import {
  acceptCheck,
  editCheck,
  publishCheck,
  rejectCheck,
  reopenCheck,
  type Check,
} from "../../../src/core/check/review.js";
import { runCheck } from "../../../src/core/check/run-check.js";
import { VERDICTS } from "../../../src/core/check/verdict-rules/index.js";
import { VigilError } from "../../../src/errors.js";

// ajv-formats is CommonJS with a default export; under node16 resolution the default import is
// the module object in types and the plugin at run time.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

const source = memoryEvidenceSource({
  cases: [
    {
      id: "R-1",
      name: "Đinh Thị Lan",
      jurisdiction: "VN",
      charges: ["vn/criminal-code-2015/117"],
      arrested: "2022-02-03",
    },
  ],
});

let proposed: Check;
beforeAll(async () => {
  proposed = await runCheck(
    {
      text: "Nobody in Vietnam is imprisoned for their opinions, the deputy minister said.",
      date: "2022-09-01",
      jurisdiction: "VN",
      speaker: {
        name: "Trương Văn Hải",
        kind: "person",
        role: "Deputy Minister",
        org: "Ministry of Information",
        state: "VN",
      },
      appearance: {
        url: "https://example.org/vietnam-daily-pictorial/2022/09/02/deputy-minister",
        title: "Deputy minister answers questions on press freedom",
        outlet: "Vietnam Daily Pictorial",
        date: "2022-09-02",
      },
    },
    source,
    { id: "chk-1", by: "vigil", at: "2022-09-03T08:00:00Z" },
  );
});

const T1 = "2022-09-03T09:00:00Z";
const T2 = "2022-09-03T17:30:00+07:00";
const T3 = "2022-09-04T09:00:00Z";

function code(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof VigilError ? e.code : "not a VigilError";
  }
}

describe("review", () => {
  it("starts proposed, with the proposal's verdict and who asked", () => {
    expect(proposed.state).toBe("proposed");
    expect(proposed.verdict).toBe("contradicted");
    expect(proposed.history).toEqual([
      {
        action: "propose",
        by: "vigil",
        at: "2022-09-03T08:00:00Z",
        from: null,
        to: "proposed",
        note: null,
      },
    ]);
  });

  it("accept then publish records who and when", () => {
    const accepted = acceptCheck(proposed, { by: "mai", at: T1 });
    expect(accepted).toMatchObject({ state: "accepted", reviewer: "mai", reviewedAt: T1 });
    const published = publishCheck(accepted, { by: "lan", at: T3 });
    expect(published).toMatchObject({ state: "published", publishedBy: "lan", publishedAt: T3 });
    expect(published.history.map((h) => [h.action, h.from, h.to, h.by])).toEqual([
      ["propose", null, "proposed", "vigil"],
      ["accept", "proposed", "accepted", "mai"],
      ["publish", "accepted", "published", "lan"],
    ]);
    expect(proposed.state).toBe("proposed");
  });

  it("an edit keeps the proposal and records before and after", () => {
    const edited = editCheck(proposed, {
      by: "mai",
      at: T1,
      verdict: "disputed",
      reasoning: ["The reviewer weighs the cases differently.", ...proposed.reasoning],
      note: "one case is on appeal",
    });
    expect(edited).toMatchObject({ state: "edited", verdict: "disputed", reviewer: "mai" });
    expect(edited.proposal.verdict).toBe("contradicted");
    const entry = edited.history.at(-1)!;
    expect(entry.before?.verdict).toBe("contradicted");
    expect(entry.after?.verdict).toBe("disputed");
    expect(entry.note).toBe("one case is on appeal");
    expect(publishCheck(edited, { by: "lan", at: T2 }).state).toBe("published");
  });

  it("reject and reopen", () => {
    const rejected = rejectCheck(proposed, { by: "mai", at: T1, note: "wrong speaker" });
    expect(rejected.state).toBe("rejected");
    const reopened = reopenCheck(rejected, { by: "mai", at: T3 });
    expect(reopened).toMatchObject({ state: "proposed", verdict: "contradicted", reviewer: null });
    expect(reopened.history).toHaveLength(3);
  });

  it.each([
    ["publish a proposed check", (c: Check) => publishCheck(c, { by: "x", at: T1 })],
    [
      "accept a rejected check",
      (c: Check) => acceptCheck(rejectCheck(c, { by: "x", at: T1 }), { by: "x", at: T3 }),
    ],
    [
      "edit a published check",
      (c: Check) =>
        editCheck(publishCheck(acceptCheck(c, { by: "x", at: T1 }), { by: "x", at: T1 }), {
          by: "x",
          at: T3,
          verdict: "supported",
        }),
    ],
    [
      "accept twice",
      (c: Check) => acceptCheck(acceptCheck(c, { by: "x", at: T1 }), { by: "y", at: T3 }),
    ],
    ["reopen a proposed check", (c: Check) => reopenCheck(c, { by: "x", at: T1 })],
  ])("cannot %s", (_, step) => {
    expect(code(() => step(proposed))).toBe("VIGIL_ERR_CHECK_TRANSITION");
  });

  it.each([
    ["no reviewer", (c: Check) => acceptCheck(c, { by: " ", at: T1 })],
    ["no timestamp", (c: Check) => acceptCheck(c, { by: "mai", at: "yesterday" })],
    [
      "time going backwards",
      (c: Check) => acceptCheck(c, { by: "mai", at: "2022-09-01T00:00:00Z" }),
    ],
    [
      "an edit that changes nothing",
      (c: Check) => editCheck(c, { by: "mai", at: T1, verdict: c.verdict }),
    ],
    [
      "an unknown verdict",
      (c: Check) => editCheck(c, { by: "mai", at: T1, verdict: "false" as never }),
    ],
    ["an empty reasoning", (c: Check) => editCheck(c, { by: "mai", at: T1, reasoning: ["  "] })],
  ])("refuses %s", (_, step) => {
    expect(code(() => step(proposed))).toBe("VIGIL_ERR_CHECK_INVALID");
  });
});

describe("ClaimReview", () => {
  const schema = JSON.parse(
    readFileSync(new URL("./claim-review.schema.json", import.meta.url), "utf8"),
  );
  const ajv = addFormats(new Ajv({ allErrors: true }));
  const validate = ajv.compile(schema);
  const site = {
    siteUrl: "https://monitor.example.org/",
    organisationName: "Lotus Rights Network",
    organisationUrl: "https://monitor.example.org",
  };

  const publish = (c: Check, verdict = c.verdict): Check => {
    const reviewed =
      verdict === c.verdict
        ? acceptCheck(c, { by: "mai", at: T1 })
        : editCheck(c, { by: "mai", at: T1, verdict });
    return publishCheck(reviewed, { by: "lan", at: T3 });
  };

  it("maps a published check to ClaimReview JSON-LD that passes the schema", () => {
    const doc = toClaimReview(publish(proposed), site);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://monitor.example.org/checks/chk-1",
      claimReviewed: proposed.claim.text,
      datePublished: "2022-09-04",
      author: {
        "@type": "Organization",
        name: "Lotus Rights Network",
        url: "https://monitor.example.org/",
      },
      reviewRating: {
        "@type": "Rating",
        alternateName: "Contradicted by the record",
        ratingValue: 1,
        bestRating: 5,
        worstRating: 1,
      },
      itemReviewed: {
        "@type": "Claim",
        datePublished: "2022-09-01",
        author: {
          "@type": "Person",
          name: "Trương Văn Hải",
          jobTitle: "Deputy Minister",
          affiliation: { "@type": "Organization", name: "Ministry of Information" },
        },
        appearance: {
          "@type": "NewsArticle",
          url: "https://example.org/vietnam-daily-pictorial/2022/09/02/deputy-minister",
          headline: "Deputy minister answers questions on press freedom",
          publisher: { "@type": "Organization", name: "Vietnam Daily Pictorial" },
        },
      },
    });
    expect(doc.reviewBody).toContain("Đinh Thị Lan");
  });

  it.each(VERDICTS)("a %s verdict passes the schema, with its words", (verdict) => {
    const doc = toClaimReview(publish(proposed, verdict), site);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    const rating = doc.reviewRating as Record<string, unknown>;
    expect(rating.alternateName).toBe(VERDICT_RATINGS[verdict].words);
    if (VERDICT_RATINGS[verdict].value === null) expect(rating.ratingValue).toBeUndefined();
    else {
      expect(rating.ratingValue).toBeGreaterThanOrEqual(rating.worstRating as number);
      expect(rating.ratingValue).toBeLessThanOrEqual(rating.bestRating as number);
    }
  });

  it("the schema refuses what Google would refuse", () => {
    const good = toClaimReview(publish(proposed), site);
    for (const broken of [
      { ...good, url: "monitor.example.org/checks/chk-1" },
      { ...good, reviewRating: { "@type": "Rating", ratingValue: 1 } },
      { ...good, "@context": "http://schema.org/" },
      { ...good, claimReviewed: "" },
      { ...good, itemReviewed: { "@type": "Claim", appearance: { "@type": "NewsArticle" } } },
    ])
      expect(validate(broken)).toBe(false);
  });

  it("exports only published checks, to an http(s) site", () => {
    expect(code(() => toClaimReview(proposed, site))).toBe("VIGIL_ERR_CHECK_TRANSITION");
    expect(code(() => toClaimReview(publish(proposed), { ...site, siteUrl: "ftp://x" }))).toBe(
      "VIGIL_ERR_CHECK_INVALID",
    );
  });
});

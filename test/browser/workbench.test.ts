import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ingestSources } from "../../src/ingest/ingest-service.js";
import { readRegisterFiles } from "../../src/ingest/register-files.js";
import {
  describeBrowser,
  PATIENTLY,
  launchBrowser,
  openPage,
  signIn,
  startWorkbench,
  unlabelledFields,
  type Workbench,
} from "../helpers/browser.js";

// The workbench in a real browser: a researcher signs in, ingests an article through the upload,
// reads it with its highlights, checks a claim from it, accepts and publishes the check, and an
// anonymous visitor of the public site finds it. Then the same by keyboard alone.

const EXAMPLES = new URL("../../examples/", import.meta.url).pathname;
// A claim to check (examples/README.md, 02), and an article with every kind of highlight (11).
const ARTICLE = join(EXAMPLES, "articles/02-saigon-monitor-un-cooperation-claim.md");
const ARRESTS = join(EXAMPLES, "articles/11-mekong-wire-thai-binh-blogger-arrested.md");
const KINDS = ["statement", "figure", "legalRef", "event"] as const;

let bench: Workbench;
let browser: Browser;

/** The test's name, for its screenshots. */
const current = (): string => expect.getState().currentTestName ?? "browser test";

/** Every highlight of a kind: the key and the whole text it covers (all of its pieces). */
function highlights(page: Page, kind: string): Promise<{ key: string; text: string }[]> {
  return page.evaluate(`(() => {
    const out = new Map();
    for (const m of document.querySelectorAll('mark[data-kind="${kind}"]')) {
      const k = m.dataset.ann;
      if (!out.has(k)) out.set(k, "");
      if (m.dataset.first !== undefined || !m.closest('mark[data-ann="' + k + '"] mark[data-ann="' + k + '"]'))
        out.set(k, out.get(k) + m.textContent);
    }
    return [...out].map(([key, text]) => ({ key, text }));
  })()`);
}

const mark = (page: Page, key: string) => page.locator(`mark[data-first][data-ann="${key}"]`);

describeBrowser("the workbench in Chromium", () => {
  beforeAll(async () => {
    bench = await startWorkbench({ public: true });
    // The register the checks hold claims against (the article itself comes in through the UI).
    await bench.store.casesImport({
      files: await readRegisterFiles([
        join(EXAMPLES, "register/cases.csv"),
        join(EXAMPLES, "register/events.csv"),
      ]),
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await bench?.close();
  });

  it("signs in, ingests an article, shows its highlights and what each holds, checks a claim, accepts and publishes it", async () => {
    const page = await openPage(browser, bench.url, current());
    await page.goto("/login");
    expect(await unlabelledFields(page)).toEqual([]);
    await signIn(page, bench.admin);

    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Sources" })
      .click();
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent(), PATIENTLY)
      .toBe("Sources");
    expect(await unlabelledFields(page)).toEqual([]);
    await page.getByLabel("Files to ingest").setInputFiles([ARTICLE, ARRESTS]);
    await page.getByRole("button", { name: "Ingest", exact: true }).click();
    const result = (file: string) =>
      page.getByRole("listitem").filter({ hasText: file.split("/").pop()! });
    await result(ARTICLE)
      .getByRole("link", { name: /ingested: open the source/ })
      .waitFor();
    await result(ARRESTS)
      .getByRole("link", { name: /ingested: open the source/ })
      .click();

    await page.waitForURL(/\/sources\/\d+$/);
    await page.locator("mark[data-first]").first().waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toMatch(/blogger/i);
    const found = Object.fromEntries(
      await Promise.all(KINDS.map(async (k) => [k, await highlights(page, k)] as const)),
    );
    for (const k of KINDS) expect(found[k]!.length, `${k} highlights`).toBeGreaterThan(0);
    // Highlights sit on the words they stand for.
    expect(found.legalRef!.map((h) => h.text).join(" | ")).toMatch(/Article 117/);
    for (const h of found.figure!) expect(h.text).toMatch(/\d/);
    expect(await page.locator(".source-text").textContent()).toContain(
      "whose rice fields were taken for the industrial park",
    );

    const panel = page.getByTestId("annotation-panel");
    await mark(page, found.figure![0]!.key).click();
    await expect
      .poll(() => panel.getByRole("heading", { level: 3 }).textContent(), PATIENTLY)
      .toBe("Figure");
    expect(await panel.textContent()).toContain(found.figure![0]!.text.trim());
    await mark(page, found.legalRef![0]!.key).click();
    await expect
      .poll(() => panel.getByRole("heading", { level: 3 }).textContent(), PATIENTLY)
      .toBe("Legal reference");
    expect(await panel.textContent()).toMatch(/Statute.*Article/);
    await mark(page, found.event![0]!.key).click();
    await expect
      .poll(() => panel.getByRole("heading", { level: 3 }).textContent(), PATIENTLY)
      .toMatch(/^Event: /);
    expect(await panel.textContent()).toMatch(/Person.*Date/);
    const quote = found.statement![0]!;
    await mark(page, quote.key).click();
    await expect
      .poll(() => panel.getByRole("heading", { level: 3 }).textContent(), PATIENTLY)
      .toBe("Statement");
    expect(await panel.textContent()).toContain("Speaker");
    expect(await mark(page, quote.key).getAttribute("aria-pressed")).toBe("true");

    // The general's claim that Vietnam cooperates with the UN's human-rights mechanisms.
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Sources" })
      .click();
    await page
      .getByRole("link", { name: "Does Hanoi really cooperate with UN human rights mechanisms?" })
      .click();
    await page.waitForURL(/\/sources\/\d+$/);
    await page.locator("mark[data-first]").first().waitFor();
    const statements = await highlights(page, "statement");
    const claim = statements.find((h) => /actively cooperates/i.test(h.text));
    expect(claim, statements.map((h) => h.text).join("\n")).toBeDefined();
    await mark(page, claim!.key).click();
    await expect
      .poll(() => panel.getByRole("heading", { level: 3 }).textContent(), PATIENTLY)
      .toBe("Statement");
    expect(await panel.textContent()).toMatch(/Speaker.*Phạm Văn Sơn/);
    await panel.getByRole("button", { name: "Check this claim against the record" }).click();

    await page.waitForURL(/\/claims\/\d+$/);
    const checkId = /\/claims\/(\d+)$/.exec(page.url())![1]!;
    await page.getByTestId("state").waitFor();
    expect(await page.getByTestId("state").textContent()).toBe("proposed");
    expect(await page.locator("blockquote.claim").textContent()).toMatch(/cooperat/i);
    const evidence = await page.getByRole("heading", { name: /^Evidence \(\d+\)$/ }).textContent();
    expect(Number(/\((\d+)\)/.exec(evidence!)![1])).toBeGreaterThan(0);

    await page.getByRole("button", { name: "Accept the proposed verdict" }).click();
    await page.getByRole("button", { name: "Confirm: accept the proposed verdict" }).click();
    await expect.poll(() => page.getByTestId("state").textContent(), PATIENTLY).toBe("accepted");
    await page.getByRole("button", { name: "Publish" }).click();
    expect(await unlabelledFields(page)).toEqual([]);
    await page.getByLabel("Published at (URL, optional)").fill("https://monitor.example.org/c/1");
    await page.getByRole("button", { name: "Confirm: publish" }).click();
    await expect.poll(() => page.getByTestId("state").textContent(), PATIENTLY).toBe("published");
    expect(await page.getByTestId("published").textContent()).toContain("by admin");

    // A check nobody reviewed stays out of public view.
    const unreviewed = await bench.store.checkClaim({
      text: "There are no prisoners of conscience in this country",
      date: "2021-04-27",
      save: true,
      by: "admin",
    });

    const visitor = await openPage(browser, bench.url, current() + " (visitor)");
    await visitor.goto("/claims");
    await visitor.locator("table.list tbody tr").first().waitFor();
    const rows = await visitor.locator("table.list tbody tr").allTextContents();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/cooperat/i);
    expect(rows[0]).toContain("published");
    expect(rows.join(" ")).not.toContain("prisoners of conscience");
    await visitor.goto(`/claims/${checkId}`);
    await expect
      .poll(() => visitor.getByTestId("state").textContent(), PATIENTLY)
      .toBe("published");
    expect(await visitor.getByRole("button", { name: /Accept|Publish|Reopen/ }).count()).toBe(0);
    await visitor.goto(`/claims/${unreviewed.id}`);
    await visitor.getByRole("alert").waitFor();
    expect(await visitor.getByTestId("state").count()).toBe(0);
  });

  it("works from the keyboard alone: sign in, move between pages, open a source, show a highlight", async () => {
    // The article the first test uploads (stored once however often it comes).
    for await (const e of ingestSources(bench.store, [ARTICLE], {
      maxInputBytes: 1e7,
      maxDocumentChars: 1e7,
      jurisdiction: null,
    }))
      expect(e.ok).toBe(true);
    const page = await openPage(browser, bench.url, current());
    await page.goto("/login");
    const focused = (): Promise<string> =>
      page.evaluate(
        `(() => { const el = document.activeElement; return el ? (el.getAttribute("aria-label") || el.labels?.[0]?.textContent || el.textContent || "").trim() : ""; })()`,
      );
    /** Presses Tab until the focused element's name matches, as a keyboard user would. */
    const tabTo = async (name: RegExp, max = 80): Promise<void> => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press("Tab");
        if (name.test(await focused())) return;
      }
      throw new Error(`Tab never reached ${name}; last focus: ${await focused()}`);
    };

    await tabTo(/^User name/);
    await page.keyboard.type(bench.admin.name);
    await page.keyboard.press("Tab");
    expect(await focused()).toMatch(/^Password/);
    await page.keyboard.type(bench.admin.password);
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Sign out" }).waitFor();

    await tabTo(/^Skip to content$/);
    await tabTo(/^Sources$/);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/sources$/);
    await page.locator("table.list tbody tr a").first().waitFor();
    // Moving to a page moves focus to its content.
    expect(await page.evaluate(`document.activeElement?.id`)).toBe("main");
    await tabTo(/Does Hanoi really cooperate/);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/sources\/\d+$/);
    await page.locator("mark[data-first]").first().waitFor();

    await tabTo(/statement by /);
    const label = await focused();
    await page.keyboard.press("Enter");
    const panel = page.getByTestId("annotation-panel");
    await expect
      .poll(() => panel.getByRole("heading", { level: 3 }).textContent(), PATIENTLY)
      .toBe("Statement");
    expect(label).toMatch(/^(direct|indirect|mixed) statement by /);
    // A visible focus ring on the highlight.
    const outline = await page.evaluate(
      `getComputedStyle(document.activeElement).outlineStyle + " " + getComputedStyle(document.activeElement).boxShadow`,
    );
    expect(outline).not.toBe("none none");
  });
});

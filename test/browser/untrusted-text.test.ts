import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  describeBrowser,
  PATIENTLY,
  launchBrowser,
  openPage,
  signIn,
  startWorkbench,
  type Workbench,
} from "../helpers/browser.js";
import { tempDir } from "../helpers/tmp.js";

// Article text is data: a source whose title, metadata and body carry script, event-handler and
// javascript: payloads is shown as text on every page that shows it, and nothing runs. Each
// payload would set window.__pwned or open a dialog if it ever became markup.

const MARKDOWN = `---
title: Court hears <img src=x onerror="window.__pwned='title'"> appeal <script>window.__pwned='title-script'</script>
outlet: <b onmouseover="alert('outlet')">Delta Wire</b>
date: 2023-05-02
url: javascript:window.__pwned='url'
language: en
---
Lawyer Hoàng Minh Đức said on Monday that his client, the blogger Vũ Thanh Tâm, was arrested under Article 117 of the Criminal Code for a post that read <script>window.__pwned='script'</script> and nothing else.

“The police showed us a page with <img src=x onerror="window.__pwned='img'"> printed on it as evidence,” Đức said.

Readers were told to visit <a href="javascript:window.__pwned='anchor'">the archive</a> or <iframe src="javascript:alert('frame')"></iframe> for 12 more posts.
`;

const TEXT = `<svg onload=alert('svg')> Blogger <script>alert('title')</script> detained

Police in the delta province detained the blogger Lâm Hữu Phước on Friday, his sister said, after he posted <img src=x onerror=alert('img')> and <a href="javascript:alert('link')">a link</a> in a group chat.

“He wrote <script>window.__pwned='quote'</script> as a joke about hackers, nothing more,” she said.
`;

let bench: Workbench;
let browser: Browser;
let sources: { md: number; txt: number };

const current = (): string => expect.getState().currentTestName ?? "untrusted text";

interface Watch {
  dialogs: string[];
  errors: string[];
}

function watch(page: Page): Watch {
  const w: Watch = { dialogs: [], errors: [] };
  page.on("dialog", (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("pageerror", (e) => w.errors.push(e.message));
  // The Content-Security-Policy reports what it blocked: a payload that became markup.
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) w.errors.push(m.text());
  });
  return w;
}

/** Markup no payload may have produced anywhere on the page. */
function injected(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const out = [];
    for (const s of document.querySelectorAll("script"))
      if (!s.src || new URL(s.src).origin !== location.origin) out.push("script: " + s.outerHTML.slice(0, 80));
    for (const el of document.querySelectorAll("img, iframe, object, embed"))
      out.push("element: " + el.outerHTML.slice(0, 80));
    for (const el of document.querySelectorAll("*"))
      for (const a of el.attributes)
        if (/^on/i.test(a.name)) out.push("handler: " + el.outerHTML.slice(0, 80));
    for (const a of document.querySelectorAll("a[href], iframe[src]")) {
      const href = a.getAttribute("href") ?? a.getAttribute("src") ?? "";
      if (/^\\s*(javascript|data|vbscript):/i.test(href)) out.push("link: " + href);
    }
    return out;
  })()`);
}

async function expectNothingRan(page: Page, w: Watch): Promise<void> {
  // Give any handler a moment: image errors and onload fire asynchronously.
  await page.waitForTimeout(300);
  expect(await page.evaluate("typeof window.__pwned")).toBe("undefined");
  expect(w.dialogs).toEqual([]);
  expect(w.errors).toEqual([]);
  expect(await injected(page)).toEqual([]);
}

describeBrowser("untrusted article text in Chromium", () => {
  beforeAll(async () => {
    bench = await startWorkbench();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await bench?.close();
  });

  it("ingests articles full of payloads through the upload; every page shows them as text and runs none", async () => {
    const dir = tempDir();
    const md = join(dir, "delta-wire-payloads.md");
    const txt = join(dir, "payloads-2023-06-09.txt");
    writeFileSync(md, MARKDOWN);
    writeFileSync(txt, TEXT);

    const page = await openPage(browser, bench.url, current());
    const w = watch(page);
    await page.goto("/");
    await signIn(page, bench.admin);
    await page.goto("/sources");
    await page.getByLabel("Files to ingest").setInputFiles([md, txt]);
    await page.getByRole("button", { name: "Ingest", exact: true }).click();
    const opened = page.getByRole("link", { name: /ingested: open the source/ });
    await expect.poll(() => opened.count(), PATIENTLY).toBe(2);
    const [mdId, txtId] = await Promise.all(
      [0, 1].map(async (i) =>
        Number(/\/sources\/(\d+)$/.exec((await opened.nth(i).getAttribute("href"))!)![1]),
      ),
    );
    sources = { md: mdId!, txt: txtId! };
    await page.getByRole("table").getByText("Court hears").waitFor();
    await expectNothingRan(page, w);
    // The list shows the titles as written.
    expect(await page.getByRole("table").textContent()).toContain(
      `Court hears <img src=x onerror="window.__pwned='title'"> appeal`,
    );

    await page.goto(`/sources/${sources.md}`);
    await page.locator("mark[data-first]").first().waitFor();
    const text = await page.locator(".source-text").textContent();
    expect(text).toContain(`a post that read <script>window.__pwned='script'</script> and nothing`);
    expect(text).toContain(`a page with <img src=x onerror="window.__pwned='img'"> printed`);
    expect(text).toContain(`<a href="javascript:window.__pwned='anchor'">the archive</a>`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain(
      `<script>window.__pwned='title-script'</script>`,
    );
    expect(await page.title()).toContain("<img src=x");
    // The reader keeps only web addresses: the javascript: URL is neither stored nor linked.
    expect(await page.locator("p.meta").textContent()).not.toContain("javascript:");
    expect(await page.getByRole("link", { name: "original" }).count()).toBe(0);
    // Choosing each highlight puts its (payload-laden) text in the side panel, as text.
    const marks = page.locator("mark[data-first]");
    for (let i = 0; i < (await marks.count()); i++) await marks.nth(i).click();
    await expectNothingRan(page, w);

    await page.goto(`/sources/${sources.txt}`);
    await page.locator("mark[data-first]").first().waitFor();
    expect(await page.locator(".source-text").textContent()).toContain(
      `he posted <img src=x onerror=alert('img')> and <a href="javascript:alert('link')">a link</a>`,
    );
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain(
      "<svg onload=alert('svg')>",
    );
    // Each statement's panel shows its payload as text: the sister's account holds the <img>,
    // the quotation the <script>.
    const statements = page.locator(`mark[data-first][data-kind="statement"]`);
    const panels: string[] = [];
    for (let i = 0; i < (await statements.count()); i++) {
      await statements.nth(i).click();
      panels.push((await page.getByTestId("annotation-panel").textContent()) ?? "");
    }
    expect(panels.join("\n")).toContain("<script>");
    expect(panels.join("\n")).toContain("<img src=x onerror=alert('img')>");
    await expectNothingRan(page, w);

    await page.goto("/search?q=hackers");
    await page.locator("p.snippet").first().waitFor();
    expect(await page.locator("main").textContent()).toContain("__pwned");
    await expectNothingRan(page, w);
  });
});

// Browser tests drive the real web UI (web/dist, built by `npm run build`) in Debian's Chromium
// through playwright-core, against a real server listening on 127.0.0.1 over a fresh embedded
// database in a temporary folder. A failing test leaves a screenshot of every page it visited in
// test-results/.

import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { describe, onTestFailed } from "vitest";
import { hashPassword, randomPassword } from "../../src/accounts/password.js";
import { loadConfig } from "../../src/config.js";
import { defaultWebDir } from "../../src/http/web-ui.js";
import { serveStore, type RunningServer } from "../../src/http/server.js";
import { openStore } from "../../src/store/open-store.js";
import type { StoreService } from "../../src/store/store-types.js";
import { migratedTemplate } from "./store.js";

export const CHROMIUM = "/usr/bin/chromium";
const RESULTS = new URL("../../test-results/", import.meta.url).pathname;

/** `describe`, or a skip that says why when Debian's Chromium is not installed. */
export function describeBrowser(title: string, body: () => void): void {
  if (existsSync(CHROMIUM)) {
    describe(title, body);
    return;
  }
  console.warn(
    `${title}: skipped, ${CHROMIUM} is missing (apt-get install -y chromium; .ci/run installs it).`,
  );
  describe.skip(title, body);
}

export interface Workbench {
  url: string;
  store: StoreService;
  admin: { name: string; password: string };
  close(): Promise<void>;
}

/** The server over a new embedded database (a copy of the migrated template), with one admin. */
export async function startWorkbench(opts: { public?: boolean } = {}): Promise<Workbench> {
  if (!defaultWebDir()) throw new Error("web/dist is missing: run `npm run build` first");
  const dir = mkdtempSync(join(tmpdir(), "vigil-browser-"));
  const db = join(dir, "data");
  cpSync(await migratedTemplate(), db, { recursive: true });
  const config = loadConfig(
    { db, port: 0, host: "127.0.0.1", logLevel: "silent", public: opts.public === true },
    {},
  );
  let server: RunningServer | null = null;
  const store = await openStore(config, { command: "browser test" });
  try {
    const admin = { name: "admin", password: randomPassword() };
    await store.userAdd({
      name: admin.name,
      role: "admin",
      passwordHash: await hashPassword(admin.password),
    });
    server = await serveStore(store, config);
    const running = server;
    return {
      url: running.url,
      store,
      admin,
      async close() {
        await running.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    if (!server) await store.close();
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

/**
 * A new browser context and page for the running test. If the test fails, the page as it is
 * and every other address it visited are saved as screenshots in test-results/<test>/.
 */
export async function openPage(browser: Browser, base: string, testName: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: base,
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  const visited: string[] = [];
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame() && !visited.includes(frame.url())) visited.push(frame.url());
  });
  onTestFailed(async () => {
    await saveScreenshots(context, page, visited, testName).catch((err: unknown) =>
      console.warn(`screenshots of "${testName}" not saved: ${String(err)}`),
    );
  });
  return page;
}

async function saveScreenshots(
  context: BrowserContext,
  page: Page,
  visited: readonly string[],
  testName: string,
): Promise<void> {
  const dir = join(RESULTS, testName.replace(/[^A-Za-z0-9]+/g, "-").slice(0, 80));
  mkdirSync(dir, { recursive: true });
  const shots: string[] = [];
  if (!page.isClosed()) {
    await page.screenshot({ path: join(dir, "00-at-failure.png"), fullPage: true });
    shots.push(`00-at-failure.png  ${page.url()}`);
  }
  // The other pages, opened again in the same session.
  const again = await context.newPage();
  let n = 1;
  for (const url of visited) {
    if (url === page.url() || url === "about:blank") continue;
    const file = `${String(n++).padStart(2, "0")}-visited.png`;
    await again.goto(url, { waitUntil: "networkidle", timeout: 10_000 }).catch(() => {});
    await again.screenshot({ path: join(dir, file), fullPage: true });
    shots.push(`${file}  ${url}`);
  }
  writeFileSync(join(dir, "pages.txt"), shots.join("\n") + "\n");
  console.warn(`"${testName}" failed: screenshots in ${dir}`);
}

/** Signs in through the login form. */
export async function signIn(page: Page, user: { name: string; password: string }): Promise<void> {
  await page.getByLabel("User name").fill(user.name);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
}

/** Inputs, selects and text areas on the page that have no accessible name. */
export function unlabelledFields(page: Page): Promise<string[]> {
  return page.evaluate(`[...document.querySelectorAll("input, select, textarea")]
    .filter((el) => el.type !== "hidden")
    .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute("aria-label")
      && !el.getAttribute("aria-labelledby"))
    .map((el) => el.outerHTML.slice(0, 120))`);
}

/** For `expect.poll`: patience fit for a page that waits on the server (the default is 1 s). */
export const PATIENTLY = { timeout: 20_000, interval: 100 } as const;

// The README's screenshot: the dashboard of `vigil demo` (the example register, articles and
// checks), taken in Debian's Chromium at a laptop's size.
//
//   npm run build && node --import tsx scripts/screenshot-dashboard.ts [OUT.png]

import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { chromium } from "playwright-core";
import { loadConfig } from "../src/config.js";
import { demoLogin } from "../src/demo/demo-account.js";
import { examplesDir, loadDemoData } from "../src/demo/demo-data.js";
import { serveStore } from "../src/http/server.js";
import { openStore } from "../src/store/open-store.js";

const out =
  process.argv[2] ?? new URL("../docs/screenshots/dashboard.png", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "vigil-screenshot-"));
const config = loadConfig({ db: dir, port: 0, host: "127.0.0.1", logLevel: "silent" }, {});
const store = await openStore(config, { command: "screenshot" });
const server = await (async () => {
  try {
    await loadDemoData(store, {
      config,
      examples: examplesDir()!,
      say: (line) => void process.stderr.write(line),
    });
    return await serveStore(store, config);
  } catch (err) {
    await store.close();
    throw err;
  }
})();
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
try {
  const login = await demoLogin(store);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(server.url);
  await page.getByLabel("User name").fill(login.name);
  await page.getByLabel("Password").fill(login.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { level: 1 }).waitFor();
  // Every chart and list drawn: nothing left loading.
  await page.waitForLoadState("networkidle");
  await page.locator("svg").first().waitFor();
  await page.waitForFunction(`!document.body.textContent.includes("Loading")`);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  process.stderr.write(`screenshot: ${out}\n`);
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

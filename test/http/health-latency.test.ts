import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { buildApp } from "../../src/http/app.js";
import { openStore } from "../../src/store/open-store.js";
import type { StoreService } from "../../src/store/store-types.js";
import type { FastifyInstance } from "fastify";
import { addUser, login } from "../helpers/http.js";

/** A long article of our own sentences: seconds of extraction work. */
function longArticle(paragraphs: number): string {
  const out = ["Week in review", ""];
  for (let i = 0; i < paragraphs; i++)
    out.push(
      `On ${1 + (i % 28)} March 2021 police in Nghe An province arrested blogger Tran Van ${String.fromCharCode(65 + (i % 26))}uc, ` +
        `charging him under Article 117 of the Criminal Code with conducting propaganda against the state. ` +
        `“We were given no warrant,” his wife told reporters, adding that 12 other activists had been detained that month. ` +
        `A spokesperson for the provincial police said the arrest followed the law.`,
      "",
    );
  return out.join("\n");
}

describe("the event loop stays free", () => {
  let store: StoreService;
  let app: FastifyInstance;
  beforeAll(async () => {
    // The embedded database in its worker thread and the analysis worker, as `vigil serve` runs.
    store = await openStore({ db: "memory://" }, { command: "latency test" });
    app = await buildApp({ store, config: loadConfig({}, {}), logger: false });
    await addUser(store, "ed", "editor");
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it("answers /healthz while a 1.5 s store call and an ingest run, never held up by them", async () => {
    const editor = await login(app, "ed");
    // Warm the analysis worker up (thread start and module load are not what is measured).
    await editor.call({
      method: "POST",
      url: "/api/sources?name=warm.txt",
      headers: { "content-type": "text/plain" },
      payload: "Warm up\n\nThe minister said the report was biased.\n",
    });
    const text = longArticle(400);
    let busy = true;
    const work = Promise.all([
      store.ping(1500),
      editor.call({
        method: "POST",
        url: "/api/sources?name=long-2021-03-30.txt",
        headers: { "content-type": "text/plain" },
        payload: text,
      }),
    ]).finally(() => {
      busy = false;
    });
    const latencies: number[] = [];
    while (busy) {
      const t = performance.now();
      const r = await app.inject({ url: "/healthz" });
      latencies.push(performance.now() - t);
      expect(r.statusCode).toBe(200);
      await new Promise((res) => setTimeout(res, 10));
    }
    const [, ingest] = await work;
    expect(ingest.json().summary).toMatchObject({ ok: 1 });
    latencies.sort((a, b) => a - b);
    const max = latencies[latencies.length - 1]!;
    const p50 = latencies[Math.floor(latencies.length / 2)]!;
    console.log(
      `healthz under load: ${latencies.length} requests, median ${p50.toFixed(1)} ms, max ${max.toFixed(1)} ms (${text.length} characters ingested)`,
    );
    expect(latencies.length).toBeGreaterThan(20);
    // A store or an extraction on the main thread would hold one answer for the whole 1.5 s
    // call or the seconds of extraction. The bound is a third of that, not a latency target
    // (the load benchmark measures latency): on a machine busy with other work, single answers
    // were seen at 77 ms, and a test must not fail for the machine's load.
    expect(max).toBeLessThan(500);
  });
});

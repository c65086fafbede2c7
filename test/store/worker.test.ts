import { describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.js";
import { freshDataDir } from "../helpers/store.js";

/** How late a 50 ms timer fires while `work` runs. */
async function timerLateness(work: () => Promise<unknown>): Promise<number> {
  const started = Date.now();
  let firedAt = -1;
  const timer = new Promise<void>((resolve) =>
    setTimeout(() => {
      firedAt = Date.now() - started;
      resolve();
    }, 50),
  );
  await Promise.all([work(), timer]);
  return firedAt - 50;
}

describe("store worker thread", () => {
  it("keeps the main thread's event loop free while a slow query runs", async () => {
    const store = await openStore({ db: await freshDataDir() }, { command: "worker test" });
    try {
      const late = await timerLateness(() => store.ping(1500));
      expect(late).toBeLessThan(200);
    } finally {
      await store.close();
    }
  });

  it("is what protects it: the same query in this thread freezes the timer", async () => {
    const store = await openStore({ db: "memory://" }, { thread: "inline" });
    try {
      const late = await timerLateness(() => store.ping(600));
      expect(late).toBeGreaterThan(400);
    } finally {
      await store.close();
    }
  });

  it("serves the service interface and passes errors back with their codes", async () => {
    const dir = await freshDataDir();
    const store = await openStore({ db: dir });
    try {
      expect(await store.info()).toMatchObject({ backend: "pglite", counts: { documents: 0 } });
      await expect(store.actor(424242)).rejects.toMatchObject({ code: "VIGIL_ERR_NOT_FOUND" });
      // The worker's directory lock is held by this thread: a second open is refused.
      await expect(openStore({ db: dir })).rejects.toMatchObject({ code: "VIGIL_ERR_DB_LOCKED" });
    } finally {
      await store.close();
    }
    const reopened = await openStore({ db: dir });
    await reopened.close();
  });
});

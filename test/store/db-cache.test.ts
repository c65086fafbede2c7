import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createDb } from "../../src/store/db.js";
import { tempDir } from "../helpers/tmp.js";

const cacheOf = async (config: { db: string; dbCacheMb?: number }): Promise<string> => {
  const db = await createDb(config, { migrate: false });
  try {
    const [row] = await db.query<{ shared_buffers: string }>("SHOW shared_buffers");
    return row!.shared_buffers;
  } finally {
    await db.close();
  }
};

describe("the embedded database's page cache", () => {
  it("is the setting's size for a directory, 256 MB unless set", async () => {
    expect(await cacheOf({ db: join(tempDir(), "store"), dbCacheMb: 48 })).toBe("48MB");
    expect(await cacheOf({ db: join(tempDir(), "store") })).toBe("256MB");
  });

  it("stays PGlite's own for memory://, whose opening the larger cache slows", async () => {
    expect(await cacheOf({ db: "memory://", dbCacheMb: 512 })).toBe("128MB");
  });
});

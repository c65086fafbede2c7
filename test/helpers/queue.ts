import pg from "pg";
import { onTestFinished } from "vitest";
import { queueSchemaFor } from "../../src/queue/job-queue.js";
import { PG_URL, pgSchemaUrl } from "./store.js";

/** The schema a `pgSchemaUrl` URL's connections use (`?options=-c search_path=…`). */
export function schemaOf(url: string): string {
  return new URL(url).searchParams.get("options")!.split("=")[1]!;
}

/** A PostgreSQL URL for one test, whose schema and job-queue schema are dropped after it. */
export async function queueDb(): Promise<string> {
  const s = await pgSchemaUrl();
  onTestFinished(async () => {
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS ${queueSchemaFor(schemaOf(s.url))} CASCADE`);
    await c.end();
    await s.drop();
  });
  return s.url;
}

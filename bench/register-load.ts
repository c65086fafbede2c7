// A large generated register loaded into a fresh database for the benchmarks: seeded synthetic
// stories (src/core/register/synthetic.ts) made in parts, each part written in one transaction by
// the store's own bulk writers (one INSERT … SELECT FROM unnest(…) per few thousand rows: cases,
// records, charges, and the status history the core derives), with the register's secondary
// indexes dropped during the load and built once at the end, as a bulk load does. The count
// rollup is then built by the code a first count runs (`ensureCounts`).
import { eventsByCase } from "../src/core/register/count.js";
import { syntheticRegister } from "../src/core/register/synthetic.js";
import type { Db } from "../src/store/db.js";
import { insertCases } from "../src/store/register/cases-store.js";
import { ensureCounts } from "../src/store/register/count-blocks.js";
import { variants, writeHistory } from "../src/store/register/history-store.js";
import { insertRecords } from "../src/store/register/records-store.js";
import { runner } from "../src/store/register/register-sql.js";
import { now } from "./harness.js";

export interface LoadOptions {
  people: number;
  seed: number;
  /** People per part (one transaction each). */
  part?: number;
  /** Mean further at-risk records per person: 1.65 gives about 5 records a person. */
  incidents?: number;
  log?: (line: string) => void;
}

export interface LoadResult {
  people: number;
  events: number;
  historyRows: number;
  /** Generating and writing the records and history (indexes dropped). */
  writeSeconds: number;
  indexSeconds: number;
  rollupSeconds: number;
}

const REGISTER_TABLES = ["case_events", "case_event_charges", "case_history", "case_placed"];

/** Drops the secondary indexes of the register's big tables; returns how to build them again. */
async function dropIndexes(db: Db): Promise<string[]> {
  const found = await db.query<{ name: string; def: string }>(
    `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
     WHERE i.schemaname = current_schema() AND i.tablename = ANY($1::text[])
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [REGISTER_TABLES],
  );
  for (const i of found) await db.exec(`DROP INDEX "${i.name}"`);
  return found.map((i) => i.def);
}

export async function loadRegister(db: Db, o: LoadOptions): Promise<LoadResult> {
  const part = o.part ?? 10_000;
  const digits = String(o.people).length;
  const defs = await dropIndexes(db);
  const kept = (await variants(runner(db.orm))).filter((v) => v.built);
  let events = 0;
  let historyRows = 0;
  const t0 = now();
  for (let first = 0; first < o.people; first += part) {
    const register = syntheticRegister({
      seed: o.seed + first,
      cases: Math.min(part, o.people - first),
      first,
      idDigits: digits,
      incidents: o.incidents ?? 1.65,
    });
    const byCase = eventsByCase(register.events);
    events += register.events.length;
    await db.orm.transaction(async (tx) => {
      const run = runner(tx);
      const pks = await insertCases(run, register.cases);
      await insertRecords(
        run,
        register.events.map((event) => ({
          event,
          casePk: pks.get(event.caseId)!,
          origin: "bench",
        })),
      );
      historyRows += await writeHistory(
        run,
        register.cases.map((c) => ({
          pk: pks.get(c.id)!,
          id: c.id,
          records: byCase.get(c.id) ?? [],
        })),
        kept,
      );
    });
    const done = first + register.cases.length;
    if (o.log && (done % (part * 10) === 0 || done === o.people))
      o.log(
        `  ${done.toLocaleString("en-US")} people, ${events.toLocaleString("en-US")} events, ${((now() - t0) / 1000).toFixed(0)} s`,
      );
  }
  const writeSeconds = (now() - t0) / 1000;
  const t1 = now();
  for (const def of defs) await db.exec(def);
  await db.exec("ANALYZE");
  const indexSeconds = (now() - t1) / 1000;
  const t2 = now();
  for (const v of kept) await ensureCounts(db.orm, v.id);
  await db.exec("ANALYZE case_count_blocks; ANALYZE case_count_keys");
  const rollupSeconds = (now() - t2) / 1000;
  return { people: o.people, events, historyRows, writeSeconds, indexSeconds, rollupSeconds };
}

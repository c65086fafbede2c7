// Profiles the embedded store's write path alone: documents are read, analysed and prepared first
// (as the ingest does on its own thread), then written through an in-process PGlite store in
// batches of 64, timing only the store. Variants (setup SQL run after the migrations) take turns
// on fresh databases, so a busy machine slows them alike; medians are printed.
//   node --import tsx scripts/store-write-profile.ts DOCS ROUNDS 'name=SQL' ['name=SQL' ...]
// (`base=` for no setup.)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCorpus } from "../bench/news-corpus.js";
import { readSources } from "../src/ingest/sources.js";
import { storeItem } from "../src/ingest/store-item.js";
import { createDb } from "../src/store/db.js";
import { createStoreService } from "../src/store/store-service.js";
import type { DocumentToStore } from "../src/store/store-types.js";

const count = Number(process.argv[2] ?? 640);
const rounds = Number(process.argv[3] ?? 1);
const variants = (process.argv.length > 4 ? process.argv.slice(4) : ["base="]).map((v) => {
  const i = v.indexOf("=");
  return { name: v.slice(0, i), sql: v.slice(i + 1) };
});
const work = mkdtempSync(join(tmpdir(), "vigil-profile-"));

interface Run {
  cpu: number;
  wall: number;
  walRecords: number;
  walKb: number;
  fpi: number;
}

async function once(items: DocumentToStore[], setup: string, dir: string): Promise<Run> {
  const db = await createDb({ db: dir }, { lock: false });
  if (setup) await db.exec(setup);
  const store = createStoreService(db);
  const wal = async () =>
    (
      await db.query<{ r: number; fpi: number; b: number }>(
        "SELECT wal_records::float8 AS r, wal_fpi::float8 AS fpi, wal_bytes::float8 AS b FROM pg_stat_wal",
      )
    )[0]!;
  const w0 = await wal();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < items.length; i += 64) {
    const res = await store.ingest(items.slice(i, i + 64));
    const bad = res.find((x) => !x.ok || x.status !== "ingested");
    if (bad) throw new Error(`not ingested: ${JSON.stringify(bad)}`);
  }
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const w1 = await wal();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  const n = items.length;
  return {
    cpu: (cpu.user + cpu.system) / 1000 / n,
    wall: wall / n,
    walRecords: (w1.r - w0.r) / n,
    walKb: (w1.b - w0.b) / n / 1024,
    fpi: (w1.fpi - w0.fpi) / n,
  };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

try {
  const corpus = generateCorpus(join(work, "corpus"), count);
  const items: DocumentToStore[] = [];
  for await (const r of readSources([corpus.dir], {
    maxInputBytes: 64 << 20,
    maxDocumentChars: 5_000_000,
  }))
    if (r.ok) items.push(storeItem(r.doc, null));
  const runs = new Map<string, Run[]>(variants.map((v) => [v.name, []]));
  for (let r = 0; r < rounds; r++)
    for (const v of variants) {
      const run = await once(items, v.sql, join(work, `db-${r}-${v.name}`));
      runs.get(v.name)!.push(run);
      console.log(
        `  ${v.name}: ${run.cpu.toFixed(2)} ms CPU, ${run.wall.toFixed(2)} ms wall per document`,
      );
    }
  for (const v of variants) {
    const rs = runs.get(v.name)!;
    const last = rs[rs.length - 1]!;
    console.log(
      `${v.name}: median ${median(rs.map((x) => x.cpu)).toFixed(2)} ms CPU ` +
        `(${rs.map((x) => x.cpu.toFixed(2)).join(" ")}), wall ${median(rs.map((x) => x.wall)).toFixed(2)} ms; ` +
        `WAL/doc ${last.walRecords.toFixed(0)} records, ${last.fpi.toFixed(1)} FPI, ${last.walKb.toFixed(1)} KB`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

import { isAbsolute } from "node:path";
import { UsageError } from "../../errors.js";
import type { Db } from "../db.js";
import { backupFileSink, readBackupFile } from "./backup-file.js";
import { databaseLoader, type LoadReport } from "./load.js";
import type { DumpReport, DumpService } from "./dump-types.js";
import { dumpDatabase } from "./snapshot.js";

export function createDumpService(db: Db): DumpService {
  return {
    async backup(file, opts = {}) {
      absolute(file);
      const started = Date.now();
      const sink = backupFileSink(file, { overwrite: opts.overwrite === true });
      try {
        const { header, trailer } = await dumpDatabase(db, sink);
        return {
          from: db.location,
          to: file,
          tables: trailer.tables,
          migrations: { restored: header.migrations.map((m) => m.id), applied: [] },
          seconds: (Date.now() - started) / 1000,
        };
      } catch (err) {
        sink.abort();
        throw err;
      }
    },

    async restore(file, opts = {}) {
      absolute(file);
      const started = Date.now();
      const report = await db.transaction(async (s) => {
        const loader = databaseLoader(s, {
          where: db.location,
          source: file,
          force: opts.force === true,
        });
        await readBackupFile(file, loader);
        return loader.report();
      });
      return summary(file, db.location, report, started);
    },
  };
}

/**
 * Copies every table of `from` into `to` (a snapshot of `from` read while `to` is written in
 * one transaction), verified table by table before it commits.
 */
export async function copyDatabase(
  from: Db,
  to: Db,
  opts: { force?: boolean } = {},
): Promise<DumpReport> {
  const started = Date.now();
  const report = await to.transaction(async (s) => {
    const loader = databaseLoader(s, {
      where: to.location,
      source: from.location,
      force: opts.force === true,
    });
    await dumpDatabase(from, loader);
    return loader.report();
  });
  return summary(from.location, to.location, report, started);
}

function summary(from: string, to: string, r: LoadReport, started: number): DumpReport {
  return {
    from,
    to,
    tables: r.tables,
    migrations: r.migrations,
    seconds: (Date.now() - started) / 1000,
  };
}

/** Files are named by the caller's process; the store (perhaps another thread) needs them whole. */
function absolute(file: string): void {
  if (!isAbsolute(file)) throw new UsageError(`backup file ${file}: give an absolute path`);
}

import type { TableDigest } from "./dump-format.js";

/** What a backup, restore or copy did: every table's rows and content hash, both sides equal. */
export interface DumpReport {
  /** The file or database read. */
  from: string;
  to: string;
  tables: Record<string, TableDigest>;
  /** Schema migrations of the rows, and those applied after loading them (restore, copy). */
  migrations: { restored: number[]; applied: number[] };
  seconds: number;
}

export interface DumpService {
  /** A consistent snapshot of every table into a gzip'd JSONL file (an absolute path). */
  backup(file: string, opts?: { overwrite?: boolean }): Promise<DumpReport>;
  /** Replaces this database with a backup; refuses a database holding data without `force`. */
  restore(file: string, opts?: { force?: boolean }): Promise<DumpReport>;
}

export const DUMP_METHODS = ["backup", "restore"] as const satisfies readonly (keyof DumpService)[];

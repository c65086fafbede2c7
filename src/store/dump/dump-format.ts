import { createHash } from "node:crypto";

// A dump is a stream: a header (schema version and counts), then each table's rows as JSON
// objects (`row_to_json` text, exactly as PostgreSQL prints it), then a trailer with each table's
// row count and content hash. Backups write it to a gzip'd JSONL file; copies pipe it from one
// database into another. Both read every table inside one REPEATABLE READ snapshot.

export const DUMP_FORMAT = "vigil-backup";
export const DUMP_VERSION = 1;

export interface DumpHeader {
  format: typeof DUMP_FORMAT;
  version: typeof DUMP_VERSION;
  /** The Vigil that wrote it. */
  vigil: string;
  createdAt: string;
  backend: "pglite" | "postgres";
  /** Every applied migration: the schema the rows belong to. */
  migrations: { id: number; name: string; applied_at: string }[];
  /** Rows per table, in dump order. */
  tables: Record<string, number>;
  /** Each sequence's last value (null: never used). */
  sequences: Record<string, number | null>;
}

export interface TableDigest {
  rows: number;
  /** Order-independent hash of the rows' JSON text. */
  hash: string;
}

export interface DumpTrailer {
  end: true;
  tables: Record<string, TableDigest>;
}

/** Where a dump goes: a file, or a loader writing into another database. */
export interface DumpSink {
  begin(header: DumpHeader): Promise<void>;
  table(name: string, rows: number): Promise<void>;
  /** JSON object texts, one per row. */
  rows(lines: string[]): Promise<void>;
  end(trailer: DumpTrailer): Promise<void>;
}

const MOD = 1n << 128n;

/**
 * Count and hash of a table's rows, whatever order they come in: the sum of each row's SHA-256
 * (first 128 bits) modulo 2^128. Two databases holding the same rows agree; a row lost, added or
 * changed makes them differ.
 */
export class Digest {
  private sum = 0n;
  private count = 0;

  add(line: string): void {
    const h = createHash("sha256").update(line, "utf8").digest();
    this.sum = (this.sum + h.readBigUInt64BE(0) * (1n << 64n) + h.readBigUInt64BE(8)) % MOD;
    this.count++;
  }

  value(): TableDigest {
    return { rows: this.count, hash: this.sum.toString(16).padStart(32, "0") };
  }
}

/** Tables whose rows differ, described for a message. */
export function digestDifferences(
  want: Record<string, TableDigest>,
  got: Record<string, TableDigest>,
): string[] {
  const out: string[] = [];
  for (const name of new Set([...Object.keys(want), ...Object.keys(got)])) {
    const [w, g] = [want[name], got[name]];
    if (!w || !g) out.push(`${name}: ${w ? "missing" : "unexpected"}`);
    else if (w.rows !== g.rows) out.push(`${name}: ${g.rows} rows, expected ${w.rows}`);
    else if (w.hash !== g.hash) out.push(`${name}: content differs`);
  }
  return out;
}

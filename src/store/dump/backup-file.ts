import { once } from "node:events";
import { createReadStream, createWriteStream, existsSync, renameSync, rmSync } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip, createGzip } from "node:zlib";
import { BackupInvalid, Conflict } from "../../errors.js";
import { DUMP_FORMAT, type DumpHeader, type DumpSink, type DumpTrailer } from "./dump-format.js";

// The backup file: gzip'd JSON lines. The header line, then for each table a line
// {"@table": "documents", "rows": 1200} followed by one line per row (`row_to_json`), then the
// trailer {"end": true, "tables": {"documents": {"rows": 1200, "hash": "…"}, …}}. A file without
// its trailer is truncated, and is refused.

/** Writes a dump to `path` (through a temporary file renamed at the end: never half a backup). */
export function backupFileSink(
  path: string,
  opts: { overwrite: boolean },
): DumpSink & {
  abort(): void;
} {
  if (existsSync(path) && !opts.overwrite)
    throw new Conflict(`${path} exists; choose another name or add --force to replace it`);
  const tmp = `${path}.${process.pid}.partial`;
  const gzip = createGzip({ level: 6 });
  const out = createWriteStream(tmp);
  gzip.pipe(out);
  const closed = once(out, "close");
  const put = async (line: string): Promise<void> => {
    if (!gzip.write(line + "\n")) await once(gzip, "drain");
  };
  return {
    begin: (h) => put(JSON.stringify(h)),
    table: (name, rows) => put(JSON.stringify({ "@table": name, rows })),
    async rows(lines) {
      for (const line of lines) await put(line);
    },
    async end(t) {
      await put(JSON.stringify(t));
      gzip.end();
      await closed;
      renameSync(tmp, path);
    },
    abort() {
      gzip.destroy();
      out.destroy();
      rmSync(tmp, { force: true });
    },
  };
}

/** Reads a backup file into `sink`, rows in batches of about 8 MB. */
export async function readBackupFile(path: string, sink: DumpSink): Promise<DumpHeader> {
  if (!existsSync(path)) throw new BackupInvalid(path, "no such file");
  const input = createReadStream(path).pipe(createGunzip());
  const lines = createInterface({ input, crlfDelay: Infinity });
  let header: DumpHeader | null = null;
  let trailer: DumpTrailer | null = null;
  let batch: string[] = [];
  let chars = 0;
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    chars = 0;
    await sink.rows(rows);
  };
  try {
    for await (const line of lines) {
      if (trailer) throw new BackupInvalid(path, "lines after the trailer");
      if (!header) {
        header = parseLine(path, line) as unknown as DumpHeader;
        if (header.format !== DUMP_FORMAT) throw new BackupInvalid(path, "no Vigil backup header");
        await sink.begin(header);
        continue;
      }
      if (line.startsWith('{"@table":')) {
        await flush();
        const t = parseLine(path, line) as { "@table": string; rows: number };
        await sink.table(t["@table"], t.rows);
      } else if (line.startsWith('{"end":true')) {
        await flush();
        trailer = parseLine(path, line) as unknown as DumpTrailer;
      } else {
        batch.push(line);
        chars += line.length;
        if (batch.length >= 2000 || chars >= 8_000_000) await flush();
      }
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code?.startsWith("Z_") || /incorrect header check|unexpected end/i.test(e.message))
      throw new BackupInvalid(path, `not a gzip file, or damaged (${e.message})`);
    throw err;
  } finally {
    lines.close();
    input.destroy();
  }
  if (!header) throw new BackupInvalid(path, "empty");
  if (!trailer) throw new BackupInvalid(path, "truncated: no trailer");
  await sink.end(trailer);
  return header;
}

function parseLine(path: string, line: string): Record<string, unknown> {
  try {
    const v = JSON.parse(line) as unknown;
    if (v && typeof v === "object" && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new BackupInvalid(path, `a line is not a JSON object: ${line.slice(0, 60)}`);
}

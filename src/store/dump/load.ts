import { BackupInvalid, DbNotEmpty, VerifyFailed } from "../../errors.js";
import type { SqlSession } from "../db.js";
import { MIGRATION_LOCK, MIGRATIONS_TABLE_SQL } from "../migrate.js";
import { MIGRATIONS } from "../migrations/index.js";
import {
  Digest,
  digestDifferences,
  DUMP_FORMAT,
  DUMP_VERSION,
  type DumpHeader,
  type DumpSink,
  type DumpTrailer,
  type TableDigest,
} from "./dump-format.js";
import {
  ident,
  listTables,
  migrationRoutines,
  scanTable,
  userData,
  vigilTables,
} from "./schema-objects.js";

export interface LoadReport {
  tables: Record<string, TableDigest>;
  /** Migrations the dump's rows were written under, and those applied after loading them. */
  migrations: { restored: number[]; applied: number[] };
}

export interface LoadOptions {
  /** The target, for messages. */
  where: string;
  /** The dump's origin (a file, a database), for messages. */
  source: string;
  /** Replace a database that holds data. */
  force: boolean;
}

/**
 * Writes a dump into the database of `s`, inside the caller's transaction: Vigil's schema is
 * rebuilt at the dump's migrations, every row loaded, foreign keys checked, sequences set, every
 * table read back and compared (counts and content hashes) with what the source read, and only
 * then the migrations the dump predates applied. Anything wrong throws, and the caller's
 * transaction rolls everything back: the target is as it was.
 */
export function databaseLoader(
  s: SqlSession,
  opts: LoadOptions,
): DumpSink & { report(): LoadReport } {
  let header: DumpHeader | null = null;
  const inserts = new Map<string, string>();
  const read = new Map<string, Digest>();
  let current: string | null = null;
  const foreignKeys: { table: string; name: string; def: string }[] = [];
  let report: LoadReport | null = null;

  return {
    async begin(h) {
      if (h.format !== DUMP_FORMAT || h.version !== DUMP_VERSION)
        throw new BackupInvalid(opts.source, `unknown format ${h.format} ${h.version}`);
      for (const m of h.migrations) {
        const known = MIGRATIONS.find((k) => k.id === m.id);
        if (!known || known.name !== m.name)
          throw new BackupInvalid(
            opts.source,
            `written by a newer or different Vigil (${h.vigil}: migration ${m.id} ${m.name}); upgrade Vigil`,
          );
      }
      header = h;
      await s.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
      await s.exec("SET LOCAL TimeZone = 'UTC'");
      if (!opts.force) {
        const data = await userData(s);
        if (Object.keys(data).length > 0)
          throw new DbNotEmpty(
            opts.where,
            Object.entries(data)
              .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
              .slice(0, 3)
              .map(([t, n]) => `${n} rows in ${t}`)
              .join(", "),
          );
      }
      await rebuild(s, h);
      for (const fk of await s.query<{ table: string; name: string; def: string }>(
        `SELECT c.relname AS table, k.conname AS name, pg_get_constraintdef(k.oid) AS def
         FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE k.contype = 'f' AND n.nspname = current_schema() ORDER BY c.relname, k.conname`,
      ))
        foreignKeys.push(fk);
      for (const fk of foreignKeys)
        await s.exec(`ALTER TABLE ${ident(fk.table)} DROP CONSTRAINT ${ident(fk.name)}`);
      const tables = await listTables(s);
      for (const t of tables) await s.exec(`ALTER TABLE ${ident(t)} DISABLE TRIGGER USER`);
      // Reference rows the migrations wrote come back from the dump, as they were there.
      if (tables.length > 0) await s.exec(`TRUNCATE ${tables.map(ident).join(", ")}`);
    },

    async table(name) {
      if (!header || !(name in header.tables))
        throw new BackupInvalid(opts.source, `table ${name} is not in the header`);
      const cols = await s
        .query<{ name: string }>(
          `SELECT attname AS name FROM pg_attribute
         WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
         ORDER BY attnum`,
          [ident(name)],
        )
        .catch(() => {
          throw new BackupInvalid(opts.source, `table ${name} is not in Vigil's schema`);
        });
      const list = cols.map((c) => ident(c.name)).join(", ");
      inserts.set(
        name,
        `INSERT INTO ${ident(name)} (${list}) OVERRIDING SYSTEM VALUE
         SELECT ${list} FROM json_populate_recordset(NULL::${ident(name)}, $1::json)`,
      );
      read.set(name, new Digest());
      current = name;
    },

    async rows(lines) {
      if (!current) throw new BackupInvalid(opts.source, "rows before any table");
      const digest = read.get(current)!;
      for (const line of lines) digest.add(line);
      await s.query(inserts.get(current)!, [`[${lines.join(",")}]`]);
    },

    async end(trailer: DumpTrailer) {
      if (!header) throw new BackupInvalid(opts.source, "no header");
      const got = Object.fromEntries([...read].map(([t, d]) => [t, d.value()]));
      for (const t of Object.keys(header.tables)) got[t] ??= new Digest().value();
      const damaged = digestDifferences(trailer.tables, got);
      if (damaged.length > 0)
        throw new BackupInvalid(opts.source, `rows differ from its trailer: ${damaged.join("; ")}`);
      for (const fk of foreignKeys)
        await s.exec(`ALTER TABLE ${ident(fk.table)} ADD CONSTRAINT ${ident(fk.name)} ${fk.def}`);
      for (const t of await listTables(s))
        await s.exec(`ALTER TABLE ${ident(t)} ENABLE TRIGGER USER`);
      for (const [seq, value] of Object.entries(header.sequences))
        if (value !== null)
          await s.query("SELECT setval($1::regclass, $2, true)", [ident(seq), value]);
      // Read back what was written, and compare with what the source read.
      const back: Record<string, TableDigest> = {};
      for (const t of Object.keys(header.tables)) back[t] = await scanTable(s, t, async () => {});
      const differ = digestDifferences(trailer.tables, back);
      if (differ.length > 0) throw new VerifyFailed(opts.where, differ.join("; "));
      const restored = header.migrations.map((m) => m.id);
      const applied: number[] = [];
      for (const m of [...MIGRATIONS].sort((a, b) => a.id - b.id)) {
        if (restored.includes(m.id)) continue;
        await s.exec(m.sql);
        await s.query("INSERT INTO vigil_migrations (id, name) VALUES ($1, $2)", [m.id, m.name]);
        applied.push(m.id);
      }
      report = { tables: back, migrations: { restored, applied } };
    },

    report() {
      if (!report) throw new Error("the load has not ended");
      return report;
    },
  };
}

/** The tables a person recognises first in "already holds data (…)". */
function rank(table: string): number {
  const i = ["documents", "cases", "actors", "users"].indexOf(table);
  return i < 0 ? 99 : i;
}

/** Drops Vigil's tables and routines, and creates them again as the dump's migrations left them. */
async function rebuild(s: SqlSession, header: DumpHeader): Promise<void> {
  const present = await listTables(s);
  const ours = new Set([...vigilTables(), ...Object.keys(header.tables)]);
  const drop = present.filter((t) => ours.has(t));
  if (drop.length > 0) await s.exec(`DROP TABLE ${drop.map(ident).join(", ")} CASCADE`);
  const { functions, types } = migrationRoutines();
  for (const f of functions) await s.exec(`DROP FUNCTION IF EXISTS ${ident(f)} CASCADE`);
  for (const t of types) await s.exec(`DROP TYPE IF EXISTS ${ident(t)} CASCADE`);
  await s.exec(MIGRATIONS_TABLE_SQL);
  const ids = new Set(header.migrations.map((m) => m.id));
  for (const m of [...MIGRATIONS].sort((a, b) => a.id - b.id))
    if (ids.has(m.id)) await s.exec(m.sql);
}

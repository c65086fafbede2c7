// Reading and writing the register's cases. A case is inserted once; its attributes may be
// updated afterwards, each edit kept in `case_changes` with the values before and after.

import { sql } from "drizzle-orm";
import type { Case } from "../../core/register/types.js";
import { matchKey } from "../../core/text/normalise.js";
import { countCases } from "./count-blocks.js";
import { arr, batches, unnest, type Run } from "./register-sql.js";

export interface StoredCase {
  pk: number;
  record: Case;
}

type CaseRow = {
  pk: number;
  case_id: string;
  name: string;
  actor: string | null;
  gender: string | null;
  ethnicity: string | null;
  religion: string | null;
  province: string | null;
  profession: string | null;
  birth_year: number | null;
  confidential: boolean;
  notes: string | null;
};

const CASE_COLUMNS = sql`id AS pk, case_id, name, actor, gender, ethnicity, religion, province,
  profession, birth_year, confidential, notes`;

function toCase(r: CaseRow): StoredCase {
  return {
    pk: r.pk,
    record: {
      id: r.case_id,
      name: r.name,
      actor: r.actor,
      gender: r.gender,
      ethnicity: r.ethnicity,
      religion: r.religion,
      province: r.province,
      profession: r.profession,
      birthYear: r.birth_year,
      confidential: r.confidential,
      notes: r.notes,
    },
  };
}

/** The last word of a folded name: "Trần Thị Mai Hương" → "huong" (suggestions look it up). */
export function lastNameWord(name: string): string {
  const words = matchKey(name).replace(/[.,]/g, " ").split(" ").filter(Boolean);
  return words[words.length - 1] ?? "";
}

export async function casesById(
  run: Run,
  ids: readonly string[],
): Promise<Map<string, StoredCase>> {
  if (ids.length === 0) return new Map();
  const found = await run<CaseRow>(
    sql`SELECT ${CASE_COLUMNS} FROM cases WHERE case_id = ANY(${arr(ids, "text")})`,
  );
  return new Map(found.map((r) => [r.case_id, toCase(r)]));
}

export async function casesByPk(run: Run, pks: readonly number[]): Promise<StoredCase[]> {
  if (pks.length === 0) return [];
  const found = await run<CaseRow>(
    sql`SELECT ${CASE_COLUMNS} FROM cases WHERE id = ANY(${arr(pks, "bigint")}) ORDER BY id`,
  );
  return found.map(toCase);
}

export async function allCases(run: Run): Promise<StoredCase[]> {
  const found = await run<CaseRow>(sql`SELECT ${CASE_COLUMNS} FROM cases ORDER BY id`);
  return found.map(toCase);
}

/** Inserts cases; returns their row ids by case id. */
export async function insertCases(run: Run, list: readonly Case[]): Promise<Map<string, number>> {
  const pks = new Map<string, number>();
  for (const part of batches(list)) {
    const text = (f: (c: Case) => string | null) => arr(part.map(f), "text");
    const ids = await run<{ pk: number; case_id: string }>(sql`
      INSERT INTO cases (case_id, name, name_key, name_last, actor, gender, ethnicity, religion,
        province, profession, birth_year, confidential, notes)
      SELECT * FROM ${unnest([
        text((c) => c.id),
        text((c) => c.name),
        text((c) => matchKey(c.name)),
        text((c) => lastNameWord(c.name)),
        text((c) => c.actor),
        text((c) => c.gender),
        text((c) => c.ethnicity),
        text((c) => c.religion),
        text((c) => c.province),
        text((c) => c.profession),
        arr(
          part.map((c) => c.birthYear),
          "integer",
        ),
        arr(
          part.map((c) => c.confidential),
          "boolean",
        ),
        text((c) => c.notes),
      ])}
      RETURNING id AS pk, case_id`);
    for (const r of ids) pks.set(r.case_id, r.pk);
  }
  return pks;
}

/** Replaces a case's attributes, keeping the edit (before and after) in `case_changes`. */
export async function updateCase(
  run: Run,
  pk: number,
  before: Case,
  after: Case,
  origin: string,
): Promise<void> {
  // Gender and confidentiality are part of the count rollup's keys: the case's rows move from the
  // old key to the new.
  const rekeyed = before.gender !== after.gender || before.confidential !== after.confidential;
  if (rekeyed) await countCases(run, [pk], -1);
  await run(sql`
    UPDATE cases SET name = ${after.name}, name_key = ${matchKey(after.name)},
      name_last = ${lastNameWord(after.name)}, actor = ${after.actor}, gender = ${after.gender},
      ethnicity = ${after.ethnicity}, religion = ${after.religion}, province = ${after.province},
      profession = ${after.profession}, birth_year = ${after.birthYear},
      confidential = ${after.confidential}, notes = ${after.notes}, updated_at = now()
    WHERE id = ${pk}`);
  if (rekeyed) await countCases(run, [pk], 1);
  await run(sql`
    INSERT INTO case_changes (case_pk, origin, before, after)
    VALUES (${pk}, ${origin}, ${JSON.stringify(before)}::jsonb, ${JSON.stringify(after)}::jsonb)`);
}

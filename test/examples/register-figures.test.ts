// The example register reproduces every figure the example articles attribute to it: each row of
// the table in examples/register/README.md is recomputed from cases.csv + events.csv with the
// register core (countAsOf for stocks on a date, countEvents for flows in a year). A new row in
// that table that no rule below understands fails the test, so the table cannot drift.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { countEvents } from "../../src/core/register/count-events.js";
import { countAsOf } from "../../src/core/register/count.js";
import { AS_CHARGED, VIGIL_DEFAULT, type PartialDateRule } from "../../src/core/register/counting-rules.js";
import { CATALOGUE_STATUTES } from "../../src/core/register/catalogue-statutes.js";
import { importCsv } from "../../src/core/register/csv-import.js";
import { formatImportError } from "../../src/core/register/import-errors.js";
import type { Register } from "../../src/core/register/types.js";

const DIR = join(import.meta.dirname, "../../examples/register");
const present = ["cases.csv", "events.csv", "README.md"].every((f) => existsSync(join(DIR, f)));

// Central Highlands provinces (a fact of Vietnam's geography, used by article 09's figure).
const HIGHLANDS = new Set(["Dak Lak", "Dak Nong", "Gia Lai", "Kon Tum", "Lam Dong"]);

interface Figure {
  article: string;
  at: string;
  figure: string;
  value: number;
}

/** The table under "Figures the articles state". */
function figures(readme: string): Figure[] {
  const section = readme.split(/^## Figures the articles state/m)[1]?.split(/^## /m)[0] ?? "";
  return section
    .split("\n")
    .map((line) => line.split("|").map((cell) => cell.trim()))
    .filter((cells) => /^\d+$/.test(cells[1] ?? ""))
    .map((cells) => ({ article: cells[1]!, at: cells[2]!, figure: cells[3]!, value: Number(cells[4]) }));
}

function load(): Register {
  const read = (f: string) => ({ file: f, text: readFileSync(join(DIR, f), "utf8") });
  const result = importCsv(
    { persons: read("cases.csv"), events: read("events.csv") },
    { recordedAt: "2025-05-20T00:00:00Z", statutes: CATALOGUE_STATUTES },
  );
  expect(result.errors.map(formatImportError)).toEqual([]);
  // The figures are Prisoner Watch Vietnam's, whose list is the register's Vietnam rows.
  const vn = new Set(result.value.cases.filter((c) => c.id.startsWith("VN-")).map((c) => c.id));
  return {
    cases: result.value.cases.filter((c) => vn.has(c.id)),
    events: result.value.events.filter((e) => vn.has(e.caseId)),
  };
}

function compute(register: Register, f: Figure, partialDates: PartialDateRule): number | null {
  const stock = (opts: Parameters<typeof countAsOf>[2] = {}) =>
    countAsOf(register, f.at, { partialDates, status: "detained", statutes: CATALOGUE_STATUTES, ...opts });
  const year = { from: `${f.at}-01-01`, to: `${f.at}-12-31`, partialDates };
  let m: RegExpMatchArray | null;
  if (/^(activists )?at risk$/.test(f.figure)) return stock({ status: "not-exiled-or-deceased" }).total;
  if (/^detained\b/.test(f.figure)) return stock().total;
  if (/^women, of the \d+$/.test(f.figure)) {
    return stock({ by: ["gender"] }).groups.find((g) => g.key.gender === "female")?.count ?? 0;
  }
  if (/^ethnic minorities, of the \d+$/.test(f.figure)) {
    const groups = stock({ by: ["ethnicity"] }).groups;
    return groups.filter((g) => g.key.ethnicity !== "Kinh" && g.key.ethnicity !== null).reduce((n, g) => n + g.count, 0);
  }
  // "Article 117 (not its 1999 predecessor, Article 88)": articles as charged.
  if ((m = /^held under Article (\d+), of the \d+/.exec(f.figure))) {
    return stock({ rules: AS_CHARGED, charge: m[1]! }).total;
  }
  if ((m = /^held under Article (\d+), percent of the detained$/.exec(f.figure))) {
    return Math.round((100 * stock({ rules: AS_CHARGED, charge: m[1]! }).total) / stock().total);
  }
  if (/^arrested during the year/.test(f.figure)) {
    return countEvents(register, year.from, year.to, { ...year, types: ["arrested", "held-pending-trial"] }).events;
  }
  if (/^convicted during the year/.test(f.figure)) {
    return countEvents(register, year.from, year.to, { ...year, types: ["sentenced"] }).events;
  }
  if (/^total prison sentences, years$/.test(f.figure)) {
    return countEvents(register, year.from, year.to, { ...year, types: ["sentenced"] }).sentenceMonths / 12;
  }
  if (/^deaths in custody/.test(f.figure)) {
    return countEvents(register, year.from, year.to, { ...year, types: ["deceased"], whileDetained: true }).people;
  }
  if (/^released/.test(f.figure)) {
    return countEvents(register, year.from, year.to, { ...year, types: ["released", "exiled"] }).people;
  }
  if ((m = /^Central Highlands (\w+) convicted under Article (\d+) since (\d{4})/.exec(f.figure))) {
    const [, religion, article, since] = m;
    const c = countEvents(register, `${since}-01-01`, f.at, {
      partialDates,
      types: ["sentenced"],
      charge: article!,
      by: ["religion", "province"],
    });
    const ids = c.groups
      .filter((g) => religion!.startsWith(g.key.religion ?? "-") && HIGHLANDS.has(g.key.province ?? ""))
      .flatMap((g) => g.caseIds);
    return new Set(ids).size;
  }
  return null;
}

describe.runIf(present)("example register reproduces the articles' figures", () => {
  const readme = present ? readFileSync(join(DIR, "README.md"), "utf8") : "";
  const table = figures(readme);

  it("has figures to check", () => {
    expect(table.length).toBeGreaterThan(20);
  });

  for (const partialDates of ["start-of-period", "exclude-uncertain"] as const) {
    it.each(table.map((f) => [`${f.article} ${f.at} ${f.figure}`, f] as const))(
      `%s (${VIGIL_DEFAULT.name}, ${partialDates})`,
      (_name, f) => {
        expect(compute(load(), f, partialDates)).toBe(f.value);
      },
    );
  }

  it("counts 1999 Article 88 under 117 by default, and apart under as-charged@1", () => {
    const register = load();
    const at = (opts: Parameters<typeof countAsOf>[2]) =>
      countAsOf(register, "2024-12-31", { status: "detained", statutes: CATALOGUE_STATUTES, ...opts }).total;
    const old = at({ rules: AS_CHARGED, charge: "vn/penal-code-1999/88" });
    expect(old).toBeGreaterThan(0);
    expect(at({ charge: "117" })).toBe(at({ rules: AS_CHARGED, charge: "117" }) + old);
  });
});

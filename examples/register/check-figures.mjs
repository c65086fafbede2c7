#!/usr/bin/env node
/* global console, process */
// Checks the example case register against the example articles:
//   1. every count the articles publish from Prisoner Watch Vietnam's list (FIGURES below) is what
//      counting cases.csv as of that date gives;
//   2. each of those figures is also in the expected annotations of the article that states it;
//   3. events.csv agrees with cases.csv (same dates, charges and sentences) and names real articles;
//   4. a release after serving the full term falls exactly `sentence_months` after the arrest;
//   5. no partial date (YYYY-MM, YYYY) straddles an as-of date, so every count is unambiguous;
//   6. every named person in the expected events of an article is in cases.csv, with the same
//      dates (as precise as the article gives them), sentence and charges.
// Run from the repository root: `node examples/register/check-figures.mjs` (exit code 1 on a mismatch);
// `--at <date|year>...` prints the counts for other dates.
// Plain Node, no dependencies, so it runs before anything is built.
import { readFileSync, existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const examples = dirname(here);

// "A","b, c",d -> ["A", "b, c", "d"]; enough CSV for files we write ourselves.
function parseCsv(text) {
  const rows = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    const cells = [];
    let cell = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted && ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = !quoted;
      } else if (ch === "," && !quoted) {
        cells.push(cell);
        cell = "";
      } else {
        cell += ch;
      }
    }
    cells.push(cell);
    rows.push(cells);
  }
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""])));
}

const cases = parseCsv(readFileSync(join(here, "cases.csv"), "utf8"));
const events = parseCsv(readFileSync(join(here, "events.csv"), "utf8"));
const problems = [];

// A partial date covers a range of days: "2021-03" is 2021-03-01..2021-03-31.
function range(d) {
  if (/^\d{4}-\d{2}-\d{2}$/.test(d)) return [d, d];
  if (/^\d{4}-\d{2}$/.test(d)) {
    const [y, m] = d.split("-").map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return [`${d}-01`, `${d}-${String(last).padStart(2, "0")}`];
  }
  if (/^\d{4}$/.test(d)) return [`${d}-01-01`, `${d}-12-31`];
  throw new Error(`bad date ${JSON.stringify(d)}`);
}

// Is the (possibly partial) date on or before `asOf`? A date that straddles it is a problem.
function onOrBefore(d, asOf, who) {
  if (!d) return false;
  const [first, last] = range(d);
  if (last <= asOf) return true;
  if (first > asOf) return false;
  problems.push(`${who}: date ${d} straddles as-of ${asOf}`);
  return false;
}

const exiled = new Map(events.filter((e) => e.event === "exiled").map((e) => [e.id, e.date]));
const vn = cases.filter((c) => c.id.startsWith("VN-"));

function detained(asOf) {
  return vn.filter(
    (c) =>
      onOrBefore(c.arrested, asOf, c.id) &&
      !onOrBefore(c.released, asOf, c.id) &&
      !onOrBefore(c.died, asOf, c.id),
  );
}

// "At risk" includes the detained and those released who still live in Vietnam.
function atRisk(asOf) {
  return vn.filter(
    (c) =>
      onOrBefore(c.at_risk_since || c.arrested, asOf, c.id) &&
      !onOrBefore(c.died, asOf, c.id) &&
      !onOrBefore(exiled.get(c.id) ?? "", asOf, c.id),
  );
}

const inYear = (d, y) => Boolean(d) && d.startsWith(String(y));
const isMinority = (c) => c.ethnicity !== "Kinh";
const charged = (c, article) =>
  c.charges.split(";").some((x) => x === article || x === `vn/criminal-code-2015/${article}`);

const metrics = {
  detained: (d) => detained(d).length,
  "detained-women": (d) => detained(d).filter((c) => c.gender === "female").length,
  "detained-minority": (d) => detained(d).filter(isMinority).length,
  "detained-117": (d) => detained(d).filter((c) => charged(c, "117")).length,
  "detained-117-percent": (d) =>
    Math.round((100 * detained(d).filter((c) => charged(c, "117")).length) / detained(d).length),
  "at-risk": (d) => atRisk(d).length,
  "convicted-116": (d) =>
    vn.filter((c) => onOrBefore(c.tried, d, c.id) && charged(c, "116")).length,
  "arrested-in-year": (y) => vn.filter((c) => inYear(c.arrested, y)).length,
  "convicted-in-year": (y) => vn.filter((c) => inYear(c.tried, y)).length,
  "sentence-years-in-year": (y) =>
    vn.filter((c) => inYear(c.tried, y)).reduce((s, c) => s + Number(c.sentence_months), 0) / 12,
  "died-in-year": (y) => vn.filter((c) => inYear(c.died, y)).length,
  "released-in-year": (y) => vn.filter((c) => inYear(c.released, y)).length,
};

// `--at 2024-03-01 2024` prints every metric for those dates (or years) instead of checking.
const at = process.argv.indexOf("--at");
if (at !== -1) {
  for (const d of process.argv.slice(at + 1)) {
    const names = Object.keys(metrics).filter((k) => k.endsWith("-in-year") === /^\d{4}$/.test(d));
    console.log(d, Object.fromEntries(names.map((k) => [k, metrics[k](d)])));
  }
  if (problems.length) console.error(problems.join("\n"));
  process.exit(problems.length ? 1 : 0);
}

// Every register-backed figure the example articles state, all published by Prisoner Watch Vietnam.
// `at` is the as-of date (or the year, for yearly totals); `article` the file that states it.
const FIGURES_BY_ARTICLE = {
  "02-saigon-monitor-un-cooperation-claim": [
    ["at-risk", "2021-04-25", 51],
    ["detained", "2021-04-25", 28],
    ["detained-women", "2021-04-25", 10],
    ["detained-minority", "2021-04-25", 6],
  ],
  "06-prisoner-watch-vietnam-2021-year-end": [
    ["detained", "2021-12-31", 36],
    ["detained-women", "2021-12-31", 11],
    ["detained-minority", "2021-12-31", 10],
    ["arrested-in-year", "2021", 13],
    ["convicted-in-year", "2021", 8],
    ["sentence-years-in-year", "2021", 53.5],
  ],
  "09-mekong-wire-dak-lak-protestants-article-116": [["convicted-116", "2022-07-19", 6]],
  "11-mekong-wire-thai-binh-blogger-arrested": [
    ["detained", "2023-05-31", 43],
    ["detained-117", "2023-05-31", 19],
  ],
  "12-mekong-wire-land-rights-blogger-nine-years": [
    ["detained", "2024-03-01", 44],
    ["detained-women", "2024-03-01", 16],
    ["detained-minority", "2024-03-01", 13],
  ],
  "16-prisoner-watch-vietnam-2024-year-end": [
    ["at-risk", "2024-12-31", 70],
    ["detained", "2024-12-31", 45],
    ["detained-women", "2024-12-31", 17],
    ["detained-minority", "2024-12-31", 13],
    ["detained-117", "2024-12-31", 24],
    ["detained-117-percent", "2024-12-31", 53],
    ["arrested-in-year", "2024", 8],
    ["convicted-in-year", "2024", 8],
    ["sentence-years-in-year", "2024", 41],
    ["died-in-year", "2024", 1],
    ["released-in-year", "2024", 5],
  ],
  "17-mekong-wire-journalist-released-after-term": [["detained", "2024-12-31", 45]],
};
const FIGURES = Object.entries(FIGURES_BY_ARTICLE).flatMap(([article, rows]) =>
  rows.map(([metric, at, value]) => ({ article, metric, at, value })),
);

for (const f of FIGURES) {
  const got = metrics[f.metric](f.at);
  const ok = got === f.value;
  if (!ok)
    problems.push(`${f.article}: ${f.metric} as of ${f.at} is ${got}, article says ${f.value}`);
  console.log(
    `${ok ? "ok  " : "FAIL"} ${f.metric.padEnd(24)} ${String(f.at).padEnd(10)} ${String(f.value).padStart(5)}  ${f.article}`,
  );
  const expectedPath = join(examples, "expected", `${f.article}.json`);
  if (!existsSync(expectedPath)) {
    problems.push(`${f.article}: no expected annotations`);
    continue;
  }
  const expected = JSON.parse(readFileSync(expectedPath, "utf8"));
  const listed = expected.figures.some(
    (x) => x.value === f.value && x.publisher === "Prisoner Watch Vietnam" && x.asOf === f.at,
  );
  if (!listed)
    problems.push(`${f.article}: figure ${f.value} (${f.metric}, ${f.at}) missing from expected`);
}

// events.csv must tell the same story as cases.csv.
const byId = new Map(cases.map((c) => [c.id, c]));
const column = {
  arrested: "arrested",
  released: "released",
  died: "died",
  at_risk: "at_risk_since",
};
for (const e of events) {
  const c = byId.get(e.id);
  if (!c) {
    problems.push(`events.csv: unknown id ${e.id}`);
    continue;
  }
  if (!existsSync(join(examples, "articles", `${e.source}`)))
    problems.push(`events.csv: no article ${e.source}`);
  if (column[e.event] && c[column[e.event]] !== e.date)
    problems.push(
      `events.csv: ${e.id} ${e.event} ${e.date} but cases.csv has ${c[column[e.event]]}`,
    );
  if (e.event === "exiled" && c.released !== e.date)
    problems.push(`events.csv: ${e.id} exiled on a day it was not released`);
  if (e.event === "sentenced" && (c.tried !== e.date || c.sentence_months !== e.sentence_months))
    problems.push(
      `events.csv: ${e.id} sentenced ${e.date}/${e.sentence_months} but cases.csv has ${c.tried}/${c.sentence_months}`,
    );
  if (e.charges && e.charges !== c.charges)
    problems.push(`events.csv: ${e.id} charges ${e.charges} vs ${c.charges}`);
  if (
    !["arrested", "tried", "sentenced", "released", "died", "at_risk", "exiled"].includes(e.event)
  )
    problems.push(`events.csv: ${e.id} unknown event ${e.event}`);
}

// A release that is not early lands exactly `sentence_months` after the arrest.
for (const c of cases) {
  if (!c.released || !c.arrested || /early/.test(c.notes)) continue;
  const d = new Date(`${c.arrested}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + Number(c.sentence_months));
  const due = d.toISOString().slice(0, 10);
  if (due !== c.released)
    problems.push(`cases.csv: ${c.id} released ${c.released}, full term ends ${due}`);
}

// Expected events name people as the article spells them: "Tran Van Loc" is "Trần Văn Lộc".
const fold = (s) =>
  s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").toLowerCase().trim();
const byName = new Map(cases.map((c) => [fold(c.name), c]));
const statute = (x) => (/^\d+$/.test(x) ? `vn/criminal-code-2015/${x}` : x);
const registerColumn = {
  arrest: "arrested",
  sentence: "tried",
  release: "released",
  "death-in-custody": "died",
};
let checkedEvents = 0;
for (const file of readdirSync(join(examples, "expected")).filter((f) => f.endsWith(".json"))) {
  const { events: expectedEvents } = JSON.parse(
    readFileSync(join(examples, "expected", file), "utf8"),
  );
  for (const ev of expectedEvents) {
    if (!ev.person) continue;
    const c = byName.get(fold(ev.person));
    if (!c) {
      problems.push(`${file}: ${ev.type} of ${ev.person} but no such person in cases.csv`);
      continue;
    }
    checkedEvents++;
    const col = registerColumn[ev.type];
    if (col && ev.date && !c[col].startsWith(ev.date))
      problems.push(
        `${file}: ${ev.type} of ${ev.person} on ${ev.date}, cases.csv ${col} is ${c[col]}`,
      );
    if (ev.type === "exile" && exiled.get(c.id) !== ev.date)
      problems.push(`${file}: exile of ${ev.person} on ${ev.date} is not in events.csv`);
    if (ev.sentenceMonths !== null && String(ev.sentenceMonths) !== c.sentence_months)
      problems.push(
        `${file}: ${ev.person} ${ev.sentenceMonths} months, cases.csv ${c.sentence_months}`,
      );
    const held = c.charges.split(";").map(statute);
    for (const charge of ev.charges)
      if (!held.includes(charge))
        problems.push(`${file}: ${ev.person} charged ${charge}, cases.csv ${c.charges}`);
  }
}

if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(
  `\n${FIGURES.length} figures, ${events.length} register events and ${checkedEvents} article events agree with ${cases.length} cases.`,
);

import type { Command } from "commander";
import { Option } from "commander";
import type { EventGroupField } from "../../core/register/count-events.js";
import type { GroupField } from "../../core/register/count.js";
import type { PartialDateRule } from "../../core/register/counting-rules.js";
import type { SeriesStep } from "../../core/register/series.js";
import type { CaseEventType } from "../../core/register/types.js";
import { UsageError } from "../../errors.js";
import type {
  CountingQuery,
  RegisterCount,
  RegisterFlows,
  RegisterSeries,
} from "../../store/register/register-types.js";
import type { CommandContext } from "../context.js";
import { write } from "../io.js";
import { withStore } from "../store.js";
import { textTable } from "./register-format.js";

interface StatsOptions {
  asOf?: string;
  by: string[];
  status?: string;
  charge?: string;
  rules?: string;
  partialDates?: PartialDateRule;
  knownAt?: string;
  list?: boolean;
  includeConfidential?: boolean;
  json?: boolean;
  series?: boolean;
  events?: string;
  from?: string;
  to?: string;
  every: SeriesStep;
  whileDetained?: boolean;
}

const commaList = (value: string, previous: string[]) => [
  ...previous,
  ...value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean),
];

export function registerStats(program: Command, ctx: CommandContext): void {
  program
    .command("stats")
    .description(
      "Counts from the case register: people by status as of a day, series, and events in a period",
    )
    .option("--as-of <date>", "the day to count (YYYY-MM-DD; default today)")
    .option("--by <fields>", "break down by status, charge, gender, ethnicity, …", commaList, [])
    .option("--status <status>", "only this status or aggregate (detained, pending-trial, …)")
    .option(
      "--charge <article>",
      "only people held under this article (117, vn/penal-code-1999/88)",
    )
    .option("--rules <name>", "counting rule set, name@version or name (default vigil-default@1)")
    .addOption(
      new Option("--partial-dates <rule>", "what a partial date counts as").choices([
        "start-of-period",
        "end-of-period",
        "exclude-uncertain",
      ]),
    )
    .option("--known-at <time>", "as the register stood then (a day or an ISO timestamp)")
    .option("--list", "list the records counted (case ids per group)")
    .option("--include-confidential", "list confidential people too (they are always counted)")
    .option("--series", "a time series from --from to --to, one count per --every")
    .option("--events <types>", "count events in --from..--to instead (arrested,sentenced,…)")
    .option("--from <date>", "first day of a series or period")
    .option("--to <date>", "last day of a series or period")
    .addOption(
      new Option("--every <step>", "series step")
        .choices(["month", "quarter", "year"])
        .default("month"),
    )
    .option("--while-detained", "events: only those that found the person detained")
    .option("--json", "JSON output")
    .action(async (opts: StatsOptions, cmd: Command) => {
      const common: CountingQuery = {
        ...(opts.rules ? { rules: opts.rules } : {}),
        ...(opts.partialDates ? { partialDates: opts.partialDates } : {}),
        knownAt: opts.knownAt ?? null,
        charge: opts.charge ?? null,
        includeConfidential: opts.includeConfidential === true,
      };
      const needPeriod = (what: string) => {
        if (!opts.from || !opts.to) throw new UsageError(`${what} needs --from and --to`);
        return { from: opts.from, to: opts.to };
      };
      const out = (value: unknown, text: string) =>
        write(ctx.io.stdout, opts.json ? JSON.stringify(value, null, 2) + "\n" : text);
      await withStore(ctx, cmd, "vigil stats", async (store) => {
        if (opts.events) {
          const r = await store.registerFlows({
            ...common,
            ...needPeriod("--events"),
            types: opts.events.split(",").map((t) => t.trim()) as CaseEventType[],
            by: opts.by as EventGroupField[],
            whileDetained: opts.whileDetained === true,
          });
          return out(r, renderFlows(r, opts.list === true));
        }
        const query = {
          ...common,
          by: opts.by as GroupField[],
          status: opts.status ?? null,
          list: opts.list === true,
        };
        if (opts.series) {
          const r = await store.registerSeries({
            ...query,
            ...needPeriod("--series"),
            every: opts.every,
          });
          return out(r, renderSeries(r));
        }
        const r = await store.registerStats({
          ...query,
          asOf: opts.asOf ?? new Date().toISOString().slice(0, 10),
        });
        return out(r, renderCount(r));
      });
    });
}

function rulesLines(rules: string, partialDates: string, statement: readonly string[]): string[] {
  return [`rules: ${rules} (partial dates: ${partialDates})`, ...statement.map((s) => `  - ${s}`)];
}

const ids = (list: readonly string[]) => list.join(", ");

export function renderCount(c: RegisterCount): string {
  const what = c.status ?? "everyone followed";
  const charge = c.charge ? ` under ${c.charge}` : "";
  const known = c.knownAt ? `as the register stood at ${c.knownAt}` : "as now recorded";
  const lines = [
    `${what}${charge} as of ${c.asOf} (${known}): ${c.total}`,
    ...rulesLines(c.rules, c.partialDates, c.statement),
  ];
  const statuses = Object.entries(c.byStatus).filter(([, n]) => n > 0);
  if (statuses.length) lines.push(`by status: ${statuses.map(([s, n]) => `${s} ${n}`).join(", ")}`);
  const aggregates = Object.entries(c.aggregates).map(([s, n]) => `${s} ${n}`);
  if (aggregates.length) lines.push(`aggregates: ${aggregates.join(", ")}`);
  if (c.by.length) {
    lines.push("");
    if (c.groupsOverlap) lines.push("(a person held under several articles is in each group)");
    lines.push(
      textTable([
        [...c.by, "count", ...(c.listed ? ["records"] : [])],
        ...c.groups.map((g) => [
          ...c.by.map((f) => g.key[f] ?? "(unknown)"),
          String(g.count),
          ...(c.listed ? [ids(g.caseIds)] : []),
        ]),
      ]).trimEnd(),
    );
  } else if (c.listed) lines.push(`records: ${ids(c.caseIds)}`);
  if (c.listed && c.redacted > 0)
    lines.push(`(${c.redacted} confidential record(s) counted but not listed)`);
  return lines.join("\n") + "\n";
}

export function renderSeries(s: RegisterSeries): string {
  const first = s.points[0];
  const what = first?.status ?? "everyone followed";
  const keys = new Map<string, string>();
  for (const p of s.points)
    for (const g of p.groups) if (p.by.length) keys.set(JSON.stringify(g.key), label(g.key));
  const header = ["date", "total", ...keys.values()];
  const rows = s.points.map((p) => {
    const byKey = new Map(p.groups.map((g) => [JSON.stringify(g.key), g.count]));
    return [p.asOf, String(p.total), ...[...keys.keys()].map((k) => String(byKey.get(k) ?? 0))];
  });
  return (
    [
      `${what}${first?.charge ? ` under ${first.charge}` : ""}, every ${s.every} from ${s.from} to ${s.to}`,
      ...rulesLines(s.rules, s.partialDates, s.statement),
      "",
      textTable([header, ...rows]).trimEnd(),
    ].join("\n") + "\n"
  );
}

function label(key: Record<string, string | null | undefined>): string {
  return Object.values(key)
    .map((v) => v ?? "(unknown)")
    .join("/");
}

export function renderFlows(r: RegisterFlows, list: boolean): string {
  const years = r.sentenceMonths / 12;
  const lines = [
    `${r.types.join(", ")}${r.charge ? ` under ${r.charge}` : ""} from ${r.from} to ${r.to}: ${r.events} event(s), ${r.people} people`,
    ...rulesLines(r.rules, r.partialDates, r.statement),
  ];
  if (r.sentenceMonths > 0)
    lines.push(`prison terms: ${r.sentenceMonths} months (${Number(years.toFixed(2))} years)`);
  if (r.uncertain.events > 0)
    lines.push(`uncertain (a partial date reaches outside the period): ${r.uncertain.events}`);
  const by =
    r.groups.length && Object.keys(r.groups[0]!.key).length ? Object.keys(r.groups[0]!.key) : [];
  if (by.length)
    lines.push(
      "",
      textTable([
        [...by, "events", ...(list ? ["records"] : [])],
        ...r.groups.map((g) => [
          ...by.map((f) => (g.key as Record<string, string | null>)[f] ?? "(unknown)"),
          String(g.events),
          ...(list ? [ids(g.caseIds)] : []),
        ]),
      ]).trimEnd(),
    );
  else if (list) lines.push(`records: ${ids(r.caseIds)}`);
  return lines.join("\n") + "\n";
}
